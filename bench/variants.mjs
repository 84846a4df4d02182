// Builds of the module compared in one Node process: `validateJson` on the typical and the
// large document through each build's facade, in interleaved rounds (as bench/harness.mjs
// does), each batch timed by the process's CPU time (user and system, process.cpuUsage) as
// well as by the clock: on a shared machine, CPU time leaves out the time the process waited
// for a core, which is most of the noise of the wall clock.
//
//   node bench/variants.mjs NAME=DIR NAME=DIR ... [--rounds N] [--batch-ms MS]
// where each DIR is a package folder written by bench/variant.sh (or the repository itself).
// Prints, per document, each build's median µs per call with its quartiles, by CPU time and by
// the clock, and the median (and quartiles) of the per-round ratios of CPU time to the first
// build's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { largePath, typicalPath } from './documents.mjs';
import { now, summary } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const rounds = option('--rounds', 40);
const batchMs = option('--batch-ms', 25);
const builds = args.map((a) => {
  const [name, dir] = a.split('=');
  const require = createRequire(join(resolve(dir), 'package.json'));
  return [name, require(join(resolve(dir), 'js', 'node.cjs'))];
});
const docs = { typical: readFileSync(typicalPath, 'utf8'), large: readFileSync(largePath, 'utf8') };
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
console.log(`load ${load()}`);
for (const [doc, text] of Object.entries(docs)) {
  // The same report from every build, or the comparison means nothing.
  const reports = builds.map(([, api]) => JSON.stringify(api.validateJson(text)));
  if (reports.some((r) => r !== reports[0])) throw new Error(`builds disagree on ${doc}`);
  // Warm up each build and size its batch to about batchMs.
  const batch = builds.map(([, api]) => {
    const t0 = now();
    let calls = 0;
    while (Number(now() - t0) < 400e6) {
      api.validateJson(text);
      calls++;
    }
    return Math.max(1, Math.round((batchMs * calls) / 400));
  });
  const byCpu = builds.map(() => []);
  const byClock = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < builds.length; k++) {
      const b = (r + k) % builds.length;
      const api = builds[b][1];
      const [c0, t0] = [cpu(), now()];
      for (let i = 0; i < batch[b]; i++) api.validateJson(text);
      byClock[b].push(Number(now() - t0) / 1e3 / batch[b]);
      byCpu[b].push((cpu() - c0) / batch[b]);
    }
  }
  builds.forEach(([name], b) => {
    const c = summary(byCpu[b]);
    const w = summary(byClock[b]);
    const ratio = summary(byCpu[b].map((x, i) => x / byCpu[0][i]));
    console.log(
      `${doc.padEnd(8)} ${name.padEnd(10)} cpu ${fmt(c.median).padStart(6)} µs (${fmt(c.p25)}–${fmt(c.p75)})  ` +
        `clock ${fmt(w.median).padStart(6)} µs (${fmt(w.p25)}–${fmt(w.p75)})  ` +
        `cpu ratio to ${builds[0][0]} ${ratio.median.toFixed(3)} (${ratio.p25.toFixed(3)}–${ratio.p75.toFixed(3)})`,
    );
  });
}
console.log(`load ${load()}`);
