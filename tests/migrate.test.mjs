// Migration (docs/spec/migration.md) natively and in WebAssembly alike: every format-1 document
// of the repository (tests/helpers.mjs `format1Documents`: the frozen format-1 cases and the
// format-1 fuzz regression inputs; tests/migrate.rs checks the same natively, with 10,000
// generated ones) is migrated by the native core (examples/report.rs `--migrate`) and by the
// package; the two texts must be the same bytes, keep every answer, migrate again to
// themselves, and give the same report, natively and in WebAssembly. A text the package refuses
// (not JSON, too deep, a number or a string JSON.parse would change) the core refuses too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as sefcheck from 'sefcheck';
import { format1Documents, reportBinary } from './helpers.mjs';

/** Every string, number and boolean of `v` with how often it is there; `skip`: a top-level key
 *  left out. Numbers by value, -0 as 0. */
function leaves(v, skip) {
  const count = new Map();
  const walk = (x, top) => {
    if (Array.isArray(x)) {
      for (const y of x) walk(y, false);
    } else if (x && typeof x === 'object') {
      for (const [k, y] of Object.entries(x)) {
        if (!(top && k === skip)) walk(y, false);
      }
    } else if (x !== null) {
      const key = `${typeof x}:${Object.is(x, -0) ? 0 : x}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  };
  walk(v, true);
  return count;
}

test('format-1 documents migrate alike natively and in WebAssembly, keeping every answer', { timeout: 600_000 }, async (t) => {
  const binary = reportBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-migrate-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const inputs = format1Documents();
  assert.ok(inputs.length >= 60, `only ${inputs.length} format-1 documents`);
  let migrated = 0;
  for (const [i, input] of inputs.entries()) {
    await t.test(input.name, () => {
      const file = path.join(dir, `${i}.json`);
      fs.writeFileSync(file, input.text);
      const native = spawnSync(binary, ['--migrate', file], { encoding: 'utf8' });
      // The package reads a text as validateJson does (what `sefcheck migrate` does first).
      try {
        sefcheck.validateJson(input.text);
      } catch (e) {
        assert.equal(native.status, 2, `the package refuses the text (${e.code}), native migrated it`);
        return;
      }
      const document = JSON.parse(input.text);
      if (native.status !== 0) {
        // Only a document whose migration would nest deeper than 64 levels.
        assert.throws(
          () => sefcheck.migrate(document),
          (e) => e.code === 'too-deep',
          native.stderr,
        );
        return;
      }
      const result = sefcheck.migrate(document);
      const text = JSON.stringify(result);
      assert.equal(text, native.stdout.trimEnd(), 'the same migration, byte for byte');
      assert.equal(result.formVersion, 2);
      const before = leaves(document, 'formVersion');
      const after = leaves(result);
      for (const [leaf, n] of before) assert.ok((after.get(leaf) ?? 0) >= n, `lost ${leaf}`);
      assert.deepEqual(sefcheck.migrate(result), result, 'idempotent');
      // Its report, checked as format 2, is the same natively and in WebAssembly.
      const migratedFile = path.join(dir, `${i}.migrated.json`);
      fs.writeFileSync(migratedFile, text);
      const report = spawnSync(binary, [migratedFile], { encoding: 'utf8' });
      assert.equal(report.status, 0, report.stderr);
      const fromPackage = sefcheck.validateJson(text);
      assert.equal(JSON.stringify(fromPackage), report.stdout.trimEnd(), 'the report of the migrated document');
      assert.ok(!fromPackage.diagnostics.some((d) => d.code === 'format-1'));
      migrated++;
    });
  }
  assert.ok(migrated >= 55, `only ${migrated} migrated`);
});
