// The report's invariants (rules.md "The report"), checked by tests/hostile-properties.test.mjs
// and tests/hostile-regressions.test.mjs: the JavaScript twin of fuzz/src/properties.rs.
import assert from 'node:assert/strict';

export const SECTION_IDS = [
  'about',
  'inspection',
  'privateLaw',
  'publicLaw',
  'leadership',
  'voice',
  'evidence',
  'actions',
  'performance',
  'declarations',
  'approval',
];

/** RFC 6901: empty, or starting with `/`, with `~` only as `~0` or `~1`. */
export const isPointer = (p) => typeof p === 'string' && (p === '' || (p[0] === '/' && !/~(?![01])/.test(p)));

function resolve(doc, p) {
  if (p === '') return doc;
  let at = doc;
  for (const raw of p.slice(1).split('/')) {
    const t = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, t)) return undefined;
    at = at[t];
  }
  return at;
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
/** Offset `i` of `s` is not between the two halves of a surrogate pair. */
const onBoundary = (s, i) => i === 0 || i === s.length || !(isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)));

/** Spans of one string: inside it, start < end, on UTF-16 boundaries, in order, never overlapping. */
export function checkSpans(text, spans, where = '') {
  let lastEnd = 0;
  for (const { start, end } of spans) {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `integer span ${where}`);
    assert.ok(start < end && end <= text.length, `span [${start},${end}) inside its string of ${text.length} ${where}`);
    assert.ok(onBoundary(text, start) && onBoundary(text, end), `span [${start},${end}) on UTF-16 boundaries ${where}`);
    assert.ok(start >= lastEnd, `findings in order, never overlapping ${where}`);
    lastEnd = end;
  }
}

/**
 * The invariants of a report made from `doc` (the document as JSON reads it, or undefined when
 * it cannot be known: then the span checks that need the strings are skipped).
 */
export function checkReport(report, doc) {
  assert.equal(typeof report, 'object');
  assert.equal(report.formVersion, 2);
  const diags = report.diagnostics;
  assert.ok(Array.isArray(diags), 'diagnostics');
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning' && !d.acknowledged).length;
  const acknowledged = diags.filter((d) => d.acknowledged === true).length;
  assert.equal(report.errors, errors, 'errors == error diagnostics');
  assert.equal(report.warnings, warnings, 'warnings == warning diagnostics no acknowledgement covers');
  assert.equal(report.acknowledged, acknowledged, 'acknowledged == acknowledged diagnostics');
  assert.equal(errors + warnings + acknowledged, diags.length, 'every diagnostic an error or a warning');
  for (const d of diags)
    if ('acknowledged' in d)
      assert.ok(d.acknowledged === true && d.severity === 'warning', `${d.code} at ${d.path}: only a warning is acknowledged`);
  assert.equal(report.readyToShare, errors === 0, 'readyToShare == (errors == 0)');
  assert.deepEqual(
    report.sections.map((s) => s.id),
    SECTION_IDS,
    'all eleven sections in form order',
  );
  let last = 0;
  for (const d of diags) {
    assert.ok(isPointer(d.path), `path ${JSON.stringify(d.path)} is a JSON Pointer`);
    const si = SECTION_IDS.indexOf(d.section);
    assert.ok(si >= last, 'diagnostics in form order');
    last = si;
    assert.equal('span' in d, d.code.startsWith('disclosure-'), 'span exactly on disclosure diagnostics');
  }
  for (const s of report.sections) {
    assert.equal(s.errors, diags.filter((d) => d.section === s.id && d.severity === 'error').length);
    assert.equal(s.warnings, diags.filter((d) => d.section === s.id && d.severity === 'warning' && !d.acknowledged).length);
    assert.equal(s.acknowledged, diags.filter((d) => d.section === s.id && d.acknowledged === true).length);
  }
  const byPath = new Map();
  for (const d of diags) if (d.span) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d.span]);
  for (const [p, spans] of byPath) {
    if (doc === undefined) {
      checkSpans('\u0000'.repeat(2 ** 30), spans, p);
      continue;
    }
    const text = resolve(doc, p);
    assert.equal(typeof text, 'string', `a span's path ${p} names a string`);
    checkSpans(text, spans, p);
  }
}

/** No planted marker (a string of the document) in the report or in an error's message. */
export function checkNoLeak(what, markers) {
  const text = typeof what === 'string' ? what : JSON.stringify(what);
  for (const m of markers) assert.ok(!text.includes(m), `a document value leaked: ${m}`);
}
