// End-to-end tests of the browser form (www/), in Debian's Chromium, against the built page
// served by Vite's preview server. `npm run test:browser` builds www/dist first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as sefcheck from 'sefcheck';
import { MemoryStorage, axe, example, fixtureText, launch, open, serve, storageEntries, watch } from './harness.mjs';
import { FILL_ORDER, fillSection, idFor } from './fill.mjs';
import { PAYLOADS, payloadDocument } from './payloads.mjs';
import { BASE_KEY, ENTRY_PREFIX, UNREADABLE_KEY, draftStore } from '../../www/src/store.js';
import { definitionIndex } from '../../www/src/definition.js';

const def = sefcheck.formDefinition();
const { lists } = definitionIndex(def);
const complete = example('complete');
let server;

before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

/** A fresh browser (its own profile) with a page, watched for foreign requests and dialogs. */
async function browserPage(t) {
  const browser = await launch();
  const seen = watch(browser.context, server.origin);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  t.after(async () => {
    // Nothing ran and nothing left the origin, in every test.
    assert.deepEqual(seen.dialogs, [], 'a dialog opened: a payload ran');
    assert.deepEqual(seen.foreign, [], "a request left the page's origin");
    await browser.close();
  });
  return { page, context: browser.context, seen };
}

/** The draft the page saved, put together by the page's own code. */
async function draft(page) {
  const store = draftStore({ lists, emptyDocument: sefcheck.emptyDocument, storage: new MemoryStorage(await storageEntries(page)) });
  return store.load().draft;
}

