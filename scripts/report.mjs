#!/usr/bin/env node
// `npm run report [-- FILE]`: prints the report of a document (default:
// docs/spec/examples/draft.json) as the built package gives it. Exit 0 with the report; for a
// file that cannot be read or text that is refused, the reason on standard error and exit 2.
import fs from 'node:fs';
import { validateJson } from 'sefcheck';

const file = process.argv[2] ?? 'docs/spec/examples/draft.json';
let text;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${file}: cannot be read (${e.code || e.message})`);
  process.exit(2);
}
try {
  console.log(JSON.stringify(validateJson(text), null, 2));
} catch (e) {
  const where = e.line ? ` (line ${e.line}, column ${e.column})` : '';
  console.error(`${file}: ${e.message}${where}`);
  process.exit(2);
}
