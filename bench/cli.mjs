// Comparison 6 (docs/performance.md): the command over a corpus of generated documents
// (10,000 by default, written to a temporary folder by bench/documents.mjs) against ajv-cli with
// bench/ajv-schema.json over the same files, and against a Node script that only
// reads and parses them (the floor for any command written in Node). ajv-cli gives up at the
// first file that is not JSON, so the 1 % of such files sit in a subfolder that its glob
// (DIR/*.json) does not reach: it checks the other 99 %. Each is run in turn,
// `reps` times, under /usr/bin/time: wall time, CPU time (user + system) and peak memory.
// Output goes to /dev/null.
//
//   node bench/cli.mjs PACKAGE_DIR [--tiny]   prints the results as JSON
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './harness.mjs';
import { repo, writeCorpus } from './documents.mjs';

const AJV_SCHEMA = fileURLToPath(new URL('./ajv-schema.json', import.meta.url));

// The floor: read every .json file below the folder (sorted, as the command does) and parse it.
const FLOOR = `
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[2];
let parsed = 0, broken = 0;
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) { walk(p); continue; }
    if (!e.name.endsWith('.json')) continue;
    const text = fs.readFileSync(p, 'utf8');
    try { JSON.parse(text); parsed++; } catch { broken++; }
  }
})(dir);
process.stdout.write(parsed + ' parsed, ' + broken + ' not JSON\\n');
`;

function timed(argv) {
  const nul = openSync('/dev/null', 'w');
  try {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], {
      stdio: ['ignore', nul, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    const [wall, user, sys, rssKb] = last;
    return {
      status: r.status,
      wall,
      cpu: user + sys,
      rssMiB: rssKb / 1024,
      stderrTail: r.stderr.trim().split('\n').slice(-3, -1).join(' / '),
    };
  } finally {
    closeSync(nul);
  }
}

export function run(packageDir, { tiny = false, files } = {}) {
  const n = files ?? (tiny ? 20 : 10000);
  const reps = tiny ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), 'sefcheck-bench-corpus-'));
  try {
    const counts = writeCorpus(dir, n);
    const floorScript = join(dir, '..', `${dir.split('/').pop()}-floor.cjs`);
    writeFileSync(floorScript, FLOOR);
    const ajvCli = createRequire(join(repo, 'package.json')).resolve('ajv-cli/dist/index.js');
    const commands = {
      sefcheck: [process.execPath, join(packageDir, 'bin', 'sefcheck.mjs'), dir],
      // The reference the threads are compared with: every file in the command's own thread.
      sefcheckOneThread: [process.execPath, join(packageDir, 'bin', 'sefcheck.mjs'), '--jobs', '1', dir],
      ajvCli: [
        process.execPath,
        ajvCli,
        'validate',
        '-s',
        AJV_SCHEMA,
        '-d',
        `${dir}/*.json`,
        '--spec=draft7',
        '--strict=false',
        '--all-errors',
        '--errors=text',
      ],
      floor: [process.execPath, floorScript, dir],
    };
    const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    const names = Object.keys(commands);
    for (let r = 0; r < reps; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(r + k) % names.length];
        runs[name].push(timed(commands[name]));
      }
    }
    rmSync(floorScript, { force: true });
    const result = { files: n, counts, reps };
    for (const name of names) {
      result[name] = {
        wall: summary(runs[name].map((x) => x.wall)),
        cpu: summary(runs[name].map((x) => x.cpu)),
        rssMiB: summary(runs[name].map((x) => x.rssMiB)),
        status: runs[name].map((x) => x.status),
      };
    }
    const ratio = (a, b, key) => summary(runs[a].map((x, i) => x[key] / runs[b][i][key]));
    result.ratios = {
      ajvCliOverSefcheckWall: ratio('ajvCli', 'sefcheck', 'wall'),
      ajvCliOverSefcheckCpu: ratio('ajvCli', 'sefcheck', 'cpu'),
      sefcheckOverFloorWall: ratio('sefcheck', 'floor', 'wall'),
      sefcheckOverFloorCpu: ratio('sefcheck', 'floor', 'cpu'),
      oneThreadOverFloorWall: ratio('sefcheckOneThread', 'floor', 'wall'),
    };
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, ...flags] = process.argv.slice(2);
  console.log(JSON.stringify(run(dir, { tiny: flags.includes('--tiny') }), null, 2));
}
