// The worked example app (examples/react/) as a developer gets it: the package packed by npm,
// the example copied out of the repository with its `sefcheck` dependency pointed at the
// tarball, installed from the npm cache, built by its own Vite and served by its own `vite preview` (with
// its own headers). Used by example.test.mjs and screenshots.mjs; needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo } from './harness.mjs';

export const exampleDir = join(repo, 'examples', 'react');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * The root's package-lock.json made the example's: the example's own dependencies at its root,
 * every other package at the version the root locked. A root `npm ci` has cached exactly those
 * (and their registry metadata), so `npm install --prefer-offline` finds everything in the
 * cache (and asks the registry only for what an older cache lacks); without a lock, npm would
 * resolve ranges afresh and ask the registry.
 */
function seedLock(app, manifest) {
  const lock = readJson(join(repo, 'package-lock.json'));
  lock.name = manifest.name;
  lock.version = manifest.version;
  lock.packages[''] = {
    name: manifest.name,
    version: manifest.version,
    dependencies: manifest.dependencies,
    devDependencies: manifest.devDependencies,
  };
  writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
}

/** Packs, installs and builds the example in a temporary folder: { app, dist, remove }. */
export function buildExample() {
  const dir = mkdtempSync(join(tmpdir(), 'sefcheck-example-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' }));
    const app = join(dir, 'react');
    cpSync(exampleDir, app, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
    const manifest = readJson(join(app, 'package.json'));
    manifest.dependencies.sefcheck = `file:../${packed.filename}`;
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    seedLock(app, manifest);
    // --include=dev: Vite (a devDependency) even where a Vite server in this process has set NODE_ENV=production.
    execFileSync('npm', ['install', '--prefer-offline', '--include=dev', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: app,
      stdio: 'pipe',
    });
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: app, stdio: 'pipe' });
    return { app, dist: join(app, 'dist'), remove };
  } catch (e) {
    remove();
    throw new Error(`the example did not install or build: ${e.stderr?.toString() || e.message}`);
  }
}

/** The built example served by its own Vite's preview server on a free port: { url, origin, close }. */
export async function serveExample(app) {
  const vite = await import(pathToFileURL(createRequire(join(app, 'package.json')).resolve('vite')).href);
  const server = await vite.preview({
    root: app,
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    logLevel: 'silent',
  });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  return { url: `${origin}/`, origin, close: () => new Promise((resolve) => server.httpServer.close(() => resolve())) };
}
