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
import { documents, reportBinary } from './helpers.mjs';

const docs = documents(sefcheck.emptyDocument, sefcheck.contentDigest);

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
