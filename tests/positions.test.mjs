// The positions of diagnostics that validateJson(text, { positions: true }) gives (the core's,
// src/locate.rs) are the ones the command's own JSON scanner used to find
// (tests/reference/positions.mjs), on the example documents and on variants of them: edited to
// draw every kind of diagnostic, disclosure findings among them, and written out compact,
// indented, with CRLF line ends and with every character beyond ASCII as a \u escape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as sefcheck from 'sefcheck';
import { regions } from './reference/positions.mjs';
import { ROOT, example, exampleText } from './helpers.mjs';

/** A document with something to say at every depth: wrong types, blanks, unknown keys, and
 *  identifying details (beside emoji, accents and quotes) in free text. */
function edited() {
  const doc = example('complete');
  doc.about.preparedBy = 42;
  doc.about.shareBy = '2027-02-30';
  doc.about['a/b~c'] = 'unknown';
  doc.voice.children = 'Child A 😀 said "thank you" — then café SW1A 1AA and born on 12/03/2015; email parent.one@outlook.com';
  doc.voice.complaints = '   ';
  doc.areas.privateLaw.strengths.push({ id: 'PL-S9', text: 'Mrs O\u2019Brien-Smith helped 👍🏽 call 07700 900123' });
  doc.areas.publicLaw.evidence.push('no such item', 'x'.repeat(30));
  doc.evidence[1].id = doc.evidence[0].id;
  delete doc.actions[0].owner;
  doc.kpis[0].value = -5;
  doc.extra = { deep: [[{ deeper: 'Dr Jones' }]] };
  delete doc.declarations;
  return doc;
}

/** Every character beyond ASCII written as a \u escape (astral ones as two). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: every character outside ASCII, written as \u escapes
const escapeAll = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function layouts(doc) {
  const indented = JSON.stringify(doc, null, 2);
  return {
    compact: JSON.stringify(doc),
    indented,
    crlf: indented.replaceAll('\n', '\r\n'),
    tabs: JSON.stringify(doc, null, '\t'),
    escaped: escapeAll(indented),
  };
}

const EMPTY = sefcheck.emptyDocument();

function texts() {
  const out = [];
  for (const name of ['complete', 'draft']) out.push([name, exampleText(name)]);
  out.push(['empty', JSON.stringify(EMPTY)]);
  const fixtures = path.join(ROOT, 'tests', 'browser', 'fixtures');
  for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.json')))
    out.push([file, fs.readFileSync(path.join(fixtures, file), 'utf8')]);
  for (const [layout, text] of Object.entries(layouts(example('draft')))) out.push([`draft ${layout}`, text]);
  for (const [layout, text] of Object.entries(layouts(EMPTY))) out.push([`empty ${layout}`, text]);
  for (const [layout, text] of Object.entries(layouts(edited()))) out.push([`edited ${layout}`, text]);
  return out;
}

test('the core gives every diagnostic the position the old scanner found', () => {
  let compared = 0;
  let spans = 0;
  for (const [name, text] of texts()) {
    const report = sefcheck.validateJson(text, { positions: true });
    const old = regions(text, report);
    assert.equal(old.length, report.diagnostics.length, name);
    report.diagnostics.forEach((d, k) => {
      const mine = { startLine: d.line, startColumn: d.column };
      if (d.endLine !== undefined) Object.assign(mine, { endLine: d.endLine, endColumn: d.endColumn });
      assert.deepEqual(mine, old[k], `${name}: ${d.code} at ${d.path}`);
      compared++;
      if (d.span) spans++;
    });
  }
  assert.ok(compared > 500 && spans >= 25, `${compared} positions compared, ${spans} of findings`);
});

test("a disclosure finding's position names its text, whatever the escapes before it", () => {
  const doc = edited();
  for (const [layout, text] of Object.entries(layouts(doc))) {
    const lines = text.split('\n');
    const report = sefcheck.validateJson(text, { positions: true });
    for (const d of report.diagnostics.filter((x) => x.span)) {
      assert.equal(d.endLine, d.line, `${layout}: a string lies on one line`);
      const written = lines[d.line - 1].slice(d.column - 1, d.endColumn - 1);
      const value = d.path
        .slice(1)
        .split('/')
        .reduce((v, k) => v[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
      const found = value.slice(d.span.start, d.span.end);
      assert.equal(JSON.parse(`"${written}"`), found, `${layout}: ${d.code} at ${d.path}`);
    }
  }
});
