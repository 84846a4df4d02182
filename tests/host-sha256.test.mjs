// The content digest in Node hashes with Node's SHA-256 (js/node.cjs gives the module
// `crypto.hash`; src/digest.rs); browsers keep the module's own, sha2, which stays the
// reference. Both must give the same digest, so the same reports: every example and
// conformance document, and texts of every length around the point where the host takes over,
// go through the package and through a second instance of the module that was given no host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as sefcheck from 'sefcheck';
import { documents, example } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { createApi } = require('../pkg/facade.cjs');
const { sha256Host, HASHED_BEFORE_CRYPTO } = require('../js/sha256-host.cjs');
const gluePath = require.resolve('../pkg/node/sefcheck.js');

/** A module instance of its own (not the package's), given `host` when there is one. */
function instance(host) {
  const cached = require.cache[gluePath];
  delete require.cache[gluePath];
  const glue = require(gluePath);
  if (cached) require.cache[gluePath] = cached;
  if (host) glue.setSha256Host(host(glue.wasmMemory()));
  return createApi(() => glue);
}

/** A host that hashes every text it is asked for with node:crypto (as js/sha256-host.cjs's does
 *  once it has loaded node:crypto), counting its calls; `answer: false` refuses. */
function countingHost(answer = true) {
  const host = (memory) => ({
    sha256(at, length, out) {
      host.calls += 1;
      host.bytes = Math.max(host.bytes, length);
      if (!answer) return false;
      new Uint8Array(memory.buffer, out, 32).set(hash('sha256', new Uint8Array(memory.buffer, at, length), 'buffer'));
      return true;
    },
  });
  host.calls = 0;
  host.bytes = 0;
  return host;
}

const plain = instance(null);

/** What `call` gives, or the code of what it refused, for comparing two instances. */
function outcome(call) {
  try {
    return JSON.stringify(call());
  } catch (e) {
    return `refused: ${e.code}`;
  }
}

/** `doc` approved with the reference digest, so that the approval check hashes it. */
function approved(doc) {
  const copy = structuredClone(doc);
  copy.approval = { ...(copy.approval ?? {}), digest: plain.contentDigest(doc) };
  return copy;
}

test('every example and conformance document: the same digest and report with Node SHA-256 as with sha2', () => {
  const docs = documents(sefcheck.emptyDocument, plain.contentDigest);
  assert.ok(docs.length > 150, `${docs.length} documents`);
  let hashed = 0;
  for (const { name, text } of docs) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      continue;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
    const digest = outcome(() => plain.contentDigest(doc));
    assert.equal(
      outcome(() => sefcheck.contentDigest(doc)),
      digest,
      name,
    );
    if (digest.startsWith('refused')) continue;
    for (const variant of [doc, approved(doc)]) {
      const json = JSON.stringify(variant);
      assert.equal(
        outcome(() => sefcheck.validateJson(json)),
        outcome(() => plain.validateJson(json)),
        name,
      );
    }
    hashed += 1;
  }
  assert.ok(hashed > 150, `${hashed} documents hashed`);
});

test('texts of every length around where the host takes over, and beyond ASCII', () => {
  const host = countingHost();
  const hosted = instance(host);
  let asked = 0;
  for (let n = 0; n < 600; n += 1) {
    for (const fill of ['a', 'é', '😀', '"\\\n']) {
      const doc = { about: { organisation: Array.from(fill.repeat(n)).slice(0, n).join('') }, formVersion: 2 };
      const before = host.calls;
      assert.equal(hosted.contentDigest(doc), plain.contentDigest(doc), `${n} of ${JSON.stringify(fill)}`);
      // The canonical text is JSON.stringify's here (keys in order, no white space): the host
      // is asked for 256 bytes or more (src/digest.rs, HOST_MIN_BYTES), and only then.
      const bytes = Buffer.byteLength(JSON.stringify(doc));
      assert.equal(host.calls - before, bytes >= 256 ? 1 : 0, `${bytes} bytes`);
      asked += host.calls - before;
    }
  }
  assert.ok(asked > 1000 && asked < 2400, `${asked} of 2,400 texts went to the host`);
});

