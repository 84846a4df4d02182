// Format 2 in the form, in Chromium: the golden thread from a development area to the actions
// that address it (and on the check-answers page), acknowledging a warning with a reason and
// withdrawing it, approving, an edit after approval showing at once that the approval no longer
// holds, and drafts and files in format 1 migrated by the form itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sefcheck from 'sefcheck';
import { MemoryStorage, axe, repo, serve, session, storageEntries, withDraft } from './harness.mjs';
import { idFor } from './fill.mjs';
import { draftStore } from '../../www/src/store.js';
import { definitionIndex } from '../../www/src/definition.js';

const EXAMPLES = join(repo, 'docs', 'spec', 'examples');
const example = (name) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
const complete = example('complete.json');
const completeV1 = example('complete.format-1.json');
const index = definitionIndex(sefcheck.formDefinition());
let server;

before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

/** The draft the page saved, put together by the page's own store. */
async function saved(page) {
  const store = draftStore({
    lists: index.lists,
    emptyDocument: sefcheck.emptyDocument,
    storage: new MemoryStorage(await storageEntries(page)),
  });
  store.load();
  return store.doc;
}

async function saveAndContinue(page) {
  await page.click('#section-form button[type="submit"]');
}

describe('format 2 in the form', () => {
  test('the golden thread: a development area shows the actions that address it; an action chooses what it addresses; the check page shows the thread', async (t) => {
    const page = await session(t, server);
    await withDraft(page, server, complete, '#/section/privateLaw');
    const firstArea = page.locator('[data-chosen-by="/areas/privateLaw/developmentAreas/0"]');
    assert.match(await firstArea.textContent(), /In the improvement plan:.*Action PL-01/s);
    // The action chooses from every area's development areas and the open recommendations, by their text.
    await page.click(`[data-chosen-by="/areas/privateLaw/developmentAreas/0"] a`);
    await page.waitForSelector(`[data-pointer="/actions/0/addresses"]`);
    const groups = await page.$$eval(`#${idFor('/actions/0/addresses')}-list, .app-choice-group`, (els) => els.map((e) => e.textContent));
    assert.ok(groups.some((g) => /Inspection context/.test(g)) && groups.some((g) => /Public law practice/.test(g)), `groups: ${groups}`);
    const box = page.locator(`[data-pointer="/actions/0/addresses"][value="PL-D1"]`);
    assert.equal(await box.isChecked(), true);
    const label = await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent();
    assert.ok(complete.areas.privateLaw.developmentAreas[0].text.startsWith(label.replace(/…$/, '')), 'chosen by its text');
    // Unticked: the development area is addressed by no action now.
    await box.uncheck();
    assert.deepEqual((await saved(page)).actions[0].addresses, []);
    await page.goto(`${server.url}#/section/privateLaw`);
    assert.match(await page.textContent('[data-chosen-by="/areas/privateLaw/developmentAreas/0"]'), /no action has it/);
    // Saved with only a warning, the section is done: the flash links to what to check.
    await saveAndContinue(page);
    await page.click('#flash a');
    await page.waitForSelector('#warning-summary');
    assert.match(await page.textContent('#warning-summary'), /No action in the improvement plan addresses this development area/);
    // The check page: each development area and open recommendation with what addresses it.
    await page.goto(`${server.url}#/check`);
    const thread = page.locator('#golden-thread');
    assert.match(await thread.locator('[data-thread="/areas/privateLaw/developmentAreas/0"]').textContent(), /Not addressed/);
    assert.match(await thread.locator('[data-thread="/areas/privateLaw/developmentAreas/1"]').textContent(), /Action PL-02/);
    assert.match(await thread.locator('[data-thread="/inspection/recommendations/0"]').textContent(), /Action PUB-01/);
    await axe(page, 'check answers with the golden thread');
  });

  test('a warning acknowledged with a reason is listed apart and counts no more; it can be withdrawn', async (t) => {
    const page = await session(t, server);
    const doc = structuredClone(complete);
    doc.actions[0].addresses = ['ofsted-2024-01'];
    delete doc.approval;
    await withDraft(page, server, doc, '#/section/privateLaw?show=errors');
    await page.waitForSelector('#warning-summary');
    const item = page
      .locator('.app-things-to-check__item')
      .filter({ hasText: 'No action in the improvement plan addresses this development area' });
    await item.locator('summary').click();
    await axe(page, 'things to check, acknowledging');
    // A reason is needed.
    await item.locator('button[data-acknowledge]').click();
    assert.match(await item.locator('.govuk-error-message').textContent(), /Enter why this does not call for a change/);
    await item.locator('input').fill('Covered by the national domestic abuse programme, outside this plan.');
    await item.locator('button[data-acknowledge]').click();
    await page.waitForSelector('#acknowledged');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'acknowledged');
    assert.match(await page.textContent('.app-acknowledged'), /Why: Covered by the national domestic abuse programme/);
    assert.match(await page.textContent(`#${idFor('/areas/privateLaw/developmentAreas')}-list`), /Acknowledged/);
    const draft = await saved(page);
    assert.deepEqual(draft.acknowledgements, [
      {
        code: 'development-area-unaddressed',
        path: '/areas/privateLaw/developmentAreas/0/id',
        reason: 'Covered by the national domestic abuse programme, outside this plan.',
      },
    ]);
    const report = sefcheck.validate(draft);
    const acknowledged = report.diagnostics.filter((d) => d.acknowledged);
    assert.deepEqual(
      acknowledged.map((d) => d.path),
      ['/areas/privateLaw/developmentAreas/0/id'],
    );
    assert.equal(report.acknowledged, 1);
    assert.equal(report.sections.find((s) => s.id === 'privateLaw').warnings, 0);
    await axe(page, 'an acknowledged warning');
    // The check page says it is not addressed, and that this was acknowledged.
    await page.goto(`${server.url}#/check`);
    assert.match(
      await page.textContent('[data-thread="/areas/privateLaw/developmentAreas/0"]'),
      /development area PL-D1.*Not addressed: acknowledged/s,
    );
    await page.goto(`${server.url}#/section/privateLaw?show=errors`);
    await page.waitForSelector('button[data-withdraw]');
    // Withdrawn: back among the things to check.
    await page.click('button[data-withdraw]');
    await page.waitForSelector('.app-things-to-check__item');
    assert.equal(await page.locator('#acknowledged').count(), 0);
    assert.deepEqual((await saved(page)).acknowledgements, []);
  });

  test('approving records the digest; an edit afterwards shows at once that the approval no longer holds; approving again', async (t) => {
    const page = await session(t, server);
    await withDraft(page, server, complete);
    assert.equal(await page.textContent('[data-section="approval"] .govuk-task-list__status'), 'Completed');
    await page.goto(`${server.url}#/section/approval`);
    await page.waitForSelector('#approved');
    assert.match(await page.textContent('#what-is-approved'), /1 April 2025 to 31 March 2026/);
    assert.equal(await page.textContent('.app-digest'), complete.approval.digest);
    await axe(page, 'approval, approved');
    // An edit anywhere: the approval no longer holds, on every page, at once.
    await page.goto(`${server.url}#/section/voice`);
    await page.focus(`#${idFor('/voice/children')}`);
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited after approval.');
    await page.waitForSelector('#approval-status .govuk-warning-text', { timeout: 3000 });
    assert.match(await page.textContent('#approval-status'), /The approval no longer holds/);
    await page.goto(`${server.url}#/share`);
    await page.waitForSelector('#blockers');
    assert.match(await page.textContent('#blockers'), /changed since it was approved/);
    await page.click('#approval-status a');
    await page.waitForSelector('#approve');
    assert.equal(await page.textContent('#approve'), 'Approve it again');
    await axe(page, 'approval, no longer holding');
    await page.click('#approve');
    await page.waitForSelector('#approved');
    const draft = await saved(page);
    assert.equal(draft.approval.digest, sefcheck.contentDigest(draft));
    assert.equal(sefcheck.validate(draft).readyToShare, true);
    await page.waitForFunction(() => document.querySelector('#approval-status')?.textContent === '');
    assert.equal(await page.textContent('.app-digest'), draft.approval.digest);
  });

  test('the approval cannot start until every other section is complete', async (t) => {
    const page = await session(t, server);
    const doc = structuredClone(complete);
    delete doc.approval;
    delete doc.declarations.noNames;
    await withDraft(page, server, doc);
    assert.equal(await page.textContent('[data-section="approval"] .govuk-task-list__status'), 'Cannot start yet');
    await page.goto(`${server.url}#/section/approval`);
    await page.waitForSelector('#approve-not-yet');
    assert.match(await page.textContent('#section-form'), /Before sharing/);
    assert.equal(await page.locator('#approve').count(), 0);
  });

  test('a draft and a file in format 1 are migrated by the form, which says so once', async (t) => {
    const page = await session(t, server);
    await withDraft(page, server, completeV1);
    assert.match(await page.textContent('#flash'), /Your draft is updated to the current format/);
    const draft = await saved(page);
    assert.deepEqual(draft, sefcheck.migrate(completeV1));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.locator('#flash').count(), 0, 'said once');
    // A file in format 1, imported.
    await page.goto(`${server.url}#/file`);
    const text = JSON.stringify(example('draft.format-1.json'));
    await page.setInputFiles('#import-file', { name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.click('#import');
    await page.waitForSelector('#flash');
    assert.match(await page.textContent('#flash'), /The file is imported, and updated to the current format/);
    assert.deepEqual(await saved(page), sefcheck.migrate(JSON.parse(text)));
  });
});
