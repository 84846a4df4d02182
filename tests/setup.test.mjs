// scripts/setup.sh, run on stand-ins for every tool it calls (each logs how it was called), in a
// copy of the repository's files that it reads: with everything there it installs nothing and
// says nothing; `form` (the default: `npm start`) installs only what the form needs, and `all`
// (`npm test`, .ci/run) the test tools too; any other argument is a usage error.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8').match(/^wasm-bindgen = "=([0-9.]+)"/m)[1];

// The system tools the script uses, found once; every other command it may run is a stand-in.
const SYSTEM = ['dirname', 'grep', 'sed', 'awk', 'id'].map((tool) => [
  tool,
  execFileSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(),
]);

/**
 * A machine for the script: `have` says what is installed (wasm32: the Rust target; wasmPack;
 * bindgen: wasm-bindgen-cli's version or null; npm: node_modules up to date; chromium; pdftotext;
 * deny).
 * Returns what running `bash scripts/setup.sh ...args` printed and every command it ran.
 */
function runSetup(t, have, args) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-setup-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const work = path.join(dir, 'repo');
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'log');
  fs.mkdirSync(path.join(work, 'scripts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'home', '.cargo', 'bin'), { recursive: true });
  fs.mkdirSync(bin);
  fs.copyFileSync(path.join(repo, 'scripts', 'setup.sh'), path.join(work, 'scripts', 'setup.sh'));
  fs.copyFileSync(path.join(repo, 'Cargo.toml'), path.join(work, 'Cargo.toml'));
  fs.writeFileSync(path.join(work, 'package-lock.json'), '{}\n');
  if (have.npm) {
    fs.mkdirSync(path.join(work, 'node_modules', '.bin'), { recursive: true });
    const wasmOpt = path.join(work, 'node_modules', '.bin', 'wasm-opt');
    fs.writeFileSync(wasmOpt, '#!/bin/sh\n', { mode: 0o755 });
    const installed = path.join(work, 'node_modules', '.package-lock.json');
    fs.writeFileSync(installed, '{}\n');
    // npm ci leaves its own lock newer than the project's.
    const older = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(work, 'package-lock.json'), older, older);
  }

  for (const [tool, where] of SYSTEM) fs.symlinkSync(where, path.join(bin, tool));
  const stub = (name, body = '') =>
    fs.writeFileSync(path.join(bin, name), `#!/bin/bash\necho "${name} $*" >> "${log}"\n${body}\n`, {
      mode: 0o755,
    });
  stub('cargo');
  stub('npm');
  stub('apt-get');
  stub('sudo', '"$@"');
  stub('rustup', have.wasm32 ? 'echo x86_64-unknown-linux-gnu; echo wasm32-unknown-unknown' : 'echo x86_64-unknown-linux-gnu');
  if (have.wasmPack) stub('wasm-pack');
  if (have.bindgen) stub('wasm-bindgen', `echo "wasm-bindgen ${have.bindgen}"`);
  if (have.chromium) stub('chromium');
  if (have.pdftotext) stub('pdftotext');
  if (have.deny) stub('cargo-deny');

  const run = spawnSync('/bin/bash', [path.join(work, 'scripts', 'setup.sh'), ...args], {
    encoding: 'utf8',
    env: { HOME: path.join(dir, 'home'), PATH: bin },
  });
  const ran = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ran };
}

const everything = { wasm32: true, wasmPack: true, bindgen: pinned, npm: true, chromium: true, pdftotext: true, deny: true };
const nothing = { wasm32: false, wasmPack: false, bindgen: null, npm: false, chromium: false, pdftotext: false, deny: false };
const installs = (ran) => ran.filter((line) => !/^rustup target list|^wasm-bindgen --version/.test(line));

const FORM = [
  'rustup target add wasm32-unknown-unknown',
  'cargo install wasm-pack --locked',
  `cargo install wasm-bindgen-cli --version ${pinned} --force`,
  'npm ci --no-audit --no-fund',
];
const TESTS = ['apt-get update -qq', 'apt-get install -y -qq chromium poppler-utils', 'cargo install cargo-deny --locked --version 0.20.2'];

test('with everything installed, no argument, form and all install nothing and print nothing', (t) => {
  for (const args of [[], ['form'], ['all']]) {
    const { status, stdout, stderr, ran } = runSetup(t, everything, args);
    assert.equal(status, 0, `${args}: ${stderr}`);
    assert.equal(stdout, '', `${args}`);
    assert.equal(stderr, '', `${args}`);
    assert.deepEqual(installs(ran), [], `${args}`);
  }
});

test('on a fresh machine, the default installs only what the form needs', (t) => {
  for (const args of [[], ['form']]) {
    const { status, stderr, ran } = runSetup(t, nothing, args);
    assert.equal(status, 0, stderr);
    assert.deepEqual(installs(ran), FORM, `${args}`);
    assert.match(stderr, /^setup: installing wasm-pack/m);
    assert.doesNotMatch(stderr, /chromium|cargo-deny/);
  }
});

test('on a fresh machine, all installs the form needs and then the test tools', (t) => {
  const { status, stderr, ran } = runSetup(t, nothing, ['all']);
  assert.equal(status, 0, stderr);
  assert.deepEqual(installs(ran), [...FORM, ...TESTS]);
});

test('with the form set up, all installs only the test tools', (t) => {
  const { status, stderr, ran } = runSetup(t, { ...everything, chromium: false, pdftotext: false, deny: false }, ['all']);
  assert.equal(status, 0, stderr);
  assert.deepEqual(installs(ran), TESTS);
  assert.equal(stderr, 'setup: installing chromium poppler-utils\nsetup: installing cargo-deny (a few minutes)\n');
});

test('with Chromium there, all installs only what is missing: poppler-utils for pdftotext', (t) => {
  const { status, stderr, ran } = runSetup(t, { ...everything, pdftotext: false }, ['all']);
  assert.equal(status, 0, stderr);
  assert.deepEqual(installs(ran), ['apt-get update -qq', 'apt-get install -y -qq poppler-utils']);
});

test('a wasm-bindgen-cli of another version is replaced by the one Cargo.toml pins', (t) => {
  const { status, stderr, ran } = runSetup(t, { ...everything, bindgen: '0.2.1' }, []);
  assert.equal(status, 0, stderr);
  assert.deepEqual(installs(ran), [`cargo install wasm-bindgen-cli --version ${pinned} --force`]);
  assert.match(stderr, /had: 0\.2\.1/);
});

test('a usage error for any other argument, before anything is installed', (t) => {
  const { status, stdout, stderr, ran } = runSetup(t, nothing, ['everything']);
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, 'usage: bash scripts/setup.sh [form|all]\n');
  assert.deepEqual(ran, []);
});
