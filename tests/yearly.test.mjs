// nextYear and compare on the built package (docs/spec/yearly.md), loaded as a user loads it:
// the same in `import` and `require`, refusals as Errors with a code, the documents given left
// untouched, and nothing of a document's text in a comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'sefcheck';
import { example } from './helpers.mjs';

const require = createRequire(import.meta.url);
const cjs = require('sefcheck');

const AREAS = ['privateLaw', 'publicLaw', 'leadership'];

test('nextYear and compare are exported by both entries', () => {
  for (const api of [esm, cjs]) {
    assert.equal(typeof api.nextYear, 'function');
    assert.equal(typeof api.compare, 'function');
  }
  const complete = example('complete');
  assert.deepEqual(cjs.nextYear(complete), esm.nextYear(complete));
  assert.deepEqual(cjs.compare(complete, complete), esm.compare(complete, complete));
});

test('nextYear of the complete example: exactly what is owed, by id, and the link to this year', () => {
  const complete = example('complete');
  const before = JSON.stringify(complete);
  const next = esm.nextYear(complete);
  assert.equal(JSON.stringify(complete), before, 'the document given is untouched');
  assert.deepEqual(Object.keys(next), ['formVersion', 'about', 'previous', 'inspection', 'areas', 'actions', 'kpis']);
  assert.deepEqual(next.about, { periodStart: '2026-04-01', periodEnd: '2027-03-31', preparedBy: complete.about.preparedBy });
  assert.deepEqual(next.previous, { periodEnd: '2026-03-31', digest: esm.contentDigest(complete) });
  const ids = (list) => list.map((x) => x.id);
  assert.deepEqual(ids(next.actions), ids(complete.actions));
  assert.deepEqual(ids(next.inspection.recommendations), ['ofsted-2024-01']);
  for (const area of AREAS) assert.deepEqual(next.areas[area], { developmentAreas: complete.areas[area].developmentAreas });
  assert.deepEqual(
    next.kpis.map((k) => [k.id, k.previous, 'value' in k]),
    complete.kpis.map((k) => [k.id, k.value, false]),
  );
  // Twice: two years on.
  const twice = esm.nextYear(next);
  assert.deepEqual([twice.about.periodStart, twice.about.periodEnd], ['2027-04-01', '2028-03-31']);
  assert.equal(twice.previous.digest, esm.contentDigest(next));
  // Its report: what an empty year lacks, not an error from a carried item.
  const empty = new Set(esm.validate(esm.emptyDocument()).diagnostics.map((d) => `${d.code} ${d.path}`));
  for (const d of esm.validate(next).diagnostics) {
    const line = `${d.code} ${d.path}`;
    const toEnter = d.code === 'required' && /^\/kpis\/\d+\/(value|better)$/.test(d.path);
    assert.ok(empty.has(line) || toEnter, line);
  }
});

test('nextYear refuses with a code, and never repeats the document', () => {
  const cases = [
    [[], 'not-format-2'],
    ['text', 'not-format-2'],
    [{ formVersion: 'Qz7Marigold', about: { periodEnd: '2026-03-31' } }, 'not-format-2'],
    [example('complete.format-1'), 'migrate-first'],
    [{ formVersion: 2, about: { periodEnd: 'Qz7Marigold' } }, 'no-period'],
    [{ formVersion: 2 }, 'no-period'],
  ];
  for (const [doc, code] of cases)
    assert.throws(
      () => esm.nextYear(doc),
      (e) => e instanceof Error && e.code === code && !e.message.includes('Qz7Marigold'),
      JSON.stringify(doc).slice(0, 80),
    );
  const cycle = { formVersion: 2 };
  cycle.self = cycle;
  assert.throws(
    () => esm.nextYear(cycle),
    (e) => e.code === 'cycle',
  );
  // The module works on after a refusal.
  assert.equal(esm.nextYear({ formVersion: 2, about: { periodEnd: '2024-02-29' } }).about.periodEnd, '2025-02-28');
});

/** Next year filled in by hand: a grade up, a measure worse, an action completed, a development
 *  area resolved, a new recommendation. */
function filledIn(complete) {
  const next = esm.nextYear(complete);
  for (const area of AREAS) next.areas[area].grade = complete.areas[area].grade;
  next.areas.privateLaw.grade = 'outstanding';
  next.kpis.forEach((k, i) => {
    k.value = complete.kpis[i].value;
  });
  next.kpis[1].value = 85;
  next.actions[1].status = 'completed';
  next.areas.privateLaw.developmentAreas[1].status = 'resolved';
  next.inspection.recommendations.push({ id: 'ofsted-2027-01', text: 'New.', progress: 'None yet.', status: 'notStarted' });
  return next;
}

test('compare finds each planted change, and the chain', () => {
  const complete = example('complete');
  const next = filledIn(complete);
  const c = esm.compare(complete, next);
  assert.equal(c.chain, true);
  assert.deepEqual(c.areas[0].grade, { previous: 'good', current: 'outstanding' });
  assert.equal(c.areas[0].change, 'better');
  assert.deepEqual(
    c.measures.matched.map((m) => m.change),
    ['same', 'worse', 'same', 'same', 'same', 'same', 'same', 'same'],
  );
  assert.deepEqual(c.actions.completed, ['PL-02']);
  assert.deepEqual(c.developmentAreas.resolved, [{ id: 'PL-D2', area: 'privateLaw' }]);
  assert.deepEqual(c.recommendations.new, ['ofsted-2027-01']);
  // One byte of last year's document changed: the chain no longer holds.
  const changed = structuredClone(complete);
  changed.voice.children += ' ';
  assert.equal(esm.compare(changed, next).chain, false);
  // With itself: no change.
  const same = esm.compare(complete, complete);
  assert.ok(same.areas.every((a) => a.change === 'same'));
  assert.ok(same.measures.matched.every((m) => m.change === 'same'));
  assert.deepEqual(same.actions.completed, []);
});

test('compare takes any two values, holds no text of either, and refuses only as validate does', () => {
  const complete = example('complete');
  const strings = (v, out = []) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
    return out;
  };
  const texts = strings(complete).filter((s) => s.length >= 21 || s.includes(' '));
  for (const [a, b] of [
    [null, undefined],
    ['x', 1],
    [complete, []],
    [{}, complete],
    [example('draft'), complete],
  ]) {
    const c = esm.compare(a, b);
    assert.equal(typeof c.chain, 'boolean');
    const got = JSON.stringify(c);
    for (const t of texts) assert.ok(!got.includes(JSON.stringify(t)), t);
  }
  const deep = { formVersion: 2 };
  let at = deep;
  for (let i = 0; i < 70; i++) at = at.x = {};
  assert.throws(
    () => esm.compare(complete, deep),
    (e) => e.code === 'too-deep',
  );
  assert.throws(
    () => esm.compare(deep, complete),
    (e) => e.code === 'too-deep',
  );
  const cycle = {};
  cycle.self = cycle;
  assert.throws(
    () => esm.compare(cycle, complete),
    (e) => e.code === 'cycle',
  );
  // A text of several bytes a character before the second document: the split is in bytes.
  const previous = { formVersion: 2, about: { periodEnd: '2026-03-31', preparedBy: 'Équipe ☃ 𝄞' } };
  const current = esm.nextYear(previous);
  assert.equal(esm.compare(previous, current).chain, true);
});
