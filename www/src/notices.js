// Answers of this tab that a later change in another tab replaced (or items it removed), kept
// on the section page next to where they were, to copy, until the page moves on.
import { replacedNotice } from './sync.js';
import { state } from './shell.js';

/** Where a notice goes: next to its answer, or for a removed item at the end of its list. */
export function placeNotice(notice) {
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
