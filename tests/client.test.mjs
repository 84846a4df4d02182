// A real client: the package as npm packs it, installed into a fresh project, used from Node
// ES modules, from Node CommonJS, from TypeScript (both module kinds), and from a browser
// bundle made by esbuild and run in headless Chromium (or, without Chromium, in Node). A
// broken "exports" map or a file missing from the tarball fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, exampleText } from './helpers.mjs';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const completeText = exampleText('complete');

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return null;
}

// What every client checks; the same code runs in Node and in the browser (as a string).
const CHECKS = `
  const out = {};
  out.empty = api.emptyDocument();
  const r = api.validate(api.emptyDocument());
  out.emptySections = r.sections.length;
  out.emptyReady = r.readyToShare;
  out.rules = api.rules().length;
  out.formSections = api.formDefinition().sections.length;
  out.words = api.countWords('one two three');
  out.characters = api.countCharacters('e\\u0301👍🏽');
  out.scan = Array.isArray(api.scanDisclosure('Child A'));
  try { api.validateJson('{\\n  "a": nope'); out.threw = 'no'; } catch (e) { out.threw = [e instanceof Error, e.code, e.line, e.column]; }
  try { api.validate({ f() {} }); } catch (e) { out.refused = [e instanceof Error, e.code]; }
  out.complete = api.validateJson(completeText).readyToShare;
  out.completeObject = api.validate(JSON.parse(completeText)).readyToShare;
  out.limits = api.limits().maxBytes;
  const complete = JSON.parse(completeText);
  out.digest = api.contentDigest(complete) === complete.approval.digest;
  out.migrated = api.migrate({ formVersion: 1, about: { approvedOn: '2026-05-12' } });
  try { api.migrate({ formVersion: 3 }); } catch (e) { out.notMigratable = [e instanceof Error, e.code]; }
  const schema = api.jsonSchema();
  out.schema = [schema.$id, Object.keys(schema.properties).length, api.jsonSchema() !== schema];
`;

function checkOutput(out, where) {
  assert.deepEqual(out.empty, { formVersion: 2 }, where);
  assert.equal(out.emptySections, 11, where);
  assert.equal(out.emptyReady, false, where);
  assert.ok(out.rules >= 44, `${where}: rules ${out.rules}`);
  assert.equal(out.formSections, 11, where);
  assert.equal(out.words, 3, where);
  assert.equal(out.characters, 2, where);
  assert.equal(out.scan, true, where);
  assert.deepEqual(out.threw, [true, 'not-json', 2, 9], where);
  assert.deepEqual(out.refused, [true, 'not-json-value'], where);
  assert.equal(out.complete, true, where);
  assert.equal(out.completeObject, true, where);
  assert.equal(out.limits, 5 * 1024 * 1024, where);
  assert.equal(out.digest, true, where);
  assert.deepEqual(out.migrated, { formVersion: 2, about: {}, approval: { approvedOn: '2026-05-12' } }, where);
  assert.deepEqual(out.notMigratable, [true, 'not-migratable'], where);
  assert.deepEqual(out.schema, ['urn:sefcheck:self-evaluation:format-2', 14, true], where);
}

