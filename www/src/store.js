// The draft lives in this browser's localStorage, written on every change, so that it is there
// again after a reload, a closed tab or a crash. Nothing is sent anywhere.
//
// It is kept in parts, so that a keystroke writes only the part it changed: writing the whole
// draft (about 1 MB for a long one) on every keystroke was most of a keystroke's time. The parts
// are the members of each section's answer (the value at each section field's pointer in the
// form definition): one question of an object, or one item of a list, each under
// 'sefcheck:draft:' and its JSON Pointer. The index holds the rest of the document, with 0 where
// each part goes (so that every key keeps its place), and the list of parts. A draft saved in one
// entry, as this page did before, is read and moved into parts.
import * as ptr from './pointer.js';

/** The draft in one entry (the earlier format, and what tools may still write): read, then moved into parts. */
export const DRAFT_KEY = 'sefcheck:draft';
export const INDEX_KEY = 'sefcheck:draft:index';
/** A part's key is this and its JSON Pointer (which starts with '/', so it never meets the index's). */
export const PART_PREFIX = 'sefcheck:draft:';
/** Where a saved value that cannot be read is kept ('sefcheck:draft' gives this, ':index' and ':/…' follow it). */
export const UNREADABLE_KEY = 'sefcheck:draft-unreadable';
const INDEX_FORMAT = 1;

const isContainer = (v) => v !== null && typeof v === 'object';
const isObject = (v) => isContainer(v) && !Array.isArray(v);
const partKey = (pointer) => PART_PREFIX + pointer;

/** Sets a member in place (an existing key keeps its place), a key named __proto__ too. */
function put(holder, key, value) {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
  else holder[key] = value;
}

// Copies hold own keys as they are: spreading defines properties, so __proto__ stays a key.
const shallowCopy = (v) => (Array.isArray(v) ? v.slice() : { ...v });

/** The keys of an answer's members that JSON text holds (an undefined member it leaves out). */
const membersOf = (container) => Object.keys(container).filter((key) => container[key] !== undefined);

/**
 * How `doc` is split: the pointers of its parts; the index's text (the document with 0 in each
 * part's place, and the parts in order); and for each section answer that has parts, the
 * object or list it is and its members, to tell later whether its shape is still the same.
 * Only the way down to each section's answer is copied, so this costs as much as the document
 * has members there, not as much as its text.
 */
function layoutOf(doc, roots) {
  const parts = [];
  const shapes = new Map();
  const skeleton = shallowCopy(doc);
  const copies = new Set([skeleton]);
  for (const root of roots) {
    const tokens = ptr.parse(root);
    let holder = skeleton;
    let original = doc;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const child = !Array.isArray(holder) && Object.hasOwn(holder, t) ? holder[t] : undefined;
      // An answer that is missing or not an object or a list stays whole in the index.
      if (!isContainer(child)) break;
      original = original[t];
      const copy = copies.has(child) ? child : shallowCopy(child);
      copies.add(copy);
      put(holder, t, copy);
      if (i === tokens.length - 1) {
        const members = membersOf(copy);
        const pointers = members.map((key) => root + ptr.join([key]));
        for (const key of members) put(copy, key, 0);
        parts.push(...pointers);
        shapes.set(root, { container: original, members, pointers });
      }
      holder = copy;
    }
  }
  return { parts, shapes, index: JSON.stringify({ format: INDEX_FORMAT, doc: skeleton, parts }) };
}

/** Whether a section's answer is the same object or list, with the same members, as when saved. */
function sameShape(shape, container) {
  if (shape === undefined || container !== shape.container) return false;
  const members = membersOf(container);
  return members.length === shape.members.length && members.every((key, i) => key === shape.members[i]);
}

/** The value of a saved text when it is a JSON object, else null. */
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The draft in `storage` (localStorage), split at the section answers `roots` (the pointers of
 * the section fields of the form definition).
 *
 * load(): { draft } with the saved draft, or draft null when there is none; `problem` says why
 * when something could not be read: 'storage' (the browser refuses its storage), 'unreadable'
 * (no draft could be made of what is saved: a new one is started) or 'partly' (the draft is
 * restored without what could not be read; `unreadable` lists the parts left out). What cannot
 * be read is kept aside under UNREADABLE_KEY, never thrown away.
 *
 * save(doc, changed): writes the parts `changed` (a JSON Pointer) is in or holds, and the index
 * when the document's shape changed; with no `changed`, everything. Returns the time it was
 * saved, or throws when the browser refuses.
 */
