// Drafts saved by earlier versions of this page, read once and moved into the present store
// (store.js): the whole draft in one entry, then the draft in parts under an index (one entry
// per member of each section's answer, by its index in lists). Nothing here writes a draft.
import * as ptr from './pointer.js';

/** The whole draft in one entry (the first format, and what tools may still write). */
export const ONE_ENTRY_KEY = 'sefcheck:draft';
/** The index of the draft in parts, and the prefix of its parts (then a JSON Pointer). */
export const INDEX_KEY = 'sefcheck:draft:index';
export const PART_PREFIX = 'sefcheck:draft:';
const INDEX_FORMAT = 1;

const isContainer = (v) => v !== null && typeof v === 'object';
const isObject = (v) => isContainer(v) && !Array.isArray(v);

/** Sets a member in place (an existing key keeps its place), a key named __proto__ too. */
export function put(holder, key, value) {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
  else holder[key] = value;
}

/** The value of a saved text when it is a JSON object, else null. */
export function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The keys of every part of the draft in parts, listed in the index or not. */
export function legacyPartKeys(storage) {
  const keys = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(`${PART_PREFIX}/`)) keys.push(key);
  }
  return keys;
}

/**
 * The draft put together from the index and its parts: { draft, unreadable } with the pointers
 * of parts that could not be read (an item left out stays as null, so that the items after it
 * keep their places), or { draft: null } when the index itself cannot be read. `keepAside(key)`
 * is called for every saved value that cannot be used.
 */
export function assembleParts(storage, indexText, keepAside) {
  let index = null;
  try {
    index = JSON.parse(indexText);
  } catch {
    // below
  }
  const valid =
    isObject(index) &&
    index.format === INDEX_FORMAT &&
    isObject(index.doc) &&
    Array.isArray(index.parts) &&
    index.parts.every((q) => typeof q === 'string' && q.startsWith('/'));
  if (!valid) {
    // Without the index the parts cannot be put together: all of it goes aside.
    for (const key of [INDEX_KEY, ...legacyPartKeys(storage)]) keepAside(key);
    return { draft: null, unreadable: [] };
  }
  const draft = index.doc;
  const unreadable = [];
  for (const q of index.parts) {
    const tokens = ptr.parse(q);
    const key = tokens.pop();
    const holder = ptr.get(draft, ptr.join(tokens));
    const text = storage.getItem(PART_PREFIX + q);
    let value;
    try {
      value = text === null ? undefined : JSON.parse(text);
    } catch {
      value = undefined;
    }
    const placed = isContainer(holder) && Object.hasOwn(holder, key);
    if (placed && value !== undefined) {
      put(holder, key, value);
      continue;
    }
    unreadable.push(q);
    if (text !== null) keepAside(PART_PREFIX + q);
    if (placed && Array.isArray(holder)) holder[Number(key)] = null;
    else if (placed) delete holder[key];
  }
  return { draft, unreadable };
}
