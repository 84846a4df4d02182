// Times the ways into the module (scripts/bench-boundary.sh builds target/bench-pkg first).
// Each figure: the median of many calls after a warm-up, in microseconds.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createApi } from '../js/facade.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const m = require(path.join(ROOT, 'target', 'bench-pkg', 'sefcheck.js'));
const memory = m.wasmMemory();
const encoder = new TextEncoder();
const RUNS = Number(process.env.RUNS || 3000);
const api = createApi(() => m);

function median(f) {
  for (let i = 0; i < 300; i++) f();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

function put(text) {
  const cap = text.length * 3;
  const at = m.inputBuffer(cap);
  return encoder.encodeInto(text, new Uint8Array(memory.buffer, at, cap)).written;
}

/** validateJson's way in: the text's bytes, all of them in the buffer. */
function validateInput(text) {
  const written = put(text);
  return m.validateJsonInput(written, written, undefined, false);
}

for (const name of ['complete', 'draft']) {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'spec', 'examples', `${name}.json`), 'utf8');
  const doc = JSON.parse(text);
  const rows = {
    'crossing only: encodeInto into the input buffer': () => m.touchInput(put(text)),
    'crossing only: TextEncoder.encode + &[u8]': () => m.touchBytes(encoder.encode(text)),
    "crossing only: wasm-bindgen's &str": () => m.touchStr(text),
    'validateJson: encodeInto + report JSON text + JSON.parse (chosen)': () => JSON.parse(validateInput(text)),
    'validateJson: TextEncoder.encode + &[u8] + JSON.parse': () => JSON.parse(m.validateBytes(encoder.encode(text))),
    "validateJson: wasm-bindgen's &str + JSON.parse": () => JSON.parse(m.validateStr(text)),
    'validateJson: encodeInto + report by serde-wasm-bindgen': () => m.validateInputToObject(put(text)),
    'JS only: JSON.stringify(doc)': () => JSON.stringify(doc),
    'JS only: JSON.parse(text)': () => JSON.parse(text),
    'package validateJson(text) (facade: checks, encodeInto, JSON.parse)': () => api.validateJson(text),
    'package validate(doc) (facade: walk, JSON.stringify, encodeInto, JSON.parse)': () => api.validate(doc),
  };
  console.log(`${name}.json: ${Buffer.byteLength(text)} bytes, report ${validateInput(text).length - '{"ok":}'.length} bytes`);
  for (const [label, f] of Object.entries(rows)) console.log(`  ${median(f).toFixed(1).padStart(7)} µs  ${label}`);
}
