// The browser form: a task list of the ten sections, a page per section drawn from the form
// definition, check answers, share, import and export. Everything runs in this page; the
// only requests are for the page's own files.
import './app.css';
import { Button, ErrorSummary, NotificationBanner, ServiceNavigation, SkipLink, createAll } from 'govuk-frontend';
import * as sefcheck from 'sefcheck';
import { h, hidden, clear, idFor } from './dom.js';
import * as ptr from './pointer.js';
import { draftStore } from './store.js';
import { stampDate } from './clock.js';
import { definitionIndex } from './definition.js';
import { followOtherTabs, plainText, replacedNotice, restoreFocus } from './sync.js';
import { renderSectionFields } from './fields.js';
import { answerBlocks } from './answers.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const STATUS = {
  notStarted: { text: 'Not yet started', tag: 'govuk-tag--blue' },
  inProgress: { text: 'In progress', tag: 'govuk-tag--light-blue' },
  completed: { text: 'Completed', tag: null },
  cannotStartYet: { text: 'Cannot start yet', tag: null },
};

const state = {
  api: null,
  def: null,
  index: null, // questions about the definition (definition.js)
  store: null, // the draft in this browser's storage, shared with its other tabs (store.js)
  /** The draft: the store's, which changes in place with each answer, here or in another tab. */
  get doc() {
    return this.store.doc;
  },
  submitted: new Set(), // sections whose diagnostics are shown (after "Save and continue")
  flash: null, // a banner for the next page: { heading, text?, link?, important? }
  firstRender: true,
  view: null, // the page on screen: { page, id?, registry? }
  notices: [], // answers of this tab replaced by another tab's change, shown until the page moves on
};

const app = document.getElementById('app');
const saveStatus = document.getElementById('save-status');

// ---- the definition ------------------------------------------------------------------

const fieldAt = (pointer) => state.index.fieldAt(pointer);
const sectionOf = (pointer) => state.index.sectionOf(pointer);
const sectionById = (id) => state.index.sectionById(id);

// ---- saving --------------------------------------------------------------------------

// Made once: building a formatter on every save showed up in the keystroke profile.
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const timeText = (d) => timeFormat.format(d);

function showSaved(at, restored) {
  clear(saveStatus).append(
    h('strong', { class: 'govuk-tag govuk-tag--green app-save-tag' }, 'Saved'),
    ' ',
    restored ? `Draft found in this browser and restored.` : `Draft saved in this browser at ${timeText(at)}.`,
  );
  saveStatus.dataset.state = 'saved';
}

/** Runs a change of the draft (a store operation, which saves it) and says whether it is saved. */
function saving(change) {
  try {
    showSaved(change(), false);
  } catch {
    clear(saveStatus).append(
      h('strong', { class: 'govuk-tag govuk-tag--red app-save-tag' }, 'Not saved'),
      ' This browser would not save the draft. Export it to keep a copy.',
    );
    saveStatus.dataset.state = 'error';
  }
}

// ---- routing -------------------------------------------------------------------------

