// The form's draft storage (www/src/store.js) in Node, over a Map with localStorage's methods:
// a draft put back together exactly; a keystroke writes one entry; drafts saved by earlier
// versions of the page are moved in; what cannot be read is kept aside and reported; a refused
// write is written again; and several tabs writing at once, their events delivered late and in
// any order between tabs, end with every tab holding what a plain reference gives: every answer
// its last write. tabs.test.mjs checks the same in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import * as ptr from '../../www/src/pointer.js';
import { definitionIndex } from '../../www/src/definition.js';
import {
  BASE_KEY,
  ENTRY_PREFIX,
  FIRST_GENERATION,
  INDEX_KEY,
  ONE_ENTRY_KEY,
  PART_PREFIX,
  UNREADABLE_KEY,
  draftStore,
  entryKeyParts,
} from '../../www/src/store.js';
import { compareTokens } from '../../www/src/store-tree.js';
import { MemoryStorage, example, exampleText, fixtureText } from './harness.mjs';
import { payloadDocument } from './payloads.mjs';

const def = sefcheck.formDefinition();
const index = definitionIndex(def);
const complete = example('complete');
const clone = (v) => JSON.parse(JSON.stringify(v));
const entryKeys = (storage) => Object.keys(storage.entries()).filter((k) => entryKeyParts(k) !== null);

const storeOn = (storage, options = {}) => draftStore({ lists: index.lists, emptyDocument: sefcheck.emptyDocument, storage, ...options });
/** What a fresh page would load from `storage`. */
function loaded(storage) {
  const store = storeOn(storage);
  return { ...store.load(), doc: store.doc };
}

/** A store that has replaced the draft with `doc`, and its storage. */
function savedStore(doc) {
  const storage = new MemoryStorage();
  const store = storeOn(storage);
  store.load();
  store.replace(clone(doc), 'import');
  storage.writes.length = 0;
  return { storage, store };
}