test('the approval check of the typical and a large document asks the host, and gets what sha2 gets', () => {
  const host = countingHost();
  const hosted = instance(host);
  const typical = approved(example('complete'));
  const json = JSON.stringify(typical);
  assert.equal(JSON.stringify(hosted.validateJson(json)), JSON.stringify(plain.validateJson(json)));
  assert.equal(host.calls, 1);
  assert.ok(host.bytes > 10_000, `${host.bytes} bytes hashed`);
  const changed = structuredClone(typical);
  changed.about.organisation = `${changed.about.organisation ?? ''} and more`;
  const report = hosted.validate(changed);
  assert.deepEqual(report, plain.validate(changed));
  assert.ok(report.diagnostics.some((d) => d.code === 'approval-changed'));
  assert.ok(!hosted.validate(typical).diagnostics.some((d) => d.code === 'approval-changed'));
});

test('a host that gives no digest leaves it to sha2', () => {
  const host = countingHost(false);
  const hosted = instance(host);
  const doc = approved(example('complete'));
  assert.equal(hosted.contentDigest(doc), plain.contentDigest(doc));
  assert.deepEqual(hosted.validate(doc), plain.validate(doc));
  assert.ok(host.calls >= 2, `${host.calls} calls`);
});

test('the package in Node has the host: its digest agrees with sha2 on a text past the threshold', () => {
  const doc = { formVersion: 2, about: { organisation: 'x'.repeat(HASHED_BEFORE_CRYPTO + 1) } };
  assert.equal(sefcheck.contentDigest(doc), plain.contentDigest(doc));
});

test('node:crypto is loaded once the module has hashed a mebibyte itself, not before', () => {
  const cached = require.cache[gluePath];
  delete require.cache[gluePath];
  const glue = require(gluePath);
  if (cached) require.cache[gluePath] = cached;
  let loads = 0;
  const policy = sha256Host(glue.wasmMemory(), () => {
    loads += 1;
    return hash;
  });
  // Each text the module asks about, and whether node:crypto had been loaded when it asked.
  const asked = [];
  glue.setSha256Host({
    sha256(at, length, out) {
      const answered = policy.sha256(at, length, out);
      asked.push({ length, answered, loads });
      return answered;
    },
  });
  const hosted = createApi(() => glue);
  const json = JSON.stringify(approved(example('complete')));
  const expected = JSON.stringify(plain.validateJson(json));
  while (loads === 0) assert.equal(JSON.stringify(hosted.validateJson(json)), expected);
  for (let i = 0; i < 3; i++) assert.equal(JSON.stringify(hosted.validateJson(json)), expected);
  assert.equal(loads, 1);
  let total = 0;
  for (const { length, answered } of asked) {
    total += length;
    // Left to sha2 up to the threshold, and every text after it hashed by node:crypto.
    assert.equal(answered, total > HASHED_BEFORE_CRYPTO, `${total} bytes`);
  }
  assert.ok(asked.length > 10, `${asked.length} digests`);
});

test('a fresh process that checks one document never loads node:crypto', () => {
  const script = `
    const { readFileSync } = require('node:fs');
    const sefcheck = require(${JSON.stringify(require.resolve('../js/node.cjs'))});
    const report = sefcheck.validateJson(readFileSync(process.argv[2], 'utf8'));
    process.stdout.write(JSON.stringify({ crypto: process.moduleLoadList.includes('NativeModule crypto'), diagnostics: report.diagnostics.length }));`;
  const path = fileURLToPath(new URL('../docs/spec/examples/complete.json', import.meta.url));
  // A file, not \`node -e\`, which loads node:crypto itself.
  const file = join(mkdtempSync(join(tmpdir(), 'sefcheck-crypto-')), 'check.cjs');
  writeFileSync(file, script);
  const run = spawnSync(process.execPath, [file, path], { encoding: 'utf8' });
  rmSync(dirname(file), { recursive: true });
  assert.equal(run.status, 0, run.stderr);
  const seen = JSON.parse(run.stdout);
  assert.equal(seen.crypto, false);
  assert.equal(seen.diagnostics, plain.validateJson(readFileSync(path, 'utf8')).diagnostics.length);
});
