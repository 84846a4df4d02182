// The yearly cycle in the form, in Chromium (docs/spec/yearly.md): next year's self-evaluation
// started from this one (this year's downloaded first), and this year compared with last
// year's file, the page showing what the package's compare gives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as sefcheck from 'sefcheck';
import { MemoryStorage, axe, example, serve, session, storageEntries, withDraft } from './harness.mjs';
import { draftStore } from '../../www/src/store.js';
import { definitionIndex } from '../../www/src/definition.js';

const index = definitionIndex(sefcheck.formDefinition());
let server;
before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

async function saved(page) {
  const store = draftStore({
    lists: index.lists,
    emptyDocument: sefcheck.emptyDocument,
    storage: new MemoryStorage(await storageEntries(page)),
  });
  return store.load().draft;
}

describe('the yearly cycle in the form', () => {
  test("next year: this year's document downloaded first, then the draft is next year's, and the page says what was carried over", async (t) => {
    const page = await session(t, server);
    const complete = example('complete');
    await withDraft(page, server, complete, '#/share');
    await page.click('#next-year');
    await page.waitForSelector('#carried-over');
    const next = sefcheck.nextYear(complete);
    assert.match(await page.textContent('#carried-over'), new RegExp(`${next.actions.length} actions`));
    await axe(page, 'start next year');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-this-year')]);
    assert.deepEqual(JSON.parse(readFileSync(await file.path(), 'utf8')), complete);
    await page.click('#start-next-year');
    await page.waitForSelector('#task-list');
    assert.match(await page.textContent('.govuk-notification-banner--success'), /Next year's self-evaluation is started/);
    assert.deepEqual(await saved(page), next);
  });

  test('compare with last year: the chain, the grades, the measures and the thread, as compare gives them', async (t) => {
    const page = await session(t, server);
    const complete = example('complete');
    const current = sefcheck.nextYear(complete);
    current.areas.privateLaw.grade = 'outstanding';
    current.kpis[0].value = 90;
    current.actions[0].status = 'completed';
    await withDraft(page, server, current, '#/check');
    await page.click('#compare-link');
    await page.setInputFiles('#previous-file', {
      name: 'last-year.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(complete)),
    });
    await page.click('#compare');
    await page.waitForSelector('#comparison');
    const c = sefcheck.compare(complete, current);
    assert.equal(c.chain, true);
    assert.match(await page.textContent('#chain'), /Linked/);
    const privateLaw = c.areas.find((a) => a.area === 'privateLaw');
    assert.equal(privateLaw.change, 'better');
    assert.match(await page.textContent('#compare-grades'), /Better/);
    const m = c.measures.matched[0];
    const row = await page.textContent(`#compare-measures tbody tr:first-child`);
    assert.ok(row.includes(m.id) && row.includes(String(m.current)), row);
    assert.ok((await page.textContent('#compare-thread')).includes(c.actions.completed[0]));
    // The audit's spread over the four grades, each year, with its counts.
    const spread = await page.textContent('#compare-audit-spread');
    assert.ok(spread.includes(String(complete.audit.outstanding)) && spread.includes(String(complete.audit.inadequate)), spread);
    await axe(page, 'compare with last year');
    // The readable document now has its part on what changed since last year.
    await page.goto(`${server.url}#/document`);
    await page.waitForSelector('#document[data-ready="true"]');
    assert.match(await page.textContent('#document'), /Since last year.*names last year's by its digest/s);
    await page.goto(`${server.url}#/compare`);
    // A file that is not a self-evaluation is refused, on the page.
    await page.setInputFiles('#previous-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await page.click('#compare');
    await page.waitForSelector('#previous-file-error');
  });
});
