// The CommonJS side of the types: `require("sefcheck")` from TypeScript (pkg/index.d.cts).
import sefcheck = require('sefcheck');
import type { Comparison, Report, RuleInfo } from 'sefcheck';

const report: Report = sefcheck.validate(sefcheck.emptyDocument());
const fromText: Report = sefcheck.validateJson('{}', { positions: true });
const most: number = sefcheck.limits().maxBytes;
const digest: string = sefcheck.contentDigest(sefcheck.migrate({ formVersion: 1 }));
const catalogue: RuleInfo[] = sefcheck.rules();
const n: number = sefcheck.countWords('a') + sefcheck.countCharacters('b') + sefcheck.scanDisclosure('c').length;
const compared: Comparison = sefcheck.compare(sefcheck.emptyDocument(), sefcheck.nextYear({ formVersion: 2 }));
void sefcheck.formDefinition().sections;
void sefcheck.ready();
void [report, fromText, catalogue, n, most, digest, compared];
