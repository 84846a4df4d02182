// The whole API of api.md, loaded as a user loads it: through package.json "exports", by
// name (self-reference), with `import` and with `require`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import * as esm from 'sefcheck';
import { example, exampleText } from './helpers.mjs';
import { SECTION_IDS } from './hostile-invariants.mjs';

const require = createRequire(import.meta.url);
const cjs = require('sefcheck');

const NAMES = [
  'validate',
  'validateJson',
  'contentDigest',
  'migrate',
  'nextYear',
  'compare',
  'formDefinition',
  'rules',
  'limits',
  'countWords',
  'countCharacters',
  'scanDisclosure',
  'emptyDocument',
  'ready',
];
const CODES = [
  'type',
  'required',
  'format-1',
  'unsupported-version',
  'unknown-field',
  'invalid-option',
  'invalid-date',
  'invalid-id',
  'invalid-digest',
  'invalid-pointer',
  'out-of-range',
  'too-long',
  'word-limit',
  'too-many',
  'duplicate-id',
  'unknown-reference',
  'date-order',
  'period-length',
  'late-sharing',
  'meeting-before-sharing',
  'inspection-overdue',
  'recommendation-unaddressed',
  'development-area-unaddressed',
  'action-required',
  'grade-jump',
  'qualitative-evidence',
  'unused-evidence',
  'evidence-date',
  'evidence-after-approval',
  'action-horizon',
  'audit-total',
  'small-number',
  'declaration-required',
  'approval-before-period-end',
  'approval-changed',
  'acknowledgement-of-error',
  'acknowledgement-unused',
  'disclosure-case-number',
  'disclosure-nhs-number',
  'disclosure-ni-number',
  'disclosure-postcode',
  'disclosure-email',
  'disclosure-phone',
  'disclosure-date-of-birth',
  'disclosure-named-person',
  'disclosure-school',
  'disclosure-first-name',
];

test('import and require give the same functions, from one instance', () => {
  for (const name of NAMES) {
    assert.equal(typeof esm[name], 'function', `import: ${name}`);
    assert.equal(typeof cjs[name], 'function', `require: ${name}`);
    assert.equal(esm[name], cjs[name], `${name} is the same function`);
  }
});

test('ready() resolves at once in Node', async () => {
  assert.equal(await esm.ready(), undefined);
});

test('emptyDocument() is a fresh draft each call', () => {
  const a = esm.emptyDocument();
  const b = esm.emptyDocument();
  assert.deepEqual(a, { formVersion: 2 });
  assert.notEqual(a, b);
  a.about = { preparedBy: 'changed' };
  assert.deepEqual(esm.emptyDocument(), { formVersion: 2 });
});

test('validate(emptyDocument()) reports, and is not ready to share', () => {
  const r = esm.validate(esm.emptyDocument());
  assert.equal(r.formVersion, 2);
  assert.equal(r.acknowledged, 0);
  assert.equal(r.readyToShare, false);
  assert.ok(r.errors > 0);
  assert.deepEqual(
    r.sections.map((s) => s.id),
    SECTION_IDS,
  );
});

test('a document that is not an object gives one type diagnostic at ""', () => {
  for (const doc of [null, 42, 'text', true, [], [1, 2], undefined]) {
    const r = esm.validate(doc);
    assert.equal(r.readyToShare, false);
    assert.equal(r.diagnostics.length, 1, JSON.stringify(doc));
    assert.equal(r.diagnostics[0].code, 'type');
    assert.equal(r.diagnostics[0].path, '');
    assert.ok(r.sections.every((s) => s.status === 'notStarted'));
  }
});

test('complete.json is ready to share, as an object and as text', () => {
  const r = esm.validate(example('complete'));
  assert.equal(r.readyToShare, true);
  assert.equal(r.errors, 0);
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.sections.every((s) => s.status === 'completed'));
  assert.deepEqual(esm.validateJson(exampleText('complete')), r);
});

