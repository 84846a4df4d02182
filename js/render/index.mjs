// `sefcheck/render` (docs/spec/rendering.md): the readable self-evaluation, made from a document
// (format 2) with the package itself (by self-reference, so that Node gets the Node entry and
// browsers and bundlers the browser entry: the same instance as the application's own
// `import ... from "sefcheck"`, loaded once, and in browsers usable after its `ready()`).
import * as api from 'sefcheck';
import { toHtml } from './html.mjs';
import { toMarkdown } from './markdown.mjs';
import { documentModel as model } from './model.mjs';

export { toHtml } from './html.mjs';
export { toMarkdown } from './markdown.mjs';

/**
 * The model of a document: `{ title, period, draft, blocks }`. Throws what `validate` throws,
 * with the same code. `options.date` (a Date, or a date written YYYY-MM-DD) is the date a draft
 * says it was made: today by default.
 */
export function documentModel(document, options = {}) {
  return model(document, api, options);
}

/** The document as HTML: a whole page, or `{ css, body }` with `standalone: false`. */
export function renderHtml(document, options = {}) {
  return toHtml(model(document, api, options), options);
}

/** The document as Markdown (CommonMark with GitHub's tables). */
export function renderMarkdown(document, options = {}) {
  return toMarkdown(model(document, api, options));
}
