// The size budget of the WebAssembly module the package ships (docs/performance.md, "Size"): fails
// when the gzipped module grows past it, or when the shipped module is not wasm-opt's. Also the
// budget of schema.json, the JSON Schema for editors the package ships beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './helpers.mjs';

/** Gzipped bytes (level 9) the module may take; set from measurement, see README.md (112 KiB
 *  since the positions of diagnostics, about 2.4 KB of it, joined the core; 136 KiB since
 *  format 2: 114,275 bytes became about 136,000 with SHA-256 (sha2), numbers written as
 *  ECMAScript writes them (ryu's small tables), JSON written in two key orders, migration, the
 *  eleven new codes and the acknowledgements; 170 KiB since the second round of disclosure
 *  checks: about 137,500 bytes became about 172,000, of which the first-name check (its
 *  generated table of 5,981 names, the lookup and the naming contexts) is about 20,600 and
 *  schools, the exemptions and small numbers the rest; 182 KiB since the yearly cycle: about
 *  172,260 bytes became about 183,840 with nextYear and compare (compare alone about 9 KB of
 *  code before wasm-opt: it builds its answer as a document value, matching by id with hash
 *  maps, for any two documents), a development area's status and three refusals; 134 KiB since
 *  the size round: about 183,840 bytes became about 134,630 without Rust's float formatting and
 *  parsing, Unicode's case tables, and with generated tables of the general categories and
 *  grapheme clusters in place of unicode-general-category and unicode-segmentation; 130 KiB
 *  since the first-name table's SFN2 layout: 133,475 bytes became 131,259 with its names
 *  front-coded, docs/disclosure-names.md; 123 KiB since the second size round: 124,855 bytes
 *  with talc as the allocator, the form's builders not inlined and no str slicing that can
 *  panic, after SHA-256 from the host added 600; 122 KiB since wasm-opt's --converge,
 *  --low-memory-unused and --zero-filled-memory: 123,632; 120 KiB since one sort for both key
 *  orders: 122,396; 118 KiB since the hot functions were kept small for V8 and the canonical key
 *  order compares bytes: 119,929; 116 KiB since sorted vectors replaced the hash maps: 118,147;
 *  114 KiB since the JSON the module returns is written by hand rather than by serde_json:
 *  116,492; 115 KiB since the parser's and the checks' hot functions were split for V8's
 *  optimising compiler (a fresh process's start-up): 116,907; 112 KiB since `compare` writes its
 *  answer as JSON text: 113,646; docs/performance.md). */
export const BUDGET_GZIPPED = 112 * 1024;
/** Raw bytes: a looser guard against a build that skipped wasm-opt (281,439 bytes became about
 *  345,000 with format 2, about 419,000 with the second round of disclosure checks, about
 *  450,000 with the yearly cycle, about 326,400 after the size round, and 309,296 with the
 *  first-name table's SFN2 layout, 297,298 after the second size round, 294,479 with wasm-opt's
 *  further flags, 290,838 with one sort, 290,815 with small hot functions and the byte order of
 *  keys, 282,996 with sorted vectors for the hash maps, 276,677 with JSON written by hand, 277,104 with the hot functions split for V8, 269,027 with `compare` written as text). */
export const BUDGET_RAW = 264 * 1024;

/** schema.json, raw and gzipped (level 9). Editors read it, the package never loads it, so it
 *  weighs only on the download: 47,294 bytes raw and 4,705 gzipped when it was first built (two-
 *  space indentation, every field's title and description). The budget leaves about a third
 *  more, for fields to come, and fails a generator that starts repeating itself (the 47 codes
 *  of an acknowledgement written out at every field, say). */
export const BUDGET_SCHEMA_RAW = 64 * 1024;
export const BUDGET_SCHEMA_GZIPPED = 8 * 1024;

test('schema.json is within its budget', () => {
  const file = path.join(ROOT, 'schema.json');
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  const line = `${bytes.length} bytes raw, ${gz} gzipped (budget ${BUDGET_SCHEMA_GZIPPED} gzipped, ${BUDGET_SCHEMA_RAW} raw)`;
  console.log(`# schema.json: ${line}`);
  assert.ok(gz <= BUDGET_SCHEMA_GZIPPED, `gzipped schema over budget: ${line}`);
  assert.ok(bytes.length <= BUDGET_SCHEMA_RAW, `raw schema over budget: ${line}`);
});

const modules = ['node', 'web'].map((t) => path.join(ROOT, 'pkg', t, 'sefcheck_bg.wasm'));

function customSections(bytes) {
  const names = [];
  let i = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[i++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id === 0) {
      const len = leb();
      names.push(Buffer.from(bytes.subarray(i, i + len)).toString('utf8'));
    }
    i = end;
  }
  return names;
}

for (const file of modules) {
  test(`${path.relative(ROOT, file)} is within its budget`, () => {
    const bytes = fs.readFileSync(file);
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    const line = `${bytes.length} bytes raw, ${gz} gzipped (budget ${BUDGET_GZIPPED} gzipped, ${BUDGET_RAW} raw)`;
    console.log(`# ${path.relative(ROOT, file)}: ${line}`);
    assert.ok(gz <= BUDGET_GZIPPED, `gzipped module over budget: ${line}`);
    assert.ok(bytes.length <= BUDGET_RAW, `raw module over budget: ${line}`);
  });

  test(`${path.relative(ROOT, file)} is the optimised release build`, () => {
    const bytes = fs.readFileSync(file);
    assert.ok(WebAssembly.validate(bytes), 'not a valid module');
    // wasm-opt -Oz (without -g) drops the function names a debug or unoptimised build keeps.
    const custom = customSections(bytes);
    assert.ok(!custom.includes('name'), `holds a name section: ${custom.join(', ')}`);
    const unoptimised = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'sefcheck.wasm');
    if (fs.existsSync(unoptimised)) assert.ok(bytes.length < fs.statSync(unoptimised).size, 'not smaller than cargo output');
  });
}

/** Gzipped bytes (level 9) of the package's files beside the module that an application
 *  loads with it only when it imports them: the Standard Schema adapter is about 1.7 KB (its
 *  source, comments included; a bundler's minifier makes it smaller). */
export const FILE_BUDGETS_GZIPPED = { 'js/standard-schema.mjs': 2048 };

for (const [file, budget] of Object.entries(FILE_BUDGETS_GZIPPED)) {
  test(`${file} is within its budget`, () => {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(ROOT, file)), { level: 9 }).length;
    console.log(`# ${file}: ${gz} gzipped (budget ${budget})`);
    assert.ok(gz <= budget, `${file}: ${gz} gzipped, over its budget of ${budget}`);
  });
}
