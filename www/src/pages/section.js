// A section: its fields drawn from the definition (fields.js), saved as they are typed, and
// after "Save and continue" its errors and warnings at their fields.
import { Button, ErrorSummary, NotificationBanner, createAll } from 'govuk-frontend';
import { clear, h } from '../dom.js';
import { renderSectionFields } from '../fields/index.js';
import { focusById, inPageLinks, placeDiagnostics, summaryBox, warningBox } from '../diagnostics.js';
import { placeNotice } from '../notices.js';
import { app, flashBanner, go, pageHeading, pageTitle, saving, state } from '../shell.js';

export function showSection(id, { at = null, show = false, focus = null, announce = null, submitted = false, quiet = false } = {}) {
  const section = state.index.sectionById(id);
  if (show) state.submitted.add(id);
  const registry = new Map();
  const ctx = {
    doc: state.doc,
    api: state.api,
    set: (pointer, value) => saving(() => state.store.set(pointer, value)),
    add: (pointer, item) => saving(() => state.store.add(pointer, item)),
    remove: (pointer, index) => saving(() => state.store.remove(pointer, index)),
    rerender: (opts) => showSection(id, opts),
    register: (pointer, entry) => {
      if (!registry.has(pointer)) registry.set(pointer, entry);
    },
    index: state.index,
    fieldAt: state.index.fieldAt,
    fieldFor: state.index.fieldFor,
    sectionOf: state.index.sectionOf,
    sectionTitle: (pointer) => state.index.sectionById(state.index.sectionOf(pointer)).title,
  };
  const fields = renderSectionFields(section, ctx);
  const form = h(
    'form',
    { novalidate: true, id: 'section-form', 'data-section': id, 'aria-labelledby': 'page-heading' },
    fields,
    h(
      'div',
      { class: 'govuk-button-group' },
      h(
        'button',
        { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', 'data-prevent-double-click': 'true' },
        'Save and continue',
      ),
      h('a', { class: 'govuk-link', href: '#/' }, 'Back to sections'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Every answer is saved as it is typed; this writes again what the browser refused.
    saving(() => state.store.flush());
    state.submitted.add(id);
    const report = state.api.validate(state.doc);
    const mine = report.sections.find((s) => s.id === id);
    if (mine.errors > 0) {
      showSection(id, { submitted: true });
      return;
    }
    state.flash = {
      heading: `${section.title}: saved`,
      text: mine.warnings
        ? `There ${mine.warnings === 1 ? 'is 1 thing' : `are ${mine.warnings} things`} to check in this section. They do not stop you sharing.`
        : null,
      link: mine.warnings ? { href: `#/section/${id}`, text: 'See what to check' } : null,
    };
    go('#/');
  });
  const live = h('div', { class: 'govuk-visually-hidden', 'aria-live': 'polite', id: 'list-announcer' });
  const nodes = [h('a', { class: 'govuk-back-link', href: '#/' }, 'Back to sections')];
  const top = h('div', null, flashBanner());
  nodes.push(top, ...pageHeading(section.title), live, form);
  let targets = [];
  const root = app();
  clear(root).append(...nodes);
  state.view = { page: 'section', id, registry };
  if (state.submitted.has(id)) {
    const report = state.api.validate(state.doc);
    targets = placeDiagnostics(
      report.diagnostics.filter((d) => d.section === id),
      registry,
    );
    const summary = summaryBox(targets);
    const warnings = warningBox(targets);
    if (summary) top.append(summary);
    if (warnings) top.append(warnings);
    if (summary) {
      new ErrorSummary(summary, { disableAutoFocus: !submitted });
      inPageLinks(summary);
    }
    if (warnings) inPageLinks(warnings);
  }
  for (const notice of state.notices) if (notice.section === id) placeNotice(notice);
  document.title = pageTitle(
    section.title,
    targets.some((t) => t.d.severity === 'error'),
  );
  createAll(Button, undefined, root);
  createAll(NotificationBanner, undefined, root);
  const first = state.firstRender;
  state.firstRender = false;
  if (submitted || quiet) return; // the error summary has focus, or the person keeps theirs
  if (focus) {
    const entry = registry.get(focus);
    const item = entry?.group?.querySelector?.('input, textarea, select');
    if (focus.match(/\/[0-9]+$/) && item) item.focus();
    else if (entry?.focusId) focusById(entry.focusId);
    if (announce) setTimeout(() => (live.textContent = announce), 50);
    return;
  }
  if (at !== null) {
    let p = at;
    while (p !== '' && !registry.has(p)) p = p.slice(0, p.lastIndexOf('/'));
    const entry = registry.get(p);
    if (entry?.focusId && focusById(entry.focusId)) return;
  }
  if (!first) document.getElementById('page-heading').focus();
}
