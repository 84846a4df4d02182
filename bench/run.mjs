// `npm run bench`: every comparison of docs/performance.md in one run, written to
// bench/RESULTS.md (and the raw figures to bench/results.json). `npm run test:bench` (--tiny)
// runs every script on a tiny input (a few iterations, a 20-document corpus, 5 keystrokes,
// `cargo test --bench validate`) only to check that they still work, writes nothing into the
// repository, and fails when a script fails.
//
//   node bench/run.mjs [--tiny] [--only node,native,size,startup,cli,browser,render] [--out FILE]
//   node bench/run.mjs --render bench/results.json   (RESULTS.md again from the raw figures)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repo, writeLarge, largePath } from './documents.mjs';
import { fmt, fmtRatio, machine } from './harness.mjs';
import { snapshot } from './snapshot.mjs';

const { values } = parseArgs({
  options: {
    tiny: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    render: { type: 'string' },
  },
});
const tiny = values.tiny;
const only = values.only ? new Set(values.only.split(',')) : null;
const want = (step) => !only || only.has(step);
const tmpOut = tiny ? mkdtempSync(join(tmpdir(), 'sefcheck-bench-results-')) : null;
const outMd = values.out ?? (tiny ? join(tmpOut, 'RESULTS.md') : join(repo, 'bench', 'RESULTS.md'));
const outJson = outMd.replace(/RESULTS\.md$/, 'results.json').replace(/\.md$/, '.json');

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const baselinePath = join(repo, 'bench', 'baseline.json');
const readBaseline = () => (!tiny && existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : null);

// --render FILE: only write RESULTS.md again from the raw figures of an earlier run.
if (values.render) {
  writeFileSync(outMd, markdown(JSON.parse(readFileSync(values.render, 'utf8')), readBaseline()).text);
  log(`wrote ${outMd}`);
  process.exit(0);
}

const started = new Date();
const results = { tiny, started: started.toISOString(), machine: machine(), steps: {} };
const require = createRequire(join(repo, 'package.json'));
results.versions = {
  node: process.version,
  rustc: results.machine.rustc,
  wasmBindgen: results.machine.wasmBindgen,
  ajv: require('ajv/package.json').version,
  ajvCli: require('ajv-cli/package.json').version,
  esbuild: require('esbuild/package.json').version,
  playwrightCore: require('playwright-core/package.json').version,
  vite: require('vite/package.json').version,
  chromium: sh('chromium', ['--version']),
};
results.source = {
  // SEFCHECK_BENCH_COMMIT names the source when the run is from an exported tree (no .git).
  commit: process.env.SEFCHECK_BENCH_COMMIT ?? sh('git', ['rev-parse', '--short', 'HEAD']),
  dirty: sh('git', ['diff', 'HEAD', '--name-only', '--', 'src', 'js', 'www', 'bin', 'Cargo.toml']) || '',
};

log(`writing ${largePath}`);
const largeText = writeLarge();
results.large = { bytes: Buffer.byteLength(largeText) };

log('waiting for a complete pkg/ and copying it');
const pkg = await snapshot();
results.source.packageBuiltAt = pkg.builtAt.toISOString();
// The native bench compiles the source as it is now: say so when it is newer than the package.
const newerSource = () =>
  sh('find', ['src', 'Cargo.toml', '-newermt', pkg.builtAt.toISOString(), '-type', 'f'])?.split('\n').filter(Boolean) ?? [];
results.source.newerThanPackage = newerSource();

let failed = 0;
async function step(name, f) {
  if (!want(name)) return;
  const loadBefore = load();
  const t0 = Date.now();
  log(`${name} (load ${loadBefore})`);
  try {
    results.steps[name] = { ok: true, loadBefore, ...(await f()) };
  } catch (e) {
    failed++;
    results.steps[name] = { ok: false, loadBefore, error: String(e?.stack ?? e) };
    log(`${name} FAILED: ${e?.stack ?? e}`);
  }
  results.steps[name].seconds = (Date.now() - t0) / 1000;
  results.steps[name].loadAfter = load();
}