test('draft.json: validate and validateJson agree, reports are deterministic', () => {
  const text = exampleText('draft');
  const a = esm.validateJson(text);
  const b = esm.validate(JSON.parse(text));
  assert.deepEqual(a, b);
  assert.deepEqual(esm.validateJson(text), a);
  assert.equal(a.readyToShare, a.errors === 0);
  for (const d of a.diagnostics) {
    assert.ok(CODES.includes(d.code), d.code);
    assert.ok(SECTION_IDS.includes(d.section));
    assert.equal(typeof d.message, 'string');
    assert.ok(d.path === '' || d.path.startsWith('/'));
  }
});

test('validateJson: text that is not JSON throws an Error with line and column', () => {
  assert.throws(
    () => esm.validateJson('{\n  "a": 1,\n  "b": oops\n}'),
    (e) => e instanceof Error && e.code === 'not-json' && e.line === 3 && e.column === 8 && !e.message.includes('oops'),
  );
});

test('validateJson(text, { positions: true }): the same report, and where each diagnostic is', () => {
  const text = exampleText('draft');
  const plain = esm.validateJson(text);
  const located = esm.validateJson(text, { positions: true });
  assert.equal(located.diagnostics.length, plain.diagnostics.length);
  const lines = text.split('\n');
  located.diagnostics.forEach((d, k) => {
    const { line, column, ...rest } = d;
    assert.deepEqual(rest, plain.diagnostics[k]);
    assert.ok(Number.isInteger(line) && Number.isInteger(column) && line >= 1 && column >= 1, d.path);
    assert.ok(column <= lines[line - 1].length, d.path);
  });
  // A blank answer: where its value starts; a missing one: where the object it belongs in does.
  const at = (d) => lines[d.line - 1].slice(d.column - 1);
  assert.equal(at(located.diagnostics.find((d) => d.path === '/areas/privateLaw/gradeRationale')), '""');
  assert.match(at(located.diagnostics.find((d) => d.path === '/areas/privateLaw/plans')), /^\{$/);
  // A disclosure finding: its own place, start and end.
  const doc = { formVersion: 2, voice: { children: 'We spoke to the family at SW1A 1AA.' } };
  const spanned = esm.validateJson(JSON.stringify(doc, null, 2), { positions: true }).diagnostics.find((d) => d.span);
  const line = JSON.stringify(doc, null, 2).split('\n')[spanned.line - 1];
  assert.equal(spanned.endLine, spanned.line);
  assert.equal(line.slice(spanned.column - 1, spanned.endColumn - 1), 'SW1A 1AA');
  // Only `true` asks for them.
  for (const options of [undefined, {}, { positions: false }, { positions: 'yes' }, null]) {
    assert.deepEqual(esm.validateJson(text, options), plain, JSON.stringify(options));
  }
});

test('limits(): the limits of rules.md, a fresh object each call', () => {
  const l = esm.limits();
  assert.deepEqual(l, { maxBytes: 5242880, maxDepth: 64, maxItems: 500, maxIdLength: 20, maxValueBytes: 268435456 });
  l.maxBytes = 0;
  assert.equal(esm.limits().maxBytes, 5242880);
  assert.deepEqual(cjs.limits(), esm.limits());
});

test('formDefinition(): sections with fields, a fresh object each call', () => {
  const f = esm.formDefinition();
  assert.equal(f.formVersion, 2);
  assert.deepEqual(
    f.sections.map((s) => s.id),
    SECTION_IDS,
  );
  const kinds = new Set([
    'text',
    'line',
    'date',
    'option',
    'id',
    'digest',
    'pointer',
    'count',
    'number',
    'yesNo',
    'object',
    'idList',
    'objectList',
  ]);
  const walk = (fields) => {
    for (const field of fields) {
      assert.equal(typeof field.key, 'string');
      assert.ok(field.path.startsWith('/'), field.path);
      assert.equal(typeof field.label, 'string');
      assert.ok(kinds.has(field.kind), field.kind);
      assert.equal(typeof field.required, 'boolean');
      if (field.limit) assert.ok(['words', 'characters'].includes(field.limit.unit));
      if (field.options) for (const o of field.options) assert.deepEqual(Object.keys(o).sort(), ['label', 'value']);
      if (field.references) for (const r of field.references) assert.ok(r.startsWith('/'), r);
      if (field.titleKey)
        assert.ok(
          field.fields.some((child) => child.key === field.titleKey),
          field.path,
        );
      if (field.fields) walk(field.fields);
    }
  };
  for (const s of f.sections) {
    assert.equal(typeof s.title, 'string');
    assert.ok(s.fields.length > 0, `section ${s.id} has fields`);
    walk(s.fields);
  }
  walk([f.acknowledgements]);
  assert.equal(f.acknowledgements.path, '/acknowledgements');
  assert.equal(f.sections.at(-1).id, 'approval');
  f.sections.length = 0;
  assert.equal(esm.formDefinition().sections.length, 11);
});

test('rules(): every code of rules.md, once, with its severity, title and description', () => {
  const list = esm.rules();
  assert.deepEqual(list.map((r) => r.code).sort(), [...CODES].sort());
  for (const r of list) {
    assert.deepEqual(Object.keys(r).sort(), ['code', 'description', 'severity', 'title']);
    assert.ok(['error', 'warning'].includes(r.severity));
    assert.ok(r.title.length > 0 && r.description.length > 0);
  }
  assert.equal(list.find((r) => r.code === 'disclosure-named-person').severity, 'warning');
  list.pop();
  assert.equal(esm.rules().length, CODES.length);
});

test('countWords and countCharacters follow JavaScript', () => {
  const seg = new Intl.Segmenter();
  for (const s of [
    '',
    '   ',
    'one two  three',
    'a\u00a0b\u3000c\ufeffd',
    'a\u0085b\u200bc',
    'e\u0301 👍🏽 👩‍👩‍👧 🇬🇧',
    'a\r\nb',
    'x '.repeat(500),
    'lone \ud800 surrogate',
    '\ud800\u0301',
    'ab\udc00',
  ]) {
    assert.equal(esm.countWords(s), (s.match(/\S+/g) || []).length, JSON.stringify(s));
    assert.equal(esm.countCharacters(s), [...seg.segment(s)].length, JSON.stringify(s));
  }
});

test('scanDisclosure gives findings with code, severity and a span in UTF-16 code units', () => {
  assert.deepEqual(esm.scanDisclosure(''), []);
  assert.deepEqual(esm.scanDisclosure('Child A said the plan helped.'), []);
  const text = '😀 Contact Mrs Smith on 07700 900123.';
  const found = esm.scanDisclosure(text);
  assert.ok(Array.isArray(found));
  for (const f of found) {
    assert.deepEqual(Object.keys(f).sort(), ['code', 'end', 'severity', 'start']);
    assert.ok(CODES.includes(f.code) && f.code.startsWith('disclosure-'));
    assert.ok(Number.isInteger(f.start) && f.start < f.end && f.end <= text.length);
  }
});

test('text functions refuse what is not a string with a TypeError', () => {
  for (const fn of ['countWords', 'countCharacters', 'scanDisclosure', 'validateJson']) {
    for (const bad of [undefined, null, 1, {}, ['a'], Symbol('s'), 1n]) {
      assert.throws(
        () => esm[fn](bad),
        (e) => e instanceof TypeError && e.code === 'not-string',
        `${fn}(${String(bad)})`,
      );
    }
  }
});

/** RFC 8785 of its own, for the tests: keys sorted by JavaScript's sort (UTF-16 code units), and
 *  JSON.stringify's strings and numbers; then SHA-256. */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}
