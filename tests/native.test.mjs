// The same report everywhere: every example and every conformance document simple to rebuild
// goes to the native core (examples/report.rs, built once) and to the package in Node, as an
// object and as text, and with the positions of its diagnostics; the reports must be the same
// bytes, and so must each document's content digest, migration, next year's draft and its
// comparison with the document before it. So must the limits the
// package gives and the core's. (tests/migrate.test.mjs does the same for the format-1
// documents.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as sefcheck from 'sefcheck';
import { ROOT, documents, reportBinary } from './helpers.mjs';

// What the sixteen-byte scans of the module (src/simd.rs: JSON strings, word counts, the
// disclosure pass, and the eight-byte ones they stand in front of) look for, and what is near
// it: escapes, control characters, bytes beyond ASCII of every length, white space of both
// kinds, and what starts a finding (digits, `(`, `+`, `@`, capitals, cues).
const SPECIALS = [
  '"',
  '\\',
  '\n',
  '\t',
  '\u0001',
  '\u001f',
  '\u007f',
  'é',
  '€',
  '😀',
  '\u2028',
  '\u00a0',
  '\u3000',
  '\ufeff',
  ' ',
  '@',
  'x@y.org',
  '12',
  '07700 900123',
  '+44 7700 900123',
  '(01632) 960000',
  'Mr Smith',
  'Dr',
  'born 3 May 2015',
  'dob 03/05/2015',
  'AB12 3CD',
  'Sam',
  'Zoë',
  'case 12345',
  'b',
  'cd',
  'M',
  'N',
];
// Before each special, a run that ends in a letter, a digit, a space or a byte beyond ASCII.
const FILLERS = ['word ', 'ab12 ', 'Ward, ', 'naïve ', 'x9'];

/**
 * The typical document (docs/spec/examples/complete.json) with every string of twenty
 * characters or more replaced, once for each offset from 0 to 47: each special above starts at
 * about that offset (in bytes; exactly, after an ASCII filler) after a filler, in turn, and the
 * string goes on for a length that also changes, so that specials fall on both sides of every
 * boundary of sixteen and eight bytes, in the first block of a string and in later ones, and
 * at its end. Every other document is approved by the package's own digest.
 */
function boundaryDocuments() {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/spec/examples/complete.json'), 'utf8'));
  const out = [];
  for (let offset = 0; offset < 48; offset++) {
    let k = 0;
    const text = () => {
      const filler = FILLERS[k % FILLERS.length].repeat(10).slice(0, offset);
      const special = SPECIALS[k % SPECIALS.length];
      const tail = ' and more text'.repeat((k + offset) % 4).slice(0, (k * 7 + offset) % 40);
      k++;
      return `${filler}${special}${tail}${SPECIALS[(k + offset) % SPECIALS.length]}`;
    };
    const rewrite = (v) => {
      if (typeof v === 'string') return v.length >= 20 ? text() : v;
      if (Array.isArray(v)) return v.map(rewrite);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, rewrite(x)]));
      return v;
    };
    const doc = rewrite(base);
    if (offset % 2 === 0) doc.approval.digest = sefcheck.contentDigest(doc);
    out.push({ name: `sixteen-byte boundaries, offset ${offset}`, text: JSON.stringify(doc, null, offset % 3 === 0 ? undefined : 2) });
  }
  return out;
}

test('countWords at every offset of the sixteen-byte blocks is text.match(/\\S+/g)', () => {
  const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085'];
  const words = ['a', 'bc', 'é', '😀', '12345', 'x.y', '\u0001', '~'];
  let checked = 0;
  for (let offset = 0; offset < 48; offset++) {
    for (const [i, space] of spaces.entries()) {
      for (const [j, word] of words.entries()) {
        const lead = (i + j) % 2 === 0 ? 'word '.repeat(10).slice(0, offset) : 'x'.repeat(offset);
        const s = `${lead}${space}${word}${' and so on'.repeat(j % 4)}${space.repeat(i % 3)}`;
        assert.equal(sefcheck.countWords(s), s.match(/\S+/g)?.length ?? 0, JSON.stringify(s));
        checked++;
      }
    }
  }
  assert.equal(checked, 48 * 12 * 8);
});

