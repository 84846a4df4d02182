// The draft lives in this browser's localStorage, written as it is typed, so that it is there
// again after a reload, a closed tab or a crash, and in every tab of the form. Nothing is sent
// anywhere.
//
// Several tabs may hold the form at once, so no tab ever rewrites what another wrote:
//   - the draft is a base (the whole document as it was last imported or started, under
//     BASE_KEY, with its generation) and one entry per answer written since (under
//     ENTRY_PREFIX, the generation and the answer's pointer), each stamped by a hybrid logical
//     clock (clock.js);
//   - list items are named by tokens that never change (`b3`: the fourth item of the base;
//     `n<stamp>`: an item added since), so that an item added in one tab and another added in a
//     second tab are two items, and removing one names it, not its place;
//   - the draft is the base with the entries applied in the order of their stamps: of two
//     writes of one answer the later wins, and a write to a list item or a whole answer
//     replaces what was written inside it before, not after;
//   - a write is one `setItem` of one answer (atomic); removing an item writes its removal
//     first, then takes away the entries inside it; replacing the draft (import, start again)
//     writes a new base of a new generation first, then takes away the old entries. A reader
//     at any moment sees a whole draft.
// Other tabs' writes arrive as `storage` events (receive()), are applied the same way, and
// say what changed, so that the page can show it.
import { hybridClock, newTabId } from './clock.js';
import * as ptr from './pointer.js';
import { INDEX_KEY, ONE_ENTRY_KEY, assembleParts, legacyPartKeys, parseObject } from './store-legacy.js';
import { apply, indexOf, listTree, pathIsValid, stableOf } from './store-tree.js';

export { INDEX_KEY, ONE_ENTRY_KEY, PART_PREFIX } from './store-legacy.js';

/** The whole draft as last replaced: `{ format, generation, reason, doc }`. */
export const BASE_KEY = 'sefcheck:v2:base';
/** An answer's entry: this, the generation, ':', and the answer's pointer (items by token). */
export const ENTRY_PREFIX = 'sefcheck:v2:';
/** Where a saved value that cannot be read is kept (then what followed 'sefcheck' in its key). */
export const UNREADABLE_KEY = 'sefcheck:draft-unreadable';
const FORMAT = 2;
/** The generation of a draft never replaced: its base is the empty document. */
export const FIRST_GENERATION = '0';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The generation and pointer of an entry's key, or null for another key. */
export function entryKeyParts(key) {
  if (typeof key !== 'string' || !key.startsWith(ENTRY_PREFIX) || key === BASE_KEY) return null;
  const rest = key.slice(ENTRY_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || rest[colon + 1] !== '/') return null;
  return { generation: rest.slice(0, colon), pointer: rest.slice(colon + 1) };
}

/** An entry's text as `{ t, v }` or `{ t, gone: true }`, or null when it is not one. */
function readEntry(text) {
  let e;
  try {
    e = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(e) || typeof e.t !== 'string' || e.t.length < 13) return null;
  if (e.gone === 1) return { t: e.t, gone: true };
  return Object.hasOwn(e, 'v') ? { t: e.t, v: e.v } : null;
}

const entryText = (t, value) =>
  value === undefined ? `{"t":${JSON.stringify(t)},"gone":1}` : `{"t":${JSON.stringify(t)},"v":${JSON.stringify(value)}}`;

/**
 * The draft in `storage` (localStorage) for one tab.
 *
 * lists: the pointers of the form's lists whose items are named by tokens (lists of objects
 * and of text; `*` for any item of an enclosing list). emptyDocument(): a new draft.
 *
 * load(): { draft, problem?, unreadable? }: draft is null when nothing is saved; problem says
 * why when something could not be read: 'storage' (the browser refuses its storage),
 * 'unreadable' (no draft could be made of what is saved: a new one is started) or 'partly'
 * (restored without what could not be read; `unreadable` lists their pointers). What cannot be
 * read is kept aside under UNREADABLE_KEY, never thrown away. After load(), `doc` is the draft.
 *
 * set(pointer, value), add(listPointer, item), remove(listPointer, index) and
 * replace(doc, reason) change `doc` and save the change; each returns the time it was saved,
 * or throws when the browser refuses (what was refused is written again with the next save).
 *
 * receive(key, newValue): another tab's write (a `storage` event); returns what it changed
 * (see below) or null.
 */
