// The form open in several tabs of one browser (pages of one browser context share its
// localStorage and get each other's `storage` events): no answer typed in any tab is lost
// because another tab wrote, the tabs stay in step without moving anyone's cursor, the later
// of two changes of one answer wins and the other tab says so, and replacing the draft (an
// import, starting again) reaches every tab.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import { MemoryStorage, axe, example, launch, open, serve, storageEntries, watch } from './harness.mjs';
import { idFor } from './fill.mjs';
import { draftStore } from '../../www/src/store.js';
import { definitionIndex } from '../../www/src/definition.js';

const index = definitionIndex(sefcheck.formDefinition());
const complete = example('complete');
let server;

before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

/** One browser with `n` pages of the form, each at its own hash. */
async function tabs(t, hashes) {
  const browser = await launch();
  const seen = watch(browser.context, server.origin);
  const pages = [browser.context.pages()[0] ?? (await browser.context.newPage())];
  while (pages.length < hashes.length) pages.push(await browser.context.newPage());
  for (const [i, page] of pages.entries()) await open(page, server.url, hashes[i]);
  t.after(async () => {
    assert.deepEqual(seen.dialogs, [], 'a dialog opened');
    assert.deepEqual(seen.foreign, [], 'a request left the origin');
    await browser.close();
  });
  return { pages, context: browser.context };
}

/** The draft the page saved, put together by the page's own store from a copy of its storage. */
async function saved(page) {
  const store = draftStore({
    lists: index.lists,
    emptyDocument: sefcheck.emptyDocument,
    storage: new MemoryStorage(await storageEntries(page)),
  });
  store.load();
  return store.doc;
}

/**
 * The draft in storage once `ready(draft)` holds (up to 5 s): each page has its own copy of the
 * storage, which another page's writes reach a moment later, as their events do.
 */