try {
  await step('node', async () => (await import('./node.mjs')).run(pkg.dir, { tiny }));
  await step('native', async () => {
    const r = (await import('./native.mjs')).run({ tiny });
    if (!r.ok) throw new Error(r.error);
    return r;
  });
  await step('size', async () => (await import('./size.mjs')).run(pkg.dir));
  await step('startup', async () => (await import('./startup.mjs')).run(pkg.dir, { tiny }));
  await step('cli', async () => (await import('./cli.mjs')).run(pkg.dir, { tiny }));
  await step('browser', async () => (await import('./browser.mjs')).run(pkg.dir, { tiny }));
  await step('render', async () => (await import('./render.mjs')).run(pkg.dir, { tiny }));
} finally {
  pkg.remove();
}
results.finished = new Date().toISOString();
results.source.newerThanPackageAtEnd = newerSource();
results.machine.loadavgEnd = load();

writeFileSync(outJson, `${JSON.stringify(results, null, 2)}\n`);
// The figures before the last round of speed-ups (bench/baseline.json), for the Summary's
// "before" column.
writeFileSync(outMd, markdown(results, readBaseline()).text);
log(`wrote ${outMd} and ${outJson}`);
if (tiny) rmSync(tmpOut, { recursive: true, force: true });
if (failed) {
  log(`${failed} step(s) failed`);
  process.exitCode = 1;
}

// ---- RESULTS.md ----------------------------------------------------------------------------

