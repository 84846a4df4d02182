// The browser form: a task list of the sections, a page per section drawn from the form
// definition, check answers, share, import and export (pages/). Everything runs in this page;
// the only requests are for the page's own files. This module starts the page and routes.
import './app.css';
import { ServiceNavigation, SkipLink, createAll } from 'govuk-frontend';
import * as sefcheck from 'sefcheck';
import { clear, h } from './dom.js';
import { definitionIndex } from './definition.js';
import { draftStore } from './store.js';
import { followOtherTabs } from './sync.js';
import { onOtherTab } from './other-tabs.js';
import { showCheck } from './pages/check.js';
import { showDocument } from './pages/document.js';
import { showCompare, showNextYear } from './pages/yearly.js';
import { showFile, showStartAgain } from './pages/file.js';
import { showNotFound } from './pages/not-found.js';
import { drawSection } from './pages/approval.js';
import { showShare } from './pages/share.js';
import { showTasks } from './pages/tasks.js';
import { watchApproval } from './approval-status.js';
import { MIGRATED, app, pageHeading, saving, showSaved, showStatus, state } from './shell.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const PAGES = {
  check: showCheck,
  share: showShare,
  file: showFile,
  'start-again': showStartAgain,
  document: showDocument,
  'next-year': showNextYear,
  compare: showCompare,
};

function parseRoute() {
  const hash = location.hash;
  if (!hash.startsWith('#/')) return null;
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'tasks' };
  if (parts[0] === 'section' && parts[1] && state.index.sectionById(parts[1])) {
    return { page: 'section', id: parts[1], at: params.get('at'), show: params.get('show') === 'errors' };
  }
  if (Object.hasOwn(PAGES, parts[0])) return { page: parts[0] };
  return { page: 'notFound' };
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
  else if (r.page === 'section') drawSection(r.id, { at: r.at, show: r.show });
  else if (r.page === 'notFound') showNotFound();
  else PAGES[r.page]();
}

/** A draft saved in format 1 is migrated to format 2 when the form opens, and the page says so once. */
function migrateDraft() {
  let migrated;
  try {
    migrated = sefcheck.migrate(state.doc);
  } catch {
    return; // left as it is: its report says what to do
  }
  saving(() => state.store.replace(migrated, 'migrated'));
  state.flash = { heading: 'Your draft is updated to the current format', text: MIGRATED };
}

async function start() {
  createAll(SkipLink);
  createAll(ServiceNavigation);
  try {
    await sefcheck.ready();
  } catch {
    clear(app()).append(
      ...pageHeading('Sorry, the form could not start', null),
      h('p', { class: 'govuk-body' }, 'This browser could not load the checker. Try a current version of Chrome, Edge, Firefox or Safari.'),
    );
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
    const titles = [...new Set(unreadable.map((p) => state.index.sectionById(state.index.sectionOf(p)).title))];
    showStatus(
      'partly',
      titles.length
        ? `Some answers in this browser could not be read (${titles.join('; ')}), so they were left out. The rest of the draft is restored, and what could not be read is kept aside.`
        : 'Something saved in this browser could not be read. The draft is restored, and what could not be read is kept aside.',
    );
  } else if (draft) {
    showSaved(null, true);
  } else if (problem === 'unreadable') {
    showStatus('lost', 'The draft in this browser could not be read, so a new one was started. The old one is kept aside.');
  }
  if (draft && draft.formVersion === 1) migrateDraft();
  followOtherTabs(state.store, onOtherTab);
  window.addEventListener('hashchange', route);
  route();
  watchApproval();
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
      .filter((u) => u.startsWith(`${location.origin}/`) && !u.endsWith('/sw.js'));
    const cache = await caches.open('sefcheck-form-v1');
    await cache.addAll(['/', ...new Set(own.map((u) => u.split('#')[0]))]);
    document.documentElement.dataset.offline = 'ready';
  } catch {
    // Offline use is a convenience: the form works without it.
  }
}

start();
