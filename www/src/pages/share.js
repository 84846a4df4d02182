// Share with Ofsted: the final document and its SHA-256 digest once the report says it is
// ready to share, and until then what blocks sharing, each a link to the answer to fix.
import { h } from '../dom.js';
import { answerBlocks } from '../answers.js';
import { documentActions } from './document.js';
import { answerContext, download, mount, pageHeading, state, warningText } from '../shell.js';

export function finalText(doc) {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

async function sha256Hex(bytes) {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function showShare({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  if (!report.readyToShare) {
    const nodes = [...pageHeading('Share with Ofsted')];
    nodes.push(
      warningText(
        `You cannot share this self-evaluation yet. ${report.errors === 1 ? '1 error must' : `${report.errors} errors must`} be fixed first.`,
      ),
    );
    nodes.push(h('p', { class: 'govuk-body' }, 'Each link below goes to the answer to fix.'));
    const blockers = h('div', { id: 'blockers' });
    for (const s of report.sections) {
      const errs = report.diagnostics.filter((d) => d.section === s.id && d.severity === 'error');
      if (!errs.length) continue;
      blockers.append(
        h(
          'h2',
          { class: 'govuk-heading-m', 'data-section': s.id },
          h('a', { class: 'govuk-link', href: `#/section/${s.id}?show=errors` }, s.title),
        ),
      );
      blockers.append(
        h(
          'ul',
          { class: 'govuk-list govuk-list--bullet' },
          errs.map((d) =>
            h(
              'li',
              null,
              h(
                'a',
                { class: 'govuk-link', href: `#/section/${s.id}?show=errors&at=${encodeURIComponent(d.path)}`, 'data-code': d.code },
                d.message,
              ),
            ),
          ),
        ),
      );
    }
    nodes.push(blockers);
    nodes.push(documentActions());
    mount('Share with Ofsted', nodes, { focus: !quiet, view: { page: 'share' } });
    return;
  }
  const text = finalText(state.doc);
  const bytes = new TextEncoder().encode(text);
  const name = 'self-evaluation.json';
  const digest = h('code', { class: 'app-digest', id: 'sha256' }, 'Working out…');
  const nodes = [
    ...pageHeading('Share with Ofsted'),
    h(
      'div',
      { class: 'govuk-panel govuk-panel--confirmation app-no-print' },
      h('h2', { class: 'govuk-panel__title' }, 'Ready to share'),
      h('div', { class: 'govuk-panel__body' }, 'This self-evaluation has no errors'),
    ),
    report.warnings
      ? h(
          'p',
          { class: 'govuk-body app-no-print' },
          `There ${report.warnings === 1 ? 'is 1 thing' : `are ${report.warnings} things`} you may want to `,
          h('a', { class: 'govuk-link', href: '#/check' }, 'check'),
          ' first. They do not stop you sharing.',
        )
      : null,
    h('h2', { class: 'govuk-heading-m' }, 'Download the file'),
    h(
      'dl',
      { class: 'govuk-summary-list', id: 'share-file' },
      h(
        'div',
        { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, 'File'),
        h('dd', { class: 'govuk-summary-list__value' }, name),
      ),
      h(
        'div',
        { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, 'Size'),
        h('dd', { class: 'govuk-summary-list__value' }, `${bytes.length.toLocaleString('en-GB')} bytes`),
      ),
      h(
        'div',
        { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, 'SHA-256 digest'),
        h('dd', { class: 'govuk-summary-list__value' }, digest),
      ),
    ),
    h(
      'p',
      { class: 'govuk-body' },
      'Send the digest to the receiver separately from the file (for example, read it out or put it in a different message). They can check that the file they received is exactly this one: its SHA-256 digest must be the same.',
    ),
    h(
      'div',
      { class: 'govuk-button-group app-no-print' },
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button',
          id: 'download-final',
          'data-module': 'govuk-button',
          on: { click: () => download(name, text) },
        },
        'Download the self-evaluation',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          id: 'print',
          'data-module': 'govuk-button',
          on: { click: () => window.print() },
        },
        'Print',
      ),
    ),
    h(
      'div',
      { class: 'app-print-document', id: 'print-document' },
      h('h2', { class: 'govuk-heading-l' }, 'The self-evaluation'),
      state.def.sections.map((section) => [
        h('h3', { class: 'govuk-heading-m app-print-section' }, section.title),
        answerBlocks(section, answerContext(), { change: null, level: 4 }),
      ]),
    ),
  ];
  nodes.push(documentActions());
  mount('Share with Ofsted', nodes.filter(Boolean), { focus: !quiet, view: { page: 'share' } });
  sha256Hex(bytes).then((hex) => {
    digest.textContent = hex;
    digest.dataset.ready = 'true';
  });
}