/** JSON text with every object's keys sorted: the same draft whatever order keys came in. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

const DRAFTS = {
  complete: exampleText('complete'),
  awkward: fixtureText('awkward.json'),
  payloads: JSON.stringify(payloadDocument(def)),
  'special keys':
    '{"__proto__": {"x": 1}, "about": {"__proto__": "a key", "constructor": 1, "10": "ten", "2": "two", "preparedBy": "Head of 👩‍👩‍👧"}, "formVersion": 1, "voice": "not an object", "areas": [{"privateLaw": {}}], "evidence": [null, [], {}, 3]}',
  empty: JSON.stringify(sefcheck.emptyDocument()),
};

test('a replaced draft is one base entry, put back together exactly; nothing saved is no draft', () => {
  assert.deepEqual(loaded(new MemoryStorage()).draft, null);
  for (const [name, text] of Object.entries(DRAFTS)) {
    const { storage } = savedStore(JSON.parse(text));
    assert.deepEqual(Object.keys(storage.entries()), [BASE_KEY], name);
    const { draft, problem, doc } = loaded(storage);
    assert.equal(problem, undefined, name);
    assert.equal(draft, doc);
    assert.equal(JSON.stringify(draft, null, 2), JSON.stringify(JSON.parse(text), null, 2), name);
  }
});

test("a keystroke writes one entry, its answer's; items are named by tokens that do not move", () => {
  const { storage, store } = savedStore(complete);
  const check = () => assert.equal(canonical(loaded(storage).doc), canonical(store.doc));
  const generation = JSON.parse(storage.getItem(BASE_KEY)).generation;
  const key = (pointer) => `${ENTRY_PREFIX}${generation}:${pointer}`;
  const typeAt = (pointer, text) => {
    storage.writes.length = 0;
    store.set(pointer, text);
    return storage.writes;
  };
  assert.deepEqual(typeAt('/areas/privateLaw/whatWeKnow', `${complete.areas.privateLaw.whatWeKnow} and`), [
    key('/areas/privateLaw/whatWeKnow'),
  ]);
  assert.deepEqual(typeAt('/actions/3/description', 'A new description'), [key('/actions/b3/description')]);
  assert.deepEqual(typeAt('/areas/privateLaw/strengths/1', 'A strength'), [key('/areas/privateLaw/strengths/b1')]);
  assert.deepEqual(typeAt('/about/preparedBy', 'Head of Quality'), [key('/about/preparedBy')]);
  check();
  // An emptied answer is written as gone; answered again, as a value.
  typeAt('/voice/complaints', undefined);
  assert.equal(store.doc.voice.complaints, undefined);
  assert.match(storage.getItem(key('/voice/complaints')), /"gone":1/);
  check();
  typeAt('/voice/complaints', 'Within 15 days.');
  check();
  // Items added and removed: the first is removed by its token, the others keep theirs.
  store.add('/actions', { id: 'A99' });
  const added = entryKeys(storage).find((k) => /\/actions\/n[0-9a-z]+$/.test(k));
  assert.ok(added, 'the added item has a token of its own');
  store.set(`/actions/${store.doc.actions.length - 1}/owner`, 'Owner of the new one');
  store.remove('/actions', 0);
  assert.match(storage.getItem(key('/actions/b0')), /"gone":1/);
  assert.equal(store.stableOf('/actions/0'), '/actions/b1');
  assert.equal(store.indexOf('/actions/b3'), '/actions/2');
  assert.equal(store.doc.actions.at(-1).owner, 'Owner of the new one');
  check();
  // The entries written inside a removed item go with it.
  store.set('/actions/1/owner', 'Owner of b2');
  store.remove('/actions', 1);
  assert.equal(storage.getItem(key('/actions/b2/owner')), null);
  check();
  // A section answered for the first time, and an answer of the wrong type replaced.
  const draft = clone(complete);
  delete draft.voice;
  draft.areas.publicLaw = 'not an object';
  const other = savedStore(draft);
  other.store.set('/voice/children', 'Children said so.');
  other.store.set('/areas/publicLaw/whatWeKnow', 'We know.');
  other.store.add('/areas/publicLaw/strengths', '');
  other.store.set('/areas/publicLaw/strengths/0', 'A strength.');
  assert.deepEqual(loaded(other.storage).doc.areas.publicLaw, { whatWeKnow: 'We know.', strengths: ['A strength.'] });
  assert.equal(canonical(loaded(other.storage).doc), canonical(other.store.doc));
});

test('a draft never replaced: the empty document and the answers written since; a removed item leaves its list', () => {
  const storage = new MemoryStorage();
  const store = storeOn(storage);
  assert.deepEqual(store.load(), { draft: null });
  store.set('/voice/children', 'Typed first.');
  store.add('/evidence', { id: 'E1' });
  store.remove('/evidence', 0);
  assert.equal(storage.getItem(BASE_KEY), null);
  assert.ok(entryKeys(storage).every((k) => entryKeyParts(k).generation === FIRST_GENERATION));
  const { draft } = loaded(storage);
  assert.deepEqual(draft, { ...sefcheck.emptyDocument(), voice: { children: 'Typed first.' }, evidence: [] });
  assert.deepEqual(store.doc, draft);
});

test('drafts saved by earlier versions of the page are moved in: one entry, then parts under an index', () => {
  // One entry (what tools and the benchmark still write): the draft, and the newest.
  const storage = new MemoryStorage({ [ONE_ENTRY_KEY]: JSON.stringify(complete) });
  const { draft, problem } = loaded(storage);
  assert.equal(problem, undefined);
  assert.equal(JSON.stringify(draft), JSON.stringify(complete));
  assert.deepEqual(Object.keys(storage.entries()), [BASE_KEY]);
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(complete));
  const awkward = JSON.parse(fixtureText('awkward.json'));
  storage.setItem(ONE_ENTRY_KEY, JSON.stringify(awkward));
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(awkward));
  assert.deepEqual(Object.keys(storage.entries()), [BASE_KEY]);
  // When the browser will not hold both while it moves, the one entry stays, and is read again.
  const full = new MemoryStorage({ [ONE_ENTRY_KEY]: JSON.stringify(complete) }, { quota: JSON.stringify(complete).length * 1.5 });
  assert.equal(JSON.stringify(loaded(full).draft), JSON.stringify(complete));
  assert.equal(full.getItem(ONE_ENTRY_KEY), JSON.stringify(complete));
  // The draft in parts of the page before: put together, and moved in; an unreadable part is
  // kept aside and said.
  const parts = legacyParts(complete);
  parts[`${PART_PREFIX}/voice/complaints`] = '{"half a';
  const old = new MemoryStorage(parts);
  const moved = loaded(old);
  assert.equal(moved.problem, 'partly');
  assert.deepEqual(moved.unreadable, ['/voice/complaints']);
  const expected = clone(complete);
  delete expected.voice.complaints;
  assert.equal(JSON.stringify(moved.draft), JSON.stringify(expected));
  assert.deepEqual(Object.keys(old.entries()).sort(), [`${UNREADABLE_KEY}:/voice/complaints`, BASE_KEY]);
  assert.deepEqual(loaded(old).problem, undefined);
});

/** The draft as the page before this one kept it: an index and a part per section member. */
function legacyParts(doc) {
  const skeleton = clone(doc);
  const parts = {};
  const list = [];
  for (const root of index.roots) {
    const holder = ptr.get(skeleton, root);
    if (holder === null || typeof holder !== 'object') continue;
    for (const key of Object.keys(holder)) {
      const q = `${root}/${key}`;
      parts[PART_PREFIX + q] = JSON.stringify(holder[key]);
      holder[key] = 0;
      list.push(q);
    }
  }
  return { ...parts, [INDEX_KEY]: JSON.stringify({ format: 1, doc: skeleton, parts: list }) };
}