function parseRoute() {
  const hash = location.hash;
  if (!hash.startsWith('#/')) return null;
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'tasks' };
  if (parts[0] === 'section' && parts[1] && sectionById(parts[1])) {
    return { page: 'section', id: parts[1], at: params.get('at'), show: params.get('show') === 'errors' };
  }
  if (['check', 'share', 'file', 'start-again'].includes(parts[0])) return { page: parts[0] };
  return { page: 'notFound' };
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function route() {
  const r = parseRoute();
  if (r === null) {
    // An in-page link (#main-content, an error summary link): not a page of its own. On a
    // fresh load, show the task list.
    if (state.firstRender) showTasks();
    return;
  }
  // The page moves on: answers replaced by another tab are no longer shown.
  state.notices = [];
  for (const li of document.querySelectorAll('[data-nav]')) {
    const active = li.dataset.nav === (r.page === 'section' ? 'tasks' : r.page);
    li.classList.toggle('govuk-service-navigation__item--active', active);
    const a = li.querySelector('a');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (r.page === 'tasks') showTasks();
  else if (r.page === 'section') showSection(r.id, { at: r.at, show: r.show });
  else if (r.page === 'check') showCheck();
  else if (r.page === 'share') showShare();
  else if (r.page === 'file') showFile();
  else if (r.page === 'start-again') showStartAgain();
  else showNotFound();
}

/** Puts a page in place, starts its GOV.UK components and moves focus to its heading. */
function mount(title, nodes, { focus = true, view = null } = {}) {
  state.view = view;
  clear(app).append(...[flashBanner(), ...nodes].filter(Boolean));
  document.title = `${title} – Check a self-evaluation of frontline practice`;
  createAll(Button, undefined, app);
  createAll(NotificationBanner, undefined, app);
  if (focus && !state.firstRender && !app.querySelector('.govuk-notification-banner[role="alert"]')) {
    document.getElementById('page-heading')?.focus();
  }
  state.firstRender = false;
}

const pageHeading = (text, caption) => [
  caption ? h('span', { class: 'govuk-caption-l' }, caption) : null,
  h('h1', { class: 'govuk-heading-l', id: 'page-heading', tabindex: '-1' }, text),
];

function flashBanner() {
  const flash = state.flash;
  state.flash = null;
  if (!flash) return null;
  return h('div', { class: `govuk-notification-banner${flash.important ? '' : ' govuk-notification-banner--success'}`, role: 'alert', 'aria-labelledby': 'flash-title', 'data-module': 'govuk-notification-banner', id: 'flash' },
    h('div', { class: 'govuk-notification-banner__header' }, h('h2', { class: 'govuk-notification-banner__title', id: 'flash-title' }, flash.important ? 'Important' : 'Success')),
    h('div', { class: 'govuk-notification-banner__content' },
      h('p', { class: 'govuk-notification-banner__heading' }, flash.heading),
      flash.text ? h('p', { class: 'govuk-body' }, flash.text) : null,
      flash.link ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-notification-banner__link', href: flash.link.href }, flash.link.text)) : null));
}

// ---- task list -----------------------------------------------------------------------

function showTasks({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  const completed = report.sections.filter((s) => s.status === 'completed').length;
  const list = h('ul', { class: 'govuk-task-list', id: 'task-list' });
  report.sections.forEach((s) => {
    const status = STATUS[s.status] ?? { text: s.status, tag: null };
    const statusId = `task-${s.id}-status`;
    const canStart = s.status !== 'cannotStartYet';
    list.append(h('li', { class: `govuk-task-list__item${canStart ? ' govuk-task-list__item--with-link' : ''}`, 'data-section': s.id },
      h('div', { class: 'govuk-task-list__name-and-hint' },
        canStart
          ? h('a', { class: 'govuk-link govuk-task-list__link', href: `#/section/${s.id}`, 'aria-describedby': statusId }, s.title)
          : h('div', null, s.title),
        s.status === 'cannotStartYet' ? h('div', { class: 'govuk-task-list__hint', id: `task-${s.id}-hint` }, 'Complete every other section first.') : null),
      h('div', { class: `govuk-task-list__status${s.status === 'cannotStartYet' ? ' govuk-task-list__status--cannot-start-yet' : ''}`, id: statusId },
        status.tag ? h('strong', { class: `govuk-tag ${status.tag}` }, status.text) : status.text)));
  });
  mount('Your self-evaluation', [
    ...pageHeading('Your self-evaluation', 'Self-evaluation of frontline practice'),
    h('p', { class: 'govuk-body', id: 'completed-count' }, `You have completed ${completed} of ${report.sections.length} sections.`),
    h('h2', { class: 'govuk-heading-m' }, 'Sections'),
    list,
    h('h2', { class: 'govuk-heading-m' }, 'Check and share'),
    h('ul', { class: 'govuk-list' },
      h('li', null, h('a', { class: 'govuk-link', href: '#/check' }, 'Check your answers')),
      h('li', null, h('a', { class: 'govuk-link', href: '#/share' }, report.readyToShare ? 'Share with Ofsted' : 'Share with Ofsted (see what is left to do)')),
      h('li', null, h('a', { class: 'govuk-link', href: '#/file' }, 'Import or export a draft'))),
  ].filter(Boolean), { focus: !quiet, view: { page: 'tasks' } });
}

// ---- a section -----------------------------------------------------------------------

const inputErrorClass = (el) =>
  el.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : el.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error';

function addDescribedBy(el, id) {
  const now = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  if (!now.includes(id)) el.setAttribute('aria-describedby', [...now, id].join(' '));
}

/**
 * Where in the answer an identifying detail is, without repeating it: an excerpt of the text
 * around it with the detail itself masked (one • per UTF-16 code unit of the span), and a
 * button that selects the span in the box itself.
 */
function whereBlock(input, spans, baseId) {
  const box = h('div', { class: 'app-disclosure', id: `${baseId}-where`, 'data-where-for': input.id },
    h('p', { class: 'govuk-body-s app-disclosure__title' }, spans.length > 1 ? 'Where they are in your answer (hidden here):' : 'Where it is in your answer (hidden here):'));
  const value = input.value;
  const safeCut = (i) => (i > 0 && i < value.length && /[\udc00-\udfff]/.test(value[i]) ? i - 1 : i);
  spans.forEach((span, k) => {
    const from = safeCut(Math.max(0, span.start - 40));
    const to = safeCut(Math.min(value.length, span.end + 40) + (span.end + 40 < value.length && /[\ud800-\udbff]/.test(value[span.end + 39]) ? 1 : 0));
    const excerpt = h('p', { class: 'govuk-body app-disclosure__excerpt', 'data-start': span.start, 'data-end': span.end });
    if (from > 0) excerpt.append('…');
    // Mask every finding inside the excerpt, not only this one.
    let at = from;
    for (const other of spans) {
      const s = Math.max(other.start, from);
      const e = Math.min(other.end, to);
      if (e <= s || s < at) continue;
      excerpt.append(document.createTextNode(value.slice(at, s)));
      const mark = h('mark', { class: 'app-disclosure__mark', 'data-start': other.start, 'data-end': other.end }, '•'.repeat(e - s));
      mark.append(hidden(' (identifying detail, hidden here)'));
      excerpt.append(mark);
      at = e;
    }
    excerpt.append(document.createTextNode(value.slice(at, to)));
    if (to < value.length) excerpt.append('…');
    const button = h('button', {
      type: 'button',
      class: 'govuk-button govuk-button--secondary app-disclosure__show',
      'data-start': span.start,
      'data-end': span.end,
      on: {
        click: () => {
          input.focus();
          input.setSelectionRange(span.start, span.end);
        },
      },
    }, spans.length > 1 ? `Select finding ${k + 1} in the answer` : 'Select it in the answer');
    box.append(h('div', { class: 'app-disclosure__finding' }, excerpt, button));
  });
  return box;
}

function disclosureFinder(entry) {
  const input = entry.textInput;
  const baseId = idFor(input.dataset.pointer);
  const update = () => {
    const findings = state.api.scanDisclosure(input.value);
    const old = entry.group.querySelector('.app-disclosure');
    const fresh = findings.length
      ? whereBlock(input, findings, baseId)
      : h('div', { class: 'app-disclosure', id: `${baseId}-where` }, h('p', { class: 'govuk-body' }, 'No identifying details found in this answer now. Save to check the section again.'));
    old.replaceWith(fresh);
  };
  input.addEventListener('input', update);
}

/** Puts each diagnostic at its field (or the nearest drawn field above it). */
function placeDiagnostics(diagnostics, registry) {
  const targets = [];
  const byEntry = new Map();
  for (const d of diagnostics) {
    let p = d.path;
    while (p !== '' && !registry.has(p)) p = p.slice(0, p.lastIndexOf('/'));
    const entry = registry.get(p) ?? null;
    if (entry) {
      if (!byEntry.has(entry)) byEntry.set(entry, { pointer: p, list: [] });
      byEntry.get(entry).list.push(d);
    }
    targets.push({ d, focusId: entry?.focusId ?? 'page-heading' });
  }
  for (const [entry, { pointer, list }] of byEntry) {
    const baseId = idFor(pointer);
    const nodes = [];
    let k = 0;
    for (const d of list) {
      k++;
      const id = `${baseId}-${d.severity}-${k}`;
      if (d.severity === 'error') {
        nodes.push(h('p', { class: 'govuk-error-message', id, 'data-code': d.code }, hidden('Error: '), d.message));
      } else {
        nodes.push(h('p', { class: 'govuk-body app-warning', id, 'data-code': d.code },
          h('strong', { class: 'govuk-tag govuk-tag--yellow' }, 'Check'), ' ', d.message));
      }
      for (const el of entry.describe ? [entry.describe] : entry.inputs) addDescribedBy(el, id);
    }
    if (list.some((d) => d.severity === 'error')) {
      entry.group.classList.add('govuk-form-group--error');
      for (const el of entry.inputs) {
        el.classList.add(inputErrorClass(el));
        el.dataset.error = 'true';
      }
    }
    if (entry.after) entry.after.after(...nodes);
    else if (entry.before) entry.before.before(...nodes);
    else entry.group.prepend(...nodes);
    const spans = list.filter((d) => d.span && d.code.startsWith('disclosure-')).map((d) => d.span);
    if (spans.length && entry.textInput) {
      const where = whereBlock(entry.textInput, spans, baseId);
      const count = entry.group.querySelector('.govuk-character-count__sr-status');
      (count ?? entry.textInput).after(where);
      addDescribedBy(entry.textInput, where.id);
      disclosureFinder(entry);
    }
  }
  return targets;
}

function summaryBox(targets) {
  const errors = targets.filter((t) => t.d.severity === 'error');
  if (!errors.length) return null;
  const box = h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', id: 'error-summary' },
    h('div', { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h('div', { class: 'govuk-error-summary__body' },
        h('ul', { class: 'govuk-list govuk-error-summary__list' },
          errors.map((t) => h('li', null, h('a', { href: `#${t.focusId}`, 'data-code': t.d.code }, t.d.message)))))));
  return box;
}

function warningBox(targets) {
  const warnings = targets.filter((t) => t.d.severity === 'warning');
  if (!warnings.length) return null;
  return h('div', { class: 'govuk-notification-banner', role: 'region', 'aria-labelledby': 'warnings-title', id: 'warning-summary' },
    h('div', { class: 'govuk-notification-banner__header' }, h('h2', { class: 'govuk-notification-banner__title', id: 'warnings-title' }, 'Things to check')),
    h('div', { class: 'govuk-notification-banner__content' },
      h('p', { class: 'govuk-body' }, 'These do not stop you sharing, but check each one.'),
      h('ul', { class: 'govuk-list govuk-list--bullet' },
        warnings.map((t) => h('li', null, h('a', { class: 'govuk-notification-banner__link', href: `#${t.focusId}`, 'data-code': t.d.code }, t.d.message))))));
}

/** Moves focus to an element by id (for links to fields, and the error summary's fallbacks). */
function focusById(id) {
  const el = document.getElementById(id);
  if (!el) return false;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el.closest('fieldset')?.querySelector('legend');
  (label ?? el).scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
  return true;
}

function inPageLinks(root) {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const a = event.target.closest('a');
    if (!a || !root.contains(a)) return;
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.startsWith('#/')) return;
    if (focusById(href.slice(1))) event.preventDefault();
  });
}

function showSection(id, { at = null, show = false, focus = null, announce = null, submitted = false, quiet = false } = {}) {
  const section = sectionById(id);
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
    fieldAt,
    sectionOf,
  };
  const fields = renderSectionFields(section, ctx);
  const form = h('form', { novalidate: true, id: 'section-form', 'data-section': id, 'aria-labelledby': 'page-heading' },
    fields,
    h('div', { class: 'govuk-button-group' },
      h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', 'data-prevent-double-click': 'true' }, 'Save and continue'),
      h('a', { class: 'govuk-link', href: '#/' }, 'Back to sections')));
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
      text: mine.warnings ? `There ${mine.warnings === 1 ? 'is 1 thing' : `are ${mine.warnings} things`} to check in this section. They do not stop you sharing.` : null,
      link: mine.warnings ? { href: `#/section/${id}`, text: 'See what to check' } : null,
    };
    go('#/');
  });
  const live = h('div', { class: 'govuk-visually-hidden', 'aria-live': 'polite', id: 'list-announcer' });
  const nodes = [
    h('a', { class: 'govuk-back-link', href: '#/' }, 'Back to sections'),
  ];
  const top = h('div', null, flashBanner());
  nodes.push(top, ...pageHeading(section.title, 'Self-evaluation of frontline practice'), live, form);
  let targets = [];
  clear(app).append(...nodes);
  state.view = { page: 'section', id, registry };
  if (state.submitted.has(id)) {
    const report = state.api.validate(state.doc);
    targets = placeDiagnostics(report.diagnostics.filter((d) => d.section === id), registry);
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
  document.title = `${targets.some((t) => t.d.severity === 'error') ? 'Error: ' : ''}${section.title} – Check a self-evaluation of frontline practice`;
  createAll(Button, undefined, app);
  createAll(NotificationBanner, undefined, app);
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

// ---- changes saved in another tab ------------------------------------------------------

const REPLACED = {
  import: 'A file was imported in another tab of this browser, and is now the draft here too.',
  startAgain: 'The draft was deleted in another tab of this browser, and a new one started.',
  nextYear: "Next year's self-evaluation was started in another tab of this browser, and is now the draft here too.",
};

function showUpdated(stamp) {
  const at = stampDate(stamp);
  clear(saveStatus).append(
    h('strong', { class: 'govuk-tag govuk-tag--green app-save-tag' }, 'Saved'),
    ' ',
    `Draft saved in this browser. Changed in another tab${at ? ` at ${timeText(at)}` : ''}.`,
  );
  saveStatus.dataset.state = 'saved';
}

/** Where a notice goes: next to its answer, or for a removed item at the end of its list. */
function placeNotice(notice) {
  const view = state.view;
  if (view?.page !== 'section') return;
  const pointer = state.store.indexOf(notice.item ? notice.list : notice.stable);
  const entry = pointer === null ? null : view.registry.get(pointer);
  if (!entry) return;
  const id = `replaced-${notice.n}`;
  document.getElementById(id)?.remove();
  const block = replacedNotice({ id, at: notice.at, removedItem: notice.item, text: notice.text });
  const add = entry.group.querySelector(':scope > [data-add]');
  if (add) add.before(block);
  else entry.group.append(block);
}

let noticeCount = 0;
let redrawTimer = null;

/** Shows a change another tab saved, keeping this tab's focus, cursor and place on screen. */
function onOtherTab(change, focus) {
  if (change.replaced) {
    state.submitted.clear();
    state.notices = [];
    state.flash = { heading: 'The draft was replaced in another tab', text: REPLACED[change.replaced] ?? 'It is now the draft here too.', important: true };
    route();
    return;
  }
  showUpdated(change.stamp);
  const view = state.view;
  if (view?.page === 'section') {
    const inSection = sectionOf(change.pointer) === view.id;
    if (inSection && change.overwritten !== undefined) {
      const list = change.pointer.slice(0, change.pointer.lastIndexOf('/'));
      const listField = change.removed ? state.index.fieldFor(list) : null;
      const itemLabel = listField?.itemLabel ?? 'item';
      state.notices.push({
        n: ++noticeCount,
        section: view.id,
        stable: change.removed ? null : state.store.stableOf(change.pointer),
        list: change.removed ? state.store.stableOf(list) : null,
        item: change.removed ? `${itemLabel.charAt(0).toUpperCase()}${itemLabel.slice(1)} ${Number(change.pointer.slice(list.length + 1)) + 1}` : null,
        at: stampDate(change.stamp),
        text: plainText(change.overwritten, change.removed ? listField : state.index.fieldFor(change.pointer)),
      });
    }
    // An area's evidence is chosen by the titles of another section's items.
    const references = state.index.referencedBy(view.id).some((list) => change.pointer === list || change.pointer.startsWith(list + '/'));
    if (!inSection && !references) return;
    const entry = !change.items && inSection ? view.registry.get(change.pointer) : null;
    if (entry?.show && entry.show(ptr.get(state.doc, change.pointer)) !== false) {
      const notice = state.notices.at(-1);
      if (notice && notice.n === noticeCount && change.overwritten !== undefined) placeNotice(notice);
      return;
    }
    showSection(view.id, { quiet: true });
    restoreFocus(state.store, focus);
  } else if (view && ['tasks', 'check', 'share'].includes(view.page)) {
    // Statuses, answers and readiness drawn again, at most a few times a second.
    clearTimeout(redrawTimer);
    redrawTimer = setTimeout(() => {
      const y = window.scrollY;
      const draw = { tasks: showTasks, check: showCheck, share: showShare }[view.page];
      if (view === state.view) draw({ quiet: true });
      window.scrollTo(0, y);
    }, 250);
  }
}

// ---- check answers -------------------------------------------------------------------

const changeHref = (sectionId) => (pointer) => `#/section/${sectionId}?at=${encodeURIComponent(pointer)}`;

function answerCtx() {
  return { doc: state.doc, fieldAt };
}

function showCheck({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  const nodes = [...pageHeading('Check your answers', 'Self-evaluation of frontline practice')];
  nodes.push(h('p', { class: 'govuk-body' }, report.readyToShare
    ? 'Every section is complete. Check your answers, then share the self-evaluation.'
    : `There ${report.errors === 1 ? 'is 1 error' : `are ${report.errors} errors`} to fix before you can share.`));
  for (const section of state.def.sections) {
    const s = report.sections.find((x) => x.id === section.id);
    const status = STATUS[s.status] ?? { text: s.status };
    const card = h('div', { class: 'govuk-summary-card', 'data-section': section.id },
      h('div', { class: 'govuk-summary-card__title-wrapper' },
        h('h2', { class: 'govuk-summary-card__title' }, section.title),
        h('ul', { class: 'govuk-summary-card__actions' },
          h('li', { class: 'govuk-summary-card__action' }, h('strong', { class: `govuk-tag ${status.tag ?? 'govuk-tag--green'}` }, status.text)))),
      h('div', { class: 'govuk-summary-card__content' },
        answerBlocks(section, answerCtx(), { change: changeHref(section.id), level: 3 }),
        s.errors || s.warnings
          ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: `#/section/${section.id}?show=errors` },
            [s.errors ? `${s.errors} ${s.errors === 1 ? 'error' : 'errors'}` : null, s.warnings ? `${s.warnings} ${s.warnings === 1 ? 'thing' : 'things'} to check` : null].filter(Boolean).join(' and '),
            hidden(` in ${section.title}`)))
          : null));
    nodes.push(card);
  }
  nodes.push(h('a', { class: 'govuk-button', href: '#/share', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Continue to share'));
  mount('Check your answers', nodes, { focus: !quiet, view: { page: 'check' } });
}

// ---- share ---------------------------------------------------------------------------

export function finalText(doc) {
  return JSON.stringify(doc, null, 2) + '\n';
}

async function sha256Hex(bytes) {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function download(name, text) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'govuk-visually-hidden', tabindex: '-1' }, name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function showShare({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  if (!report.readyToShare) {
    const nodes = [...pageHeading('Share with Ofsted', 'Self-evaluation of frontline practice')];
    nodes.push(h('div', { class: 'govuk-warning-text' },
      h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
      h('strong', { class: 'govuk-warning-text__text' }, hidden('Warning'),
        `You cannot share this self-evaluation yet. ${report.errors === 1 ? '1 error must' : `${report.errors} errors must`} be fixed first.`)));
    nodes.push(h('p', { class: 'govuk-body' }, 'Each link below goes to the answer to fix.'));
    const blockers = h('div', { id: 'blockers' });
    for (const s of report.sections) {
      const errs = report.diagnostics.filter((d) => d.section === s.id && d.severity === 'error');
      if (!errs.length) continue;
      blockers.append(h('h2', { class: 'govuk-heading-m', 'data-section': s.id },
        h('a', { class: 'govuk-link', href: `#/section/${s.id}?show=errors` }, s.title)));
      blockers.append(h('ul', { class: 'govuk-list govuk-list--bullet' },
        errs.map((d) => h('li', null, h('a', { class: 'govuk-link', href: `#/section/${s.id}?show=errors&at=${encodeURIComponent(d.path)}`, 'data-code': d.code }, d.message)))));
    }
    nodes.push(blockers);
    mount('Share with Ofsted', nodes, { focus: !quiet, view: { page: 'share' } });
    return;
  }
  const text = finalText(state.doc);
  const bytes = new TextEncoder().encode(text);
  const name = 'self-evaluation.json';
  const digest = h('code', { class: 'app-digest', id: 'sha256' }, 'Working out…');
  const nodes = [
    ...pageHeading('Share with Ofsted', 'Self-evaluation of frontline practice'),
    h('div', { class: 'govuk-panel govuk-panel--confirmation app-no-print' },
      h('h2', { class: 'govuk-panel__title' }, 'Ready to share'),
      h('div', { class: 'govuk-panel__body' }, 'This self-evaluation has no errors')),
    report.warnings ? h('p', { class: 'govuk-body app-no-print' }, `There ${report.warnings === 1 ? 'is 1 thing' : `are ${report.warnings} things`} you may want to `,
      h('a', { class: 'govuk-link', href: '#/check' }, 'check'), ' first. They do not stop you sharing.') : null,
    h('h2', { class: 'govuk-heading-m' }, 'Download the file'),
    h('dl', { class: 'govuk-summary-list', id: 'share-file' },
      h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, 'File'), h('dd', { class: 'govuk-summary-list__value' }, name)),
      h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, 'Size'), h('dd', { class: 'govuk-summary-list__value' }, `${bytes.length.toLocaleString('en-GB')} bytes`)),
      h('div', { class: 'govuk-summary-list__row' }, h('dt', { class: 'govuk-summary-list__key' }, 'SHA-256 digest'), h('dd', { class: 'govuk-summary-list__value' }, digest))),
    h('p', { class: 'govuk-body' }, 'Send the digest to the receiver separately from the file (for example, read it out or put it in a different message). They can check that the file they received is exactly this one: its SHA-256 digest must be the same.'),
    h('div', { class: 'govuk-button-group app-no-print' },
      h('button', { type: 'button', class: 'govuk-button', id: 'download-final', 'data-module': 'govuk-button', on: { click: () => download(name, text) } }, 'Download the self-evaluation'),
      h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'print', 'data-module': 'govuk-button', on: { click: () => window.print() } }, 'Print')),
    h('div', { class: 'app-print-document', id: 'print-document' },
      h('h2', { class: 'govuk-heading-l' }, 'The self-evaluation'),
      state.def.sections.map((section) => [
        h('h3', { class: 'govuk-heading-m app-print-section' }, section.title),
        answerBlocks(section, answerCtx(), { change: null, level: 4 }),
      ])),
  ];
  mount('Share with Ofsted', nodes.filter(Boolean), { focus: !quiet, view: { page: 'share' } });
  sha256Hex(bytes).then((hex) => {
    digest.textContent = hex;
    digest.dataset.ready = 'true';
  });
}

