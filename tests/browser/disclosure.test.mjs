// The disclosure checks' second round in the form, in Chromium: each sentence of the issue's
// table typed into an answer gives, at that answer, exactly the findings the package gives
// (none for what a self-evaluation must be able to say; a warning for a first name and a named
// school), and the page never shows what was found.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import { axe, launch, open, serve, watch } from './harness.mjs';
import { idFor } from './fill.mjs';

/** The table: each sentence and the codes it must give, in the package and on the page. */
export const SENTENCES = [
  ['Of the babies born between 1 April 2024 and 31 March 2025, most stayed with family.', []],
  ['Families can write to us at enquiries@cafcass.gov.uk.', []],
  ['Our helpline is 0300 456 4000.', []],
  ['Jayden told his guardian that he wanted to live with his nan.', ['disclosure-first-name']],
  ["He attends St Mary's Primary School in Hexham.", ['disclosure-school']],
  ['Mrs Justice Amberley chaired the local family justice board.', []],
];

let server;
before(async () => {
  server = await serve();
});
after(async () => {
  await server?.close();
});

test("each sentence of the issue's table, typed into an answer, gives the package's findings at that answer", async (t) => {
  const browser = await launch();
  const seen = watch(browser.context, server.origin);
  t.after(async () => {
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.foreign, []);
    await browser.close();
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const id = idFor('/voice/children');
  for (const [sentence, codes] of SENTENCES) {
    assert.deepEqual(
      sefcheck.scanDisclosure(sentence).map((f) => f.code),
      codes,
      `the package: ${sentence}`,
    );
    await open(page, server.url, '#/section/voice?show=errors');
    await page.fill(`#${id}`, sentence);
    await page.click('#section-form button[type="submit"]');
    await page.waitForSelector('#section-form, #task-list');
    await open(page, server.url, '#/section/voice?show=errors');
    const shown = await page.$$eval(`.govuk-form-group:has(#${id}) [data-code^="disclosure-"]`, (els) => els.map((el) => el.dataset.code));
    assert.deepEqual(shown, codes, `the form: ${sentence}`);
    // What was found is not repeated anywhere but in the box.
    const text = await page.evaluate(() => document.body.textContent);
    for (const word of ['Jayden', "St Mary's Primary School"]) {
      if (sentence.includes(word)) assert.equal(text.includes(word), false, `${word} shown on the page`);
    }
    if (codes.length) await axe(page, `a ${codes[0]} finding`);
  }
});
