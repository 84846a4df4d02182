// The form's draft storage (www/src/store.js) in Node, over a Map with localStorage's methods:
// the draft in parts, put back together exactly; a keystroke writes one part; a draft in one
// entry is moved into parts; what cannot be read is kept aside and reported; a refused write.
// form.test.mjs checks the same in the page itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import * as ptr from '../../www/src/pointer.js';
import { DRAFT_KEY, INDEX_KEY, PART_PREFIX, UNREADABLE_KEY, draftStore } from '../../www/src/store.js';
import { MemoryStorage, fixture, fixtureText } from './harness.mjs';
import { payloadDocument } from './payloads.mjs';

const def = sefcheck.formDefinition();
const roots = def.sections.flatMap((s) => s.fields.map((f) => f.path));
const complete = fixture('complete.json');
const clone = (v) => JSON.parse(JSON.stringify(v));
const partKeys = (storage) => Object.keys(storage.entries()).filter((k) => k.startsWith(PART_PREFIX + '/'));

/** What a fresh page would load from `storage`. */
const loaded = (storage) => draftStore(roots, storage).load();

/** A store that has saved `doc`, its storage, and the draft as the page holds it. */
function savedStore(doc) {
  const storage = new MemoryStorage();
  const store = draftStore(roots, storage);
  store.load();
  const draft = clone(doc);
  store.save(draft);
  storage.writes.length = 0;
  return { storage, store, draft };
}

// Drafts with everything a draft may hold: unknown keys, values of the wrong type (areas a
// list, a section's answer a string), keys JavaScript treats specially, integer-like keys,
// key order, text outside the BMP.
const DRAFTS = {
  complete: fixtureText('complete.json'),
  awkward: fixtureText('awkward.json'),
  payloads: JSON.stringify(payloadDocument(def)),
  'special keys': '{"__proto__": {"x": 1}, "about": {"__proto__": "a key", "constructor": 1, "10": "ten", "2": "two", "preparedBy": "Head of 👩‍👩‍👧"}, "formVersion": 1, "voice": "not an object", "areas": [{"privateLaw": {}}], "evidence": [null, [], {}, 3]}',
  empty: JSON.stringify(sefcheck.emptyDocument()),
};

test('a draft is saved in parts, one for each member of each section\'s answer, and put back together exactly', () => {
  for (const [name, text] of Object.entries(DRAFTS)) {
    const { storage } = savedStore(JSON.parse(text));
    const doc = JSON.parse(text);
    const entries = storage.entries();
    assert.equal(entries[DRAFT_KEY], undefined, name);
    // Each part holds the JSON of its member; the index lists exactly the parts there are.
    const index = JSON.parse(entries[INDEX_KEY]);
    assert.deepEqual(partKeys(storage).sort(), index.parts.map((q) => PART_PREFIX + q).sort(), name);
    for (const q of index.parts) {
      assert.ok(roots.some((r) => q.startsWith(r + '/')), `${name}: ${q} is in a section's answer`);
      assert.equal(entries[PART_PREFIX + q], JSON.stringify(ptr.get(doc, q)), `${name}: ${q}`);
    }
    // Put back together: the same text, key for key, in the same order.
    const { draft, problem } = loaded(storage);
    assert.equal(problem, undefined, name);
    assert.equal(JSON.stringify(draft), JSON.stringify(doc), name);
    assert.equal(JSON.stringify(draft, null, 2), JSON.stringify(doc, null, 2), name);
  }
  // A long answer is a part of its own: the index holds none of its text.
  const { storage } = savedStore(complete);
  assert.ok(!storage.getItem(INDEX_KEY).includes(complete.areas.privateLaw.whatWeKnow.slice(0, 40)));
  assert.equal(storage.getItem(`${PART_PREFIX}/areas/privateLaw/whatWeKnow`), JSON.stringify(complete.areas.privateLaw.whatWeKnow));
});