async function saveAndContinue(page) {
  await page.click('#section-form button[type="submit"]');
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the browser form', () => {
  test('a section: counts while typing, Save and continue, the error summary, a link to its field', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url, '#/section/voice');
    assert.equal(await page.textContent('h1'), "Children's and families' voice");
    // Every field of the section comes from the definition, with its label.
    const voice = def.sections.find((s) => s.id === 'voice').fields[0];
    for (const f of voice.fields) {
      assert.match(await page.textContent(`label[for="${idFor(f.path)}"]`), new RegExp(f.label.replace(/[()?.]/g, '\\$&')));
    }
    // The count on screen is the package's count, for awkward text too.
    const texts = [
      'one two three',
      'Child A\u00a0said\u2003"no"\r\n\r\nThen 👩‍👩‍👧 café e\u0301 left.',
      ' '.repeat(5),
      'word '.repeat(801),
    ];
    const id = idFor('/voice/children');
    for (const text of texts) {
      await page.fill(`#${id}`, text);
      const n = sefcheck.countWords(text);
      assert.equal(await page.getAttribute(`[data-count-for="${id}"]`, 'data-count'), String(n));
      const left = 800 - n;
      const expected =
        left >= 0 ? `You have ${left} word${left === 1 ? '' : 's'} remaining` : `You have ${-left} word${left === -1 ? '' : 's'} too many`;
      assert.equal(await page.textContent(`[data-count-for="${id}"]`), expected);
    }
    // A line counts characters (grapheme clusters), as the validator does.
    await open(page, server.url, '#/section/about');
    // (a single-line box holds no line breaks)
    const line = 'Head of 👩‍👩‍👧 Practice e\u0301 🇬🇧';
    await page.fill(`#${idFor('/about/preparedBy')}`, line);
    assert.equal(
      await page.getAttribute(`[data-count-for="${idFor('/about/preparedBy')}"]`, 'data-count'),
      String(sefcheck.countCharacters(line)),
    );
    await page.fill(`#${idFor('/about/preparedBy')}`, 'Head of Practice Quality');
    // Saved as it is typed.
    assert.equal((await draft(page)).about.preparedBy, 'Head of Practice Quality');
    assert.equal(await page.getAttribute('#save-status', 'data-state'), 'saved');
    assert.match(await page.textContent('#save-status'), /Saved/);
    // Save and continue with errors: the summary, in the report's words and order.
    await page.fill(`#${idFor('/about/periodStart')}-day`, '31');
    await page.fill(`#${idFor('/about/periodStart')}-month`, '2');
    await page.fill(`#${idFor('/about/periodStart')}-year`, '2026');
    await saveAndContinue(page);
    await page.waitForSelector('.govuk-error-summary');
    const report = sefcheck.validate(await draft(page));
    const expected = report.diagnostics.filter((d) => d.section === 'about' && d.severity === 'error').map((d) => d.message);
    const shown = await page.$$eval('.govuk-error-summary__list a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(shown, expected);
    assert.ok(expected.length >= 3);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', 'the summary takes focus');
    assert.match(await page.title(), /^Error: /);
    // Each error is also at its field.
    const invalid = report.diagnostics.find((d) => d.path === '/about/periodStart');
    assert.equal(invalid.code, 'invalid-date');
    assert.match(
      await page.textContent(`.govuk-form-group--error:has(#${idFor('/about/periodStart')}-day) .govuk-error-message`),
      new RegExp(invalid.message.replace(/[()?.]/g, '\\$&')),
    );
    // Following a link moves focus to its field.
    await page.click(`.govuk-error-summary__list a:text-is("${invalid.message}")`);
    assert.equal(await page.evaluate(() => document.activeElement.id), `${idFor('/about/periodStart')}-day`);
    const shareBy = report.diagnostics.find((d) => d.path === '/about/shareBy');
    await page.click(`.govuk-error-summary__list a:text-is("${shareBy.message}")`);
    assert.equal(await page.evaluate(() => document.activeElement.id), `${idFor('/about/shareBy')}-day`);
    await axe(page, 'a section with errors');
  });

  test('the whole form from an empty start to an approved, shareable document, downloaded with its SHA-256', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url);
    const sections = def.sections.length;
    assert.equal(await page.textContent('#completed-count'), `You have completed 0 of ${sections} sections.`);
    assert.equal(await page.textContent('[data-section="about"] .govuk-task-list__status'), 'Not yet started');
    for (const id of ['declarations', 'approval']) {
      assert.equal(await page.textContent(`[data-section="${id}"] .govuk-task-list__status`), 'Cannot start yet');
      assert.equal(await page.$(`[data-section="${id}"] a`), null, 'a task that cannot start yet is not a link');
    }
    for (const id of FILL_ORDER) {
      await page.click(`[data-section="${id}"] a`);
      await page.waitForSelector(`#section-form[data-section="${id}"]`);
      await fillSection(page, def, complete, id);
      if (id === 'approval') {
        // The approver approves: the page records the digest of the document as it is.
        await page.click('#approve');
        await page.waitForSelector('#approved');
      }
      await saveAndContinue(page);
      if (id === 'inspection') {
        // Its open recommendation waits for an action that addresses it: the page says so, and
        // the person goes on to the other sections.
        await page.waitForSelector('.govuk-error-summary');
        assert.equal(await page.locator('.govuk-error-summary a[data-code="recommendation-unaddressed"]').count(), 1);
        await page.click('.govuk-back-link');
        await page.waitForSelector('#task-list');
        continue;
      }
      await page.waitForSelector('#task-list');
      assert.equal(await page.textContent(`[data-section="${id}"] .govuk-task-list__status`), 'Completed', `${id} is completed`);
      assert.match(await page.textContent('.govuk-notification-banner--success'), /saved/);
    }
    assert.equal(await page.textContent('[data-section="inspection"] .govuk-task-list__status'), 'Completed');
    assert.equal(await page.textContent('#completed-count'), `You have completed ${sections} of ${sections} sections.`);
    // What was typed is exactly the document.
    assert.deepEqual(await draft(page), complete);
    // Check answers shows every answer with a change link that goes to its field.
    await page.click('a[href="#/check"]');
    await page.waitForSelector('.govuk-summary-card');
    assert.ok((await page.textContent('main')).includes(complete.voice.children.slice(0, 80)));
    await page.click(`a[href="#/section/about?at=${encodeURIComponent('/about/preparedBy')}"]`);
    await page.waitForSelector('#section-form[data-section="about"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), idFor('/about/preparedBy'));
    // Share: download the final document and its digest.
    await open(page, server.url, '#/share');
    await page.waitForSelector('#sha256[data-ready="true"]');
    const { name, bytes } = await download(page, '#download-final');
    assert.equal(name, 'self-evaluation.json');
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), complete);
    const sha = createHash('sha256').update(bytes).digest('hex');
    assert.equal(await page.textContent('#sha256'), sha);
    assert.equal(sefcheck.validateJson(bytes.toString('utf8')).readyToShare, true);
    // The printed version: navigation, buttons and banners are hidden, the document is not.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.govuk-service-navigation'), false);
    assert.equal(await page.isVisible('#download-final'), false);
    assert.equal(await page.isVisible('#print-document'), true);
    await page.emulateMedia({ media: 'screen' });
  });

  test('the draft is there again after a reload and after the tab is closed', async (t) => {
    const { page, context } = await browserPage(t);
    await open(page, server.url, '#/section/voice');
    await page.fill(`#${idFor('/voice/children')}`, 'Children told us the letters were too long.');
    await page.fill(`#${idFor('/voice/complaints')}`, 'We answer within 15 days.');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.inputValue(`#${idFor('/voice/children')}`), 'Children told us the letters were too long.');
    assert.match(await page.textContent('#save-status'), /restored/);
    // As after a crash: the tab goes, a new one opens.
    await page.close();
    const again = await context.newPage();
    await open(again, server.url);
    assert.equal(await again.textContent('[data-section="voice"] .govuk-task-list__status'), 'In progress');
    await again.click('[data-section="voice"] a');
    assert.equal(await again.inputValue(`#${idFor('/voice/complaints')}`), 'We answer within 15 days.');
  });

  test('the draft is kept an answer an entry: a keystroke writes its own, a draft in one entry is moved in, an entry that cannot be read is kept aside', async (t) => {
    const { page } = await browserPage(t);
    const children = idFor('/voice/children');
    // A draft in one entry, as the page wrote it before (and as tools and the benchmark still
    // do), is restored and becomes the base of the draft.
    await open(page, server.url);
    await page.evaluate((text) => localStorage.setItem('sefcheck:draft', text), JSON.stringify(complete));
    await page.goto(`${server.url}#/section/voice`);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('#save-status'), /restored/);
    assert.equal(await page.inputValue(`#${children}`), complete.voice.children);
    let entries = await storageEntries(page);
    assert.deepEqual(Object.keys(entries), [BASE_KEY], 'the one entry is moved into the base');
    assert.equal(JSON.stringify(await draft(page)), JSON.stringify(complete));
    const generation = JSON.parse(entries[BASE_KEY]).generation;
    const key = (pointer) => `${ENTRY_PREFIX}${generation}:${pointer}`;
    // A keystroke writes its own answer's entry, and nothing else.
    await page.focus(`#${children}`);
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, key('/voice/children'), { timeout: 5000 });
    const after = await storageEntries(page);
    assert.deepEqual(
      Object.keys(after).filter((k) => after[k] !== entries[k]),
      [key('/voice/children')],
    );
    assert.equal(JSON.parse(after[key('/voice/children')]).v, `${complete.voice.children}!`);
    assert.equal(
      await page.textContent(`[data-count-for="${children}"]`),
      `You have ${800 - sefcheck.countWords(`${complete.voice.children}!`)} words remaining`,
    );
    // Emptying an answer writes that it is gone.
    await page.fill(`#${idFor('/voice/complaints')}`, '');
    entries = await storageEntries(page);
    assert.equal(JSON.parse(entries[key('/voice/complaints')]).gone, 1);
    assert.equal((await draft(page)).voice.complaints, undefined);
    await page.fill(`#${idFor('/voice/complaints')}`, 'Written again.');
    // An entry that cannot be read: the rest is restored, the page says which section, and
    // what was there is kept aside.
    await page.evaluate((k) => localStorage.setItem(k, '{"half a'), key('/voice/complaints'));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('#save-status'), /Partly restored.*Children's and families' voice.*kept aside/s);
    assert.equal(await page.inputValue(`#${idFor('/voice/complaints')}`), complete.voice.complaints, 'the answer of the base stands');
    assert.equal(await page.inputValue(`#${children}`), `${complete.voice.children}!`);
    entries = await storageEntries(page);
    assert.equal(entries[`${UNREADABLE_KEY}:v2:${generation}:/voice/complaints`], '{"half a');
    assert.equal(entries[key('/voice/complaints')], undefined);
    assert.deepEqual((await draft(page)).voice, { ...complete.voice, children: `${complete.voice.children}!` });
    await axe(page, 'a draft partly restored');
    // Loaded again, the draft is whole as it now is: nothing more to report.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('#save-status'), /restored/);
    assert.doesNotMatch(await page.textContent('#save-status'), /Partly/);
    // A draft in one entry that cannot be read is kept aside, and a new draft is started.
    await page.evaluate(() => localStorage.clear());
    await page.evaluate(() => localStorage.setItem('sefcheck:draft', '{"formVersion": 1, "voice": '));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.match(await page.textContent('#save-status'), /Not restored.*kept aside/s);
    assert.deepEqual(await storageEntries(page), { [UNREADABLE_KEY]: '{"formVersion": 1, "voice": ' });
  });

  // Import reads the file asynchronously, so the summary of the previous refusal is still on
  // the page for a moment after the click: mark it, and wait for the page drawn for this one.
  async function importRefused(page) {
    await page.evaluate(() => document.getElementById('error-summary')?.setAttribute('data-stale', ''));
    await page.click('#import');
    await page.waitForSelector('#error-summary:not([data-stale])');
  }

  test('a file that is not a self-evaluation is refused and the draft is kept', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url, '#/section/voice');
    await page.fill(`#${idFor('/voice/children')}`, 'Our draft.');
    const before = await storageEntries(page);
    const broken = [
      ['not JSON', '{"formVersion": 1, "about": {', /not JSON \(line 1, column 30\)/],
      ['not JSON at all', 'hello', /not JSON/],
      ['empty', '', /not JSON/],
      ['an array', '[{"formVersion": 1}]', /JSON object/],
      ['a string', '"formVersion"', /JSON object/],
      ['null', 'null', /JSON object/],
      ['format 3', '{"formVersion": 3}', /formVersion must be 1 or 2/],
      ['no version', '{"about": {}}', /formVersion must be 1 or 2/],
      ['version as text', '{"formVersion": "2"}', /formVersion must be 1 or 2/],
      ['a lone surrogate', '{"formVersion": 1, "voice": {"children": "\\ud800"}}', /not valid Unicode/],
      ['too deep', `{"formVersion": 1, "x": ${'['.repeat(70)}${']'.repeat(70)}}`, /64 levels deep/],
      ['a number beyond a double', '{"formVersion": 1e400}', /number too large/],
      ['over 5 MiB', `{"formVersion": 1, "x": "${'a'.repeat(5 * 1024 * 1024)}"}`, /smaller than 5 MB/],
    ];
    await open(page, server.url, '#/file');
    await axe(page, 'import and export');
    for (const [what, text, message] of broken) {
      await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await importRefused(page);
      assert.match(await page.textContent('.govuk-error-summary__list'), message, what);
      assert.match(await page.textContent('#import-file-error'), message, what);
      assert.deepEqual(await storageEntries(page), before, `${what}: the draft is untouched`);
      // The link goes to the file input.
      await page.click('.govuk-error-summary__list a');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'import-file');
    }
    await axe(page, 'import with an error');
    await importRefused(page);
    assert.match(await page.textContent('.govuk-error-summary__list'), /Select a self-evaluation file/);
    await open(page, server.url, '#/section/voice');
    assert.equal(await page.inputValue(`#${idFor('/voice/children')}`), 'Our draft.');
  });

  test('export, then import back: exactly the same document', async (t) => {
    const { page } = await browserPage(t);
    // A draft with every awkward thing a draft may hold: unknown keys, values of the wrong
    // type, an invalid date, emptied list items, text outside the BMP, key order.
    const text = fixtureText('awkward.json');
    const original = JSON.parse(text);
    await open(page, server.url, '#/file');
    await page.setInputFiles('#import-file', { name: 'awkward.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.click('#import');
    await page.waitForSelector('#task-list');
    assert.match(await page.textContent('.govuk-notification-banner--success'), /imported/);
    // Drawing every page changes nothing in the draft.
    for (const s of def.sections) {
      await open(page, server.url, `#/section/${s.id}?show=errors`);
    }
    await open(page, server.url, '#/check');
    await open(page, server.url, '#/share');
    assert.equal(JSON.stringify(await draft(page)), JSON.stringify(original));
    await open(page, server.url, '#/file');
    const { name, bytes } = await download(page, '#export');
    assert.equal(name, 'self-evaluation-draft.json');
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), original);
    assert.equal(bytes.toString('utf8'), `${JSON.stringify(original, null, 2)}\n`, 'same keys in the same order');
    // Import the export into a fresh browser: the same draft again.
    const other = await browserPage(t);
    await open(other.page, server.url, '#/file');
    await other.page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: bytes });
    await other.page.click('#import');
    await other.page.waitForSelector('#task-list');
    assert.deepEqual(await draft(other.page), original);
    // And the complete example, exported and imported, is still ready to share.
    await open(other.page, server.url, '#/file');
    await other.page.setInputFiles('#import-file', {
      name: 'complete.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(complete)),
    });
    await other.page.click('#import');
    await other.page.waitForSelector('#task-list');
    await open(other.page, server.url, '#/file');
    const exported = await download(other.page, '#export');
    assert.deepEqual(JSON.parse(exported.bytes.toString('utf8')), complete);
  });

  test('script and markup payloads in every kind of field and in an imported file: nothing runs, all shows as text', async (t) => {
    const { page } = await browserPage(t);
    assert.ok(PAYLOADS.length >= 20);
    const check = async (where) => {
      const state = await page.evaluate(() => ({
        xss: window.__xss ?? null,
        csp: window.__cspViolations,
        // Elements a payload would have made if it had been read as HTML.
        made: [...document.querySelectorAll('main *')]
          .filter(
            (el) =>
              ([
                'SCRIPT',
                'IMG',
                'SVG',
                'IFRAME',
                'OBJECT',
                'EMBED',
                'VIDEO',
                'AUDIO',
                'STYLE',
                'LINK',
                'META',
                'BASE',
                'MATH',
                'BODY',
                'DETAILS',
              ].includes(el.tagName.toUpperCase()) &&
                // (the page's own disclosures, GOV.UK details components; an attribute a payload adds is caught below)
                !el.matches('details.govuk-details')) ||
              [...el.attributes].some((a) => a.name.startsWith('on')) ||
              (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')),
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      }));
      assert.equal(state.xss, null, `${where}: a payload ran`);
      assert.deepEqual(state.csp, [], `${where}: the page broke its CSP`);
      assert.deepEqual(state.made, [], `${where}: a payload became markup`);
    };
    // Typed into each kind of field a person can type into.
    await open(page, server.url, '#/section/approval');
    await page.fill(`#${idFor('/approval/approvedBy')}`, PAYLOADS[1]);
    await open(page, server.url, '#/section/about');
    await page.fill(`#${idFor('/about/preparedBy')}`, PAYLOADS[0]);
    await page.fill(`#${idFor('/previous/digest')}`, PAYLOADS[11]);
    await page.fill(`#${idFor('/about/periodStart')}-day`, PAYLOADS[2]);
    await page.fill(`#${idFor('/about/periodStart')}-month`, PAYLOADS[3]);
    await page.fill(`#${idFor('/about/periodStart')}-year`, PAYLOADS[4]);
    await saveAndContinue(page);
    await page.waitForSelector('.govuk-error-summary');
    await check('about');
    assert.equal(await page.inputValue(`#${idFor('/about/preparedBy')}`), PAYLOADS[0]);
    await open(page, server.url, '#/section/evidence');
    await page.click('button[data-add="/evidence"]');
    await page.fill(`#${idFor('/evidence/0/id')}`, PAYLOADS[5]);
    await page.fill(`#${idFor('/evidence/0/title')}`, PAYLOADS[6]);
    await open(page, server.url, '#/section/privateLaw');
    await page.fill(`#${idFor('/areas/privateLaw/whatWeKnow')}`, PAYLOADS[7]);
    await page.click('button[data-add="/areas/privateLaw/strengths"]');
    await page.fill(`#${idFor('/areas/privateLaw/strengths/0/text')}`, PAYLOADS[8]);
    // The evidence item's title is a checkbox label here: as text.
    assert.equal(await page.textContent(`label[for="${idFor('/areas/privateLaw/evidence')}"]`), PAYLOADS[6]);
    await page.check(`#${idFor('/areas/privateLaw/evidence')}`);
    await open(page, server.url, '#/section/performance');
    await page.click('button[data-add="/kpis"]');
    await page.fill(`#${idFor('/kpis/0/value')}`, PAYLOADS[9]);
    await page.fill(`#${idFor('/audit/casesAudited')}`, PAYLOADS[10]);
    await saveAndContinue(page);
    await page.waitForSelector('.govuk-error-summary');
    await check('performance');
    const typed = await draft(page);
    assert.equal(typed.about.preparedBy, PAYLOADS[0]);
    assert.equal(typed.approval.approvedBy, PAYLOADS[1]);
    assert.equal(typed.previous.digest, PAYLOADS[11]);
    assert.equal(typed.evidence[0].title, PAYLOADS[6]);
    assert.equal(typed.kpis[0].value, PAYLOADS[9]);
    assert.deepEqual(typed.areas.privateLaw.evidence, [PAYLOADS[5]]);
    await open(page, server.url, '#/check');
    const main = await page.textContent('main');
    for (const p of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[6], PAYLOADS[7], PAYLOADS[8]]) assert.ok(main.includes(p), `shows ${p} as text`);
    await check('check answers');
    // An imported file with a payload in every field, every list, every option and as keys.
    const doc = payloadDocument(def);
    await open(page, server.url, '#/file');
    await page.setInputFiles('#import-file', {
      name: 'payloads.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await page.click('#import');
    await page.waitForSelector('#task-list');
    await check('task list');
    assert.deepEqual(await draft(page), doc);
    for (const s of def.sections) {
      await open(page, server.url, `#/section/${s.id}?show=errors`);
      await check(s.id);
      // Every text box shows its payload as its value.
      for (const el of await page.$$('textarea[data-pointer], input[type="text"][data-pointer]:not([data-part])')) {
        const p = await el.getAttribute('data-pointer');
        const want = (await import('../../www/src/pointer.js')).get(doc, p);
        if (typeof want === 'string') assert.equal(await el.inputValue(), want, p);
      }
    }
    await open(page, server.url, '#/check');
    await check('check answers, imported');
    const all = await page.textContent('main');
    for (const p of PAYLOADS) assert.ok(all.includes(p), `check answers shows ${p} as text`);
    await open(page, server.url, '#/share');
    await check('share');
    await open(page, server.url, '#/file');
    await page.click('#export');
    await check('export');
  });

  test("no request leaves the page's origin, fonts and the module come from it, and the CSP forbids inline code", async (t) => {
    const { page, seen } = await browserPage(t);
    const response = await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const header = response.headers()['content-security-policy'];
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const csp of [header, meta]) {
      assert.ok(csp, 'a policy is set');
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    }
    assert.equal(await page.$$eval('script:not([src]), [style]', (els) => els.length), 0, 'no inline scripts or style attributes');
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(
      loaded.some((u) => u.endsWith('.wasm')),
      'the WebAssembly module is fetched from the origin',
    );
    assert.ok(
      loaded.every((u) => u.startsWith(server.origin)),
      'every resource is from the origin',
    );
    assert.ok(await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded')), 'the GOV.UK font is loaded');
    assert.ok(seen.requests > 3);
    assert.deepEqual(seen.foreign, []);
  });

  test('once loaded, the form opens again without a network', async (t) => {
    const { page, context } = await browserPage(t);
    await open(page, server.url, '#/section/voice');
    await page.fill(`#${idFor('/voice/children')}`, 'Written before going offline.');
    await page.waitForSelector('html[data-offline="ready"]');
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal(await page.inputValue(`#${idFor('/voice/children')}`), 'Written before going offline.');
      await page.fill(`#${idFor('/voice/complaints')}`, 'And after.');
      await saveAndContinue(page);
      await page.waitForSelector('.govuk-error-summary');
      assert.equal((await draft(page)).voice.complaints, 'And after.');
    } finally {
      await context.setOffline(false);
    }
  });

  test('axe-core finds no violations on any page, in any state', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url);
    await axe(page, 'task list, empty');
    for (const s of def.sections) {
      // (declarations cannot start yet, so the task list does not link it; its page is still there)
      await open(page, server.url, `#/section/${s.id}`);
      await axe(page, `${s.id}, empty`);
      await saveAndContinue(page);
      await page.waitForSelector('.govuk-error-summary');
      await axe(page, `${s.id}, with errors`);
    }
    // Lists with items in them, and an item with errors.
    await open(page, server.url, '#/section/evidence');
    await page.click('button[data-add="/evidence"]');
    await page.click('button[data-add="/evidence"]');
    await saveAndContinue(page);
    await page.waitForSelector('.govuk-error-summary');
    await axe(page, 'evidence items with errors');
    await open(page, server.url, '#/section/privateLaw');
    await page.click('button[data-add="/areas/privateLaw/strengths"]');
    await page.check(`#${idFor('/areas/privateLaw/evidence')}`).catch(() => {});
    await axe(page, 'an area with a list item and the register to choose from');
    await open(page, server.url, '#/check');
    await axe(page, 'check answers, not started');
    await open(page, server.url, '#/share');
    await axe(page, 'share, not ready');
    await open(page, server.url, '#/file');
    await axe(page, 'import and export');
    await open(page, server.url, '#/start-again');
    await axe(page, 'start again');
    await open(page, server.url, '#/start-again');
    await axe(page, 'start again, asked to confirm');
    await open(page, server.url, '#/nowhere');
    await axe(page, 'page not found');
    // A disclosure finding shown at its field.
    await open(page, server.url, '#/section/voice');
    await page.fill(`#${idFor('/voice/children')}`, 'Child A (NHS number 943 476 5919) told us.');
    await saveAndContinue(page);
    await page.waitForSelector('.app-disclosure');
    await axe(page, 'a disclosure finding');
    // The complete document: every section completed, check answers, share ready.
    await page.evaluate((doc) => localStorage.setItem('sefcheck:draft', JSON.stringify(doc)), complete);
    await page.reload();
    await open(page, server.url);
    await axe(page, 'task list, complete');
    await open(page, server.url, '#/section/declarations');
    await axe(page, 'declarations, complete');
    await open(page, server.url, '#/check');
    await axe(page, 'check answers, complete');
    await open(page, server.url, '#/share');
    await page.waitForSelector('#sha256[data-ready="true"]');
    await axe(page, 'share, ready');
    await page.click('[data-section="about"] a').catch(() => {});
    await open(page, server.url, '#/section/about');
    await saveAndContinue(page);
    await page.waitForSelector('.govuk-notification-banner--success');
    await axe(page, 'task list with a success banner');
  });

  test('a section with the keyboard only', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url);
    const focused = () =>
      page.evaluate(() => ({
        id: document.activeElement.id,
        text: document.activeElement.textContent.trim(),
        tag: document.activeElement.tagName,
      }));
    // From the top of the page: Tab to the first section's link, Enter to open it.
    let guard = 0;
    while ((await focused()).text !== 'About this self-evaluation') {
      await page.keyboard.press('Tab');
      assert.ok(++guard < 30, 'the first section is reachable with Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('#section-form[data-section="about"]');
    assert.equal((await focused()).id, 'page-heading', "focus moves to the new page's heading");
    const values = complete.about;
    const order = [
      [`${idFor('/about/periodStart')}-day`, '1'],
      [`${idFor('/about/periodStart')}-month`, '4'],
      [`${idFor('/about/periodStart')}-year`, '2025'],
      [`${idFor('/about/periodEnd')}-day`, '31'],
      [`${idFor('/about/periodEnd')}-month`, '3'],
      [`${idFor('/about/periodEnd')}-year`, '2026'],
      [idFor('/about/preparedBy'), values.preparedBy],
      [`${idFor('/about/shareBy')}-day`, '29'],
      [`${idFor('/about/shareBy')}-month`, '5'],
      [`${idFor('/about/shareBy')}-year`, '2026'],
      [`${idFor('/about/engagementMeeting')}-day`, '18'],
      [`${idFor('/about/engagementMeeting')}-month`, '6'],
      [`${idFor('/about/engagementMeeting')}-year`, '2026'],
      [`${idFor('/previous/periodEnd')}-day`, '31'],
      [`${idFor('/previous/periodEnd')}-month`, '3'],
      [`${idFor('/previous/periodEnd')}-year`, '2025'],
      // Last year's digest, pasted from last year's share page.
      [idFor('/previous/digest'), complete.previous.digest],
    ];
    for (const [id, text] of order) {
      await page.keyboard.press('Tab');
      assert.equal((await focused()).id, id, 'Tab goes through the fields in order');
      await page.keyboard.type(text);
    }
    // Shift+Tab goes back; Tab forward again.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused()).id, `${idFor('/previous/periodEnd')}-year`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).text, 'Save and continue');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#task-list');
    assert.equal(await page.textContent('[data-section="about"] .govuk-task-list__status'), 'Completed');
    assert.deepEqual((await draft(page)).about, complete.about);
    assert.deepEqual((await draft(page)).previous, complete.previous);
    // Space works the checkboxes and buttons: add a strength with Space on the add button.
    await open(page, server.url, '#/section/privateLaw');
    guard = 0;
    while ((await page.evaluate(() => document.activeElement.dataset.add ?? '')) !== '/areas/privateLaw/strengths') {
      await page.keyboard.press('Tab');
      assert.ok(++guard < 40, 'the add button is reachable with Tab');
    }
    await page.keyboard.press('Space');
    await page.waitForSelector(`#${idFor('/areas/privateLaw/strengths/0/text')}`);
    // Focus goes to the new item's first field, its reference, given already; Tab to the strength itself.
    assert.equal((await focused()).id, idFor('/areas/privateLaw/strengths/0/id'), 'focus goes to the new item');
    const given = await page.inputValue(`#${idFor('/areas/privateLaw/strengths/0/id')}`);
    assert.match(given, /^[A-Z]/);
    await page.keyboard.press('Tab');
    assert.equal((await focused()).id, idFor('/areas/privateLaw/strengths/0/text'));
    await page.keyboard.type('Pre-hearing safeguarding work');
    assert.deepEqual((await draft(page)).areas.privateLaw.strengths, [{ id: given, text: 'Pre-hearing safeguarding work' }]);
  });

  test('a disclosure finding: the page shows where it is, and never repeats it', async (t) => {
    const { page } = await browserPage(t);
    await open(page, server.url, '#/section/voice');
    const number = '943 476 5919';
    const text = `Child A, a nine-year-old girl, told us her worker wrote her NHS number ${number} on a letter to school. We changed the template.`;
    const id = idFor('/voice/children');
    await page.fill(`#${id}`, text);
    await saveAndContinue(page);
    await page.waitForSelector('.app-disclosure');
    const report = sefcheck.validate(await draft(page));
    const finding = report.diagnostics.find((d) => d.code === 'disclosure-nhs-number');
    assert.ok(finding, 'the report has the finding');
    assert.equal(text.slice(finding.span.start, finding.span.end), number);
    // The summary and the messages say what to do, without the number.
    const summary = await page.textContent('.govuk-error-summary');
    assert.ok(summary.includes(finding.message));
    const messages = await page.$$eval('.govuk-error-message, .app-warning, .govuk-error-summary', (els) =>
      els.map((e) => e.textContent).join('\n'),
    );
    for (const form of [number, '9434765919', '943', '5919']) assert.ok(!messages.includes(form), `no message holds ${form}`);
    // The number is nowhere in the page's text: only in the box it was typed in.
    const pageText = await page.evaluate(() => document.body.textContent);
    assert.ok(!pageText.includes(number) && !pageText.includes('5919'));
    assert.equal(await page.evaluate(() => document.title.includes('943')), false);
    // The excerpt marks exactly the span: the text either side is the answer's, the mark is as
    // long as the span and holds none of it.
    const excerpt = await page.$eval('.app-disclosure__excerpt', (p) => ({
      start: Number(p.dataset.start),
      end: Number(p.dataset.end),
      before: p.firstChild.textContent,
      mark: p.querySelector('mark').firstChild.textContent,
      markStart: Number(p.querySelector('mark').dataset.start),
      markEnd: Number(p.querySelector('mark').dataset.end),
      after: p.querySelector('mark').nextSibling.textContent,
    }));
    assert.deepEqual([excerpt.start, excerpt.end], [finding.span.start, finding.span.end]);
    assert.deepEqual([excerpt.markStart, excerpt.markEnd], [finding.span.start, finding.span.end]);
    assert.equal(excerpt.mark, '•'.repeat(finding.span.end - finding.span.start));
    const before = excerpt.before.replace(/^…/, '');
    assert.equal(text.slice(finding.span.start - before.length, finding.span.start), before);
    const after = excerpt.after.replace(/…$/, '');
    assert.equal(text.slice(finding.span.end, finding.span.end + after.length), after);
    // "Select it in the answer" selects exactly the span in the box.
    await page.click('.app-disclosure__show');
    const selection = await page.evaluate(() => ({
      id: document.activeElement.id,
      start: document.activeElement.selectionStart,
      end: document.activeElement.selectionEnd,
    }));
    assert.deepEqual(selection, { id, start: finding.span.start, end: finding.span.end });
    // The link in the summary goes to the box.
    await page.click(`.govuk-error-summary__list a[data-code="disclosure-nhs-number"]`);
    assert.equal(await page.evaluate(() => document.activeElement.id), id);
    // Fixing the text updates the marks at once.
    await page.fill(`#${id}`, text.replace(number, 'on a letter'));
    assert.equal(await page.$('.app-disclosure mark'), null);
  });
});