function referenceDigest(doc) {
  const content = JSON.parse(JSON.stringify(doc));
  if (content && typeof content === 'object' && !Array.isArray(content)) delete content.approval;
  return crypto.createHash('sha256').update(canonical(content)).digest('hex');
}

test('contentDigest: the SHA-256 of the canonical JSON without the approval, as an RFC 8785 of its own gives it', () => {
  const complete = example('complete');
  assert.equal(esm.contentDigest(complete), complete.approval.digest);
  assert.equal(esm.contentDigest(complete), referenceDigest(complete));
  const cases = [
    {},
    [],
    null,
    'text',
    { approval: 1 },
    { b: [1.5, -0, 1e21, 1e-7, 5e-324, 123456789012345680000], a: { '😀': 1, ﬁ: 2, 10: 3, 9: 4 } },
    { s: '"\\\b\f\n\r\t\u0001\u001f\u007f\u2028é😀' },
    { date: new Date(Date.UTC(2026, 4, 12)), gone: undefined, map: new Map([[1, 2]]) },
    example('draft'),
  ];
  for (const doc of cases) assert.equal(esm.contentDigest(doc), referenceDigest(doc), JSON.stringify(doc));
  assert.equal(esm.contentDigest(undefined), referenceDigest(null));
  assert.match(esm.contentDigest(complete), /^[0-9a-f]{64}$/);
  assert.equal(cjs.contentDigest(complete), esm.contentDigest(complete));
  // Key order does not change it; an edit does.
  const reversed = (v) =>
    Array.isArray(v)
      ? v.map(reversed)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reversed(x)]),
          )
        : v;
  assert.equal(esm.contentDigest(reversed(complete)), complete.approval.digest);
  complete.voice.children += ' ';
  assert.notEqual(esm.contentDigest(complete), complete.approval.digest);
});