test('an entry that cannot be read is kept aside, reported and left out; the rest is restored', () => {
  const { storage, store } = savedStore(complete);
  store.set('/voice/complaints', 'Changed.');
  store.set('/actions/1/owner', 'Changed owner.');
  store.set('/voice/children', 'Changed children.');
  const generation = store.generation;
  storage.setItem(`${ENTRY_PREFIX}${generation}:/voice/complaints`, '{"half a');
  storage.setItem(`${ENTRY_PREFIX}${generation}:/actions/b1/owner`, '{"v": "no stamp"}');
  storage.setItem(`${ENTRY_PREFIX}${generation}:/actions/1/owner`, '{"t": "00000000000000abc", "v": "an index where a token belongs"}');
  const { draft, problem, unreadable } = loaded(storage);
  assert.equal(problem, 'partly');
  assert.deepEqual(unreadable.sort(), ['/actions/1/owner', '/actions/b1/owner', '/voice/complaints']);
  assert.equal(draft.voice.complaints, complete.voice.complaints, "the base's answer stands");
  assert.equal(draft.voice.children, 'Changed children.');
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:v2:${generation}:/voice/complaints`), '{"half a');
  const again = loaded(storage);
  assert.equal(again.problem, undefined);
  assert.equal(canonical(again.draft), canonical(draft));
  // A base that cannot be read: it and every entry are kept aside, and a new draft is started.
  const before = Object.keys(storage.entries()).filter((k) => k === BASE_KEY || entryKeyParts(k));
  storage.setItem(BASE_KEY, '{"format": 2, "doc": ');
  assert.deepEqual(loaded(storage).draft, null);
  assert.deepEqual(loaded(new MemoryStorage({ [BASE_KEY]: '[]' })).problem, 'unreadable');
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:v2:base`), '{"format": 2, "doc": ');
  assert.deepEqual(
    Object.keys(storage.entries()).filter((k) => k === BASE_KEY || entryKeyParts(k)),
    [],
  );
  assert.equal(Object.keys(storage.entries()).filter((k) => k.startsWith(UNREADABLE_KEY)).length, before.length + 3);
  // A draft in one entry that cannot be read is kept aside; a new draft is started.
  for (const text of ['{"formVersion": 1, "voice": ', '[]', 'null', '"text"']) {
    const s = new MemoryStorage({ [ONE_ENTRY_KEY]: text });
    assert.deepEqual(loaded(s).problem, 'unreadable', text);
    assert.deepEqual(s.entries(), { [UNREADABLE_KEY]: text }, text);
  }
});