async function savedWhen(page, ready) {
  const until = Date.now() + 5000;
  for (;;) {
    const draft = await saved(page);
    if (ready(draft) || Date.now() > until) return draft;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function reload(page) {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

/** Types at the end of the field (keystrokes, as a person does). */
async function typeAtEnd(page, pointer, text) {
  const selector = `#${idFor(pointer)}`;
  await page.focus(selector);
  await page.evaluate((s) => {
    const el = document.querySelector(s);
    el.setSelectionRange(el.value.length, el.value.length);
  }, selector);
  await page.keyboard.type(text);
}

/** Waits until the page shows `text` in the field at `pointer`. */
const shows = (page, pointer, text) =>
  page.waitForFunction(([s, v]) => document.querySelector(s)?.value === v, [`#${idFor(pointer)}`, text], { timeout: 5000 });

/**
 * Adds an item to a list of objects as a person does with the keyboard: the add button puts
 * focus on the new item's reference (given already); Tab to its text, and type.
 */
async function addItem(page, list, text) {
  await page.click(`[data-add="${list}"]`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(text);
}

/** The text boxes of a list's items (`<list>/<i>/text`), not their references. */
const itemTexts = (list) => `[data-pointer^="${list}/"][data-pointer$="/text"]`;
const texts = (items) => (items ?? []).map((item) => item.text);

const WHAT_PRIVATE = '/areas/privateLaw/whatWeKnow';
const WHAT_PUBLIC = '/areas/publicLaw/whatWeKnow';

describe('the form in several tabs', () => {
  test('two tabs on two sections: each answer is kept, in storage and after a reload of each', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/privateLaw', '#/section/publicLaw']);
    await typeAtEnd(a, WHAT_PRIVATE, 'Private law: typed in tab A.');
    await typeAtEnd(b, WHAT_PUBLIC, 'Public law: typed in tab B.');
    // A's answer is still saved after B's keystrokes.
    const both = await savedWhen(a, (d) => d.areas?.publicLaw?.whatWeKnow === 'Public law: typed in tab B.');
    assert.equal(both.areas.privateLaw.whatWeKnow, 'Private law: typed in tab A.');
    assert.equal(both.areas.publicLaw.whatWeKnow, 'Public law: typed in tab B.');
    await reload(a);
    assert.equal(await a.inputValue(`#${idFor(WHAT_PRIVATE)}`), 'Private law: typed in tab A.');
    await a.goto(`${server.url}#/section/publicLaw`);
    assert.equal(await a.inputValue(`#${idFor(WHAT_PUBLIC)}`), 'Public law: typed in tab B.');
    await reload(b);
    assert.equal(await b.inputValue(`#${idFor(WHAT_PUBLIC)}`), 'Public law: typed in tab B.');
  });

  test('a change saved in one tab appears in the other, without moving the cursor of someone typing in another field', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/voice', '#/section/voice']);
    const children = `#${idFor('/voice/children')}`;
    await a.fill(children, 'Children told us the letters were too long.');
    await shows(b, '/voice/children', 'Children told us the letters were too long.');
    // A puts the cursor after "Children" and selects nothing; B types in another answer.
    await a.focus(children);
    await a.evaluate((s) => document.querySelector(s).setSelectionRange(8, 8), children);
    await typeAtEnd(b, '/voice/complaints', 'We answer within 15 days.');
    await shows(a, '/voice/complaints', 'We answer within 15 days.');
    const where = await a.evaluate((s) => {
      const el = document.querySelector(s);
      return { focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd };
    }, children);
    assert.deepEqual(where, { focused: true, start: 8, end: 8 });
    // A goes on typing where the cursor was.
    await a.keyboard.type(' in care');
    assert.equal(await a.inputValue(children), 'Children in care told us the letters were too long.');
    await shows(b, '/voice/children', 'Children in care told us the letters were too long.');
    // The count under B's box follows the text it shows.
    assert.equal(await b.textContent(`[data-count-for="${idFor('/voice/children')}"]`), `You have ${800 - 10} words remaining`);
    // An item added in B appears in A's list, and A keeps its place while the list is drawn again.
    await a.goto(`${server.url}#/section/privateLaw`);
    await b.goto(`${server.url}#/section/privateLaw`);
    await a.waitForSelector(`#${idFor(WHAT_PRIVATE)}`);
    await typeAtEnd(a, WHAT_PRIVATE, 'We know a lot.');
    await a.evaluate((s) => document.querySelector(s).setSelectionRange(3, 5), `#${idFor(WHAT_PRIVATE)}`);
    await addItem(b, '/areas/privateLaw/strengths', 'Strength typed in B');
    await shows(a, '/areas/privateLaw/strengths/0/text', 'Strength typed in B');
    const kept = await a.evaluate(
      (s) => {
        const el = document.querySelector(s);
        return { focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd };
      },
      `#${idFor(WHAT_PRIVATE)}`,
    );
    assert.deepEqual(kept, { focused: true, start: 3, end: 5 });
  });

  test('two tabs change the same answer: the later wins, and the tab whose text was replaced says so and keeps it to copy', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/voice', '#/section/voice']);
    const children = '/voice/children';
    await typeAtEnd(a, children, 'Written in A.');
    await shows(b, children, 'Written in A.');
    await b.fill(`#${idFor(children)}`, 'Written again in B.');
    await shows(a, children, 'Written again in B.');
    // A says so next to the answer, with its own text there to copy.
    const notice = a.locator('.app-replaced');
    await notice.waitFor();
    assert.match(await notice.textContent(), /changed in another tab at \d\d:\d\d, after you wrote it here/);
    assert.equal(await notice.locator('textarea').inputValue(), 'Written in A.');
    assert.equal(await notice.locator('textarea').getAttribute('readonly'), '');
    assert.ok(
      await a.evaluate(
        (s) => document.querySelector(s).closest('.govuk-form-group').contains(document.querySelector('.app-replaced')),
        `#${idFor(children)}`,
      ),
      'next to that field',
    );
    await axe(a, 'an answer replaced by another tab');
    // B, whose text won, shows no notice; both keep B's after a reload.
    assert.equal(await b.locator('.app-replaced').count(), 0);
    assert.equal((await saved(a)).voice.children, 'Written again in B.');
    // The notice stays while A stays on the page (other changes come and go), and goes when the page moves on.
    await typeAtEnd(b, '/voice/complaints', 'Complaints.');
    await shows(a, '/voice/complaints', 'Complaints.');
    assert.equal(await a.locator('.app-replaced').count(), 1);
    await a.click('.govuk-back-link');
    await a.goto(`${server.url}#/section/voice`);
    await a.waitForSelector(`#${idFor(children)}`);
    assert.equal(await a.locator('.app-replaced').count(), 0);
    await reload(a);
    await reload(b);
    assert.equal(await a.inputValue(`#${idFor(children)}`), 'Written again in B.');
    assert.equal(await b.inputValue(`#${idFor(children)}`), 'Written again in B.');
  });

  test('list items added in one tab and removed in the other; items added at once in both are both kept', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/privateLaw', '#/section/privateLaw']);
    const strengths = '/areas/privateLaw/strengths';
    for (const text of ['First strength', 'Second strength', 'Third strength']) await addItem(a, strengths, text);
    await shows(b, `${strengths}/2/text`, 'Third strength');
    // B removes the second; A's list follows.
    await b.click(`[data-remove="${strengths}/1"]`);
    await shows(a, `${strengths}/1/text`, 'Third strength');
    assert.equal(await a.locator(`[data-remove^="${strengths}/"]`).count(), 2);
    // Both add an item before either hears of the other's: two items, in the same order in both.
    await Promise.all([a.click(`[data-add="${strengths}"]`), b.click(`[data-add="${strengths}"]`)]);
    for (const [page, text] of [
      [a, 'Added in A'],
      [b, 'Added in B'],
    ]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    const listed = (page) => page.$$eval(itemTexts(strengths), (els) => els.map((el) => el.value));
    await a.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, itemTexts(strengths));
    await b.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, itemTexts(strengths));
    await a.waitForFunction(
      ([sel, v]) => [...document.querySelectorAll(sel)].some((el) => el.value === v),
      [itemTexts(strengths), 'Added in B'],
    );
    await b.waitForFunction(
      ([sel, v]) => [...document.querySelectorAll(sel)].some((el) => el.value === v),
      [itemTexts(strengths), 'Added in A'],
    );
    const inA = await listed(a);
    assert.deepEqual(inA.slice(0, 2), ['First strength', 'Third strength']);
    assert.deepEqual([...inA.slice(2)].sort(), ['Added in A', 'Added in B']);
    assert.deepEqual(await listed(b), inA);
    // An action added in A: A writes what it is, B who owns it, at the same time: both kept.
    await a.goto(`${server.url}#/section/actions`);
    await b.goto(`${server.url}#/section/actions`);
    await a.click('[data-add="/actions"]');
    await b.waitForSelector(`#${idFor('/actions/0/owner')}`);
    await Promise.all([
      typeAtEnd(a, '/actions/0/description', 'Reduce the wait for allocation.'),
      typeAtEnd(b, '/actions/0/owner', 'Head of Practice'),
    ]);
    await shows(a, '/actions/0/owner', 'Head of Practice');
    await shows(b, '/actions/0/description', 'Reduce the wait for allocation.');
    for (const page of [a, b]) {
      await reload(page);
      assert.equal(await page.inputValue(`#${idFor('/actions/0/description')}`), 'Reduce the wait for allocation.');
      assert.equal(await page.inputValue(`#${idFor('/actions/0/owner')}`), 'Head of Practice');
      assert.equal(await page.inputValue(`#${idFor('/actions/0/id')}`), 'A1');
    }
    const draft = await saved(a);
    assert.deepEqual(texts(draft.areas.privateLaw.strengths).slice(0, 2), ['First strength', 'Third strength']);
    assert.deepEqual(texts(draft.areas.privateLaw.strengths), inA);
  });

  test('an item removed in another tab while it is being written in: this tab says so and keeps what it held', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/privateLaw', '#/section/privateLaw']);
    const strengths = '/areas/privateLaw/strengths';
    await addItem(a, strengths, 'Written in A, then removed in B');
    await shows(b, `${strengths}/0/text`, 'Written in A, then removed in B');
    await b.click(`[data-remove="${strengths}/0"]`);
    const notice = a.locator('.app-replaced');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Strength 1 was removed in another tab at \d\d:\d\d, after you wrote in it here/);
    // What the item held, each answer under its label, to copy.
    const reference = (await saved(b)).areas?.privateLaw?.strengths?.[0]?.id;
    assert.match(await notice.locator('textarea').inputValue(), /^Reference: [A-Z][A-Z0-9-]*\nStrength: Written in A, then removed in B$/);
    assert.equal(reference, undefined);
    await axe(a, 'an item removed by another tab');
    assert.equal(await a.locator(`[data-pointer^="${strengths}/"]`).count(), 0);
    await reload(a);
    assert.deepEqual((await saved(a)).areas.privateLaw.strengths, []);
  });

  test('an import in one tab while the other is typing replaces the draft in both, and each says so', async (t) => {
    const {
      pages: [a, b],
    } = await tabs(t, ['#/section/voice', '#/file']);
    await typeAtEnd(a, '/voice/children', 'Typed in A before the import.');
    await b.setInputFiles('#import-file', {
      name: 'complete.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(complete)),
    });
    await b.click('#import');
    await b.waitForSelector('#flash');
    assert.match(await b.textContent('#flash'), /The file is imported/);
    // A shows the imported draft where it is, and says why.
    await shows(a, '/voice/children', complete.voice.children);
    assert.match(await a.textContent('#flash'), /The draft was replaced in another tab.*A file was imported in another tab/s);
    await axe(a, 'the draft replaced by another tab');
    // A goes on typing: the answer is the imported one with A's words after it.
    await typeAtEnd(a, '/voice/children', ' Typed in A after.');
    await b.click('[data-section="voice"] a');
    await shows(b, '/voice/children', `${complete.voice.children} Typed in A after.`);
    for (const page of [a, b]) await reload(page);
    const draft = await saved(a);
    assert.equal(draft.voice.children, `${complete.voice.children} Typed in A after.`);
    assert.deepEqual({ ...draft, voice: complete.voice }, complete);
    // Only the new draft is in storage: one base, one answer written since.
    const keys = Object.keys(await storageEntries(a)).sort();
    assert.deepEqual(
      keys.filter((k) => !k.startsWith('sefcheck:v2:')),
      [],
    );
    assert.equal(keys.length, 2);
  });

  test('starting again in one tab starts a new draft in every tab, and each says so', async (t) => {
    const {
      pages: [a, b, c],
    } = await tabs(t, ['#/section/voice', '#/', '#/file']);
    await typeAtEnd(a, '/voice/children', 'To be deleted.');
    await c.click('#start-again');
    await c.waitForSelector('#confirm-start-again');
    assert.match(await c.textContent('h1'), /Are you sure you want to delete the draft and start again/);
    await c.click('#confirm-start-again');
    await c.waitForSelector('#flash');
    assert.match(await c.textContent('#flash'), /A new draft is started/);
    await shows(a, '/voice/children', '');
    assert.match(await a.textContent('#flash'), /The draft was deleted in another tab of this browser, and a new one started/);
    await b.waitForFunction(() => document.getElementById('flash')?.textContent.includes('deleted in another tab'));
    assert.equal(await b.textContent('[data-section="voice"] .govuk-task-list__status'), 'Not yet started');
    await reload(a);
    assert.equal(await a.inputValue(`#${idFor('/voice/children')}`), '');
    assert.deepEqual(await saved(a), sefcheck.emptyDocument());
  });

  test('three tabs editing different answers at once: every answer is there after a reload of each', async (t) => {
    const hashes = ['#/section/about', '#/section/voice', '#/section/performance'];
    const { pages } = await tabs(t, hashes);
    const answers = [
      ['/about/preparedBy', 'Head of Practice Quality'],
      ['/voice/children', 'Children asked for shorter letters.'],
      ['/audit/casesAudited', '120'],
    ];
    await Promise.all(pages.map((page, i) => typeAtEnd(page, ...answers[i])));
    const all = (d) => d.about?.preparedBy === answers[0][1] && d.voice?.children === answers[1][1] && d.audit?.casesAudited === 120;
    for (const page of pages) assert.ok(all(await savedWhen(page, all)), 'every tab has every answer in its storage');
    for (const page of pages) {
      await reload(page);
      const draft = await saved(page);
      assert.equal(draft.about.preparedBy, 'Head of Practice Quality');
      assert.equal(draft.voice.children, 'Children asked for shorter letters.');
      assert.equal(draft.audit.casesAudited, 120);
    }
    for (const [i, page] of pages.entries()) assert.equal(await page.inputValue(`#${idFor(answers[i][0])}`), answers[i][1]);
  });

  test('randomised: three tabs, interleaved edits of answers and list items, then a reload: the draft is the last write of every answer', async (t) => {
    const seed = Number(process.env.TABS_SEED ?? 20261206);
    const rounds = Number(process.env.TABS_EDITS ?? 14);
    let x = seed >>> 0;
    const rand = () => {
      x = (x + 0x6d2b79f5) >>> 0;
      let r = Math.imul(x ^ (x >>> 15), x | 1);
      r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
      return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (xs) => xs[Math.floor(rand() * xs.length)];
    const FIELDS = {
      voice: ['/voice/children', '/voice/complaints', '/voice/youngPeoplesBoard'],
      about: ['/about/preparedBy', '/previous/digest'],
      privateLaw: [WHAT_PRIVATE, '/areas/privateLaw/howWeKnow'],
    };
    const strengths = '/areas/privateLaw/strengths';
    const { pages } = await tabs(t, ['#/section/voice', '#/section/about', '#/section/privateLaw']);
    const at = ['voice', 'about', 'privateLaw'];
    const expected = new Map();
    const items = new Set();
    let k = 0;
    for (let round = 0; round < rounds; round++) {
      for (const i of [0, 1, 2].sort(() => rand() - 0.5)) {
        const page = pages[i];
        if (rand() < 0.2) {
          at[i] = pick(Object.keys(FIELDS));
          await page.goto(`${server.url}#/section/${at[i]}`);
          await page.waitForSelector('#section-form');
        }
        const text = `Edit ${++k} from tab ${i + 1}.`;
        const listed =
          at[i] === 'privateLaw'
            ? await page.$$eval(itemTexts(strengths), (els) => els.map((el) => [el.dataset.pointer.replace(/\/text$/, ''), el.value]))
            : [];
        const choice = rand();
        if (at[i] === 'privateLaw' && choice < 0.25) {
          await addItem(page, strengths, text);
          items.add(text);
        } else if (at[i] === 'privateLaw' && choice < 0.4 && listed.some(([, v]) => items.has(v))) {
          const [pointer, value] = pick(listed.filter(([, v]) => items.has(v)));
          await page.click(`[data-remove="${pointer}"]`);
          items.delete(value);
        } else {
          const field = pick(FIELDS[at[i]]);
          await page.fill(`#${idFor(field)}`, text);
          expected.set(field, text);
        }
      }
    }
    // Every tab shows the last write of what is on its page, before any reload.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const [i, page] of pages.entries()) {
      for (const field of FIELDS[at[i]]) {
        if (expected.has(field)) await shows(page, field, expected.get(field));
      }
    }
    const answerAt = (draft, field) =>
      field
        .split('/')
        .slice(1)
        .reduce((v, key) => v?.[key], draft);
    const settled = (d) =>
      [...expected].every(([field, text]) => answerAt(d, field) === text) && (d.areas?.privateLaw?.strengths ?? []).length === items.size;
    for (const page of pages) await savedWhen(page, settled);
    for (const page of pages) {
      await reload(page);
      const draft = await saved(page);
      for (const [field, text] of expected) assert.equal(answerAt(draft, field), text, `${field} (seed ${seed})`);
      assert.deepEqual(new Set(texts(draft.areas?.privateLaw?.strengths)), items, `the strengths (seed ${seed})`);
      await page.goto(`${server.url}#/section/voice`);
      await page.waitForSelector('#section-form');
      for (const field of FIELDS.voice)
        assert.equal(await page.inputValue(`#${idFor(field)}`), expected.get(field) ?? '', `${field} shown (seed ${seed})`);
    }
  });
});
