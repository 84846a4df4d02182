// The worked example app (examples/react/): built from the packed package as a developer would
// build it (example-app.mjs), and used in Debian's Chromium: the live word count, an issue of
// sefcheck's rules at its field through TanStack Form, the error summary, and "Saved".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sefcheck from 'sefcheck';
import { axe, repo, session } from './harness.mjs';
import { buildExample, exampleDir, serveExample } from './example-app.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const voice = sefcheck.formDefinition().sections.find((s) => s.id === 'voice');
const answers = voice.fields[0].fields;
const children = answers.find((f) => f.key === 'children');
/** What sefcheck itself says of an answer, so that no message is retyped here. */
const messagesAt = (doc, pointer) =>
  sefcheck
    .validate(doc)
    .diagnostics.filter((d) => d.path === pointer && d.severity === 'error')
    .map((d) => d.message);

/** The error summary of a draft: the section's errors, grouped by answer in the report's order. */
function summaryOf(doc) {
  const byPath = new Map();
  for (const d of sefcheck.validate(doc).diagnostics) {
    if (d.section === 'voice' && d.severity === 'error') byPath.set(d.path, (byPath.get(d.path) ?? new Set()).add(d.message));
  }
  return [...byPath.values()].flatMap((messages) => [...messages]);
}

test('examples/react/package.json depends on the versions the repository tests with', () => {
  const root = readJson(join(repo, 'package.json'));
  const manifest = readJson(join(exampleDir, 'package.json'));
  const { sefcheck: version, ...others } = { ...manifest.dependencies, ...manifest.devDependencies };
  assert.equal(version, root.version, 'the example depends on this version of sefcheck');
  assert.deepEqual(Object.keys(others).sort(), ['@tanstack/react-form', 'react', 'react-dom', 'vite']);
  for (const [name, want] of Object.entries(others)) {
    assert.equal(want, root.devDependencies[name], `${name}: the example's version is the root's devDependency`);
  }
  assert.equal(manifest.private, true);
  assert.deepEqual(Object.keys(manifest.scripts).sort(), ['build', 'dev', 'preview']);
});

let built;
let server;
before(() => {
  built = buildExample();
});
after(async () => {
  await server?.close();
  built?.remove();
});

test('the example, built from the packed package: word count, an issue at its field, Saved', { timeout: 120_000 }, async (t) => {
  server = await serveExample(built.app);
  const page = await session(t, server);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const textIs = (selector, text) =>
    page.waitForFunction(([s, want]) => document.querySelector(s)?.textContent === want, [selector, text], { timeout: 5000 });

  await page.goto(server.url);
  await page.waitForSelector('h1');
  // Drawn from formDefinition(): the section's title, every answer's label and limit.
  assert.equal(await page.textContent('h1'), voice.title);
  for (const field of answers) {
    const label = await page.textContent(`label[for="voice-${field.key}"]`);
    assert.equal(label, field.required ? field.label : `${field.label} (optional)`);
    assert.equal(await page.textContent(`#voice-${field.key}-info`), `You can enter up to ${field.limit.max} ${field.limit.unit}`);
  }
  await axe(page, 'the example, empty');

  // The count follows each word as it is typed.
  const long = page.locator('#voice-children');
  const count = '[data-count-for="voice-children"]';
  await textIs(count, `You have ${children.limit.max} words remaining`);
  let typed = '';
  for (const word of ['Children', 'told', 'us', 'the', 'waiting', 'room', 'felt', 'unsafe.']) {
    const next = typed ? ` ${word}` : word;
    await long.pressSequentially(next);
    typed += next;
    const left = children.limit.max - sefcheck.countWords(typed);
    await textIs(count, `You have ${left} word${left === 1 ? '' : 's'} remaining`);
  }
  assert.equal(children.limit.max - sefcheck.countWords(typed), children.limit.max - 8);
  // One word over the limit: the count says so, as GOV.UK's does.
  await long.fill(`${'word '.repeat(children.limit.max)}more`);
  await textIs(count, 'You have 1 word too many');
  assert.match(await page.getAttribute(count, 'class'), /count-over/);
  await long.fill(typed);
  await textIs(count, `You have ${children.limit.max - 8} words remaining`);

  // A phone number in an answer: sefcheck's own message, at that field, while typing.
  const complaints = 'We now call families back within a day: 07700 900123.';
  await page.fill('#voice-complaints', complaints);
  const [phone] = messagesAt({ formVersion: 2, voice: { complaints } }, '/voice/complaints');
  assert.ok(phone, 'sefcheck finds the phone number');
  await textIs('#voice-complaints-error', `Error: ${phone}`);
  assert.match(await page.getAttribute('#voice-complaints', 'aria-describedby'), /voice-complaints-error/);
  assert.equal(await page.$('#voice-youngPeoplesBoard-error'), null, 'an untouched answer shows nothing before a submit');

  // Submitting: the summary, focused, lists every issue of the section; a link focuses its field.
  await page.click('button[type="submit"]');
  await page.waitForSelector('.error-summary');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'error-summary');
  const board = messagesAt({ formVersion: 2 }, '/voice/youngPeoplesBoard');
  const draft = { formVersion: 2, voice: { children: typed, youngPeoplesBoard: '', familyForum: '', complaints } };
  assert.deepEqual(await page.locator('.error-summary li').allTextContents(), summaryOf(draft));
  assert.deepEqual(summaryOf(draft), [...board, phone]);
  await textIs('#voice-youngPeoplesBoard-error', `Error: ${board[0]}`);
  assert.equal(await page.$('#voice-familyForum-error'), null, 'the optional answer has no issue');
  assert.equal(await page.$('.panel'), null);
  await axe(page, 'the example with errors');
  await page.click(`.error-summary a[href="#voice-youngPeoplesBoard"]`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'voice-youngPeoplesBoard');

  // Fixed, and saved: no issue left, the panel says so.
  await page.fill('#voice-youngPeoplesBoard', 'The Young People’s Board reviewed our letters to children and rewrote two of them.');
  await page.fill('#voice-complaints', 'We now call families back within a day.');
  await page.waitForFunction(() => !document.querySelector('.error-summary'));
  // An issue typed after a failed submit is listed again, but the focus stays where one types.
  await page.locator('#voice-complaints').pressSequentially(' Or 07700 900123.');
  await page.waitForSelector('.error-summary li');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'voice-complaints');
  await page.fill('#voice-complaints', 'We now call families back within a day.');
  await page.waitForFunction(() => !document.querySelector('.error-summary'));
  await page.click('button[type="submit"]');
  await textIs('.panel-title', 'Saved');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'panel');
  assert.equal(await page.$('.error-message'), null);
  await axe(page, 'the example, saved');
  // A change after saving takes the panel away until the next save.
  await long.pressSequentially(' More.');
  assert.equal(await page.$('.panel'), null);

  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'the preview server’s policy blocked something');
  assert.deepEqual(problems, []);
});
