// Comparisons 1 and 3 (docs/performance.md), the Node side of comparison 2, and where the time
// of a call goes, all in one process on the same documents:
//   1  validate(doc) through the package   vs  ajv (compiled once) on ajv-schema.json
//   3  validateJson(text)                   vs  JSON.parse(text) then ajv
//   2  validateJson(text) in Node           (vs the native core: bench/native.mjs)
// and the parts of validate(doc): the walk, JSON.stringify, the copy into WebAssembly, the
// core's own work (parse, rules, scan, report text), JSON.parse of the report.
//
//   node bench/node.mjs PACKAGE_DIR [--tiny]   prints the results as JSON
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compare } from './harness.mjs';
import { largePath, typicalPath } from './documents.mjs';

// The structure-only JSON Schema of format 2 that ajv checks (types, required keys, options,
// patterns and lengths; none of the rules that need more than one value).
export const AJV_SCHEMA = new URL('./ajv-schema.json', import.meta.url);

export function loadAjv() {
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv');
  const schema = JSON.parse(readFileSync(AJV_SCHEMA, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  return { validate: ajv.compile(schema), version: require('ajv/package.json').version };
}

export function run(packageDir, { tiny = false } = {}) {
  const require = createRequire(join(packageDir, 'package.json'));
  const sef = require(join(packageDir, 'js', 'node.cjs'));
  const glue = require(join(packageDir, 'pkg', 'node', 'sefcheck.js'));
  const ajv = loadAjv();
  const opts = tiny ? { rounds: 3, minBatchMs: 2, warmupMs: 10 } : { rounds: 40, minBatchMs: 25, warmupMs: 400 };
  const docs = { typical: readFileSync(typicalPath, 'utf8'), large: readFileSync(largePath, 'utf8') };
  const out = { ajvVersion: ajv.version, documents: {} };
  const memory = glue.wasmMemory();
  const encoder = new TextEncoder();
  const put = (text) => {
    const cap = text.length * 3;
    const at = glue.inputBuffer(cap);
    return encoder.encodeInto(text, new Uint8Array(memory.buffer, at, cap)).written;
  };

  for (const [name, text] of Object.entries(docs)) {
    const doc = JSON.parse(text);
    const report = sef.validate(doc);
    const compact = JSON.stringify(doc);
    // What the module answers: the report's JSON text inside {"ok": ...} (src/wasm.rs).
    const core = () => {
      const written = put(compact);
      return glue.validateValueInput(written, written, 1);
    };
    const answer = core();
    const ajvValid = ajv.validate(doc);
    // Both documents are ready to share: a schema that rejects one is out of step with the
    // format, and ajv would be timed on other work than sefcheck's.
    if (report.readyToShare && !ajvValid) {
      const where = ajv.validate.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
      throw new Error(`bench/ajv-schema.json rejects ${name}, which sefcheck finds ready to share: ${where.join('; ')}`);
    }
    const r = {
      bytes: Buffer.byteLength(text),
      compactBytes: Buffer.byteLength(compact),
      readyToShare: report.readyToShare,
      errors: report.errors,
      warnings: report.warnings,
      ajvValid,
      reportBytes: answer.length - '{"ok":}'.length,
    };
    // 1: validate(doc) vs ajv
    const c1 = compare(
      {
        validate: () => sef.validate(doc),
        ajv: () => ajv.validate(doc),
      },
      opts,
    );
    r.validate = c1.validate;
    r.ajv = c1.ajv;
    r.ratioValidateAjv = c1.ratio('validate', 'ajv');
    // 3: validateJson(text) vs JSON.parse + ajv
    const c3 = compare(
      {
        validateJson: () => sef.validateJson(text),
        parseAjv: () => ajv.validate(JSON.parse(text)),
        parse: () => JSON.parse(text),
      },
      opts,
    );
    r.validateJson = c3.validateJson;
    r.parseAjv = c3.parseAjv;
    r.jsonParse = c3.parse;
    r.ratioValidateJsonParseAjv = c3.ratio('validateJson', 'parseAjv');
    // Where the time of validate(doc) goes, each part timed alone, interleaved.
    const c4 = compare(
      {
        whole: () => sef.validate(doc),
        stringify: () => JSON.stringify(doc),
        copyIn: () => put(compact),
        copyInAndCore: core,
        parseReport: () => JSON.parse(answer),
      },
      opts,
    );
    const walk = c4.whole.median - c4.stringify.median - c4.copyInAndCore.median - c4.parseReport.median;
    r.parts = {
      whole: c4.whole.median,
      walk,
      stringify: c4.stringify.median,
      copyIn: c4.copyIn.median,
      core: c4.copyInAndCore.median - c4.copyIn.median,
      parseReport: c4.parseReport.median,
    };
    out.documents[name] = r;
  }
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dir, ...flags] = process.argv.slice(2);
  const result = run(dir, { tiny: flags.includes('--tiny') });
  console.log(JSON.stringify(result, null, 2));
}