test('a write the browser refuses throws, and is written with the next save; a browser that refuses its storage', () => {
  const { storage, store } = savedStore(complete);
  storage.quota = 0;
  assert.throws(() => store.set('/voice/children', 'Refused.'), { name: 'QuotaExceededError' });
  assert.throws(() => store.flush(), { name: 'QuotaExceededError' });
  storage.quota = Infinity;
  store.set('/voice/familyForum', 'Then written.');
  const draft = loaded(storage).draft;
  assert.equal(draft.voice.children, 'Refused.');
  assert.equal(draft.voice.familyForum, 'Then written.');
  // An import the browser refuses: written, and the old draft taken away, with the next save.
  storage.quota = 0;
  assert.throws(() => store.replace({ formVersion: 1, voice: { children: 'Imported.' } }, 'import'), { name: 'QuotaExceededError' });
  storage.quota = Infinity;
  store.flush();
  assert.deepEqual(loaded(storage).draft, { formVersion: 1, voice: { children: 'Imported.' } });
  assert.deepEqual(Object.keys(storage.entries()), [BASE_KEY]);
  const refusing = {
    getItem() {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  assert.deepEqual(storeOn(refusing).load(), { draft: null, problem: 'storage' });
});

// ---- several tabs ------------------------------------------------------------------------

/**
 * One localStorage shared by several tabs: each write reaches the others as an event, queued
 * per tab in the order written (as a browser delivers them), delivered when the test says.
 */
class SharedStorage {
  constructor() {
    this.map = new Map();
    this.queues = new Map();
    this.log = [];
  }

  tab(name) {
    this.queues.set(name, []);
    const shared = this;
    return {
      get length() {
        return shared.map.size;
      },
      key: (i) => [...shared.map.keys()][i] ?? null,
      getItem: (key) => (shared.map.has(key) ? shared.map.get(key) : null),
      setItem(key, value) {
        shared.map.set(key, String(value));
        shared.log.push([key, String(value)]);
        for (const [other, queue] of shared.queues) if (other !== name) queue.push([key, String(value)]);
      },
      removeItem(key) {
        if (!shared.map.has(key)) return;
        shared.map.delete(key);
        for (const [other, queue] of shared.queues) if (other !== name) queue.push([key, null]);
      },
    };
  }
}

/**
 * The reference: every entry ever written, applied in the order of its stamp to the base, by a
 * plain model that keeps each list as a map from item token to item and sorts it at the end
 * (no indices to keep in step), and objects as plain objects.
 */
function reference(shared) {
  const bases = shared.log.filter(([k]) => k === BASE_KEY).map(([, v]) => JSON.parse(v));
  const base = bases.at(-1);
  const generation = base ? base.generation : FIRST_GENERATION;
  const LIST = Symbol('list');
  const isList = (path) => index.lists.some((l) => l === path);
  const toModel = (value, path) => {
    if (Array.isArray(value) && isList(path)) return { [LIST]: new Map(value.map((v, i) => [`b${i}`, toModel(v, `${path}/*`)])) };
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toModel(v, `${path}/${k}`)]));
    return value;
  };
  const fromModel = (m) => {
    if (m !== null && typeof m === 'object' && m[LIST])
      return [...m[LIST]].sort(([a], [b]) => compareTokens(a, b)).map(([, v]) => fromModel(v));
    if (m !== null && typeof m === 'object' && !Array.isArray(m))
      return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fromModel(v)]));
    return m;
  };
  const root = toModel(clone(base ? base.doc : sefcheck.emptyDocument()), '');
  const writes = shared.log
    .map(([key, text]) => ({ parts: entryKeyParts(key), text }))
    .filter(({ parts }) => parts !== null && parts.generation === generation)
    .map(({ parts, text }) => ({ pointer: parts.pointer, entry: JSON.parse(text) }))
    .sort((a, b) => (a.entry.t < b.entry.t ? -1 : a.entry.t > b.entry.t ? 1 : 0));
  for (const { pointer, entry } of writes) {
    const tokens = ptr.parse(pointer);
    // The definition path after each token, lists' items as `*`.
    const paths = [''];
    for (const t of tokens) paths.push(isList(paths.at(-1)) ? `${paths.at(-1)}/*` : `${paths.at(-1)}/${t}`);
    // Removing an item leaves its list; removing an answer makes nothing on the way to it.
    const make = entry.gone !== 1 || isList(paths[tokens.length - 1]);
    let holder = root;
    let path = '';
    let alive = true;
    for (let i = 0; i < tokens.length && alive; i++) {
      const t = tokens[i];
      const last = i === tokens.length - 1;
      const inList = isList(path);
      const childPath = inList ? `${path}/*` : `${path}/${t}`;
      const members = inList ? holder[LIST] : null;
      const get = () => (inList ? members.get(t) : Object.hasOwn(holder, t) ? holder[t] : undefined);
      const put = (v) => {
        if (inList) members.set(t, v);
        else holder[t] = v;
      };
      if (last) {
        if (entry.gone === 1) {
          if (inList) members.delete(t);
          else delete holder[t];
        } else put(toModel(clone(entry.v), childPath));
        break;
      }
      let child = get();
      const wantList = isList(childPath);
      const fits = wantList ? child?.[LIST] : child !== null && typeof child === 'object' && !child[LIST];
      if (!fits) {
        if (!make) {
          alive = false;
          break;
        }
        child = wantList ? { [LIST]: new Map() } : {};
        put(child);
      }
      holder = child;
      path = childPath;
    }
  }
  return fromModel(root);
}