export function draftStore(roots, storage = globalThis.localStorage) {
  // What storage holds now, as this page last wrote or read it.
  let saved = { doc: null, index: null, parts: new Set(), shapes: new Map() };
  // After a failed save, or while a draft in one entry is still there, the next save writes all.
  let writeAll = true;
  let oneEntry = false;

  /**
   * Copies an unreadable saved value aside, under a key no earlier one holds; false when the
   * browser will not store it (then nothing more can be done).
   */
  function keepAside(key, text) {
    const base = UNREADABLE_KEY + key.slice(DRAFT_KEY.length);
    let aside = base;
    for (let n = 2; storage.getItem(aside) !== null; n++) aside = `${base}#${n}`;
    try {
      storage.setItem(aside, text);
      return true;
    } catch {
      return false;
    }
  }

  /** The keys of every part in storage, listed or not. */
  function partKeys() {
    const keys = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(PART_PREFIX + '/')) keys.push(key);
    }
    return keys;
  }

  function save(doc, changed) {
    const root = changed === undefined ? undefined : roots.find((r) => changed === r || changed.startsWith(r + '/'));
    if (!writeAll && doc === saved.doc && root !== undefined && sameShape(saved.shapes.get(root), ptr.get(doc, root))) {
      // A keystroke: only what is inside one section's answer changed, and no member of it came
      // or went, so the index is as it was. Write the member `changed` is in (or, for the
      // answer itself, all its members).
      const pointers = changed === root ? saved.shapes.get(root).pointers : [root + '/' + changed.slice(root.length + 1).split('/')[0]];
      writeAll = true; // until this save is through
      for (const q of pointers) storage.setItem(partKey(q), JSON.stringify(ptr.get(doc, q)));
      writeAll = false;
      return new Date();
    }
    const layout = layoutOf(doc, roots);
    const all = writeAll || changed === undefined;
    const touches = (q) => q === changed || q.startsWith(changed + '/') || changed.startsWith(q + '/');
    writeAll = true;
    // Parts first and the index after, and only then the removals: at every moment the index
    // in storage lists parts that are there.
    for (const q of layout.parts) {
      if (all || !saved.parts.has(q) || touches(q)) storage.setItem(partKey(q), JSON.stringify(ptr.get(doc, q)));
    }
    if (all || layout.index !== saved.index) storage.setItem(INDEX_KEY, layout.index);
    const now = new Set(layout.parts);
    const stale = all ? partKeys().filter((key) => !now.has(key.slice(PART_PREFIX.length))) : [...saved.parts].filter((q) => !now.has(q)).map(partKey);
    for (const key of stale) storage.removeItem(key);
    if (oneEntry) {
      storage.removeItem(DRAFT_KEY);
      oneEntry = false;
    }
    saved = { doc, index: layout.index, parts: now, shapes: layout.shapes };
    writeAll = false;
    return new Date();
  }

  /**
   * The draft made from the index and its parts, and the parts it lists; a part that cannot be
   * read is kept aside and left out.
   */
  function assemble(indexText) {
    let index = null;
    try {
      index = JSON.parse(indexText);
    } catch {
      // below
    }
    const valid = isObject(index) && index.format === INDEX_FORMAT && isObject(index.doc) && Array.isArray(index.parts) &&
      index.parts.every((q) => typeof q === 'string' && q.startsWith('/'));
    if (!valid) {
      // Without the index the parts cannot be put together: all of it goes aside.
      for (const key of [INDEX_KEY, ...partKeys()]) {
        if (keepAside(key, storage.getItem(key))) storage.removeItem(key);
      }
      return { draft: null, problem: 'unreadable' };
    }
    const draft = index.doc;
    const unreadable = [];
    for (const q of index.parts) {
      const tokens = ptr.parse(q);
      const key = tokens.pop();
      const holder = ptr.get(draft, ptr.join(tokens));
      const text = storage.getItem(partKey(q));
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
      if (text !== null) keepAside(partKey(q), text);
      // Left out: an item stays as null, so that the items after it keep their places.
      if (placed && Array.isArray(holder)) holder[Number(key)] = null;
      else if (placed) delete holder[key];
    }
    return { draft, parts: index.parts, unreadable };
  }

  function load() {
    let oneText;
    let indexText;
    try {
      oneText = storage.getItem(DRAFT_KEY);
      indexText = storage.getItem(INDEX_KEY);
    } catch {
      return { draft: null, problem: 'storage' };
    }
    let entryUnreadable = false;
    if (oneText !== null) {
      // A draft in one entry is the newest (this page never writes one; an older page or a
      // tool did): it is the draft, and is moved into parts now.
      const draft = parseObject(oneText);
      if (draft !== null) {
        oneEntry = true;
        try {
          save(draft);
        } catch {
          // It stays in its one entry; the next save tries again, and says so if it cannot.
        }
        return { draft };
      }
      // Out of the way once it is kept aside, so that it is not found again at every start.
      if (keepAside(DRAFT_KEY, oneText)) storage.removeItem(DRAFT_KEY);
      entryUnreadable = true;
    }
    const assembled = indexText === null ? { draft: null } : assemble(indexText);
    if (assembled.draft === null) return entryUnreadable ? { draft: null, problem: 'unreadable' } : assembled;
    const { draft, parts, unreadable } = assembled;
    if (unreadable.length || entryUnreadable) {
      // Written again without what could not be read (kept aside above).
      try {
        save(draft);
      } catch {
        // The next save writes everything.
      }
      return { draft, problem: 'partly', unreadable };
    }
    const { index, shapes } = layoutOf(draft, roots);
    saved = { doc: draft, index, parts: new Set(parts), shapes };
    // An index this page would not write as it is (other sections, another order): all again.
    writeAll = index !== indexText;
    return { draft };
  }

  return { load, save };
}
