// Comparison 4 (docs/performance.md): what an application ships. The package's browser entry
// (js/browser.mjs: the facade and wasm-bindgen's glue) bundled and minified by esbuild, plus
// the .wasm it fetches, against ajv bundled and minified by the same esbuild. Gzip is zlib at
// level 9 for every file.
//
//   node bench/size.mjs PACKAGE_DIR   prints the sizes as JSON
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { AJV_SCHEMA } from './node.mjs';
import { repo } from './documents.mjs';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundle(entry, outfile) {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'silent',
    // wasm-bindgen's glue names its .wasm with new URL(..., import.meta.url): left as it is.
  });
  return readFileSync(outfile);
}

export async function run(packageDir) {
  const tmp = mkdtempSync(join(tmpdir(), 'sefcheck-bench-size-'));
  try {
    const glue = await bundle(join(packageDir, 'js', 'browser.mjs'), join(tmp, 'sefcheck.js'));
    const wasm = readFileSync(join(packageDir, 'pkg', 'web', 'sefcheck_bg.wasm'));
    // ajv as an application imports it, resolved from this repository's node_modules.
    const entry = join(tmp, 'ajv-entry.mjs');
    writeFileSync(entry, `export { default } from ${JSON.stringify(createRequire(join(repo, 'package.json')).resolve('ajv'))};\n`);
    const ajv = await bundle(entry, join(tmp, 'ajv.js'));
    const schema = readFileSync(AJV_SCHEMA);
    const sef = { glue: glue.length, glueGz: gz(glue), wasm: wasm.length, wasmGz: gz(wasm) };
    sef.total = sef.glue + sef.wasm;
    sef.totalGz = sef.glueGz + sef.wasmGz;
    return {
      sefcheck: sef,
      ajv: { bundle: ajv.length, bundleGz: gz(ajv), schema: schema.length, schemaGz: gz(schema) },
      esbuild: (await import('esbuild')).version,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(JSON.stringify(await run(process.argv[2]), null, 2));
}
