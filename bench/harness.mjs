// A small timing harness for comparisons on a busy machine. Rather than timing one candidate
// for seconds and then the other (which turns every change in the machine's load into a
// difference between them), the candidates are interleaved: each round times a batch of calls
// of each candidate, in turn, in a rotating order; a round's ratio compares batches timed
// within milliseconds of each other. Reported: the median time per call of each candidate,
// its spread (25th and 75th percentiles, and the fastest round), and the median of the
// per-round ratios.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export const now = () => process.hrtime.bigint();

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    p95: quantile(s, 0.95),
    min: s[0],
    max: s[s.length - 1],
    n: s.length,
  };
}

/**
 * Times each function of `candidates` ({ name: fn }) in interleaved rounds.
 * Options: `rounds` (default 40), `minBatchMs` (each batch lasts about this long; default 20),
 * `warmupMs` (each candidate runs this long first, default 300).
 * Returns { [name]: summary of µs per call }, plus `ratio(a, b)`: the summary of the
 * per-round ratios a/b.
 */
export function compare(candidates, { rounds = 40, minBatchMs = 20, warmupMs = 300 } = {}) {
  const names = Object.keys(candidates);
  const batch = {};
  let sink = 0;
  for (const name of names) {
    const f = candidates[name];
    // Warm up (JIT, caches) and size the batch so that it lasts about minBatchMs.
    const end = now() + BigInt(Math.round(warmupMs * 1e6));
    let calls = 0;
    const t0 = now();
    while (now() < end) {
      if (f() !== undefined) sink++;
      calls++;
    }
    const perCallMs = Number(now() - t0) / 1e6 / calls;
    batch[name] = Math.max(1, Math.round(minBatchMs / perCallMs));
  }
  const perRound = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      const f = candidates[name];
      const n = batch[name];
      const t0 = now();
      for (let i = 0; i < n; i++) if (f() !== undefined) sink++;
      perRound[name].push(Number(now() - t0) / 1e3 / n);
    }
  }
  if (sink < 0) console.log(sink); // keep results alive
  const result = Object.fromEntries(names.map((n) => [n, { ...summary(perRound[n]), batch: batch[n] }]));
  result.ratio = (a, b) => summary(perRound[a].map((x, i) => x / perRound[b][i]));
  result.rounds = perRound;
  return result;
}

/** Times one call of `f` many times (for calls too long to batch): µs per call. */
export function sample(f, { runs = 30, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) f();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    f();
    xs.push(Number(now() - t0) / 1e3);
  }
  return summary(xs);
}

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machine() {
  return {
    nproc: tryRun('nproc', []) ?? String(cpus().length),
    cpu: cpus()[0]?.model ?? 'unknown',
    loadavg: loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    node: process.version,
    rustc: tryRun('rustc', ['--version']),
    wasmBindgen: tryRun('wasm-bindgen', ['--version']),
  };
}

export const fmt = (x, digits = 1) =>
  !Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(digits);
export const fmtRatio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