export function draftStore({
  lists = [],
  emptyDocument = () => ({}),
  storage = globalThis.localStorage,
  tabId = newTabId(),
  now = Date.now,
} = {}) {
  // Which lists name their items by tokens.
  const shape = listTree(lists);
  const clock = hybridClock(tabId, now);
  let generation = FIRST_GENERATION;
  let doc = emptyDocument();
  // Every entry of this generation this tab knows, by pointer: { t, text, mine }.
  let known = new Map();
  // Writes the browser refused, by key, written again before the next one.
  let pending = new Map();
  // After a replacement: what takes the replaced draft away, run once its base is written.
  let cleanup = null;

  const entryKey = (pointer) => `${ENTRY_PREFIX}${generation}:${pointer}`;

  /** Copies an unreadable saved value aside, under a key no earlier one holds, and removes it. */
  function keepAside(key) {
    const text = storage.getItem(key);
    if (text === null) return;
    const base =
      UNREADABLE_KEY + key.slice(key === ONE_ENTRY_KEY || key.startsWith(`${ONE_ENTRY_KEY}:`) ? ONE_ENTRY_KEY.length : 'sefcheck'.length);
    let aside = base;
    for (let n = 2; storage.getItem(aside) !== null; n++) aside = `${base}#${n}`;
    try {
      storage.setItem(aside, text);
      storage.removeItem(key);
    } catch {
      // The browser will not store it: it stays where it is.
    }
  }

  function keys() {
    const out = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) out.push(key);
    }
    return out;
  }

  /** Writes what was refused before, then `key`; throws (keeping all of it) when refused. */
  function write(key, text) {
    pending.delete(key);
    pending.set(key, text);
    for (const [k, t] of pending) {
      storage.setItem(k, t);
      pending.delete(k);
      if (k === BASE_KEY && cleanup !== null) {
        const run = cleanup;
        cleanup = null;
        run();
      }
    }
    return new Date(now());
  }

  // ---- the draft as pointers with item tokens ------------------------------------------

  const entryValue = (entry) => (entry.gone ? undefined : entry.v);
  const parseKnown = (k) => readEntry(k.text);

  // ---- loading ----------------------------------------------------------------------------

  function reset(newGeneration, baseDoc) {
    generation = newGeneration;
    doc = baseDoc;
    known = new Map();
    pending = new Map();
    cleanup = null;
  }

  /** The draft from a base and the entries of its generation; unreadable ones kept aside. */
  function assemble(baseDoc, gen) {
    reset(gen, baseDoc);
    const unreadable = [];
    const entries = [];
    for (const key of keys()) {
      const parts = entryKeyParts(key);
      if (parts === null) continue;
      if (parts.generation !== gen) {
        // Left by a replacement that did not finish: an older generation is a replaced draft.
        // (A newer one is another tab's replacement, whose base has not reached this one yet.)
        if (parts.generation < gen) storage.removeItem(key);
        continue;
      }
      const text = storage.getItem(key);
      const entry = text === null ? null : readEntry(text);
      const tokens = ptr.parse(parts.pointer);
      if (entry === null || !pathIsValid(shape, tokens)) {
        unreadable.push(parts.pointer);
        keepAside(key);
        continue;
      }
      clock.observe(entry.t);
      entries.push({ pointer: parts.pointer, entry, text });
    }
    entries.sort((a, b) => (a.entry.t < b.entry.t ? -1 : a.entry.t > b.entry.t ? 1 : 0));
    for (const { pointer, entry, text } of entries) {
      apply(shape, doc, pointer, entryValue(entry));
      known.set(pointer, { t: entry.t, text, mine: false });
    }
    return { unreadable, entries: entries.length };
  }

  function load() {
    let oneText;
    let indexText;
    let baseText;
    try {
      oneText = storage.getItem(ONE_ENTRY_KEY);
      indexText = storage.getItem(INDEX_KEY);
      baseText = storage.getItem(BASE_KEY);
    } catch {
      reset(FIRST_GENERATION, emptyDocument());
      return { draft: null, problem: 'storage' };
    }
    let asideOne = false;
    if (oneText !== null) {
      // A draft in one entry is the newest (this page never writes one; an older page or a
      // tool did): it is the draft, and is moved in now.
      const draft = parseObject(oneText);
      if (draft !== null) {
        moveIn(draft);
        return { draft: doc };
      }
      keepAside(ONE_ENTRY_KEY);
      asideOne = true;
    }
    if (indexText !== null) {
      // The draft in parts of the page before: put together, and moved in.
      const { draft, unreadable } = assembleParts(storage, indexText, keepAside);
      if (draft !== null) {
        moveIn(draft);
        return unreadable.length || asideOne ? { draft: doc, problem: 'partly', unreadable } : { draft: doc };
      }
      if (baseText === null) {
        reset(FIRST_GENERATION, emptyDocument());
        return { draft: null, problem: 'unreadable' };
      }
    }
    let base = null;
    if (baseText !== null) {
      base = parseObject(baseText);
      const valid =
        base !== null && base.format === FORMAT && typeof base.generation === 'string' && base.generation !== '' && isObject(base.doc);
      if (!valid) {
        // Without the base the answers cannot be put together: all of it goes aside.
        for (const key of keys()) if (key === BASE_KEY || entryKeyParts(key) !== null) keepAside(key);
        reset(FIRST_GENERATION, emptyDocument());
        return { draft: null, problem: 'unreadable' };
      }
    }
    const { unreadable, entries } = assemble(base ? base.doc : emptyDocument(), base ? base.generation : FIRST_GENERATION);
    if (base === null && entries === 0 && unreadable.length === 0)
      return asideOne ? { draft: null, problem: 'unreadable' } : { draft: null };
    if (unreadable.length || asideOne) return { draft: doc, problem: 'partly', unreadable };
    return { draft: doc };
  }

  /** A draft from an earlier version of the page becomes the base. */
  function moveIn(draft) {
    try {
      replace(draft, 'moved');
    } catch {
      // Kept where it was; it is the draft, and the next save writes it again.
    }
  }

  // ---- writing --------------------------------------------------------------------------

  function writeAt(stable, value) {
    const t = clock.next();
    const text = entryText(t, value);
    known.set(stable, { t, text, mine: true });
    return write(entryKey(stable), text);
  }

  /** Sets the answer at `pointer` (with list indices); undefined removes it. */
  function set(pointer, value) {
    const stable = stableOf(shape, doc, pointer);
    if (stable === null) throw new Error('No such answer in the draft');
    apply(shape, doc, stable, value);
    return writeAt(stable, value);
  }

  /** Adds `item` at the end of the list at `listPointer`; returns the time it was saved. */
  function add(listPointer, item) {
    const list = stableOf(shape, doc, listPointer);
    if (list === null) throw new Error('No such list in the draft');
    const t = clock.next();
    const stable = `${list}/n${t}`;
    apply(shape, doc, stable, item);
    const text = entryText(t, item);
    known.set(stable, { t, text, mine: true });
    return write(entryKey(stable), text);
  }

  /** Removes item `index` of the list at `listPointer`, and the answers written inside it. */
  function remove(listPointer, index) {
    const stable = stableOf(shape, doc, `${listPointer}/${index}`);
    if (stable === null) throw new Error('No such item in the draft');
    apply(shape, doc, stable, undefined);
    const saved = writeAt(stable, undefined);
    // Its removal is written: what was written inside it before no longer counts. (A write
    // inside it stamped later, by a tab that had not heard of the removal, still does.)
    const removal = known.get(stable).t;
    const prefix = `${entryKey(stable)}/`;
    for (const key of new Set([...keys(), ...pending.keys()].filter((k) => k.startsWith(prefix)))) {
      const entry = readEntry(pending.get(key) ?? storage.getItem(key) ?? '');
      if (entry !== null && entry.t > removal) continue;
      storage.removeItem(key);
      pending.delete(key);
      known.delete(key.slice(entryKey('').length));
    }
    return saved;
  }

  /**
   * Replaces the whole draft (an import, starting again): a new base of a new generation, then
   * every entry of the draft it replaces taken away. Other tabs load the new draft.
   */
  function replace(newDoc, reason) {
    const gen = clock.next();
    // A copy of its own: the base's lists start with base tokens, in every tab alike.
    reset(gen, JSON.parse(JSON.stringify(newDoc)));
    const text = JSON.stringify({ format: FORMAT, generation: gen, reason, doc });
    cleanup = () => {
      for (const key of keys()) {
        const parts = entryKeyParts(key);
        if ((parts !== null && parts.generation !== gen) || key === ONE_ENTRY_KEY || key === INDEX_KEY) storage.removeItem(key);
      }
      for (const key of legacyPartKeys(storage)) storage.removeItem(key);
    };
    return write(BASE_KEY, text);
  }

  // ---- other tabs -------------------------------------------------------------------------

  /**
   * Another tab's write. Returns null when nothing this tab shows changed, else:
   *  { replaced: reason }: the whole draft was replaced (load() was run again);
   *  { pointer, items, removed, stamp, overwritten }: the answer at `pointer` (with list
   *    indices) changed; `items`: an item came or went (`removed`: went; `pointer` is where it
   *    was);
   *    `overwritten`: what this tab had written there, when the other tab's later write
   *    replaced it (undefined otherwise).
   */
  function receive(key, newValue) {
    if (key === null || key === BASE_KEY) {
      let reason = 'cleared';
      if (newValue !== null) reason = parseObject(newValue)?.reason ?? 'replaced';
      if (key === BASE_KEY && newValue !== null && parseObject(newValue)?.generation === generation) return null;
      const loaded = load();
      return { replaced: reason, ...loaded };
    }
    const parts = entryKeyParts(key);
    if (parts === null || parts.generation !== generation || newValue === null) return null;
    const entry = readEntry(newValue);
    if (entry === null || !pathIsValid(shape, ptr.parse(parts.pointer))) return null;
    clock.observe(entry.t);
    const stable = parts.pointer;
    const mine = known.get(stable);
    if (mine !== undefined && mine.t >= entry.t) {
      // Ours is later, and the other tab's write reached the storage after it: ours again.
      if (mine.t > entry.t) {
        try {
          write(key, mine.text);
        } catch {
          // Written with the next save.
        }
      }
      return null;
    }
    // A later write of a list item or an answer that holds this one has the last word.
    const tokens = ptr.parse(stable);
    for (let n = tokens.length - 1; n > 0; n--) {
      const above = known.get(ptr.join(tokens.slice(0, n)));
      if (above !== undefined && above.t > entry.t) {
        known.set(stable, { t: entry.t, text: newValue, mine: false });
        return null;
      }
    }
    const before = indexOf(shape, doc, stable);
    const had = before === null ? undefined : ptr.get(doc, before);
    const inside = [...known.entries()].filter(([p]) => p.startsWith(`${stable}/`));
    const ownedHere = (mine?.mine ?? false) || inside.some(([, k]) => k.mine && k.t < entry.t);
    const previous = had === undefined ? undefined : JSON.parse(JSON.stringify(had));
    const changed = apply(shape, doc, stable, entryValue(entry));
    known.set(stable, { t: entry.t, text: newValue, mine: false });
    // Writes inside it made later than this one still count.
    const later = inside.filter(([, k]) => k.t > entry.t).sort((a, b) => (a[1].t < b[1].t ? -1 : 1));
    for (const [p, k] of later) apply(shape, doc, p, entryValue(parseKnown(k)));
    if (changed === null && later.length === 0) return null;
    const pointer = changed?.pointer ?? before;
    const now = indexOf(shape, doc, stable);
    const after = now === null ? undefined : ptr.get(doc, now);
    const overwritten = ownedHere && !sameJson(previous, after) ? previous : undefined;
    return { pointer, items: changed?.items ?? false, removed: changed?.removed ?? false, stamp: entry.t, overwritten };
  }

  /** Writes again what the browser refused before; throws while it still refuses. */
  function flush() {
    const last = [...pending].pop();
    return last === undefined ? new Date(now()) : write(last[0], last[1]);
  }

  return {
    load,
    flush,
    set,
    add,
    remove,
    replace,
    receive,
    /** A pointer with list indices (as the page has it) as one with item tokens, or null. */
    stableOf: (pointer) => stableOf(shape, doc, pointer),
    /** A pointer with item tokens as one with list indices, or null when an item is not there. */
    indexOf: (stable) => indexOf(shape, doc, stable),
    get doc() {
      return doc;
    },
    get generation() {
      return generation;
    },
    tabId,
  };
}
