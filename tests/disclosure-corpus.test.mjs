// The disclosure checks measured on a labelled corpus of self-evaluation prose
// (tests/disclosure-corpus/: generate.mjs writes corpus.json). The first names planted in it
// must be found (disclosure-first-name), and so must the schools (disclosure-school); clean
// prose that names nobody must raise almost no such warning; the shapes a self-evaluation
// must be able to write (cohort dates, role mailboxes, non-geographic numbers, judicial
// titles) must raise no finding of their code; and their near misses must all be found.
// The figures are printed as a Markdown table (`node scripts/corpus-figures.mjs` prints the
// same table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { scanDisclosure } from 'sefcheck';
import { CODES, CORPUS_PATH, countWords, generate, serialize } from './disclosure-corpus/generate.mjs';
import { MINIMUMS, TARGETS, census, measure, table } from './disclosure-corpus/measure.mjs';

const committed = fs.readFileSync(CORPUS_PATH, 'utf8');
const corpus = JSON.parse(committed);
const KINDS = new Set(['firstName', 'school', 'mustReport', 'falseAlarm']);

test('corpus.json is what generate.mjs writes', () => {
  assert.ok(committed === serialize(generate()), 'corpus.json is stale: run `node tests/disclosure-corpus/generate.mjs` and commit it');
});

test("the corpus's labels are spans of its documents", () => {
  assert.equal(corpus.version, 1);
  const ids = new Set();
  for (const doc of corpus.documents) {
    assert.ok(!ids.has(doc.id), `${doc.id} twice`);
    ids.add(doc.id);
    assert.equal(typeof doc.text, 'string');
    assert.equal(typeof doc.clean, 'boolean');
    if (doc.clean) assert.deepEqual(doc.labels, [], `${doc.id} is clean but has labels`);
    let end = 0;
    for (const l of doc.labels) {
      assert.ok(KINDS.has(l.kind), `${doc.id}: kind ${l.kind}`);
      assert.ok(Object.values(CODES).includes(l.code), `${doc.id}: code ${l.code}`);
      if (l.kind === 'firstName') assert.equal(l.code, CODES.firstName);
      if (l.kind === 'school') assert.equal(l.code, CODES.school);
      assert.ok(
        Number.isInteger(l.start) && l.start >= end && l.start < l.end && l.end <= doc.text.length,
        `${doc.id}: span ${l.start}-${l.end}`,
      );
      assert.match(doc.text.slice(l.start, l.end), /^[\p{L}\p{Nd}+(].*[\p{L}\p{Nd}]$/u, `${doc.id}: a span starts or ends off its item`);
      end = l.end;
    }
  }
});

test('the corpus is big enough', () => {
  const c = census(corpus);
  assert.equal(
    c.words,
    corpus.documents.reduce((n, d) => n + countWords(d.text), 0),
  );
  assert.ok(c.words >= MINIMUMS.words, `${c.words} words, fewer than ${MINIMUMS.words}`);
  assert.ok(c.firstNames >= MINIMUMS.firstNames, `${c.firstNames} planted first names, fewer than ${MINIMUMS.firstNames}`);
  assert.ok(c.schools >= MINIMUMS.schools, `${c.schools} planted schools, fewer than ${MINIMUMS.schools}`);
  assert.ok(c.falseAlarmTotal >= MINIMUMS.falseAlarms, `${c.falseAlarmTotal} false-alarm sentences, fewer than ${MINIMUMS.falseAlarms}`);
  assert.ok(c.cleanWords >= MINIMUMS.cleanWords, `${c.cleanWords} clean words, fewer than ${MINIMUMS.cleanWords}`);
  for (const code of [CODES.dateOfBirth, CODES.email, CODES.phone, CODES.namedPerson]) {
    assert.ok(c.falseAlarms[code] > 0, `no false-alarm sentence for ${code}`);
    assert.ok(c.mustReport[code] > 0, `no near miss for ${code}`);
  }
});

/** What a failing target says: the figure, the target, a hint when the build has no such
 *  check at all, and a few of the spans concerned. */
function explain(what, examples, code, m) {
  const none =
    code && !m.findings[code] ? ` [no ${code} finding anywhere in the corpus: this build of sefcheck has no such check yet]` : '';
  const shown = examples.slice(0, 8).map((e) => `\n    ${e}`);
  const more = examples.length > 8 ? `\n    … and ${examples.length - 8} more` : '';
  return `${what}${none}${examples.length > 0 ? ':' : ''}${shown.join('')}${more}`;
}

test('the disclosure scanner on the corpus', async (t) => {
  const m = measure(corpus, scanDisclosure);
  for (const line of table(m)) t.diagnostic(line);
  const pc = (x) => `${(x * 100).toFixed(1)} %`;

  await t.test(`first-name recall is at least ${pc(TARGETS.firstNameRecall)}`, () => {
    const r = m.firstName;
    assert.ok(
      m.pass.firstNameRecall,
      explain(`first-name recall ${pc(r.recall)} (${r.found} of ${r.planted} found), missed`, r.missed, CODES.firstName, m),
    );
  });
  await t.test(`school recall is at least ${pc(TARGETS.schoolRecall)}`, () => {
    const r = m.school;
    assert.ok(
      m.pass.schoolRecall,
      explain(`school recall ${pc(r.recall)} (${r.found} of ${r.planted} found), missed`, r.missed, CODES.school, m),
    );
  });
  await t.test(`at most ${TARGETS.cleanWarningsPer10k} first-name or school warning per 10,000 words of clean prose`, () => {
    const c = m.clean;
    assert.ok(
      m.pass.cleanWarningsPer10k,
      explain(`${c.per10k.toFixed(2)} per 10,000 words (${c.warnings} in ${c.words} words)`, c.hits, undefined, m),
    );
  });
  await t.test('no finding of its code on any false-alarm sentence', () => {
    const f = m.falseAlarm;
    assert.ok(m.pass.falseAlarmErrors, explain(`${f.errors} of ${f.labels} false-alarm sentences reported`, f.hits, undefined, m));
  });
  await t.test('every near miss is reported with its code', () => {
    const r = m.mustReport;
    assert.ok(m.pass.mustReportRecall, explain(`${r.found} of ${r.planted} near misses reported, missed`, r.missed, undefined, m));
  });
});
