// The readable self-evaluation as HTML (docs/spec/rendering.md, "HTML"): one page for the screen,
// print and PDF, in GOV.UK's style. The body has no style attribute, no script and no reference
// outside itself, so that the form can show it under its Content Security Policy; every text is
// escaped. toHtml(model) gives a whole document; toHtml(model, { standalone: false }) gives
// { css, body } for a page that has its own head.
import { chartSvgs } from './charts.mjs';
import { cssString, escapeHtml as esc } from './escape.mjs';
import { WORDS } from './model.mjs';
import { paragraphsOf } from './text.mjs';

// A table of this many columns or more is printed on a landscape page (as in the Word copy).
const WIDE = 7;

/** An answer's text: a paragraph each, lines broken where the text breaks them. */
function textHtml(text, { block = true } = {}) {
  const paragraphs = paragraphsOf(text).map((lines) => lines.map(esc).join('<br>'));
  if (!block && paragraphs.length <= 1) return paragraphs[0] ?? '';
  return paragraphs.map((p) => `<p class="sef-body">${p}</p>`).join('');
}

const missing = (text) => `<span class="sef-not-answered">${esc(text)}</span>`;

function tableHtml({ caption, headers, rows }, className = 'sef-table') {
  const wide = headers.length >= WIDE ? ' sef-table--wide' : '';
  const head = headers.map((h) => `<th scope="col" class="sef-table__header">${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => {
      const cells = r.map((c, i) =>
        i === 0
          ? `<th scope="row" class="sef-table__header">${textHtml(c, { block: false })}</th>`
          : `<td>${textHtml(c, { block: false })}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return (
    `<table class="${className}${wide}"><caption class="sef-table__caption">${esc(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>\n`
  );
}

function blockHtml(block, state) {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} id="${esc(block.id)}" class="sef-heading-${block.level}">${esc(block.text)}</h${block.level}>\n`;
    case 'paragraphs':
      return block.missing ? `<p class="sef-body">${missing(block.text)}</p>\n` : `<div class="sef-answer">${textHtml(block.text)}</div>\n`;
    case 'fields': {
      const rows = block.items.map(
        (f) =>
          `<div class="sef-fields__row"><dt class="sef-fields__key">${esc(f.label)}</dt>` +
          `<dd class="sef-fields__value">${f.missing ? missing(f.value) : textHtml(f.value, { block: false })}</dd></div>`,
      );
      return `<dl class="sef-fields">\n${rows.join('\n')}\n</dl>\n`;
    }
    case 'list':
      return `<ul class="sef-list">\n${block.items.map((i) => `<li>${textHtml(i, { block: false })}</li>`).join('\n')}\n</ul>\n`;
    case 'table':
      return tableHtml(block);
    case 'chart': {
      const id = `chart-${block.kind}`;
      const svgs = chartSvgs(block, id).join('\n');
      return (
        `<figure class="sef-chart sef-chart--${esc(block.kind)}"><figcaption class="sef-chart__caption">${esc(block.caption)}</figcaption>\n` +
        `${svgs}\n${tableHtml({ caption: block.caption, ...block.table }, 'sef-table sef-chart__table')}</figure>\n`
      );
    }
    case 'contents': {
      const items = block.entries.map(
        (e) => `<li class="sef-contents__item"><a class="sef-link" href="#${esc(e.id)}">${esc(e.text)}</a></li>`,
      );
      return `<nav class="sef-contents" aria-label="${esc(WORDS.contents)}"><ol class="sef-contents__list">\n${items.join('\n')}\n</ol></nav>\n`;
    }
    case 'notice':
      if (block.kind === 'draft')
        return `<div class="sef-notice sef-notice--draft"><span class="sef-notice__icon" aria-hidden="true">!</span><strong class="sef-notice__text">${esc(block.text)}</strong></div>\n`;
      return (
        `<div class="sef-notice sef-notice--blockers"><p class="sef-body sef-notice__text">${esc(block.text)}</p>\n` +
        `<ul class="sef-list">\n${(block.items ?? []).map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul></div>\n`
      );
    case 'pageBreak':
      state.newPage = true;
      return '';
    default:
      return '';
  }
}

/** The body: a <div class="sef-document">, its blocks in sections, each big one from a new page. */
function bodyHtml(model) {
  const state = { newPage: false };
  const sections = [];
  let current = null;
  for (const block of model.blocks) {
    if (block.type === 'heading' && block.level <= 2) {
      current = { classes: ['sef-section'], html: '' };
      if (state.newPage) current.classes.push('sef-section--new-page');
      state.newPage = false;
      sections.push(current);
    }
    if (current === null) {
      current = { classes: ['sef-section'], html: '' };
      sections.push(current);
    }
    if (block.type === 'table' && block.headers.length >= WIDE) current.classes.push('sef-section--wide');
    current.html += blockHtml(block, state);
  }
  const mark = model.draft ? `<div class="sef-draft-mark" aria-hidden="true">${esc(WORDS.draft)}</div>\n` : '';
  const parts = sections.map((s) => `<section class="${[...new Set(s.classes)].join(' ')}">\n${s.html}</section>\n`);
  return `<div class="sef-document${model.draft ? ' sef-document--draft' : ''}">\n${mark}${parts.join('')}</div>\n`;
}

/** The title in the browser's tab and the running header: the title and the period covered. */
function runningTitle(model) {
  return model.period ? `${model.title}: ${model.period}` : model.title;
}

// GOV.UK's typography and colours (govuk-frontend's settings), scoped to .sef-document so that
// the form's own page is left as it is. Sizes are GOV.UK's on screen and smaller in print.
const STYLE = `.sef-document {
  font-family: Arial, Helvetica, sans-serif;
  color: #0b0c0c;
  font-size: 19px;
  line-height: 1.32;
  max-width: 960px;
  margin: 0 auto;
  padding: 30px 15px 60px;
  -webkit-font-smoothing: antialiased;
}
.sef-document *, .sef-document *::before, .sef-document *::after { box-sizing: border-box; }
.sef-heading-1 { font-size: 48px; line-height: 1.04; font-weight: 700; margin: 0 0 40px; }
.sef-heading-2 { font-size: 36px; line-height: 1.11; font-weight: 700; margin: 0 0 30px; }
.sef-heading-3 { font-size: 24px; line-height: 1.25; font-weight: 700; margin: 40px 0 15px; }
.sef-heading-4 { font-size: 19px; line-height: 1.32; font-weight: 700; margin: 30px 0 10px; }
.sef-section { margin: 0 0 30px; }
.sef-section--new-page { margin-top: 60px; padding-top: 30px; border-top: 1px solid #b1b4b6; }
.sef-body { margin: 0 0 20px; }
.sef-answer { max-width: 40em; }
.sef-not-answered { color: #505a5f; }
.sef-fields { margin: 0 0 30px; padding: 0; }
.sef-fields__row { display: flex; flex-wrap: wrap; border-bottom: 1px solid #b1b4b6; padding: 10px 0; }
.sef-fields__key { flex: 0 0 35%; margin: 0; padding-right: 20px; font-weight: 700; }
.sef-fields__value { flex: 1 1 60%; min-width: 0; margin: 0; overflow-wrap: anywhere; }
.sef-fields__value .sef-body:last-child { margin-bottom: 0; }
.sef-list { margin: 0 0 20px; padding-left: 20px; list-style-type: disc; }
.sef-list > li { margin-bottom: 5px; overflow-wrap: break-word; }
.sef-table { width: 100%; border-collapse: collapse; border-spacing: 0; margin: 0 0 40px; font-size: 16px; line-height: 1.25; }
.sef-table__caption { text-align: left; font-weight: 700; font-size: 19px; margin-bottom: 15px; }
.sef-table th, .sef-table td { text-align: left; vertical-align: top; padding: 10px 20px 10px 0; border-bottom: 1px solid #b1b4b6; overflow-wrap: break-word; }
.sef-table th:last-child, .sef-table td:last-child { padding-right: 0; }
.sef-table__header { font-weight: 700; }
.sef-table .sef-body { margin: 0 0 10px; }
.sef-chart { margin: 0 0 40px; }
.sef-chart__caption { font-weight: 700; font-size: 19px; margin: 0 0 10px; }
.sef-chart__svg { display: block; max-width: 100%; height: auto; margin: 0 0 10px; }
.sef-chart__table {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: 0 !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  border: 0 !important;
  white-space: nowrap !important;
}
.sef-contents__list { margin: 0 0 20px; padding-left: 20px; }
.sef-contents__item { margin-bottom: 10px; }
.sef-link { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1578em; }
.sef-link:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
.sef-notice { position: relative; margin: 0 0 30px; }
.sef-notice--draft { padding: 10px 0 10px 50px; font-weight: 700; }
.sef-notice__icon {
  position: absolute; left: 0; top: 50%; margin-top: -17px;
  width: 35px; height: 35px; border-radius: 50%; border: 3px solid #0b0c0c;
  background: #0b0c0c; color: #ffffff; font-size: 28px; line-height: 29px; text-align: center; font-weight: 700;
}
.sef-notice--blockers { padding: 15px 20px 0; border: 5px solid #d4351c; }
.sef-notice--blockers .sef-notice__text { font-weight: 700; }
.sef-draft-mark { display: none; }
@media print {
  .sef-document { font-size: 11pt; line-height: 1.35; max-width: none; margin: 0; padding: 0; }
  .sef-document, .sef-document * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .sef-heading-1 { font-size: 28pt; margin-bottom: 24pt; }
  .sef-heading-2 { font-size: 20pt; margin-bottom: 14pt; }
  .sef-heading-3 { font-size: 14pt; margin: 18pt 0 8pt; }
  .sef-heading-4 { font-size: 12pt; margin: 14pt 0 6pt; }
  .sef-heading-2, .sef-heading-3, .sef-heading-4, .sef-table__caption, .sef-chart__caption { break-after: avoid; page-break-after: avoid; }
  .sef-section--new-page { break-before: page; page-break-before: always; margin-top: 0; padding-top: 0; border-top: 0; }
  .sef-section--wide { page: sef-wide; }
  .sef-body { margin-bottom: 8pt; }
  .sef-answer { max-width: none; }
  .sef-fields__row, .sef-table tr, .sef-chart__svg, .sef-list > li, .sef-notice--draft { break-inside: avoid; page-break-inside: avoid; }
  .sef-fields { margin-bottom: 14pt; }
  .sef-fields__row { padding: 5pt 0; }
  .sef-table { font-size: 9.5pt; margin-bottom: 18pt; }
  .sef-table thead { display: table-header-group; }
  .sef-table th, .sef-table td { padding: 4pt 8pt 4pt 0; }
  .sef-table__caption, .sef-chart__caption { font-size: 11pt; }
  .sef-chart { margin-bottom: 14pt; }
  .sef-chart__svg { max-height: 230mm; }
  .sef-link { color: #0b0c0c; text-decoration: none; }
  .sef-draft-mark {
    display: block; position: fixed; left: 0; right: 0; top: 45%; z-index: -1;
    text-align: center; font-size: 44pt; font-weight: 700; color: #dcdcdc; transform: rotate(-30deg);
  }
}
`;

/** The stylesheet: GOV.UK's style, and for print the page, its running header and page numbers. */
function stylesheet(model) {
  const small = 'font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: #505a5f;';
  const draft = model.draft ? `\n  @top-right { content: ${cssString(WORDS.draft)}; ${small} color: #0b0c0c; font-weight: 700; }` : '';
  const page =
    `@page {\n  size: A4;\n  margin: 20mm 18mm 20mm;\n` +
    `  @top-left { content: ${cssString(runningTitle(model))}; ${small} }${draft}\n` +
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${small} }\n}\n` +
    `@page sef-wide { size: A4 landscape; }\n`;
  return `${page}${STYLE}`;
}

/**
 * The HTML of a model: a whole document (`<!doctype html>`, `lang="en-GB"`, one `<style>`), or
 * with `standalone: false`, `{ css, body }` for a page that brings its own head.
 */
export function toHtml(model, { standalone = true } = {}) {
  const css = stylesheet(model);
  const body = bodyHtml(model);
  if (!standalone) return { css, body };
  const title = model.draft ? `${runningTitle(model)} (${WORDS.draft})` : runningTitle(model);
  return (
    `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n` +
    `<style>\n${css}</style>\n</head>\n<body class="sef-page">\n<main class="sef-main">\n${body}</main>\n</body>\n</html>\n`
  );
}
