// Rendering (docs/spec/rendering.md): the readable self-evaluation of `typical` and
// `large` as HTML and as Markdown through `sefcheck/render`, and the parts of that time: the
// model (of which `validate`, which the model calls first) and the writing of each format from
// the model. The goal: under 200 ms each for `large` in Node.
//
//   node bench/render.mjs PACKAGE_DIR [--tiny]   prints the results as JSON
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { largePath, typicalPath, draftPath } from './documents.mjs';
import { sample } from './harness.mjs';

export async function run(packageDir, { tiny = false } = {}) {
  // From the package's copy, so that `import "sefcheck"` inside it is that copy's own entry.
  const render = await import(pathToFileURL(join(packageDir, 'js', 'render', 'index.mjs')).href);
  const { validate } = await import(pathToFileURL(join(packageDir, 'js', 'node.mjs')).href);
  const opts = tiny ? { runs: 2, warmup: 1 } : { runs: 30, warmup: 5 };
  const date = '2026-12-06';
  const out = { documents: {} };
  for (const [name, path] of Object.entries({ typical: typicalPath, draft: draftPath, large: largePath })) {
    const text = readFileSync(path, 'utf8');
    const doc = JSON.parse(text);
    const model = render.documentModel(doc, { date });
    const html = render.toHtml(model);
    const markdown = render.toMarkdown(model);
    const ms = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'n' ? v : v / 1000]));
    out.documents[name] = {
      bytes: Buffer.byteLength(text),
      htmlBytes: Buffer.byteLength(html),
      markdownBytes: Buffer.byteLength(markdown),
      blocks: model.blocks.length,
      // Each in milliseconds: the whole calls first, then their parts.
      renderHtml: ms(sample(() => render.renderHtml(doc, { date }), opts)),
      renderMarkdown: ms(sample(() => render.renderMarkdown(doc, { date }), opts)),
      documentModel: ms(sample(() => render.documentModel(doc, { date }), opts)),
      validate: ms(sample(() => validate(doc), opts)),
      toHtml: ms(sample(() => render.toHtml(model), opts)),
      toMarkdown: ms(sample(() => render.toMarkdown(model), opts)),
    };
  }
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dir, ...flags] = process.argv.slice(2);
  const result = await run(dir, { tiny: flags.includes('--tiny') });
  console.log(JSON.stringify(result, null, 2));
}
