// Comparison 5 (docs/performance.md): start-up. A fresh `node` that loads the package, reads
// `typical`, parses it and validates it, against a fresh `node` that only reads and parses it.
// The two are run alternately (so that the machine's load falls on both alike), many times; the
// figure is the wall time from spawning the process to its exit, median and spread.
//
//   node bench/startup.mjs PACKAGE_DIR [--tiny]   prints the results as JSON
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { summary } from './harness.mjs';
import { typicalPath } from './documents.mjs';

const READ = `const t = require('node:fs').readFileSync(${JSON.stringify(typicalPath)}, 'utf8'); const d = JSON.parse(t);`;

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: r.stdout.trim() };
}

export function run(packageDir, { tiny = false } = {}) {
  const entry = join(packageDir, 'js', 'node.cjs');
  const withPackage = [
    '-e',
    `${READ} const r = require(${JSON.stringify(entry)}).validate(d); process.stdout.write(String(r.readyToShare));`,
  ];
  const parseOnly = ['-e', `${READ} process.stdout.write(String(typeof d));`];
  const runs = tiny ? 2 : 40;
  time(withPackage); // warm the file cache
  time(parseOnly);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    const first = i % 2 === 0;
    const x = first ? time(withPackage) : null;
    const y = time(parseOnly);
    const x2 = first ? x : time(withPackage);
    if (x2.out !== 'true') throw new Error(`the package did not find typical ready to share: ${x2.out}`);
    a.push(x2.ms);
    b.push(y.ms);
  }
  return {
    runs,
    withPackage: summary(a),
    parseOnly: summary(b),
    ratio: summary(a.map((x, i) => x / b[i])),
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dir, ...flags] = process.argv.slice(2);
  console.log(JSON.stringify(run(dir, { tiny: flags.includes('--tiny') }), null, 2));
}