function markdown(r, before = null) {
  const s = r.steps;
  const L = [];
  const goal = (ok) => (ok === null ? 'n/a' : ok ? '**met**' : '**missed**');
  const us = (x) => `${fmt(x)} µs`;
  const ms = (x) => `${fmt(x, 2)} ms`;
  const spread = (x, f) => `${f(x.median)} (${f(x.p25)}–${f(x.p75)})`;
  L.push('# Benchmarks', '');
  L.push(
    'Written by `npm run bench` (`bench/run.mjs`); the raw figures are in `bench/results.json`. docs/performance.md says what each comparison measures and why, and where the time goes.',
    '',
  );
  if (r.tiny) L.push('**A smoke run (`--tiny`): these figures mean nothing.**', '');
  L.push('## Machine and versions', '');
  L.push('| | |', '|---|---|');
  L.push(`| run | ${r.started} to ${r.finished} |`);
  L.push(`| CPU | ${r.machine.cpu}, nproc ${r.machine.nproc} |`);
  L.push(`| load average (1, 5, 15 min) | ${r.machine.loadavg} at the start, ${r.machine.loadavgEnd} at the end; each step's below |`);
  L.push(`| Node | ${r.versions.node} |`);
  L.push(`| Rust | ${r.versions.rustc ?? 'n/a'} |`);
  L.push(`| wasm-bindgen | ${r.versions.wasmBindgen ?? 'n/a'} |`);
  L.push(`| ajv / ajv-cli | ${r.versions.ajv} / ${r.versions.ajvCli} |`);
  L.push(`| esbuild / Vite / playwright-core | ${r.versions.esbuild} / ${r.versions.vite} / ${r.versions.playwrightCore} |`);
  L.push(`| Chromium | ${s.browser?.browser ?? r.versions.chromium ?? 'n/a'} |`);
  L.push(
    `| source | commit ${r.source.commit}${r.source.dirty ? ` with uncommitted changes in ${r.source.dirty.split('\n').join(', ')}` : ''}; package built ${r.source.packageBuiltAt} |`,
  );
  const newer = [...new Set([...(r.source.newerThanPackage ?? []), ...(r.source.newerThanPackageAtEnd ?? [])])];
  if (newer.length)
    L.push(
      `| **warning** | ${newer.join(', ')} changed after the package was built: the native figures (compiled from the source of the moment) and the package's may be of different code |`,
    );
  L.push('');
  L.push(
    'The machine has 2 cores shared with other builds: read the ratios (each measured in one process or one run, the candidates interleaved) rather than the absolute figures.',
    '',
  );
  L.push('## Documents', '');
  const nd = s.node?.documents;
  L.push('| document | JSON | report | what |', '|---|---|---|---|');
  if (nd) {
    L.push(
      `| \`typical\` | ${fmt(nd.typical.bytes / 1024)} KB | ready ${nd.typical.readyToShare}, ${nd.typical.errors} errors, ${nd.typical.warnings} warnings | docs/spec/examples/complete.json |`,
    );
    L.push(
      `| \`large\` | ${fmt(nd.large.bytes / 1024)} KB (${fmt(nd.large.compactBytes / 1024)} KB compact) | ready ${nd.large.readyToShare}, ${nd.large.errors} errors, ${nd.large.warnings} warnings | \`node bench/documents.mjs large\`: every text at its word limit, every line at its character limit, 20 strengths and 20 development areas per area, 200 evidence items, 200 actions, 100 measures, 20 recommendations |`,
    );
  }
  if (s.cli?.ok)
    L.push(
      `| corpus | ${s.cli.files.toLocaleString('en-GB')} files | ${Object.entries(s.cli.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')} | \`writeCorpus\` in bench/documents.mjs, in a temporary folder |`,
    );
  L.push('');

  const rows = [];
  const addGoal = (n, what, figure, target, ok) => rows.push({ n, what, figure, target, ok });

  // 1 and 3
  L.push('## 1 and 3: the package in Node against ajv', '');
  if (s.node?.ok) {
    L.push(
      `Median time per call (25th–75th percentile of ${s.node.documents.typical.validate.n} interleaved rounds), load ${s.node.loadBefore} before, ${s.node.loadAfter} after. ajv ${r.versions.ajv}, compiled once, \`allErrors: true\`, on bench/ajv-schema.json (structure only).`,
      '',
    );
    L.push(
      '| document | `validate(doc)` | ajv | ratio (1) | `validateJson(text)` | `JSON.parse` + ajv | ratio (3) | `JSON.parse` alone |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [name, d] of Object.entries(nd)) {
      L.push(
        `| ${name} | ${spread(d.validate, us)} | ${spread(d.ajv, us)} | ${fmtRatio(d.ratioValidateAjv.median)} | ${spread(d.validateJson, us)} | ${spread(d.parseAjv, us)} | ${fmtRatio(d.ratioValidateJsonParseAjv.median)} | ${us(d.jsonParse.median)} |`,
      );
    }
    L.push('', 'Where the time of `validate(doc)` goes (each part timed alone, interleaved; the walk is what is left):', '');
    L.push(
      '| document | whole | walk (refusals) | `JSON.stringify` | copy in (`encodeInto`) | core in WebAssembly (parse, rules, scan, report text) | `JSON.parse` of the report |',
      '|---|---|---|---|---|---|---|',
    );
    for (const [name, d] of Object.entries(nd)) {
      const p = d.parts;
      const pc = (x) => `${us(x)} (${Math.round((100 * x) / p.whole)} %)`;
      L.push(`| ${name} | ${us(p.whole)} | ${pc(p.walk)} | ${pc(p.stringify)} | ${pc(p.copyIn)} | ${pc(p.core)} | ${pc(p.parseReport)} |`);
    }
    L.push('');
    const t = nd.typical;
    addGoal(1, '`validate(typical)` / ajv', fmtRatio(t.ratioValidateAjv.median), '≤ 2×', t.ratioValidateAjv.median <= 2);
    addGoal(
      3,
      '`validateJson(typical)` / (`JSON.parse` + ajv)',
      fmtRatio(t.ratioValidateJsonParseAjv.median),
      '≤ 1×',
      t.ratioValidateJsonParseAjv.median <= 1,
    );
  } else L.push(`Failed: ${s.node?.error ?? 'not run'}`, '');

  // 2
  L.push('## 2: the package in Node against the native core', '');
  const nf = s.native?.figures;
  if (s.native?.ok && nf && nd) {
    L.push(
      `Native: criterion's median from \`${s.native.command}\` (benches/validate.rs; \`validate_json\` plus the report's JSON text, the work \`validateJson\` does inside WebAssembly), run right after the Node step, load ${s.native.loadBefore} before, ${s.native.loadAfter} after. Node: the medians of section 1.`,
      '',
    );
    L.push('| document | native | `validateJson(text)` in Node | ratio | `validate(doc)` in Node | ratio |', '|---|---|---|---|---|---|');
    const docs = { typical: 'validate_json/complete', large: 'validate_json/large' };
    for (const [name, id] of Object.entries(docs)) {
      const n = nf[id]?.median;
      L.push(
        `| ${name} | ${us(n)} | ${us(nd[name].validateJson.median)} | ${fmtRatio(nd[name].validateJson.median / n)} | ${us(nd[name].validate.median)} | ${fmtRatio(nd[name].validate.median / n)} |`,
      );
    }
    L.push('', "The native core's own parts (criterion medians; the count and the scan are over every free-text string alone):", '');
    L.push(
      '| document | whole | parse | rules (with count and scan) | of which word count | of which disclosure scan | report JSON text |',
      '|---|---|---|---|---|---|---|',
    );
    for (const [name, key] of [
      ['typical', 'complete'],
      ['large', 'large'],
    ]) {
      const g = (k) => nf[`parts/${k}/${key}`]?.median;
      L.push(
        `| ${name} | ${us(nf[`validate_json/${key}`]?.median)} | ${us(g('parse'))} | ${us(g('rules'))} | ${us(g('count_words'))} | ${us(g('scan'))} | ${us(g('report_json'))} |`,
      );
    }
    L.push('');
    const ratio = nd.typical.validateJson.median / nf['validate_json/complete']?.median;
    addGoal(2, '`validateJson(typical)` in Node / native', fmtRatio(ratio), '≤ 1.3×', Number.isFinite(ratio) ? ratio <= 1.3 : null);
  } else L.push(`Failed or not run: ${s.native?.error ?? ''}`, '');

  // 4
  L.push('## 4: size', '');
  if (s.size?.ok) {
    const z = s.size;
    L.push(`esbuild ${z.esbuild}, \`--bundle --minify --format=esm --platform=browser\`; gzip is zlib level 9.`, '');
    L.push('| what | raw | gzipped |', '|---|---|---|');
    L.push(
      `| sefcheck: \`js/browser.mjs\` bundled (facade and wasm-bindgen glue) | ${z.sefcheck.glue.toLocaleString('en-GB')} B | ${z.sefcheck.glueGz.toLocaleString('en-GB')} B |`,
    );
    L.push(
      `| sefcheck: \`sefcheck_bg.wasm\` | ${z.sefcheck.wasm.toLocaleString('en-GB')} B | ${z.sefcheck.wasmGz.toLocaleString('en-GB')} B |`,
    );
    L.push(`| **sefcheck, total** | ${z.sefcheck.total.toLocaleString('en-GB')} B | **${z.sefcheck.totalGz.toLocaleString('en-GB')} B** |`);
    L.push(
      `| **ajv ${r.versions.ajv}, bundled** | ${z.ajv.bundle.toLocaleString('en-GB')} B | **${z.ajv.bundleGz.toLocaleString('en-GB')} B** |`,
    );
    L.push(
      `| (ajv-schema.json, which ajv also needs) | ${z.ajv.schema.toLocaleString('en-GB')} B | ${z.ajv.schemaGz.toLocaleString('en-GB')} B |`,
    );
    L.push(
      '',
      "ajv compiles its schema with `new Function`, which the form's Content Security Policy (no `unsafe-eval`) forbids: in that page ajv would need its standalone (precompiled) mode.",
      '',
    );
    const ratio = z.sefcheck.totalGz / z.ajv.bundleGz;
    addGoal(4, 'gzipped sefcheck (.wasm + glue) / gzipped ajv', fmtRatio(ratio), '≤ 1×', ratio <= 1);
    addGoal(4, 'gzipped sefcheck (.wasm + glue)', `${(z.sefcheck.totalGz / 1000).toFixed(1)} KB`, '≤ 70 KB', z.sefcheck.totalGz <= 70_000);
  } else L.push(`Failed: ${s.size?.error ?? 'not run'}`, '');

  // 5
  L.push('## 5: start-up', '');
  if (s.startup?.ok) {
    const u = s.startup;
    L.push(
      `A fresh \`node -e\` each time, the two alternated, ${u.runs} runs each; wall time from spawn to exit, median (25th–75th percentile). Load ${u.loadBefore} before, ${u.loadAfter} after.`,
      '',
    );
    L.push('| process | wall time |', '|---|---|');
    L.push(`| reads \`typical\`, \`JSON.parse\`, \`require\`s the package, \`validate\` | ${spread(u.withPackage, ms)} |`);
    L.push(`| reads \`typical\`, \`JSON.parse\` | ${spread(u.parseOnly, ms)} |`);
    L.push(`| ratio (median of the pairs) | ${fmtRatio(u.ratio.median)} (${fmtRatio(u.ratio.p25)}–${fmtRatio(u.ratio.p75)}) |`);
    L.push('');
    addGoal(5, 'start-up with the package / read and parse', fmtRatio(u.ratio.median), '≤ 1.3×', u.ratio.median <= 1.3);
  } else L.push(`Failed: ${s.startup?.error ?? 'not run'}`, '');

  // 6
  L.push('## 6: the command over the corpus', '');
  if (s.cli?.ok) {
    const c = s.cli;
    L.push(
      `${c.files.toLocaleString('en-GB')} files, each command ${c.reps} times in rotation under \`/usr/bin/time\`, output to /dev/null; median wall and CPU (user + system) time. \`sefcheck DIR\` (text format); \`ajv validate -s ajv-schema.json -d "DIR/*.json" --all-errors --errors=text\`; the floor is a Node script that reads every file and \`JSON.parse\`s it. ajv-cli stops at the first file that is not JSON, so the ${c.counts.notJson} such files are in a subfolder its glob does not reach: it checks ${c.files - c.counts.notJson} files, the others all ${c.files}. Load ${c.loadBefore} before, ${c.loadAfter} after.`,
      '',
    );
    L.push('| command | wall | CPU | peak RSS | exit |', '|---|---|---|---|---|');
    for (const [k, label] of [
      ['sefcheck', '`sefcheck` (a thread per CPU)'],
      ['sefcheckOneThread', '`sefcheck --jobs 1`'],
      ['ajvCli', '`ajv-cli`'],
      ['floor', 'read and parse (floor)'],
    ]) {
      if (!c[k]) continue; // a run from before the command was also timed with --jobs 1
      L.push(
        `| ${label} | ${fmt(c[k].wall.median, 2)} s | ${fmt(c[k].cpu.median, 2)} s | ${fmt(c[k].rssMiB.median)} MiB | ${c[k].status.join(', ')} |`,
      );
    }
    const q = c.ratios;
    L.push(
      '',
      `ajv-cli / sefcheck: ${fmtRatio(q.ajvCliOverSefcheckWall.median)} wall, ${fmtRatio(q.ajvCliOverSefcheckCpu.median)} CPU. sefcheck / floor: ${fmtRatio(q.sefcheckOverFloorWall.median)} wall, ${fmtRatio(q.sefcheckOverFloorCpu.median)} CPU; with \`--jobs 1\`, ${q.oneThreadOverFloorWall ? fmtRatio(q.oneThreadOverFloorWall.median) : 'not measured'} wall.`,
      '',
    );
    addGoal(
      6,
      '`sefcheck` / read-and-parse floor (wall)',
      fmtRatio(q.sefcheckOverFloorWall.median),
      '≤ 1.5×',
      q.sefcheckOverFloorWall.median <= 1.5,
    );
  } else L.push(`Failed: ${s.cli?.error ?? 'not run'}`, '');

  // 7
  L.push('## 7: typing in the form (Chromium)', '');
  if (s.browser?.ok) {
    const b = s.browser;
    L.push(
      `Chromium ${b.browser} headless (playwright-core, Debian's chromium), the form built by Vite into a temporary folder and served by \`vite preview\`; the draft is \`large\`, the box is \`${b.field.pointer}\` (${b.field.words} words, ${b.field.chars.toLocaleString('en-GB')} characters). ${b.keystrokes} keystrokes at its end after ${b.warmup} not counted, each left to settle. Timed in the page from the \`input\` event (a capturing listener on \`window\`) until the count under the box and the "Saved" status have both been rewritten (a MutationObserver), then after a forced style and layout, then at the next animation frame. \`performance.now()\` is coarsened to 0.1 ms in Chromium. Load ${b.loadBefore} before, ${b.loadAfter} after.`,
      '',
    );
    L.push('| until | median | 95th percentile | max |', '|---|---|---|---|');
    L.push(`| count and status rewritten (DOM) | ${ms(b.dom.median)} | ${ms(b.dom.p95)} | ${ms(b.dom.max)} |`);
    L.push(`| ... and laid out | ${ms(b.layout.median)} | ${ms(b.layout.p95)} | ${ms(b.layout.max)} |`);
    L.push(`| next animation frame | ${ms(b.frame.median)} | ${ms(b.frame.p95)} | ${ms(b.frame.max)} |`);
    L.push(
      '',
      `What a keystroke does: the box's handler saves its own answer, one entry of the draft in localStorage (\`JSON.stringify\` of the ${fmt(b.parts.partChars / 1024)} K-character answer: ${ms(b.parts.partStringify)}; \`localStorage.setItem\` of it: ${ms(b.parts.partSetItem)}; saving the whole ${fmt(b.parts.draftChars / 1024)} K-character draft, as the form did before, took ${ms(b.parts.stringify)} and ${ms(b.parts.setItem)}${b.indexedDb ? `; an IndexedDB \`put\` of the same answer, the store the draft could have been kept in instead, takes ${ms(b.indexedDb.putCall)} on the main thread and ${ms(b.indexedDb.putComplete)} until its transaction completes` : ''}), then the counter's handler calls \`countWords\` on the box and rewrites the count. The section page shows no section status while typing: statuses are on the task list, which calls \`validate\` on the whole draft and draws the list in ${spread(b.taskList, ms)} for \`large\` (median of ${b.taskList.n} visits).`,
      '',
    );
    addGoal(7, 'keystroke to count and status on screen, 95th percentile', ms(b.dom.p95), '< 4 ms', b.dom.p95 < 4);
  } else L.push(`Failed: ${s.browser?.error ?? 'not run'}`, '');

  // 8
  L.push('## 8: rendering the readable self-evaluation', '');
  if (s.render?.ok) {
    const d = s.render.documents;
    L.push(
      `\`sefcheck/render\` of the package's copy, in this process: each call timed alone, ${d.large.renderHtml.n} times after a warm-up; median (25th–75th percentile), in ms. The model calls \`validate\` first; \`toHtml\` and \`toMarkdown\` write a format from a model already made. Load ${s.render.loadBefore} before, ${s.render.loadAfter} after.`,
      '',
    );
    L.push(
      '| document | blocks | `renderHtml` | `renderMarkdown` | `documentModel` | of which `validate` | `toHtml` | `toMarkdown` | HTML | Markdown |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const [name, x] of Object.entries(d)) {
      const kb = (b) => `${fmt(b / 1024)} KB`;
      L.push(
        `| ${name} | ${x.blocks.toLocaleString('en-GB')} | ${spread(x.renderHtml, ms)} | ${spread(x.renderMarkdown, ms)} | ${ms(x.documentModel.median)} | ${ms(x.validate.median)} | ${ms(x.toHtml.median)} | ${ms(x.toMarkdown.median)} | ${kb(x.htmlBytes)} | ${kb(x.markdownBytes)} |`,
      );
    }
    L.push('');
    addGoal(8, '`renderHtml(large)` in Node', ms(d.large.renderHtml.median), '< 200 ms', d.large.renderHtml.median < 200);
    addGoal(8, '`renderMarkdown(large)` in Node', ms(d.large.renderMarkdown.median), '< 200 ms', d.large.renderMarkdown.median < 200);
  } else L.push(`Failed: ${s.render?.error ?? 'not run'}`, '');

  const prior = before ? markdown(before).rows : null;
  const head = prior
    ? [
        `Before: the run of ${before.started.slice(0, 10)} on commit ${before.source.commit} (\`bench/baseline.json\`${before.note ? `: ${before.note}` : ''}).`,
        '',
        '| # | comparison | before | now | goal | |',
        '|---|---|---|---|---|---|',
      ]
    : ['| # | comparison | figure | goal | |', '|---|---|---|---|---|'];
  const line = (x) => {
    if (!prior) return `| ${x.n} | ${x.what} | ${x.figure} | ${x.target} | ${goal(x.ok)} |`;
    const b = prior.find((y) => y.n === x.n && y.what === x.what);
    return `| ${x.n} | ${x.what} | ${b?.figure ?? 'n/a'} | ${x.figure} | ${x.target} | ${goal(x.ok)} |`;
  };
  rows.sort((a, b) => a.n - b.n);
  const out = ['## Summary', '', ...head, ...rows.map(line), ''];
  // The summary goes right after the documents.
  const at = L.indexOf('## 1 and 3: the package in Node against ajv');
  L.splice(at, 0, ...out);
  return { text: `${L.join('\n')}\n`, rows };
}