// ---- import and export ---------------------------------------------------------------

function showFile({ error = null } = {}) {
  const nodes = [];
  if (error) {
    const summary = h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', id: 'error-summary' },
      h('div', { role: 'alert' },
        h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
        h('div', { class: 'govuk-error-summary__body' },
          h('ul', { class: 'govuk-list govuk-error-summary__list' }, h('li', null, h('a', { href: '#import-file' }, error))))));
    nodes.push(summary);
  }
  nodes.push(...pageHeading('Import or export a draft', 'Self-evaluation of frontline practice'));
  nodes.push(
    h('h2', { class: 'govuk-heading-m' }, 'Export'),
    h('p', { class: 'govuk-body' }, 'Save the draft as a JSON file, to keep a copy or to carry on in another browser. Importing the file gives back exactly the same draft.'),
    h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'export', 'data-module': 'govuk-button', on: { click: () => download('self-evaluation-draft.json', finalText(state.doc)) } }, 'Export the draft'),
  );
  const input = h('input', { class: `govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`, id: 'import-file', name: 'import-file', type: 'file', accept: '.json,application/json', 'aria-describedby': `import-file-hint${error ? ' import-file-error' : ''}` });
  const group = h('div', { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
    h('label', { class: 'govuk-label govuk-label--s', for: 'import-file' }, 'Upload a self-evaluation file'),
    h('div', { class: 'govuk-hint', id: 'import-file-hint' }, 'A JSON file exported from this form or checked by the sefcheck command.'),
    error ? h('p', { class: 'govuk-error-message', id: 'import-file-error' }, hidden('Error: '), error) : null,
    input);
  const form = h('form', { novalidate: true, id: 'import-form' },
    h('div', { class: 'govuk-warning-text' },
      h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
      h('strong', { class: 'govuk-warning-text__text' }, hidden('Warning'), 'Importing replaces the draft in this browser. Export it first if you want to keep it.')),
    group,
    h('button', { type: 'submit', class: 'govuk-button', id: 'import', 'data-module': 'govuk-button' }, 'Import'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = await importFile(input.files?.[0]);
    if (problem) showFile({ error: problem });
  });
  nodes.push(h('h2', { class: 'govuk-heading-m' }, 'Import'), form);
  nodes.push(
    h('h2', { class: 'govuk-heading-m' }, 'Start again'),
    h('p', { class: 'govuk-body' }, 'Delete the draft in this browser, in every tab, and start a new one. Export it first if you want to keep it.'),
    h('a', { class: 'govuk-button govuk-button--warning', href: '#/start-again', role: 'button', draggable: 'false', 'data-module': 'govuk-button', id: 'start-again' }, 'Delete the draft and start again'),
  );
  mount('Import or export a draft', nodes, { focus: !error, view: { page: 'file' } });
  if (error) {
    document.title = `Error: ${document.title}`;
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

function showStartAgain() {
  const confirm = () => {
    state.submitted.clear();
    saving(() => state.store.replace(state.api.emptyDocument(), 'startAgain'));
    state.flash = { heading: 'A new draft is started', text: 'The old draft is deleted from this browser, in every tab.' };
    go('#/');
  };
  mount('Delete the draft and start again', [
    h('a', { class: 'govuk-back-link', href: '#/file' }, 'Back'),
    ...pageHeading('Are you sure you want to delete the draft and start again?', 'Self-evaluation of frontline practice'),
    h('div', { class: 'govuk-warning-text' },
      h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
      h('strong', { class: 'govuk-warning-text__text' }, hidden('Warning'), 'Every answer in this browser will be deleted, in every tab where the form is open. This cannot be undone. Export the draft first if you want to keep it.')),
    h('div', { class: 'govuk-button-group' },
      h('button', { type: 'button', class: 'govuk-button govuk-button--warning', id: 'confirm-start-again', 'data-module': 'govuk-button', on: { click: confirm } }, 'Yes, delete the draft and start again'),
      h('a', { class: 'govuk-link', href: '#/file' }, 'Cancel')),
  ], { view: { page: 'start-again' } });
}

function showNotFound() {
  mount('Page not found', [
    ...pageHeading('Page not found'),
    h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '#/' }, 'Go to the sections')),
  ]);
}

