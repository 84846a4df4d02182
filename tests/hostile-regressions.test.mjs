// The fuzz regression inputs (tests/fuzz-regressions/, docs/fuzzing.md) through the npm
// package: each gives a report with the report's invariants or throws an Error (never a trap),
// and the module keeps answering. The Rust side is tests/fuzz_regressions.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate, validateJson, countWords, countCharacters, scanDisclosure } from 'sefcheck';
import { example } from './helpers.mjs';
import { checkReport, checkSpans } from './hostile-invariants.mjs';

const DIR = fileURLToPath(new URL('./fuzz-regressions/', import.meta.url));
const COMPLETE = example('complete');
const lossy = new TextDecoder('utf-8'); // U+FFFD for bad bytes, as Rust's from_utf8_lossy

function outcome(f) {
  try {
    return { result: f() };
  } catch (error) {
    assert.ok(error instanceof Error, `threw a non-Error: ${typeof error}`);
    assert.ok(!(error instanceof WebAssembly.RuntimeError), `a WebAssembly trap: ${error.message}`);
    assert.notEqual(error.code, 'internal', `the core failed inside WebAssembly: ${error.message}`);
    return { error };
  }
}

const files = fs
  .readdirSync(DIR)
  .filter((f) => f !== 'README.md' && fs.statSync(path.join(DIR, f)).isFile())
  .sort();

test('there are regression inputs', () => assert.ok(files.length > 0));

for (const name of files) {
  test(`fuzz regression ${name}`, () => {
    const text = lossy.decode(fs.readFileSync(path.join(DIR, name)));
    if (name.startsWith('validate_json-')) {
      const { result } = outcome(() => validateJson(text));
      if (result) checkReport(result, JSON.parse(text));
    } else if (name.startsWith('validate-')) {
      const doc = JSON.parse(text);
      const { result } = outcome(() => validate(doc));
      if (result) {
        checkReport(result, doc);
        assert.deepEqual(outcome(() => validateJson(text)).result, result, 'validate and validateJson agree');
      }
    } else if (name.startsWith('disclosure-')) {
      const findings = scanDisclosure(text);
      checkSpans(text, findings, name);
      const report = validate({ formVersion: 2, voice: { children: text } });
      checkReport(report, { formVersion: 2, voice: { children: text } });
      assert.equal(report.diagnostics.filter((d) => d.span).length, findings.length);
    } else if (name.startsWith('counts-')) {
      assert.equal(countWords(text), text.match(/\S+/g)?.length ?? 0);
      assert.equal(countCharacters(text), [...new Intl.Segmenter().segment(text)].length);
    } else {
      assert.fail(`${name}: the name must start with validate_json-, validate-, disclosure- or counts-`);
    }
    const after = validate(COMPLETE);
    assert.equal(after.readyToShare, true);
    assert.equal(after.diagnostics.length, 0);
    assert.equal(countWords('a b'), 2);
  });
}