const docs = [...documents(sefcheck.emptyDocument, sefcheck.contentDigest), ...boundaryDocuments()];

test('native and WebAssembly reports are byte for byte the same', { timeout: 600_000 }, async (t) => {
  const binary = reportBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-native-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  assert.ok(docs.length >= 3, `only ${docs.length} documents`);

  await t.test("emptyDocument() is the core's empty_document()", () => {
    const native = execFileSync(binary, ['--empty-document'], { encoding: 'utf8' }).trimEnd();
    assert.equal(JSON.stringify(sefcheck.emptyDocument()), native);
  });

  await t.test("limits() is the core's LIMITS", () => {
    const native = execFileSync(binary, ['--limits'], { encoding: 'utf8' }).trimEnd();
    assert.equal(JSON.stringify(sefcheck.limits()), native);
  });

  let compared = 0;
  for (const [i, doc] of docs.entries()) {
    await t.test(doc.name, () => {
      const file = path.join(dir, `${i}.json`);
      fs.writeFileSync(file, doc.text);
      const run = spawnSync(binary, [file], { encoding: 'utf8' });
      assert.ok(run.status === 0 || run.status === 2, `native exit ${run.status}: ${run.stderr}`);
      let fromText;
      let threw = null;
      try {
        fromText = sefcheck.validateJson(doc.text);
      } catch (e) {
        threw = e;
      }
      if (run.status === 2) {
        // refused natively: the package refuses too
        assert.ok(threw instanceof Error, `native refused (${run.stderr.trim()}) but the package gave a report`);
        return;
      }
      assert.equal(threw, null, `the package refused (${threw?.message}) but native gave a report`);
      const native = run.stdout.trimEnd();
      assert.equal(JSON.stringify(fromText), native, 'validateJson(text)');
      assert.equal(JSON.stringify(sefcheck.validate(JSON.parse(doc.text))), native, 'validate(JSON.parse(text))');
      const located = spawnSync(binary, ['--positions', file], { encoding: 'utf8' });
      assert.equal(located.status, 0, located.stderr);
      const withPositions = JSON.stringify(sefcheck.validateJson(doc.text, { positions: true }));
      assert.equal(withPositions, located.stdout.trimEnd(), 'validateJson(text, { positions: true })');
      // The content digest, and the migration (or its refusal), of what the text holds.
      const value = JSON.parse(doc.text);
      const digest = spawnSync(binary, ['--digest', file], { encoding: 'utf8' });
      assert.equal(digest.status, 0, digest.stderr);
      assert.equal(sefcheck.contentDigest(value), digest.stdout.trimEnd(), 'contentDigest');
      const migrated = spawnSync(binary, ['--migrate', file], { encoding: 'utf8' });
      let fromPackage;
      try {
        fromPackage = JSON.stringify(sefcheck.migrate(value));
      } catch (e) {
        assert.equal(e.code, 'not-migratable', e.message);
        assert.equal(migrated.status, 2, 'the package refused to migrate but native did not');
      }
      if (fromPackage !== undefined) assert.equal(fromPackage, migrated.stdout.trimEnd(), 'migrate');
      // Next year's draft (or its refusal), and the comparison with the document before.
      const next = spawnSync(binary, ['--next-year', file], { encoding: 'utf8' });
      let nextFromPackage;
      try {
        nextFromPackage = JSON.stringify(sefcheck.nextYear(value));
      } catch (e) {
        assert.ok(['migrate-first', 'not-format-2', 'no-period'].includes(e.code), e.message);
        assert.equal(next.status, 2, 'the package refused nextYear but native did not');
      }
      if (nextFromPackage !== undefined) assert.equal(nextFromPackage, next.stdout.trimEnd(), 'nextYear');
      if (i > 0) {
        const before = path.join(dir, `${i - 1}.json`);
        const comparison = spawnSync(binary, ['--compare', before, file], { encoding: 'utf8' });
        if (comparison.status === 0) {
          const previous = JSON.parse(fs.readFileSync(before, 'utf8'));
          assert.equal(JSON.stringify(sefcheck.compare(previous, value)), comparison.stdout.trimEnd(), 'compare');
        }
      }
      compared++;
    });
  }
  assert.ok(compared >= 3, `only ${compared} reports compared`);
});