// ---- start ---------------------------------------------------------------------------

async function start() {
  createAll(SkipLink);
  createAll(ServiceNavigation);
  try {
    await sefcheck.ready();
  } catch {
    clear(app).append(...pageHeading('Sorry, the form could not start'),
      h('p', { class: 'govuk-body' }, 'This browser could not load the checker. Try a current version of Chrome, Edge, Firefox or Safari.'));
    return;
  }
  state.api = sefcheck;
  state.def = sefcheck.formDefinition();
  state.index = definitionIndex(state.def);
  // Each answer is saved as it is typed; items of lists keep a name of their own, so that the
  // tabs of this browser can each change the draft without undoing each other (store.js).
  state.store = draftStore({ lists: state.index.lists, emptyDocument: sefcheck.emptyDocument });
  const { draft, problem, unreadable = [] } = state.store.load();
  if (draft && problem === 'partly') {
    const titles = [...new Set(unreadable.map((p) => sectionById(sectionOf(p)).title))];
    clear(saveStatus).append(h('strong', { class: 'govuk-tag govuk-tag--yellow app-save-tag' }, 'Partly restored'),
      titles.length
        ? ` Some answers in this browser could not be read (${titles.join('; ')}), so they were left out. The rest of the draft is restored, and what could not be read is kept aside.`
        : ' Something saved in this browser could not be read. The draft is restored, and what could not be read is kept aside.');
    saveStatus.dataset.state = 'partly';
  } else if (draft) {
    showSaved(null, true);
  } else if (problem === 'unreadable') {
    clear(saveStatus).append(h('strong', { class: 'govuk-tag govuk-tag--red app-save-tag' }, 'Not restored'),
      ' The draft in this browser could not be read, so a new one was started. The old one is kept aside.');
  }
  followOtherTabs(state.store, onOtherTab);
  window.addEventListener('hashchange', route);
  route();
  document.documentElement.dataset.ready = 'true';
  keepForOffline();
}

/**
 * Registers the service worker (www/public/sw.js) and keeps a copy of the files this page
 * loaded before it was in control, so that the form opens again without a network.
 */
async function keepForOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    const own = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => u.startsWith(location.origin + '/') && !u.endsWith('/sw.js'));
    const cache = await caches.open('sefcheck-form-v1');
    await cache.addAll(['/', ...new Set(own.map((u) => u.split('#')[0]))]);
    document.documentElement.dataset.offline = 'ready';
  } catch {
    // Offline use is a convenience: the form works without it.
  }
}

start();
