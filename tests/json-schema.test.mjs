// The JSON Schema for editors (docs/spec/api.md, "The JSON Schema for editors"), checked with
// ajv (draft 2020-12, strict): it is made from the form definition, every draft is valid, and
// where it flags a value sefcheck reports that value, at the same place, and the other way round
// for what a value alone decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import * as sefcheck from 'sefcheck';
import { ROOT, documents, example } from './helpers.mjs';

const require = createRequire(import.meta.url);
const definition = sefcheck.formDefinition();

/** A validator of the schema, compiled strictly; what ajv would say about the schema is kept. */
function compile(schema = sefcheck.jsonSchema()) {
  const said = [];
  const logger = { log: (m) => said.push(m), warn: (m) => said.push(m), error: (m) => said.push(m) };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  return { validate: ajv.compile(schema), said, ajv };
}
const { validate: check } = compile();

const escapeToken = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const ID_TO_DATE_CODES = ['invalid-date', 'invalid-id', 'invalid-digest', 'invalid-pointer'];
const ALWAYS_FLAGGED = new Set([
  'unknown-field',
  'type',
  'invalid-option',
  'invalid-id',
  'invalid-digest',
  'invalid-pointer',
  'too-many',
  'too-long',
]);

/** What ajv flags, as `{ codes, path, keyword, limit }`: the sefcheck codes each may stand for,
 *  at the path sefcheck would give. `anyOf` only wraps an `enum` or a `pattern` at the same
 *  place, and the blank branch of an option's `anyOf` is not a finding of its own. */
function findings(doc) {
  if (check(doc)) return [];
  const out = [];
  for (const e of check.errors) {
    const at = e.instancePath;
    switch (e.keyword) {
      case 'additionalProperties':
        out.push({ codes: ['unknown-field'], path: `${at}/${escapeToken(e.params.additionalProperty)}` });
        break;
      case 'type':
        out.push({ codes: ['type'], path: at });
        break;
      case 'enum':
        // `formVersion`: 1, another number, or a value of another type.
        out.push({ codes: at === '/formVersion' ? ['format-1', 'unsupported-version', 'type'] : ['invalid-option'], path: at });
        break;
      case 'pattern':
        if (!e.schemaPath.endsWith('/anyOf/1/pattern')) out.push({ codes: ID_TO_DATE_CODES, path: at });
        break;
      case 'maxLength':
        out.push({ codes: ['too-long'], path: at, keyword: 'maxLength', limit: e.params.limit });
        break;
      case 'maxItems':
        out.push({ codes: ['too-many'], path: at });
        break;
      case 'minimum':
      case 'multipleOf':
        out.push({ codes: ['out-of-range'], path: at });
        break;
      case 'anyOf':
        break;
      default:
        out.push({ codes: [], path: at, keyword: e.keyword });
    }
  }
  return out;
}

function valueAt(doc, pointer) {
  let v = doc;
  for (const t of pointer.split('/').slice(1)) v = v?.[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}
const DATE_FORM = new RegExp(definition.patterns.date, 'u');

/** Compares ajv's findings with sefcheck's report of one document: returns what differs. */
function differences(doc) {
  const report = sefcheck.validate(doc);
  const found = findings(doc);
  const wrong = [];
  const has = (code, p) => report.diagnostics.some((d) => d.code === code && d.path === p);
  if (report.diagnostics.some((d) => d.code === 'format-1' || d.code === 'unsupported-version')) {
    // Then sefcheck says nothing else; the schema, of format 2, flags `formVersion` at least.
    if (!found.some((f) => f.path === '/formVersion')) wrong.push('formVersion not flagged');
    return wrong;
  }
  const tooMany = report.diagnostics.filter((d) => d.code === 'too-many').map((d) => `${d.path}/`);
  for (const f of found) {
    if (tooMany.some((p) => f.path.startsWith(p))) continue; // sefcheck does not look into it
    if (f.codes.some((c) => has(c, f.path))) continue;
    if (f.keyword === 'maxLength' && sefcheck.countCharacters(valueAt(doc, f.path)) <= f.limit) continue; // early, as api.md says
    wrong.push(`ajv flags ${f.keyword ?? f.codes[0]} at ${f.path}, sefcheck does not`);
  }
  for (const d of report.diagnostics) {
    const flagged = found.some((f) => f.path === d.path && f.codes.includes(d.code));
    const mustBe =
      ALWAYS_FLAGGED.has(d.code) ||
      (d.code === 'invalid-date' && !DATE_FORM.test(valueAt(doc, d.path))) ||
      (d.code === 'out-of-range' && d.path.startsWith('/audit/'));
    if (mustBe && !flagged) wrong.push(`sefcheck reports ${d.code} at ${d.path}, ajv does not flag it`);
    if (d.code === 'invalid-date' && !mustBe && flagged) wrong.push(`ajv flags a date of the right form at ${d.path}`);
  }
  return wrong;
}

test('the schema is draft 2020-12, compiles in strict mode and is valid against its meta-schema', () => {
  const schema = sefcheck.jsonSchema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'urn:sefcheck:self-evaluation:format-2');
  const { said, ajv } = compile(schema);
  assert.deepEqual(said, [], 'ajv had something to say about the schema');
  assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, undefined);
});

