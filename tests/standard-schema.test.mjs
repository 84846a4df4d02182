// sefcheck/standard-schema (docs/spec/api.md): the interface itself, and a real consumer,
// TanStack Form's own validation flow (FormApi and FieldApi of @tanstack/form-core), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from 'sefcheck';
import { createSchema, pointerToPath, selfEvaluation } from 'sefcheck/standard-schema';
import { FieldApi, FormApi } from '@tanstack/form-core';
import { example } from './helpers.mjs';

const check = (schema, value) => schema['~standard'].validate(value);

test('the schema has the Standard Schema v1 properties and nothing else', () => {
  for (const schema of [selfEvaluation, createSchema({ warnings: true })]) {
    assert.deepEqual(Object.keys(schema), ['~standard']);
    const props = schema['~standard'];
    assert.equal(props.version, 1);
    assert.equal(props.vendor, 'sefcheck');
    assert.equal(typeof props.validate, 'function');
    assert.ok(Object.isFrozen(schema) && Object.isFrozen(props));
  }
});

test('success is readyToShare, and hands back the value given, untouched', () => {
  const complete = example('complete');
  const before = JSON.stringify(complete);
  const result = check(selfEvaluation, complete);
  assert.equal(api.validate(complete).readyToShare, true);
  assert.equal(result.value, complete, 'the same object, not a copy');
  assert.equal(result.issues, undefined);
  assert.equal(JSON.stringify(complete), before);
});

test('failure: one issue per error, in the report order, with the diagnostic as data', () => {
  const draft = example('draft');
  const report = api.validate(draft);
  const { issues } = check(selfEvaluation, draft);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  assert.ok(errors.length > 0);
  assert.equal(issues.length, errors.length);
  issues.forEach((issue, i) => {
    const d = errors[i];
    assert.deepEqual(issue, {
      message: d.message,
      path: pointerToPath(d.path, draft),
      code: d.code,
      severity: 'error',
      section: d.section,
      pointer: d.path,
    });
    // The path walks back to the pointer: each token escaped again and joined.
    assert.equal(issue.path.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''), d.path);
  });
});

test('warnings are issues only when asked, and never when acknowledged', () => {
  const doc = example('complete');
  doc.about.extra = 'x'; // unknown-field, a warning
  doc.approval.digest = api.contentDigest(doc); // the approval holds for what is now written
  const report = api.validate(doc);
  const warning = report.diagnostics.find((d) => d.code === 'unknown-field');
  assert.equal(warning.severity, 'warning');
  assert.equal(report.errors, 0);
  assert.equal(check(selfEvaluation, doc).value, doc);
  const { issues } = check(createSchema({ warnings: true }), doc);
  assert.deepEqual(
    issues.map((i) => [i.code, i.severity, i.path]),
    [['unknown-field', 'warning', ['about', 'extra']]],
  );

  doc.acknowledgements = [{ code: 'unknown-field', path: '/about/extra', reason: 'Kept for the Board.' }];
  doc.approval.digest = api.contentDigest(doc);
  const acknowledged = api.validate(doc);
  assert.equal(acknowledged.acknowledged, 1, JSON.stringify(acknowledged.diagnostics));
  assert.equal(check(createSchema({ warnings: true }), doc).value, doc);
});

test('sections: only the diagnostics of the chosen sections count', () => {
  const draft = example('draft');
  const report = api.validate(draft);
  for (const id of ['about', 'evidence', 'approval', 'privateLaw']) {
    const expected = report.diagnostics.filter((d) => d.severity === 'error' && d.section === id);
    const result = check(createSchema({ sections: [id] }), draft);
    if (expected.length === 0) assert.equal(result.value, draft, id);
    else
      assert.deepEqual(
        result.issues.map((i) => i.pointer),
        expected.map((d) => d.path),
        id,
      );
  }
  const two = check(createSchema({ sections: ['evidence', 'actions'] }), draft);
  assert.ok(two.issues.every((i) => i.section === 'evidence' || i.section === 'actions'));
  assert.equal(check(createSchema({ sections: [] }), draft).value, draft);
});

test('createSchema refuses options of the wrong kind, naming no value of a document', () => {
  assert.throws(() => createSchema(null), TypeError);
  assert.throws(() => createSchema({ warnings: 'yes' }), TypeError);
  assert.throws(() => createSchema({ sections: 'about' }), TypeError);
  assert.throws(() => createSchema({ sections: [1] }), TypeError);
  assert.throws(() => createSchema({ sections: ['aboutUs'] }), RangeError);
  assert.doesNotThrow(() => createSchema({ sections: api.formDefinition().sections.map((s) => s.id) }));
});