test('several tabs writing at once, their events late and interleaved: every tab ends with the reference draft, and so does a reload', () => {
  const FIELDS = ['/voice/children', '/voice/complaints', '/about/preparedBy', '/areas/privateLaw/whatWeKnow'];
  for (let seed = 1; seed <= 300; seed++) {
    let x = seed;
    const rand = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x / 4294967296;
    };
    const pick = (xs) => xs[Math.floor(rand() * xs.length)];
    const shared = new SharedStorage();
    let time = 1_800_000_000_000;
    const names = ['a', 'b', 'c'].slice(0, 2 + (seed % 2));
    // Each tab's clock is a little off the others', so that stamps and the order writes reach
    // the storage disagree now and then.
    const tabs = names.map((name, i) => {
      const store = draftStore({
        lists: index.lists,
        emptyDocument: sefcheck.emptyDocument,
        storage: shared.tab(name),
        tabId: `tab${name}`,
        now: () => time + ((seed * (i + 1)) % 7) - 3,
      });
      store.load();
      return { name, store };
    });
    if (seed % 3 === 0) tabs[0].store.replace(clone(complete), 'import');
    const deliver = (tab, all = false) => {
      const queue = shared.queues.get(tab.name);
      const n = all ? queue.length : Math.ceil(rand() * queue.length);
      for (const [key, value] of queue.splice(0, n)) tab.store.receive(key, value);
    };
    for (let step = 0; step < 40; step++) {
      time += Math.floor(rand() * 3);
      const tab = pick(tabs);
      const r = rand();
      const strengths = ptr.get(tab.store.doc, '/areas/privateLaw/strengths');
      const actions = ptr.get(tab.store.doc, '/actions');
      if (r < 0.3) deliver(tab);
      else if (r < 0.55) tab.store.set(pick(FIELDS), `v${step}${tab.name}`);
      else if (r < 0.65) tab.store.add('/areas/privateLaw/strengths', `s${step}${tab.name}`);
      else if (r < 0.72 && Array.isArray(strengths) && strengths.length)
        tab.store.remove('/areas/privateLaw/strengths', Math.floor(rand() * strengths.length));
      else if (r < 0.8 && Array.isArray(strengths) && strengths.length)
        tab.store.set(`/areas/privateLaw/strengths/${Math.floor(rand() * strengths.length)}`, `e${step}${tab.name}`);
      else if (r < 0.86) tab.store.add('/actions', { id: `A${step}` });
      else if (r < 0.93 && Array.isArray(actions) && actions.length)
        tab.store.set(`/actions/${Math.floor(rand() * actions.length)}/owner`, `o${step}${tab.name}`);
      else if (Array.isArray(actions) && actions.length) tab.store.remove('/actions', Math.floor(rand() * actions.length));
    }
    // Rewrites by a tab whose later write reached the storage first are events too.
    for (let round = 0; round < 5; round++) for (const tab of tabs) deliver(tab, true);
    const expected = canonical(reference(shared));
    const fresh = draftStore({ lists: index.lists, emptyDocument: sefcheck.emptyDocument, storage: shared.tab('reload') });
    fresh.load();
    assert.equal(canonical(fresh.doc), expected, `a reload (seed ${seed})`);
    for (const tab of tabs) assert.equal(canonical(tab.store.doc), expected, `tab ${tab.name} (seed ${seed})`);
  }
});
