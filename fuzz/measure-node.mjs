// Resource bounds in Node (docs/performance.md): validateJson on a document read from a
// file, in a fresh process, timed; prints the time and process.resourceUsage().maxRSS.
//   node fuzz/measure-node.mjs FILE [REPEAT]
// fuzz/measure.sh makes the documents (with the `measure` binary) and runs this on each.
import fs from 'node:fs';
import { validateJson, validate } from 'sefcheck';

const [file, repeat = '3'] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const rssBefore = process.resourceUsage().maxRSS;
let best = Infinity;
let best2 = Infinity;
let diags = 0;
for (let i = 0; i < Number(repeat); i++) {
  let t = performance.now();
  const r = validateJson(text);
  best = Math.min(best, performance.now() - t);
  diags = r.diagnostics.length;
  const doc = JSON.parse(text);
  t = performance.now();
  validate(doc);
  best2 = Math.min(best2, performance.now() - t);
}
const maxRSS = process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    validateJsonMs: +best.toFixed(1),
    validateMs: +best2.toFixed(1),
    diagnostics: diags,
    maxRssMB: +(maxRSS / 1024).toFixed(1),
    rssAtStartMB: +(rssBefore / 1024).toFixed(1),
  }),
);
