// The golden thread of the draft, read from the definition's references: the items one list
// chooses from others (the development areas and recommendations an action addresses), and the
// other way round, the items that choose a given one (the actions that address it).
import * as ptr from './pointer.js';

const isString = (v) => typeof v === 'string';
const WORDS = 24;

/** A long text cut to its first words, for a label (the whole text is in the answer itself). */
export function shortText(text) {
  const words = text.trim().split(/\s+/);
  return words.length <= WORDS ? text.trim() : `${words.slice(0, WORDS).join(' ')}…`;
}

/** The text an item of a list of objects is known by: its `titleKey` field, else its first line or text. */
export function titleOf(item, list) {
  if (!item || typeof item !== 'object') return null;
  const key = list?.titleKey ?? list?.fields?.find((f) => f.kind === 'line')?.key ?? list?.fields?.find((f) => f.kind === 'text')?.key;
  const v = key === undefined ? undefined : item[key];
  return isString(v) && v.trim() !== '' ? v : null;
}

/** "Action PL-01" (or "Action 3" for an item with no id yet). */
export function itemName(list, item, index) {
  const label = list?.itemLabel ?? 'item';
  const id = item && typeof item === 'object' && isString(item.id) && item.id !== '' ? item.id : String(index + 1);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${id}`;
}

/**
 * The items that choose the item with id `id` of the list at `listPointer`: for each field of
 * references inside a list of objects that chooses from that list, the items naming the id.
 * [{ pointer, list, item, index }], in the order of the definition and of the items.
 */
export function chosenBy(index, doc, listPointer, id) {
  const found = [];
  for (const { field, list } of index.choosersOf(listPointer)) {
    if (list === null) continue; // an area's evidence: not an item of a list
    const items = ptr.get(doc, list.path);
    if (!Array.isArray(items)) continue;
    const inside = field.path.slice(list.path.length + 2); // after `/*`
    items.forEach((item, i) => {
      const refs = item && typeof item === 'object' ? ptr.get(item, inside) : undefined;
      if (Array.isArray(refs) && refs.includes(id)) found.push({ pointer: `${list.path}/${i}`, list, item, index: i });
    });
  }
  return found;
}