test('npm pack, install into a fresh project, use it from ESM, CJS, TypeScript and a browser bundle', { timeout: 600_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sefcheck-client-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
  const tarball = path.join(dir, packed[0].filename);
  const files = packed[0].files.map((f) => f.path).sort();
  for (const f of [
    'package.json',
    'js/node.cjs',
    'js/node.mjs',
    'js/browser.mjs',
    'pkg/node/sefcheck_bg.wasm',
    'pkg/web/sefcheck_bg.wasm',
    'pkg/index.d.mts',
    'pkg/index.d.cts',
    'pkg/types.generated.d.mts',
    'pkg/types.generated.d.cts',
    'js/render/index.mjs',
    'js/render/index.d.mts',
    'js/render/model.mjs',
    'js/standard-schema.mjs',
    'js/standard-schema.d.mts',
    'bin/render.mjs',
    'schema.json',
  ]) {
    assert.ok(files.includes(f), `the tarball lacks ${f}: ${files.join(', ')}`);
  }
  assert.ok(
    !files.some((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('target/')),
    'the tarball holds sources or tests',
  );

  const app = path.join(dir, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'client', private: true, version: '1.0.0' }));
  // --prefer-offline: after `npm ci` the cache holds the dependencies' tarballs but not always
  // their registry metadata (a fresh machine's `npm ci` never fetches it); only that is fetched.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, stdio: 'pipe' });
  const complete = JSON.stringify(completeText);

  await t.test('Node ES module', () => {
    fs.writeFileSync(
      path.join(app, 'esm.mjs'),
      `import * as api from 'sefcheck';\nconst completeText = ${complete};\n${CHECKS}\nconsole.log(JSON.stringify(out));\n`,
    );
    checkOutput(JSON.parse(execFileSync(process.execPath, ['esm.mjs'], { cwd: app, encoding: 'utf8' })), 'ESM');
  });

  await t.test('schema.json, where a document\'s "$schema" names it, is jsonSchema()', () => {
    const script = [
      "const fs = require('node:fs');",
      "const file = require.resolve('sefcheck/schema.json');",
      "const same = JSON.stringify(require('sefcheck/schema.json')) === JSON.stringify(require('sefcheck').jsonSchema());",
      'console.log(JSON.stringify({ file, same, there: fs.existsSync(file) }));',
    ].join('\n');
    const got = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8' }));
    assert.equal(got.file, path.join(fs.realpathSync(app), 'node_modules', 'sefcheck', 'schema.json'));
    assert.deepEqual([got.same, got.there], [true, true]);
  });

  await t.test('Node CommonJS', () => {
    fs.writeFileSync(
      path.join(app, 'cjs.cjs'),
      `const api = require('sefcheck');\nconst completeText = ${complete};\n${CHECKS}\nconsole.log(JSON.stringify(out));\n`,
    );
    checkOutput(JSON.parse(execFileSync(process.execPath, ['cjs.cjs'], { cwd: app, encoding: 'utf8' })), 'CJS');
  });

  await t.test('TypeScript, as an ES module and as CommonJS', () => {
    // Report and Code are generated from the Rust types (pkg/types.generated.d.*), RefusalCode
    // joins the core's generated codes and the facade's hand-written ones.
    const use = `const r: Report = validate(emptyDocument());\nconst n: number = r.errors + countWords('a b');\nconst f: FormDefinition = formDefinition();\nconst c: Code | undefined = r.diagnostics[0]?.code;\nconst refused: RefusalCode[] = ['not-json', 'cycle'];\nvoid n; void f; void c; void refused;\n`;
    fs.writeFileSync(
      path.join(app, 'use.mts'),
      `import { validate, emptyDocument, countWords, formDefinition, type Report, type FormDefinition, type Code, type RefusalCode } from 'sefcheck';\n${use}`,
    );
    fs.writeFileSync(
      path.join(app, 'use.cts'),
      `import sefcheck = require('sefcheck');\nimport type { Report, FormDefinition, Code, RefusalCode } from 'sefcheck';\nconst { validate, emptyDocument, countWords, formDefinition } = sefcheck;\n${use}`,
    );
    fs.writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, target: 'es2022', types: [] },
        files: ['use.mts', 'use.cts'],
      }),
    );
    execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: app, stdio: 'pipe' });
  });

  await t.test('sefcheck/standard-schema, from an ES module and from TypeScript', () => {
    fs.writeFileSync(
      path.join(app, 'standard.mjs'),
      `import { selfEvaluation } from 'sefcheck/standard-schema';\nconst complete = JSON.parse(${complete});\n` +
        `const ok = selfEvaluation['~standard'].validate(complete);\nconst draft = selfEvaluation['~standard'].validate({ formVersion: 2 });\n` +
        `console.log(JSON.stringify([selfEvaluation['~standard'].vendor, ok.value === complete, draft.issues.length > 0, draft.issues[0].path]));\n`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['standard.mjs'], { cwd: app, encoding: 'utf8' }));
    assert.deepEqual(out, ['sefcheck', true, true, ['about', 'periodStart']]);
    // The types import @standard-schema/spec: a consumer's tsc finds it because it is a dependency.
    fs.writeFileSync(
      path.join(app, 'standard.mts'),
      `import type { StandardSchemaV1 } from '@standard-schema/spec';\nimport { createSchema } from 'sefcheck/standard-schema';\n` +
        `const schema: StandardSchemaV1<{ formVersion: 2 }> = createSchema<{ formVersion: 2 }>({ sections: ['about'] });\nvoid schema;\n`,
    );
    fs.writeFileSync(
      path.join(app, 'tsconfig.standard.json'),
      JSON.stringify({
        compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, target: 'es2022', types: [] },
        files: ['standard.mts'],
      }),
    );
    execFileSync(bin('tsc'), ['-p', 'tsconfig.standard.json'], { cwd: app, stdio: 'pipe' });
  });

  await t.test('a browser bundle made by esbuild', async () => {
    const web = path.join(app, 'web');
    fs.mkdirSync(web);
    fs.writeFileSync(
      path.join(app, 'entry.mjs'),
      `import * as api from 'sefcheck';\nexport async function run(source, completeText) {\n  await api.ready(source);\n${CHECKS}\n  return out;\n}\n`,
    );
    fs.writeFileSync(
      path.join(app, 'auto.mjs'),
      `import * as api from 'sefcheck/auto';\nexport const words = api.countWords('loaded by top-level await');\nexport const schemaId = api.jsonSchema().$id;\n`,
    );
    execFileSync(
      bin('esbuild'),
      [
        'entry.mjs',
        'auto.mjs',
        '--bundle',
        '--format=esm',
        '--platform=browser',
        '--target=es2022',
        '--log-level=warning',
        `--outdir=${web}`,
      ],
      { cwd: app, stdio: 'pipe' },
    );
    const bundle = fs.readFileSync(path.join(web, 'entry.js'), 'utf8');
    assert.ok(!bundle.includes('require("fs")') && !bundle.includes("from 'fs'"), 'the browser bundle pulls in Node modules');
    // esbuild leaves `new URL("sefcheck_bg.wasm", import.meta.url)` alone: serve the module beside it
    fs.copyFileSync(path.join(app, 'node_modules', 'sefcheck', 'pkg', 'web', 'sefcheck_bg.wasm'), path.join(web, 'sefcheck_bg.wasm'));
    fs.writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>sefcheck</title><script type="module" src="entry.js"></script>',
    );

    const chromium = which('chromium') || which('chromium-browser');
    if (!chromium) {
      t.diagnostic('no Chromium: the bundle runs in Node instead');
      const { run } = await import(pathToFileURL(path.join(web, 'entry.js')).href);
      checkOutput(await run(fs.readFileSync(path.join(web, 'sefcheck_bg.wasm')), completeText), 'bundle in Node');
      return;
    }
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
    const server = http.createServer((req, res) => {
      const name = path.basename(new URL(req.url, 'http://x').pathname) || 'index.html';
      const file = path.join(web, name);
      if (!fs.existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({
      executablePath: chromium,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const base = `http://127.0.0.1:${server.address().port}`;
      await page.goto(`${base}/index.html`);
      const out = await page.evaluate(async ([url, text]) => (await import(url)).run(undefined, text), [`${base}/entry.js`, completeText]);
      checkOutput(out, 'bundle in Chromium');
      const auto = await page.evaluate(async (url) => {
        const m = await import(url);
        return [m.words, m.schemaId];
      }, `${base}/auto.js`);
      assert.deepEqual(auto, [4, 'urn:sefcheck:self-evaluation:format-2']);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
