// What every page of the form shares: the state of the page (the package, the definition, the
// draft), the "Saved" line, the banner for the next page, and how a page is put on screen.
import { Button, NotificationBanner, createAll } from 'govuk-frontend';
import { clear, h, hidden } from './dom.js';

/** The caption above each page's heading, and what every page title ends with. */
export const CAPTION = 'Self-evaluation of frontline practice';
const TITLE = 'Check a self-evaluation of frontline practice';

/** What the page says once a draft or a file in format 1 is migrated to format 2. */
export const MIGRATED =
  'It was saved in the format before this one (format 1). Strengths and development areas now have references, so that each action can say which development areas and recommendations it addresses, and the approval is a section of its own: the self-evaluation must be approved again.';

/** The GOV.UK task list's words for each section status of the report. */
export const STATUS = {
  notStarted: { text: 'Not yet started', tag: 'govuk-tag--blue' },
  inProgress: { text: 'In progress', tag: 'govuk-tag--light-blue' },
  completed: { text: 'Completed', tag: null },
  cannotStartYet: { text: 'Cannot start yet', tag: null },
};

export const state = {
  api: null, // the package
  def: null, // formDefinition()
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

export const app = () => document.getElementById('app');
const saveStatus = () => document.getElementById('save-status');

// ---- the "Saved" line ----------------------------------------------------------------

// Made once: building a formatter on every save showed up in the keystroke profile.
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
export const timeText = (d) => timeFormat.format(d);

/** The line under the header that says where the draft is: a tag, then what happened. */
export function showStatus(kind, text) {
  const tag = {
    saved: ['govuk-tag--green', 'Saved'],
    error: ['govuk-tag--red', 'Not saved'],
    partly: ['govuk-tag--yellow', 'Partly restored'],
    lost: ['govuk-tag--red', 'Not restored'],
  }[kind];
  const line = saveStatus();
  clear(line).append(h('strong', { class: `govuk-tag ${tag[0]} app-save-tag` }, tag[1]), ' ', text);
  line.dataset.state = kind === 'lost' ? 'error' : kind;
}

export function showSaved(at, restored) {
  showStatus('saved', restored ? 'Draft found in this browser and restored.' : `Draft saved in this browser at ${timeText(at)}.`);
}

/** Told of every change of the draft, here or in another tab ('change' events). */
export const draftEvents = new EventTarget();
export const draftChanged = () => draftEvents.dispatchEvent(new Event('change'));

/** Runs a change of the draft (a store operation, which saves it) and says whether it is saved. */
export function saving(change) {
  try {
    showSaved(change(), false);
  } catch {
    showStatus('error', 'This browser would not save the draft. Export it to keep a copy.');
  }
  draftChanged();
}

// ---- pages ---------------------------------------------------------------------------

/** Goes to a page of the form (drawn again when it is the one on screen). */
export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

export const pageHeading = (text, caption = CAPTION) => [
  caption ? h('span', { class: 'govuk-caption-l' }, caption) : null,
  h('h1', { class: 'govuk-heading-l', id: 'page-heading', tabindex: '-1' }, text),
];

export const pageTitle = (title, error = false) => `${error ? 'Error: ' : ''}${title} – ${TITLE}`;

/** GOV.UK warning text: the icon, then `text` (strings or nodes). */
export const warningText = (...text) =>
  h(
    'div',
    { class: 'govuk-warning-text' },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h('strong', { class: 'govuk-warning-text__text' }, hidden('Warning'), ...text),
  );

/** The banner set for this page by the one before (a success, or an important change). */
export function flashBanner() {
  const flash = state.flash;
  state.flash = null;
  if (!flash) return null;
  return h(
    'div',
    {
      class: `govuk-notification-banner${flash.important ? '' : ' govuk-notification-banner--success'}`,
      role: 'alert',
      'aria-labelledby': 'flash-title',
      'data-module': 'govuk-notification-banner',
      id: 'flash',
    },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: 'flash-title' }, flash.important ? 'Important' : 'Success'),
    ),
    h(
      'div',
      { class: 'govuk-notification-banner__content' },
      h('p', { class: 'govuk-notification-banner__heading' }, flash.heading),
      flash.text ? h('p', { class: 'govuk-body' }, flash.text) : null,
      flash.link
        ? h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-notification-banner__link', href: flash.link.href }, flash.link.text))
        : null,
    ),
  );
}

/** Puts a page in place, starts its GOV.UK components and moves focus to its heading. */
export function mount(title, nodes, { focus = true, view = null } = {}) {
  state.view = view;
  const root = app();
  clear(root).append(...[flashBanner(), ...nodes].filter(Boolean));
  document.title = pageTitle(title);
  createAll(Button, undefined, root);
  createAll(NotificationBanner, undefined, root);
  if (focus && !state.firstRender && !root.querySelector('.govuk-notification-banner[role="alert"]')) {
    document.getElementById('page-heading')?.focus();
  }
  state.firstRender = false;
}

/** What the read-only view of the answers (answers.js) reads: the draft and its definition. */
export const answerContext = () => ({ doc: state.doc, fieldAt: state.index.fieldAt, fieldFor: state.index.fieldFor });

/** Offers `data` (text or bytes) as a file to download. */
export function download(name, data, type = 'application/json') {
  const blob = new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'govuk-visually-hidden', tabindex: '-1' }, name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