test('the examples, an empty draft and next year draft are valid', () => {
  for (const doc of [
    example('complete'),
    example('draft'),
    sefcheck.emptyDocument(),
    {},
    { $schema: './node_modules/sefcheck/schema.json', ...sefcheck.emptyDocument() },
    sefcheck.nextYear(example('complete')),
  ]) {
    assert.equal(check(doc), true, JSON.stringify(check.errors));
  }
});

test('no answer is valid anywhere: null, empty and blank strings, empty lists, null items', () => {
  const doc = example('complete');
  doc.about = { periodStart: null, periodEnd: '', preparedBy: ' ', shareBy: '\u3000', engagementMeeting: null };
  doc.areas.privateLaw.grade = '';
  doc.areas.privateLaw.evidence = ['', null, ' '];
  doc.areas.publicLaw.strengths = [null, { id: ' ', text: null }];
  doc.evidence[0] = { id: '', kind: '\t', title: null, date: ' ' };
  doc.audit = { casesAudited: null };
  doc.declarations = { noNames: null, noCaseNumbers: false };
  doc.approval = { digest: '', approvedBy: null };
  doc.acknowledgements = [{ code: ' ', path: '', reason: null }, null];
  doc.formVersion = null;
  assert.equal(check(doc), true, JSON.stringify(check.errors));
  const report = sefcheck.validate(doc);
  // sefcheck agrees that nothing here is wrong but what is still to answer.
  const codes = new Set(report.diagnostics.map((d) => d.code));
  for (const code of codes) assert.ok(!ALWAYS_FLAGGED.has(code) && !code.startsWith('invalid-'), code);
});

test('a misspelt key, a wrong type and a wrong option are flagged where sefcheck reports them', () => {
  const cases = [
    ['unknown-field', (d) => (d.areas.publicLaw.whatWeknow = 'x'), '/areas/publicLaw/whatWeknow'],
    ['unknown-field', (d) => (d.evidence[2].titel = 'x'), '/evidence/2/titel'],
    ['unknown-field', (d) => (d.summary = 'x'), '/summary'],
    ['unknown-field', (d) => (d.areas.privatelaw = {}), '/areas/privatelaw'],
    ['unknown-field', (d) => (d.about.$schema = 'x'), '/about/$schema'],
    ['unknown-field', (d) => (d.areas.privateLaw.strengths[0].status = 'open'), '/areas/privateLaw/strengths/0/status'],
    ['unknown-field', (d) => (d.about['a/b~c'] = 1), '/about/a~1b~0c'],
    ['type', (d) => (d.audit.good = '3'), '/audit/good'],
    ['type', (d) => (d.areas.privateLaw.evidence = 'nat-audit-2526'), '/areas/privateLaw/evidence'],
    ['type', (d) => (d.voice = 'text'), '/voice'],
    ['type', (d) => (d.declarations.noNames = 'yes'), '/declarations/noNames'],
    ['type', (d) => (d.formVersion = '2'), '/formVersion'],
    ['type', (d) => (d.$schema = 2), '/$schema'],
    ['type', (d) => (d.kpis[0].value = '50'), '/kpis/0/value'],
    ['invalid-option', (d) => (d.areas.privateLaw.grade = 'Good'), '/areas/privateLaw/grade'],
    ['invalid-option', (d) => (d.actions[0].status = 'done'), '/actions/0/status'],
    ['invalid-option', (d) => (d.inspection.grades.publicLaw = ' good'), '/inspection/grades/publicLaw'],
    ['invalid-option', (d) => (d.acknowledgements = [{ code: 'no-such-code', path: '', reason: 'r' }]), '/acknowledgements/0/code'],
  ];
  for (const [code, change, at] of cases) {
    const doc = example('complete');
    change(doc);
    const report = sefcheck.validate(doc);
    assert.ok(
      report.diagnostics.some((d) => d.code === code && d.path === at),
      `sefcheck: no ${code} at ${at}`,
    );
    const found = findings(doc);
    assert.ok(
      found.some((f) => f.path === at && f.codes.includes(code)),
      `ajv: nothing for ${code} at ${at}: ${JSON.stringify(check.errors)}`,
    );
    assert.deepEqual(differences(doc), [], `${code} at ${at}`);
  }
  // The option's allowed values are in ajv's finding, as an editor shows them.
  const doc = example('complete');
  doc.areas.privateLaw.grade = 'Good';
  check(doc);
  const grade = check.errors.find((e) => e.keyword === 'enum');
  assert.deepEqual(grade.params.allowedValues, ['outstanding', 'good', 'requiresImprovement', 'inadequate']);
});

