// Approval: the approver's role and the date, a summary of what they approve, and the approval
// itself, which records the digest of the document as it is (contentDigest of the package), so
// that any later edit shows at once that the approval no longer holds (approval-status.js).
import { h } from '../dom.js';
import { formatDate } from '../answers.js';
import { showSection } from './section.js';

/** A section's page: the approval's own, or the one every other section has. */
export const drawSection = (id, opts) => (id === state.index.approval.section ? showApproval(opts) : showSection(id, opts));
import { go, saving, state, warningText } from '../shell.js';

/** What the approver approves, in a summary list: the period, who prepared it, the sections, what is left to check. */
function whatIsApproved(report) {
  const about = state.doc.about ?? {};
  const others = report.sections.filter((s) => s.id !== state.index.approval.section);
  const row = (key, value) =>
    h(
      'div',
      { class: 'govuk-summary-list__row' },
      h('dt', { class: 'govuk-summary-list__key' }, key),
      h('dd', { class: 'govuk-summary-list__value' }, value),
    );
  const period =
    typeof about.periodStart === 'string' && typeof about.periodEnd === 'string'
      ? `${formatDate(about.periodStart)} to ${formatDate(about.periodEnd)}`
      : 'Not answered';
  return h(
    'dl',
    { class: 'govuk-summary-list', id: 'what-is-approved' },
    row('Period covered', period),
    row('Prepared by', typeof about.preparedBy === 'string' && about.preparedBy !== '' ? about.preparedBy : 'Not answered'),
    row('Sections', `${others.filter((s) => s.status === 'completed').length} of ${others.length} completed`),
    row(
      'Things to check',
      `${report.warnings === 1 ? '1 warning' : `${report.warnings} warnings`}, ${report.acknowledged === 1 ? '1 acknowledged' : `${report.acknowledged ?? 0} acknowledged`}`,
    ),
  );
}

/** The approval's own part of the page: approve (again), or why not yet, or that it holds. */
function approvalPanel(report) {
  const digest = state.doc.approval?.digest;
  const changed = report.diagnostics.some((d) => d.code === 'approval-changed');
  const others = report.sections.filter((s) => s.id !== state.index.approval.section);
  const ready = others.every((s) => s.status === 'completed');
  const mine = report.diagnostics.filter(
    (d) =>
      d.section === state.index.approval.section &&
      d.severity === 'error' &&
      d.path !== state.index.approval.digest &&
      d.code !== 'approval-changed',
  );
  const approve = () => {
    const now = state.api.validate(state.doc);
    const blocking = now.diagnostics.filter(
      (d) =>
        d.section === state.index.approval.section &&
        d.severity === 'error' &&
        d.path !== state.index.approval.digest &&
        d.code !== 'approval-changed',
    );
    if (blocking.length) {
      showApproval({ show: true, submitted: true });
      return;
    }
    saving(() => state.store.set(state.index.approval.digest, state.api.contentDigest(state.doc)));
    state.flash = {
      heading: 'The self-evaluation is approved',
      text: 'Its digest is recorded. Any change from now on means it must be approved again.',
    };
    go(`#/section/${state.index.approval.section}`);
  };
  const nodes = [];
  if (typeof digest === 'string' && digest !== '' && !changed) {
    nodes.push(
      h(
        'div',
        { class: 'govuk-panel govuk-panel--confirmation', id: 'approved' },
        h('h2', { class: 'govuk-panel__title' }, 'Approved'),
        h('div', { class: 'govuk-panel__body' }, 'The approval holds: nothing has changed since.'),
      ),
    );
  } else if (changed) {
    nodes.push(
      warningText('The approval no longer holds: the self-evaluation has changed since it was approved. It must be approved again.'),
    );
  }
  if (!ready) {
    nodes.push(
      h('p', { class: 'govuk-body', id: 'approve-not-yet' }, 'The self-evaluation can be approved once every other section is complete:'),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        others
          .filter((s) => s.status !== 'completed')
          .map((s) => h('li', null, h('a', { class: 'govuk-link', href: `#/section/${s.id}` }, s.title))),
      ),
    );
    return nodes;
  }
  if (mine.length === 0 && (changed || typeof digest !== 'string' || digest === '')) {
    nodes.push(
      h(
        'p',
        { class: 'govuk-body' },
        'Approving records the digest of the self-evaluation as it is now. Any change afterwards means it must be approved again.',
      ),
    );
  }
  if (changed || typeof digest !== 'string' || digest === '') {
    nodes.push(
      h(
        'button',
        { type: 'button', class: 'govuk-button', id: 'approve', 'data-module': 'govuk-button', on: { click: approve } },
        changed ? 'Approve it again' : 'Approve the self-evaluation',
      ),
    );
  }
  return nodes;
}

/** The approval section: its fields as every section's, with what is approved and the approval. */
export function showApproval(opts = {}) {
  const report = state.api.validate(state.doc);
  showSection(state.index.approval.section, {
    ...opts,
    redraw: showApproval,
    before: [h('h2', { class: 'govuk-heading-m' }, 'What is approved'), whatIsApproved(report)],
    after: approvalPanel(report),
  });
}
