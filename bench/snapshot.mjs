// A private copy of the built package for one benchmark run. Others rebuild pkg/ in this
// working tree at any time (scripts/build.sh removes pkg/node and pkg/web first), so the
// benchmarks load a copy taken once, when the build is complete: package.json, js/, pkg/ and
// bin/, laid out as in the repository, so that `import "sefcheck"` by self-reference, the
// command and the browser entry all work from the copy.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './documents.mjs';

// Every file scripts/build.sh writes (the facade and the types last).
const NEEDED = [
  'pkg/node/package.json',
  'pkg/web/package.json',
  'pkg/index.d.mts',
  'pkg/node/sefcheck.js',
  'pkg/node/sefcheck_bg.wasm',
  'pkg/web/sefcheck.js',
  'pkg/web/sefcheck_bg.wasm',
  'pkg/limits.mjs',
  'pkg/facade.cjs',
];

/** Whether a `scripts/build.sh` is running now (in this working tree or another). */
function building() {
  try {
    return execFileSync('pgrep', ['-f', 'scripts/build.sh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (up to `waitMs`) until pkg/ is complete and unchanged for 10 s and no build is running, then copies it. */
export async function snapshot({ waitMs = 10 * 60 * 1000 } = {}) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const complete = NEEDED.every((p) => existsSync(join(repo, p)));
    const newest = complete ? Math.max(...NEEDED.map((p) => statSync(join(repo, p)).mtimeMs)) : Infinity;
    if (complete && Date.now() - newest > 10000 && !building()) break;
    if (Date.now() > deadline) throw new Error('pkg/ is not built (or is being rebuilt): run `npm run build`');
    await sleep(2000);
  }
  const dir = mkdtempSync(join(tmpdir(), 'sefcheck-bench-pkg-'));
  for (const p of ['package.json', 'js', 'pkg', 'bin']) cpSync(join(repo, p), join(dir, p), { recursive: true });
  const builtAt = new Date(Math.max(...NEEDED.map((p) => statSync(join(repo, p)).mtimeMs)));
  return { dir, builtAt, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
