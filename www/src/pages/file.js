// Import and export a draft as a JSON file, and start again: each replaces the draft in every
// tab of this browser (store.js).
import { ErrorSummary } from 'govuk-frontend';
import { limits } from 'sefcheck';
import { h, hidden } from '../dom.js';
import { errorSummary } from '../diagnostics.js';
import { finalText } from './share.js';
import { download, go, mount, pageHeading, pageTitle, saving, state, warningText } from '../shell.js';

/** The largest file the form reads (what `validateJson` reads at most). */
const MAX_FILE_BYTES = limits().maxBytes;

export function showFile({ error = null } = {}) {
  const nodes = [];
  if (error) {
    const summary = errorSummary([{ href: '#import-file', text: error }]);
    nodes.push(summary);
  }
  nodes.push(...pageHeading('Import or export a draft'));
  nodes.push(
    h('h2', { class: 'govuk-heading-m' }, 'Export'),
    h(
      'p',
      { class: 'govuk-body' },
      'Save the draft as a JSON file, to keep a copy or to carry on in another browser. Importing the file gives back exactly the same draft.',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'govuk-button govuk-button--secondary',
        id: 'export',
        'data-module': 'govuk-button',
        on: { click: () => download('self-evaluation-draft.json', finalText(state.doc)) },
      },
      'Export the draft',
    ),
  );
  const input = h('input', {
    class: `govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`,
    id: 'import-file',
    name: 'import-file',
    type: 'file',
    accept: '.json,application/json',
    'aria-describedby': `import-file-hint${error ? ' import-file-error' : ''}`,
  });
  const group = h(
    'div',
    { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
    h('label', { class: 'govuk-label govuk-label--s', for: 'import-file' }, 'Upload a self-evaluation file'),
    h('div', { class: 'govuk-hint', id: 'import-file-hint' }, 'A JSON file exported from this form or checked by the sefcheck command.'),
    error ? h('p', { class: 'govuk-error-message', id: 'import-file-error' }, hidden('Error: '), error) : null,
    input,
  );
  const form = h(
    'form',
    { novalidate: true, id: 'import-form' },
    warningText('Importing replaces the draft in this browser, in every tab. Export it first if you want to keep it.'),
    group,
    h('button', { type: 'submit', class: 'govuk-button', id: 'import', 'data-module': 'govuk-button' }, 'Import'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = await importFile(input.files?.[0]);
    if (problem) showFile({ error: problem });
  });
  nodes.push(h('h2', { class: 'govuk-heading-m' }, 'Import'), form);
  nodes.push(
    h('h2', { class: 'govuk-heading-m' }, 'Start again'),
    h(
      'p',
      { class: 'govuk-body' },
      'Delete the draft in this browser, in every tab, and start a new one. Export it first if you want to keep it.',
    ),
    h(
      'a',
      {
        class: 'govuk-button govuk-button--warning',
        href: '#/start-again',
        role: 'button',
        draggable: 'false',
        'data-module': 'govuk-button',
        id: 'start-again',
      },
      'Delete the draft and start again',
    ),
  );
  mount('Import or export a draft', nodes, { focus: !error, view: { page: 'file' } });
  if (error) {
    document.title = pageTitle('Import or export a draft', true);
    new ErrorSummary(document.getElementById('error-summary'));
  }
}

/** Reads a file as the new draft; returns what is wrong with it, or null when it is imported. */
async function importFile(file) {
  if (!file) return 'Select a self-evaluation file to import';
  if (file.size > MAX_FILE_BYTES) return 'The selected file must be smaller than 5 MB';
  let text;
  try {
    text = await file.text();
  } catch {
    return 'The selected file could not be read: try again';
  }
  try {
    state.api.validateJson(text);
  } catch (e) {
    // The refusal's code says what is wrong; its position is where (never what the file says).
    const at = typeof e?.line === 'number' && typeof e?.column === 'number' ? ` (line ${e.line}, column ${e.column})` : '';
    switch (e?.code) {
      case 'not-json':
        return `The selected file is not a self-evaluation: it is not JSON${at}`;
      case 'too-large':
        return 'The selected file must be smaller than 5 MB';
      case 'too-deep':
        return 'The selected file is not a self-evaluation: it nests lists or objects more than 64 levels deep';
      case 'number-too-large':
        return `The selected file is not a self-evaluation: it holds a number too large to read${at}`;
      case 'lone-surrogate':
        return `The selected file is not a self-evaluation: it holds text that is not valid Unicode${at}`;
      default:
        return 'The selected file is not a self-evaluation: it cannot be checked';
    }
  }
  const value = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'The selected file is not a self-evaluation: it must hold a JSON object';
  }
  if (value.formVersion !== 1) {
    return 'The selected file is not a self-evaluation in format 1 (its formVersion must be 1)';
  }
  state.submitted.clear();
  saving(() => state.store.replace(value, 'import'));
  state.flash = { heading: 'The file is imported', text: 'It is now the draft in this browser, in every tab.' };
  go('#/');
  return null;
}

export function showStartAgain() {
  const confirm = () => {
    state.submitted.clear();
    saving(() => state.store.replace(state.api.emptyDocument(), 'startAgain'));
    state.flash = { heading: 'A new draft is started', text: 'The old draft is deleted from this browser, in every tab.' };
    go('#/');
  };
  mount(
    'Delete the draft and start again',
    [
      h('a', { class: 'govuk-back-link', href: '#/file' }, 'Back'),
      ...pageHeading('Are you sure you want to delete the draft and start again?'),
      warningText(
        'Every answer in this browser will be deleted, in every tab where the form is open. This cannot be undone. Export the draft first if you want to keep it.',
      ),
      h(
        'div',
        { class: 'govuk-button-group' },
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button govuk-button--warning',
            id: 'confirm-start-again',
            'data-module': 'govuk-button',
            on: { click: confirm },
          },
          'Yes, delete the draft and start again',
        ),
        h('a', { class: 'govuk-link', href: '#/file' }, 'Cancel'),
      ),
    ],
    { view: { page: 'start-again' } },
  );
}