test('every document of the tests: ajv flags exactly what sefcheck reports that a value alone decides', () => {
  let compared = 0;
  for (const { name, text } of documents(sefcheck.emptyDocument, sefcheck.contentDigest)) {
    let doc;
    try {
      sefcheck.validateJson(text);
      doc = JSON.parse(text);
    } catch {
      continue; // not JSON, or refused (`1e400`, which JSON.parse makes Infinity): no document
    }
    assert.deepEqual(differences(doc), [], name);
    compared++;
  }
  assert.ok(compared >= 150, `only ${compared} documents compared`);
});

/** Every field of the definition, depth first. */
const allFields = (list = [...definition.sections.flatMap((s) => s.fields), definition.acknowledgements]) =>
  list.flatMap((f) => [f, ...allFields(f.fields ?? [])]);

/** The schema of the value at a definition path (`*` for a list's items). */
function schemaAt(schema, fieldPath) {
  let at = schema;
  for (const t of fieldPath.slice(1).split('/')) {
    at = t === '*' ? at.items : at.properties?.[t];
    if (at === undefined) return undefined;
  }
  return at;
}

test('every field of the definition is in the schema, with its title, options and limits, and nothing else is', () => {
  const schema = sefcheck.jsonSchema();
  const paths = new Set();
  for (const field of allFields()) {
    const s = schemaAt(schema, field.path);
    assert.ok(s, `${field.path} is not in the schema`);
    paths.add(field.path);
    assert.equal(s.title, field.label, field.path);
    assert.ok(s.description.startsWith(field.hint ?? ''), field.path);
    assert.ok(s.type.includes('null'), field.path);
    if (field.options) {
      assert.deepEqual(
        s.anyOf[0].enum,
        field.options.map((o) => o.value),
        field.path,
      );
    } else assert.equal(s.anyOf, undefined, field.path);
    if (field.limit?.unit === 'characters') assert.equal(s.maxLength, field.limit.max, field.path);
    else assert.equal(s.maxLength, undefined, field.path);
    if (field.limit?.unit === 'words') assert.match(s.description, new RegExp(`Up to ${field.limit.max.toLocaleString('en-GB')} words\\.`));
    if (field.maxItems !== undefined) assert.equal(s.maxItems, field.maxItems, field.path);
    if (field.kind === 'object') assert.equal(s.additionalProperties, false, field.path);
    if (field.kind === 'objectList') assert.equal(s.items.additionalProperties, false, field.path);
    if (field.requiredWhen) assert.match(s.description, new RegExp(`Required when ${field.requiredWhen}\\.`));
  }
  // The other way: every property of the schema is a field, but the top level's own members and
  // the object that holds the areas.
  const walk = (s, at) => {
    for (const [key, p] of Object.entries(s.properties ?? {})) {
      const here = `${at}/${key}`;
      if (!['/$schema', '/formVersion', '/areas'].includes(here)) assert.ok(paths.has(here), `${here} is no field of the definition`);
      walk(p, here);
    }
    if (s.items) walk(s.items, `${at}/*`);
  };
  walk(schema, '');
  assert.equal(schema.properties.areas.additionalProperties, false);
  assert.deepEqual(Object.keys(schema.properties.areas.properties), ['privateLaw', 'publicLaw', 'leadership']);
});

/** A small generator, the same strings every run. */
function strings(seed, count) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const alphabet = ['a', 'Z', '0', '9', '-', '_', '.', '~', '/', '0', '1', ' ', 'é', 'f', 'g', '\t', 'A', ':', '2'];
  const out = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * 24);
    let t = '';
    for (let j = 0; j < n; j++) t += alphabet[Math.floor(next() * alphabet.length)];
    out.push(t);
  }
  return out;
}