test('a keystroke writes only the part it is in; answers that come and go change the index', () => {
  const { storage, store, draft } = savedStore(complete);
  const check = () => assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(draft));
  const typeAt = (pointer, text) => {
    storage.writes.length = 0;
    ptr.set(draft, pointer, text);
    store.save(draft, pointer);
    return storage.writes;
  };
  assert.deepEqual(typeAt('/areas/privateLaw/whatWeKnow', complete.areas.privateLaw.whatWeKnow + ' and'), [`${PART_PREFIX}/areas/privateLaw/whatWeKnow`]);
  assert.deepEqual(typeAt('/actions/3/title', 'A new title'), [`${PART_PREFIX}/actions/3`]);
  assert.deepEqual(typeAt('/areas/privateLaw/strengths/1', 'A strength'), [`${PART_PREFIX}/areas/privateLaw/strengths`]);
  assert.deepEqual(typeAt('/about/preparedBy', 'Head of Quality'), [`${PART_PREFIX}/about/preparedBy`]);
  check();
  // An emptied answer leaves the draft: its part goes, the index is written.
  assert.deepEqual(typeAt('/voice/complaints', undefined), [INDEX_KEY]);
  assert.equal(storage.getItem(`${PART_PREFIX}/voice/complaints`), null);
  check();
  // Answered again: its part and the index.
  assert.deepEqual(typeAt('/voice/complaints', 'Within 15 days.'), [`${PART_PREFIX}/voice/complaints`, INDEX_KEY]);
  check();
  // An item added to a list, then the first removed: the items after it move up.
  draft.actions.push({ id: 'A99' });
  store.save(draft, '/actions');
  check();
  draft.actions.splice(0, 1);
  store.save(draft, '/actions');
  assert.equal(storage.getItem(`${PART_PREFIX}/actions/${draft.actions.length}`), null, 'the last item\'s old part is gone');
  assert.equal(storage.getItem(`${PART_PREFIX}/actions/0`), JSON.stringify(draft.actions[0]));
  check();
  // A section answered for the first time, and an answer of the wrong type replaced.
  delete draft.voice;
  store.save(draft, '/voice');
  check();
  typeAt('/voice/children', 'Children said so.');
  draft.areas.publicLaw = 'not an object';
  store.save(draft, '/areas/publicLaw');
  typeAt('/areas/publicLaw/whatWeKnow', 'We know.');
  check();
  assert.deepEqual(partKeys(storage).sort(), JSON.parse(storage.getItem(INDEX_KEY)).parts.map((q) => PART_PREFIX + q).sort());
});

test('a draft in one entry (as saved before) is read and moved into parts, and is the draft even when parts are there', () => {
  const storage = new MemoryStorage({ [DRAFT_KEY]: JSON.stringify(complete) });
  const { draft, problem } = loaded(storage);
  assert.equal(problem, undefined);
  assert.equal(JSON.stringify(draft), JSON.stringify(complete));
  assert.equal(storage.getItem(DRAFT_KEY), null, 'the one entry is gone');
  assert.ok(storage.getItem(INDEX_KEY));
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(complete));
  // An older page, or a tool, writes the one entry over a draft in parts: it is the newer.
  const awkward = JSON.parse(fixtureText('awkward.json'));
  storage.setItem(DRAFT_KEY, JSON.stringify(awkward));
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(awkward));
  assert.equal(storage.getItem(DRAFT_KEY), null);
  assert.deepEqual(partKeys(storage).sort(), JSON.parse(storage.getItem(INDEX_KEY)).parts.map((q) => PART_PREFIX + q).sort(), 'the old parts are gone');
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(awkward));
  // When the browser will not hold both while it moves, the one entry stays, and is read again.
  const full = new MemoryStorage({ [DRAFT_KEY]: JSON.stringify(complete) }, { quota: JSON.stringify(complete).length * 1.5 });
  assert.equal(JSON.stringify(loaded(full).draft), JSON.stringify(complete));
  assert.equal(full.getItem(DRAFT_KEY), JSON.stringify(complete));
  assert.equal(JSON.stringify(loaded(full).draft), JSON.stringify(complete));
});

test('a part that cannot be read is kept aside, reported and left out; the rest is restored', () => {
  const { storage } = savedStore(complete);
  storage.setItem(`${PART_PREFIX}/voice/complaints`, '{"half a');
  storage.setItem(`${PART_PREFIX}/actions/1`, 'undefined');
  storage.removeItem(`${PART_PREFIX}/audit/good`); // gone (another tab, say): nothing to keep
  const { draft, problem, unreadable } = loaded(storage);
  assert.equal(problem, 'partly');
  assert.deepEqual(unreadable, ['/voice/complaints', '/actions/1', '/audit/good']);
  const expected = clone(complete);
  delete expected.voice.complaints;
  expected.actions[1] = null; // the items after it keep their places
  delete expected.audit.good;
  assert.equal(JSON.stringify(draft), JSON.stringify(expected));
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:/voice/complaints`), '{"half a');
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:/actions/1`), 'undefined');
  // Saved again without them: the next start finds nothing wrong.
  const again = loaded(storage);
  assert.equal(again.problem, undefined);
  assert.equal(JSON.stringify(again.draft), JSON.stringify(expected));
  // A part the index has no place for (an item past the end of its list) is kept aside too.
  const index = JSON.parse(storage.getItem(INDEX_KEY));
  storage.setItem(INDEX_KEY, JSON.stringify({ ...index, parts: [...index.parts, '/actions/50'] }));
  storage.setItem(`${PART_PREFIX}/actions/50`, '{"id": "A50"}');
  const past = loaded(storage);
  assert.deepEqual([past.problem, past.unreadable], ['partly', ['/actions/50']]);
  assert.equal(JSON.stringify(past.draft), JSON.stringify(expected));
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:/actions/50`), '{"id": "A50"}');
  // A second one at the same place does not take the first one's place aside.
  storage.setItem(`${PART_PREFIX}/voice/children`, '[');
  const store = draftStore(roots, storage);
  const { draft: d2 } = store.load();
  ptr.set(d2, '/voice/children', 'answered again');
  store.save(d2, '/voice/children');
  storage.setItem(`${PART_PREFIX}/voice/children`, ']');
  assert.equal(loaded(storage).problem, 'partly');
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:/voice/children`), '[');
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:/voice/children#2`), ']');
});

