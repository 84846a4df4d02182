// `sefcheck --jobs N` (docs/spec/api.md, "sefcheck command"): many files checked on worker
// threads (bin/threads.mjs) give the same standard output, standard error and exit status,
// byte for byte, as the command's own thread checking them one at a time (`--jobs 1`, the
// reference), in every format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../bench/documents.mjs';
import { ROOT } from './helpers.mjs';
import { THREADS_FROM } from '../bin/threads.mjs';

const BIN = path.join(ROOT, 'bin', 'sefcheck.mjs');

function run(args, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('threads give the output of one thread, byte for byte, in every format', { timeout: 300_000 }, (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-threads-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  // Complete, draft, broken and not-JSON documents, more than THREADS_FROM, with files the
  // walk cannot reach and an unreadable one among them, so that failures are ordered too.
  const counts = writeCorpus(path.join(dir, 'corpus'), 240, 5);
  assert.ok(counts.complete > 0 && counts.draft > 0 && counts.broken > 0 && counts.notJson > 0, JSON.stringify(counts));
  fs.writeFileSync(path.join(dir, 'corpus', 'm-not-utf8.json'), Buffer.from([0x7b, 0xff, 0x7d]));
  const paths = [path.join(dir, 'corpus'), path.join(dir, 'missing.json'), path.join(dir, 'corpus')];

  for (const format of ['text', 'json', 'junit', 'sarif', 'github']) {
    for (const failOn of ['error', 'warning']) {
      const args = ['--format', format, '--fail-on', failOn];
      const one = run([...args, '--jobs', '1', ...paths]);
      assert.ok(one.stdout.length > 0 && one.stderr.includes('missing.json'), format);
      for (const jobs of ['2', '3']) {
        const many = run([...args, '--jobs', jobs, ...paths]);
        const what = `${format} --fail-on ${failOn} --jobs ${jobs}`;
        assert.equal(many.code, one.code, what);
        assert.equal(many.stderr, one.stderr, what);
        assert.ok(many.stdout === one.stdout, `${what}: standard output differs`);
      }
    }
  }
});

test('few files, or standard input among them, are checked in one thread with the same output', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-threads-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  writeCorpus(path.join(dir, 'few'), THREADS_FROM - 1, 6);
  writeCorpus(path.join(dir, 'many'), THREADS_FROM + 1, 7);
  const stdin = fs.readFileSync(path.join(ROOT, 'docs', 'spec', 'examples', 'draft.json'), 'utf8');
  for (const paths of [[path.join(dir, 'few')], [path.join(dir, 'many'), '-']]) {
    const one = run(['--jobs', '1', ...paths], stdin);
    const many = run(['--jobs', '4', ...paths], stdin);
    assert.deepEqual(many, one);
  }
});
