// The readable self-evaluation (docs/spec/rendering.md), at any stage: the document as the
// package's renderer makes it, the same model the command's HTML, Word and Markdown come from,
// with "Print or save as PDF", "Download as Word" and "Download as Markdown". The renderer is
// loaded only when asked for, and Word's library later still, each a chunk of its own, so the
// form's first load does not grow.
import { h } from '../dom.js';
import { download, mount, state } from '../shell.js';
import { lastYearDocument } from './yearly.js';

/** The renderer's model and its HTML, loaded once, when first asked for. */
const renderer = () => Promise.all([import('../../../js/render/model.mjs'), import('../../../js/render/html.mjs')]);

/** The model of the draft as it is now: `{ title, period, draft, blocks }`. */
async function modelNow() {
  const [{ documentModel }] = await renderer();
  return documentModel(state.doc, state.api, modelOptions());
}

/** With last year's document when it was chosen on the compare page: "Since last year". */
const modelOptions = () => (lastYearDocument() === undefined ? {} : { previous: lastYearDocument() });

/** The stylesheet of the rendered document, adopted by the page (its CSP allows no inline styles). */
let sheet = null;
function adopt(css) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
}

/** Runs `make` with the button busy, and says on the page if it failed. */
async function busy(button, make) {
  button.setAttribute('aria-disabled', 'true');
  button.disabled = true;
  try {
    await make();
  } catch (error) {
    const p = h('p', { class: 'govuk-error-message', role: 'alert' }, `The copy could not be made: ${error.message}`);
    button.closest('.govuk-button-group')?.after(p);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-disabled');
  }
}

async function downloadWord(button) {
  await busy(button, async () => {
    const [model, { toDocx }] = await Promise.all([modelNow(), import('../../../js/render/docx.mjs')]);
    const bytes = await toDocx(model);
    download('self-evaluation.docx', bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
}

async function downloadMarkdown(button) {
  await busy(button, async () => {
    const [model, { toMarkdown }] = await Promise.all([modelNow(), import('../../../js/render/markdown.mjs')]);
    download('self-evaluation.md', toMarkdown(model), 'text/markdown');
  });
}

/** The three ways to take the document away, for the check-answers and share pages. */
export function documentActions() {
  const button = (id, text, action) => {
    const b = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id, 'data-module': 'govuk-button' }, text);
    b.addEventListener('click', () => action(b));
    return b;
  };
  return h(
    'div',
    { class: 'app-no-print' },
    h('h2', { class: 'govuk-heading-m' }, 'The readable self-evaluation'),
    h(
      'p',
      { class: 'govuk-body' },
      'The self-evaluation as a document for the Board and for Ofsted, at any stage. A draft says on every page that it is not ready to share, and ends with what blocks sharing.',
    ),
    h(
      'div',
      { class: 'govuk-button-group' },
      h(
        'a',
        { class: 'govuk-button govuk-button--secondary', href: '#/document', id: 'show-document', role: 'button' },
        'Print or save as PDF',
      ),
      button('download-word', 'Download as Word', downloadWord),
      button('download-markdown', 'Download as Markdown', downloadMarkdown),
    ),
    h('h2', { class: 'govuk-heading-m' }, 'The year before and the year after'),
    h(
      'ul',
      { class: 'govuk-list' },
      h('li', null, h('a', { class: 'govuk-link', href: '#/compare', id: 'compare-link' }, 'Compare with last year')),
      h('li', null, h('a', { class: 'govuk-link', href: '#/next-year', id: 'next-year' }, "Start next year's self-evaluation")),
    ),
  );
}

/** The document page: the rendered document, and print. */
export function showDocument() {
  const container = h('div', { class: 'app-document', id: 'document' });
  const printButton = h(
    'button',
    { type: 'button', class: 'govuk-button', id: 'print-rendered', 'data-module': 'govuk-button' },
    'Print or save as PDF',
  );
  printButton.addEventListener('click', () => window.print());
  mount(
    'The readable self-evaluation',
    [
      h('a', { class: 'govuk-back-link app-no-print', href: '#/check' }, 'Back to check your answers'),
      h('h1', { class: 'govuk-heading-l app-no-print', id: 'page-heading', tabindex: '-1' }, 'The readable self-evaluation'),
      h(
        'p',
        { class: 'govuk-body app-no-print' },
        'To save it as a PDF, print it and choose "Save as PDF" as the printer. Your browser\'s print settings decide the paper size and margins.',
      ),
      h('div', { class: 'govuk-button-group app-no-print' }, printButton),
      container,
    ],
    { view: { page: 'document' } },
  );
  renderer()
    .then(([{ documentModel }, { toHtml }]) => {
      const { css, body } = toHtml(documentModel(state.doc, state.api, modelOptions()), { standalone: false });
      adopt(css);
      // The renderer escapes every answer (rendering.md); parsed, not run: no script runs from
      // parsed HTML, and the page's CSP forbids inline code anyway.
      const parsed = new DOMParser().parseFromString(body, 'text/html');
      container.replaceChildren(...parsed.body.childNodes);
      container.dataset.ready = 'true';
    })
    .catch((error) => {
      container.replaceChildren(h('p', { class: 'govuk-error-message' }, `The document could not be made: ${error.message}`));
    });
}