test('an index that cannot be read: it and every part are kept aside, and a new draft is started', () => {
  const { storage } = savedStore(complete);
  const before = storage.entries();
  storage.setItem(INDEX_KEY, '{"format": 1, "doc": ');
  assert.deepEqual(loaded(storage), { draft: null, problem: 'unreadable' });
  assert.equal(storage.getItem(INDEX_KEY), null);
  assert.deepEqual(partKeys(storage), []);
  assert.equal(storage.getItem(`${UNREADABLE_KEY}:index`), '{"format": 1, "doc": ');
  for (const [key, value] of Object.entries(before)) {
    if (key !== INDEX_KEY) assert.equal(storage.getItem(UNREADABLE_KEY + key.slice(DRAFT_KEY.length)), value, key);
  }
  // A new draft saves beside what is kept aside, and touches none of it.
  const store = draftStore(roots, storage);
  assert.deepEqual(store.load(), { draft: null });
  const aside = Object.entries(storage.entries()).filter(([k]) => k.startsWith(UNREADABLE_KEY));
  store.save({ formVersion: 1, voice: { children: 'New.' } });
  assert.deepEqual(Object.entries(storage.entries()).filter(([k]) => k.startsWith(UNREADABLE_KEY)), aside);
  assert.deepEqual(loaded(storage).draft, { formVersion: 1, voice: { children: 'New.' } });
  // An index of the wrong shape is as unreadable.
  for (const bad of ['[]', '{"format": 2, "doc": {}, "parts": []}', '{"format": 1, "doc": [], "parts": []}', '{"format": 1, "doc": {}, "parts": [3]}']) {
    const s = new MemoryStorage({ [INDEX_KEY]: bad });
    assert.deepEqual(loaded(s), { draft: null, problem: 'unreadable' }, bad);
    assert.equal(s.getItem(`${UNREADABLE_KEY}:index`), bad);
  }
});

test('a draft in one entry that cannot be read is kept aside, as before; parts there are still restored', () => {
  for (const text of ['{"formVersion": 1, "voice": ', '[]', 'null', '"text"']) {
    const storage = new MemoryStorage({ [DRAFT_KEY]: text });
    assert.deepEqual(loaded(storage), { draft: null, problem: 'unreadable' }, text);
    assert.deepEqual(storage.entries(), { [UNREADABLE_KEY]: text }, text);
  }
  const { storage } = savedStore(complete);
  storage.setItem(DRAFT_KEY, 'not JSON');
  const { draft, problem, unreadable } = loaded(storage);
  assert.equal(JSON.stringify(draft), JSON.stringify(complete));
  assert.deepEqual([problem, unreadable], ['partly', []]);
  assert.equal(storage.getItem(UNREADABLE_KEY), 'not JSON');
  assert.equal(storage.getItem(DRAFT_KEY), null);
});

test('a save the browser refuses throws; the next one writes everything', () => {
  const { storage, store, draft } = savedStore(complete);
  storage.quota = 0;
  ptr.set(draft, '/voice/children', 'Refused.');
  assert.throws(() => store.save(draft, '/voice/children'), { name: 'QuotaExceededError' });
  storage.quota = Infinity;
  storage.writes.length = 0;
  ptr.set(draft, '/voice/familyForum', 'Then written.');
  store.save(draft, '/voice/familyForum');
  assert.ok(storage.writes.length > 50, 'everything is written again');
  assert.equal(JSON.stringify(loaded(storage).draft), JSON.stringify(draft));
  // A browser that refuses its storage altogether.
  const refusing = { getItem() { throw new DOMException('denied', 'SecurityError'); } };
  assert.deepEqual(draftStore(roots, refusing).load(), { draft: null, problem: 'storage' });
});