test("the definition's patterns are the rules' own checks of ids, digests, pointers and the form of dates", () => {
  const { id, digest, pointer, date } = Object.fromEntries(Object.entries(definition.patterns).map(([k, p]) => [k, new RegExp(p, 'u')]));
  const blank = (t) => /^\s*$/.test(t);
  const ids = [...strings(7, 400), '1.05', 'a'.repeat(20), 'a'.repeat(21), 'A-b_c.9', 'é', '١'];
  const pointers = [...strings(11, 400), '', '/', '/a~0b~1c', '/a~2', '~', '/~', 'a/b', '//'];
  const dates = [
    ...strings(13, 100),
    '2024-02-29',
    '2023-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '9999-12-31',
    '2026-1-01',
    ' 2026-01-30',
    '２０２６-01-01',
  ];
  const digests = ['0'.repeat(64), 'a'.repeat(64), 'A'.repeat(64), 'g'.repeat(64), '0'.repeat(63), '0'.repeat(65), `${'0'.repeat(63)} `];
  // Many values in one document each: ids in evidence items, pointers in acknowledgements, dates
  // as evidence dates.
  const doc = {
    formVersion: 2,
    evidence: ids.map((v, i) => ({ id: v, date: dates[i % dates.length] })),
    acknowledgements: pointers.map((v) => ({ code: 'unused-evidence', path: v, reason: 'r' })),
  };
  const codesAt = new Map();
  for (const d of sefcheck.validate(doc).diagnostics) codesAt.set(d.path, [...(codesAt.get(d.path) ?? []), d.code]);
  const flagged = (p, code) => (codesAt.get(p) ?? []).includes(code);
  ids.forEach((v, i) => {
    if (!blank(v)) assert.equal(id.test(v), !flagged(`/evidence/${i}/id`, 'invalid-id'), JSON.stringify(v));
  });
  pointers.forEach((v, i) => {
    if (!blank(v)) assert.equal(pointer.test(v), !flagged(`/acknowledgements/${i}/path`, 'invalid-pointer'), JSON.stringify(v));
  });
  ids.forEach((_, i) => {
    const v = dates[i % dates.length];
    if (blank(v)) return;
    const invalid = flagged(`/evidence/${i}/date`, 'invalid-date');
    // The form only: a date the rules take has it; one without it the rules refuse.
    if (!invalid) assert.ok(date.test(v), JSON.stringify(v));
    if (!date.test(v)) assert.ok(invalid, JSON.stringify(v));
  });
  for (const v of digests) {
    const report = sefcheck.validate({ formVersion: 2, approval: { digest: v } });
    const invalid = report.diagnostics.some((d) => d.code === 'invalid-digest' && d.path === '/approval/digest');
    assert.equal(digest.test(v), !invalid, v);
  }
});

test('maxLength flags every line sefcheck finds too long, and early only for clusters of several code points', () => {
  const max = allFields().find((f) => f.path === '/about/preparedBy').limit.max;
  const lines = [
    'a'.repeat(max),
    'a'.repeat(max + 1),
    'é'.repeat(max), // precomposed: one code point each
    'e\u0301'.repeat(max), // decomposed: two code points, one character each
    '👩‍👩‍👧'.repeat(10),
    '👩‍👩‍👧'.repeat(max + 1),
    `${'a'.repeat(max - 1)}\r\n`,
  ];
  for (const line of lines) {
    const doc = { formVersion: 2, about: { preparedBy: line } };
    const tooLong = sefcheck.validate(doc).diagnostics.some((d) => d.code === 'too-long');
    const flagged = !check(doc);
    if (tooLong) assert.ok(flagged, 'a line sefcheck finds too long is flagged');
    if (flagged && !tooLong)
      assert.ok([...line].length > sefcheck.countCharacters(line), 'flagged early only for clusters of several code points');
    assert.equal(flagged, [...line].length > max);
    assert.deepEqual(differences(doc), []);
  }
});

test('schema.json, at the package root, is jsonSchema(); jsonSchema() is a fresh object each call, in every entry', async () => {
  const file = path.join(ROOT, 'schema.json');
  const text = fs.readFileSync(file, 'utf8');
  assert.equal(text, `${JSON.stringify(sefcheck.jsonSchema(), null, 2)}\n`);
  assert.equal(require.resolve('sefcheck/schema.json'), file);
  const one = sefcheck.jsonSchema();
  one.properties.about.properties.periodStart.title = 'changed';
  delete one.properties.voice;
  assert.deepEqual(sefcheck.jsonSchema(), JSON.parse(text));
  assert.notEqual(sefcheck.jsonSchema(), sefcheck.jsonSchema());
  // Every entry gives it: require, import, and the browser entry once the module is loaded.
  assert.deepEqual(require('sefcheck').jsonSchema(), JSON.parse(text));
  const browser = await import('../js/browser.mjs');
  await browser.ready(fs.readFileSync(path.join(ROOT, 'pkg', 'web', 'sefcheck_bg.wasm')));
  assert.deepEqual(browser.jsonSchema(), JSON.parse(text));
  assert.match(fs.readFileSync(path.join(ROOT, 'js', 'auto.mjs'), 'utf8'), /export \* from '\.\/browser\.mjs'/);
});