test('contentDigest refuses as validate refuses', () => {
  const cycle = {};
  cycle.self = cycle;
  for (const [bad, code] of [
    [cycle, 'cycle'],
    [{ f() {} }, 'not-json-value'],
    [{ n: 1n }, 'not-json-value'],
    [{ s: '\ud800' }, 'lone-surrogate'],
    [JSON.parse(`${'['.repeat(65)}${']'.repeat(65)}`), 'too-deep'],
  ])
    assert.throws(
      () => esm.contentDigest(bad),
      (e) => e instanceof Error && e.code === code,
      code,
    );
});

test('migrate: a new format-2 document from a format-1 one, the old one untouched; a format-2 one comes back equal', () => {
  const old = example('complete.format-1');
  const before = JSON.stringify(old);
  const migrated = esm.migrate(old);
  assert.equal(JSON.stringify(old), before, 'the document given is untouched');
  assert.equal(migrated.formVersion, 2);
  assert.deepEqual(migrated.approval, { approvedBy: old.about.approvedBy, approvedOn: old.about.approvedOn });
  assert.equal(migrated.about.approvedBy, undefined);
  assert.deepEqual(migrated.areas.privateLaw.strengths[0], { id: 'PL-S1', text: old.areas.privateLaw.strengths[0] });
  assert.deepEqual(Object.keys(migrated).at(-1), 'approval');
  assert.deepEqual(esm.migrate(example('draft.format-1')), example('draft'));
  assert.deepEqual(esm.migrate(migrated), migrated);
  const complete = example('complete');
  const again = esm.migrate(complete);
  assert.deepEqual(again, complete);
  assert.notEqual(again, complete, 'a copy');
  assert.deepEqual(cjs.migrate(old), migrated);
  // What it asks for is only what format 2 adds.
  const r = esm.validate(migrated);
  assert.ok(r.diagnostics.every((d) => ['required', 'recommendation-unaddressed', 'development-area-unaddressed'].includes(d.code)));
  assert.deepEqual(
    r.diagnostics.filter((d) => d.code === 'required').map((d) => d.path),
    [...old.actions.map((_, i) => `/actions/${i}/addresses`), '/approval/digest'],
  );
});

test('migrate refuses what is not a format-1 or format-2 document, and as validate refuses', () => {
  for (const bad of [null, 1, 'x', [], [{ formVersion: 1 }], {}, { formVersion: '1' }, { formVersion: 3 }, { formVersion: 1.5 }])
    assert.throws(
      () => esm.migrate(bad),
      (e) => e instanceof Error && e.code === 'not-migratable' && !/formVersion": /.test(e.message),
      JSON.stringify(bad),
    );
  const cycle = { formVersion: 1 };
  cycle.self = cycle;
  assert.throws(
    () => esm.migrate(cycle),
    (e) => e.code === 'cycle',
  );
  assert.throws(
    () => esm.migrate({ formVersion: 1, about: { preparedBy: 'a\udc00b' } }),
    (e) => e.code === 'lone-surrogate',
  );
  // The message says what migrate takes, never what the document holds.
  try {
    esm.migrate({ formVersion: 'Qz7Marigold' });
  } catch (e) {
    assert.ok(!e.message.includes('Qz7Marigold'));
  }
});