test('a value validate refuses is one issue at the root, never a throw; a getter error is thrown', () => {
  const cyclic = { formVersion: 2 };
  cyclic.about = cyclic;
  let deep = {};
  for (let i = 0; i < 100; i++) deep = { a: deep };
  for (const [value, code] of [
    [cyclic, 'cycle'],
    [{ formVersion: 2, f() {} }, 'not-json-value'],
    [{ formVersion: 2, n: 1n }, 'not-json-value'],
    [deep, 'too-deep'],
    [{ formVersion: 2, about: { periodStart: '\ud800' } }, 'lone-surrogate'],
  ]) {
    let thrown;
    try {
      api.validate(value);
    } catch (e) {
      thrown = e;
    }
    assert.equal(thrown.code, code);
    assert.deepEqual(check(selfEvaluation, value), {
      issues: [{ message: thrown.message, path: [], code, severity: 'error', pointer: '' }],
    });
  }
  const own = new Error('the getter failed');
  const getter = {
    formVersion: 2,
    get about() {
      throw own;
    },
  };
  assert.throws(
    () => check(selfEvaluation, getter),
    (e) => e === own,
  );
});

test('pointerToPath: escapes undone, array indices numbers only where the value has an array', () => {
  const value = { a: [{ 'x/y': { '~k': 1 } }], o: { 0: 'zero' } };
  assert.deepEqual(pointerToPath('', value), []);
  assert.deepEqual(pointerToPath('/a/0/x~1y/~0k', value), ['a', 0, 'x/y', '~k']);
  assert.deepEqual(pointerToPath('/o/0', value), ['o', '0'], 'an object key that looks like an index stays a key');
  assert.deepEqual(pointerToPath('/a/01', value), ['a', '01'], 'not an array index');
  assert.deepEqual(pointerToPath('/missing/0/b', value), ['missing', '0', 'b'], 'nothing there: keys');
  assert.deepEqual(pointerToPath('/a/-', value), ['a', '-']);
  assert.deepEqual(pointerToPath('/', value), ['']);
});

test('TanStack Form: a field shows the issue at its own path, and submitting waits for a valid form', async () => {
  const draft = example('draft');
  const submitted = [];
  const form = new FormApi({
    defaultValues: draft,
    validators: { onChange: createSchema({ sections: ['about'] }), onSubmit: createSchema({ sections: ['about'] }) },
    onSubmit: ({ value }) => submitted.push(value),
  });
  form.mount();
  const periodStart = new FieldApi({ form, name: 'about.periodStart' });
  periodStart.mount();

  periodStart.handleChange('2025-02-30');
  assert.deepEqual(
    periodStart.state.meta.errors.map((i) => [i.code, i.pointer]),
    [['invalid-date', '/about/periodStart']],
  );
  assert.equal(form.state.canSubmit, false);
  await form.handleSubmit();
  assert.equal(submitted.length, 0);

  const good = example('complete').about.periodStart;
  periodStart.handleChange(good);
  assert.deepEqual(periodStart.state.meta.errors, []);
  await form.handleSubmit();
  assert.equal(submitted.length, 1, JSON.stringify(form.state.errors));
  assert.equal(submitted[0].about.periodStart, good);
});

test('TanStack Form: an issue inside a list reaches the field of that item', () => {
  const draft = example('complete');
  const form = new FormApi({ defaultValues: draft, validators: { onChange: createSchema({ sections: ['evidence'] }) } });
  form.mount();
  const kind = new FieldApi({ form, name: 'evidence[1].kind' });
  kind.mount();
  kind.handleChange('hearsay');
  assert.deepEqual(
    kind.state.meta.errors.map((i) => [i.code, i.path]),
    [['invalid-option', ['evidence', 1, 'kind']]],
  );
  const title = new FieldApi({ form, name: 'evidence[1].title' });
  title.mount();
  assert.deepEqual(title.state.meta.errors, [], 'the item next to it has no issue');
});

test('Standard JSON Schema: jsonSchema() in draft 2020-12 or draft-07, which ajv compiles and the examples pass', async () => {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: Ajv07 } = await import('ajv');
  const converter = selfEvaluation['~standard'].jsonSchema;
  const latest = converter.input({ target: 'draft-2020-12' });
  assert.deepEqual(latest, api.jsonSchema());
  assert.deepEqual(converter.output({ target: 'draft-2020-12' }), latest, 'success hands back the value: output is input');
  const older = converter.input({ target: 'draft-07' });
  assert.equal(older.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual({ ...older, $schema: latest.$schema }, latest, 'only $schema differs');
  assert.deepEqual(createSchema({ sections: ['about'], warnings: true })['~standard'].jsonSchema.input({ target: 'draft-07' }), older);
  for (const [Ajv, schema] of [
    [Ajv2020, latest],
    [Ajv07, older],
  ]) {
    const validateWith = new Ajv({ strict: true, allErrors: true }).compile(schema);
    for (const name of ['complete', 'draft']) assert.equal(validateWith(example(name)), true, `${schema.$schema} ${name}`);
    assert.equal(validateWith({ formVersion: 2, about: { periodStrat: '2025-04-01' } }), false, 'a misspelt key');
  }
  for (const target of ['openapi-3.0', 'draft-04', undefined]) {
    assert.throws(() => converter.input({ target }), RangeError, String(target));
  }
});
