// Takes the README's screenshots (docs/screenshots/) of the form from the real, built page:
//   npm run build && npm run build:www && node tests/browser/screenshots.mjs
// They go to docs/screenshots/: the task list, a section with errors, things to check with an
// acknowledgement, the golden thread on the check page, the approval no longer holding, the
// share page; the printed document's at-a-glance page and a page of an area; and the worked
// example app (examples/react/), built from the packed package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example, launch, open, repo, serve, watch } from './harness.mjs';
import { idFor } from './fill.mjs';
import { buildExample, serveExample } from './example-app.mjs';

const out = join(repo, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const complete = example('complete');

const server = await serve();
const browser = await launch();
const seen = watch(browser.context, server.origin);
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.setViewportSize({ width: 1100, height: 900 });

async function withDraft(doc, hash) {
  await open(page, server.url);
  await page.evaluate((d) => localStorage.setItem('sefcheck:draft', JSON.stringify(d)), doc);
  await page.reload();
  await open(page, server.url, hash);
  await page.evaluate(() => document.fonts.ready);
}

// The task list part-way through: some sections done, some started, some not.
const partial = structuredClone(complete);
delete partial.areas.publicLaw;
delete partial.areas.leadership;
delete partial.voice;
delete partial.declarations;
partial.areas.privateLaw.plans = '';
partial.kpis = [];
await withDraft(partial, '#/');
await page.screenshot({ path: join(out, 'task-list.png'), fullPage: true });

// A section with errors: an NHS number in a text, and answers missing.
await withDraft(partial, '#/section/voice');
await page.fill(
  `#${idFor('/voice/children')}`,
  'Child A, a nine-year-old girl, told us her NHS number 943 476 5919 was on a letter to her school. We changed the letter template so that it never carries one.',
);
await page.click('#section-form button[type="submit"]');
await page.waitForSelector('.app-disclosure');
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: join(out, 'section-with-errors.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1250 } });

// Things to check: a development area no action addresses, one acknowledged with its reason.
const unaddressed = structuredClone(complete);
delete unaddressed.approval;
for (const action of unaddressed.actions) action.addresses = action.addresses.filter((id) => !['PL-D1', 'PL-D2'].includes(id));
unaddressed.acknowledgements = [
  {
    code: 'development-area-unaddressed',
    path: '/areas/privateLaw/developmentAreas/1/id',
    reason: 'Covered by the regional domestic abuse programme, outside this plan.',
  },
];
await withDraft(unaddressed, '#/section/privateLaw?show=errors');
await page.waitForSelector('#warning-summary');
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: join(out, 'things-to-check.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1100 } });

// The golden thread on the check page.
await withDraft(unaddressed, '#/check');
await page.locator('#golden-thread').scrollIntoViewIfNeeded();
await page.locator('#golden-thread').screenshot({ path: join(out, 'golden-thread.png') });

// The approval, after an edit: it no longer holds.
const edited = structuredClone(complete);
edited.voice.children += ' Edited after approval.';
await withDraft(edited, '#/section/approval');
await page.waitForSelector('#approve');
await page.screenshot({ path: join(out, 'approval-changed.png'), fullPage: true });

// The share page, ready: the file, its SHA-256, download and print.
await withDraft(complete, '#/share');
await page.waitForSelector('#sha256[data-ready="true"]');
await page.screenshot({ path: join(out, 'share.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1000 } });

// The readable self-evaluation, printed to PDF as Chromium prints it: the at-a-glance page and
// a page of an area, made into images by poppler's pdftoppm.
await withDraft(complete, '#/document');
await page.waitForSelector('#document[data-ready="true"]');
await page.emulateMedia({ media: 'print' });
const pdfDir = mkdtempSync(join(tmpdir(), 'sefcheck-shots-'));
writeFileSync(join(pdfDir, 'document.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
await page.emulateMedia({ media: 'screen' });
for (const [number, name] of [
  [3, 'document-at-a-glance'],
  [5, 'document-page'],
]) {
  execFileSync('pdftoppm', [
    '-r',
    '80',
    '-f',
    String(number),
    '-l',
    String(number),
    '-png',
    '-singlefile',
    join(pdfDir, 'document.pdf'),
    join(out, name),
  ]);
}
rmSync(pdfDir, { recursive: true, force: true });

await browser.close();
await server.close();
if (seen.foreign.length || seen.dialogs.length) throw new Error('the page made a foreign request or opened a dialog');

// The example app after a submit that failed: an answer with its word count, a phone number
// found in another, one required answer missing. In a browser of its own (another origin).
const built = buildExample();
const exampleServer = await serveExample(built.app);
const exampleBrowser = await launch();
const exampleSeen = watch(exampleBrowser.context, exampleServer.origin);
const examplePage = exampleBrowser.context.pages()[0] ?? (await exampleBrowser.context.newPage());
await examplePage.setViewportSize({ width: 1100, height: 900 });
await examplePage.goto(exampleServer.url);
await examplePage.waitForSelector('h1');
await examplePage.fill(
  '#voice-children',
  'Children told us the waiting room felt unsafe and that letters used words they did not understand. We moved family time to a quieter room and rewrote our letters with the Young People’s Board.',
);
await examplePage.fill('#voice-complaints', 'We now call families back within a day on 07700 900123.');
await examplePage.click('button[type="submit"]');
await examplePage.waitForSelector('.error-summary');
await examplePage.evaluate(() => document.activeElement.blur());
await examplePage.screenshot({ path: join(out, 'example-react.png'), fullPage: true });
await exampleBrowser.close();
await exampleServer.close();
built.remove();
if (exampleSeen.foreign.length || exampleSeen.dialogs.length) throw new Error('the example made a foreign request or opened a dialog');
console.log(`screenshots: ${out}`);
