// The native side of comparison 2 (docs/performance.md): criterion's figures from
// `cargo bench --bench validate` (benches/validate.rs) for the same documents, read from
// target/criterion/**/new/estimates.json (the median of criterion's samples). With --tiny it
// only checks that the bench builds and runs once (`cargo test --bench validate`).
//
//   node bench/native.mjs [--tiny]   prints { "<id>": µs, ... } as JSON
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './documents.mjs';

function targetDir() {
  if (process.env.CARGO_TARGET_DIR) return process.env.CARGO_TARGET_DIR;
  const meta = spawnSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
  return meta.status === 0 ? JSON.parse(meta.stdout).target_directory : join(repo, 'target');
}

function estimates(dir, since) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'estimates.json' && d.endsWith(`${'/'}new`)) {
        if (statSync(p).mtimeMs < since) continue;
        const bench = JSON.parse(readFileSync(join(d, 'benchmark.json'), 'utf8'));
        const est = JSON.parse(readFileSync(p, 'utf8'));
        out[bench.full_id] = {
          median: est.median.point_estimate / 1e3,
          low: est.median.confidence_interval.lower_bound / 1e3,
          high: est.median.confidence_interval.upper_bound / 1e3,
        };
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export function run({ tiny = false } = {}) {
  const started = Date.now();
  const args = tiny
    ? ['test', '--bench', 'validate']
    : ['bench', '--bench', 'validate', '--', '--warm-up-time', '2', '--measurement-time', '5', '--noplot'];
  const r = spawnSync('cargo', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    return {
      ok: false,
      error: `cargo ${args.join(' ')} failed (status ${r.status}): ${(r.stderr || '').trim().split('\n').slice(-5).join(' / ')}`,
    };
  }
  if (tiny) return { ok: true, figures: {} };
  return { ok: true, figures: estimates(join(targetDir(), 'criterion'), started), command: `cargo ${args.join(' ')}` };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(JSON.stringify(run({ tiny: process.argv.includes('--tiny') }), null, 2));
}
