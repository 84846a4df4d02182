// What the page does with a change another tab of this browser saved (sync.js hears of it and
// the store applies it): show it where it is, keep the person's place, and keep what this tab
// had written when a later change replaced it.
import * as ptr from './pointer.js';
import { stampDate } from './clock.js';
import { plainText, restoreFocus } from './sync.js';
import { placeNotice } from './notices.js';
import { showCheck } from './pages/check.js';
import { drawSection } from './pages/approval.js';
import { showShare } from './pages/share.js';
import { showTasks } from './pages/tasks.js';
import { draftChanged, go, showStatus, state, timeText } from './shell.js';

const REPLACED = {
  import: 'A file was imported in another tab of this browser, and is now the draft here too.',
  startAgain: 'The draft was deleted in another tab of this browser, and a new one started.',
  migrated: 'The draft was updated to the current format in another tab of this browser.',
  nextYear: "Next year's self-evaluation was started in another tab of this browser, and is now the draft here too.",
};

function showUpdated(stamp) {
  const at = stampDate(stamp);
  showStatus('saved', `Draft saved in this browser. Changed in another tab${at ? ` at ${timeText(at)}` : ''}.`);
}

let noticeCount = 0;
let redrawTimer = null;

/** What this tab had at a change that replaced it: the answer, or the item removed. */
function noticeOf(change, section) {
  const list = change.pointer.slice(0, change.pointer.lastIndexOf('/'));
  const listField = change.removed ? state.index.fieldFor(list) : null;
  const itemLabel = listField?.itemLabel ?? 'item';
  return {
    n: ++noticeCount,
    section,
    stable: change.removed ? null : state.store.stableOf(change.pointer),
    list: change.removed ? state.store.stableOf(list) : null,
    item: change.removed
      ? `${itemLabel.charAt(0).toUpperCase()}${itemLabel.slice(1)} ${Number(change.pointer.slice(list.length + 1)) + 1}`
      : null,
    at: stampDate(change.stamp),
    text: plainText(change.overwritten, change.removed ? listField : state.index.fieldFor(change.pointer)),
  };
}

/** Shows a change another tab saved, keeping this tab's focus, cursor and place on screen. */
export function onOtherTab(change, focus) {
  draftChanged();
  if (change.replaced) {
    state.submitted.clear();
    state.notices = [];
    state.flash = {
      heading: 'The draft was replaced in another tab',
      text: REPLACED[change.replaced] ?? 'It is now the draft here too.',
      important: true,
    };
    go(location.hash);
    return;
  }
  showUpdated(change.stamp);
  const view = state.view;
  if (view?.page === 'section') {
    const inSection = state.index.sectionOf(change.pointer) === view.id;
    const notice = inSection && change.overwritten !== undefined ? noticeOf(change, view.id) : null;
    if (notice) state.notices.push(notice);
    // An area's evidence is chosen by the titles of another section's items.
    // A section that chooses items of another (an area's evidence) or whose items another
    // chooses (development areas, which actions address) shows what that other one holds.
    const related = state.index.relatedLists(view.id).some((list) => change.pointer === list || change.pointer.startsWith(`${list}/`));
    if (!inSection && !related) return;
    const entry = !change.items && inSection ? view.registry.get(change.pointer) : null;
    if (entry?.show && entry.show(ptr.get(state.doc, change.pointer)) !== false) {
      if (notice) placeNotice(notice);
      return;
    }
    drawSection(view.id, { quiet: true });
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
