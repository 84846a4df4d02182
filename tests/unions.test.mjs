// The unions of the package's types are what the package gives at run time: codes and
// severities from rules(), section ids, kinds, limit units and option values from
// formDefinition(), statuses from reports, refusal codes from provoking each refusal. Most are
// generated from the Rust types (js/types.generated.d.mts, src/typescript.rs); the facade's
// refusal codes are written by hand in js/index.d.mts, which re-exports the generated ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as sefcheck from 'sefcheck';
import { createApi } from '../js/facade.mjs';
import { FACADE_CODES } from '../js/refusals.mjs';
import { ROOT, exampleText } from './helpers.mjs';

const require = createRequire(import.meta.url);

/** The files' text without comments. */
const code = (file) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

/** Every `export type Name = 'a' | "b" | Other;` of the files, references resolved, as arrays
 *  of strings in the order written. */
function unions(files) {
  const raw = new Map();
  for (const file of files) {
    for (const [, name, body] of code(file).matchAll(/export type (\w+) =([^;{]*);/g)) {
      const members = body
        .split('|')
        .map((m) => m.trim())
        .filter(Boolean);
      if (members.every((m) => /^'[^']*'$|^"[^"]*"$/.test(m) || /^[A-Z]\w*$/.test(m))) raw.set(name, members);
    }
  }
  const resolve = (name) =>
    raw.get(name).flatMap((m) => {
      if (/^['"]/.test(m)) return [m.slice(1, -1)];
      assert.ok(raw.has(m), `${name} refers to ${m}, which is no union of strings`);
      return resolve(m);
    });
  return Object.fromEntries([...raw.keys()].map((name) => [name, resolve(name)]));
}

const GENERATED = path.join(ROOT, 'js', 'types.generated.d.mts');
const INDEX = path.join(ROOT, 'js', 'index.d.mts');
const TYPES = unions([GENERATED, INDEX]);

test('index.d.mts re-exports every type generated from the Rust types, and the build ships them', () => {
  const generated = [...code(GENERATED).matchAll(/export type (\w+)/g)].map(([, name]) => name);
  assert.ok(generated.length > 30, 'the generated types');
  const reexported = code(INDEX).match(/export type \{([^}]*)\} from '\.\/types\.generated\.mjs';/);
  assert.ok(reexported, 'index.d.mts re-exports the generated types');
  assert.deepEqual(
    reexported[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .sort(),
    [...generated].sort(),
  );
  const text = fs.readFileSync(GENERATED, 'utf8');
  assert.equal(fs.readFileSync(path.join(ROOT, 'pkg', 'types.generated.d.mts'), 'utf8'), text);
  assert.equal(fs.readFileSync(path.join(ROOT, 'pkg', 'types.generated.d.cts'), 'utf8'), text);
});
const sorted = (xs) => [...new Set(xs)].sort();

/** Every field of the form definition, depth first: the sections', then the acknowledgements'. */
function fields(list = [...sefcheck.formDefinition().sections.flatMap((s) => s.fields), sefcheck.formDefinition().acknowledgements]) {
  return list.flatMap((f) => [f, ...fields(f.fields ?? [])]);
}
const optionsOf = (path) => {
  const field = fields().find((f) => f.path === path);
  assert.ok(field?.options, `no options at ${path}`);
  return field.options.map((o) => o.value);
};

test('Code and DisclosureCode: the catalogue, in its order; what scanDisclosure gives', () => {
  const codes = sefcheck.rules().map((r) => r.code);
  assert.deepEqual(TYPES.Code, codes);
  assert.deepEqual(
    TYPES.DisclosureCode,
    codes.filter((c) => c.startsWith('disclosure-')),
  );
  const text =
    'Ref ZW24P00153; NHS 943 476 5919; NI AB 12 34 56 C; near SW1A 1AA; email parent.one@outlook.com; phone 07700 900123; born on 12/03/2015; seen by Mrs Jones at Hexham Middle School, where Jayden told us.';
  assert.deepEqual(
    sefcheck.scanDisclosure(text).map((f) => f.code),
    TYPES.DisclosureCode,
  );
});

test('Severity: the severities of the catalogue', () => {
  assert.deepEqual(sorted(TYPES.Severity), sorted(sefcheck.rules().map((r) => r.severity)));
});

test("SectionId and SectionStatus: the form's sections in order; the statuses of reports", () => {
  assert.deepEqual(
    TYPES.SectionId,
    sefcheck.formDefinition().sections.map((s) => s.id),
  );
  const reports = ['complete', 'draft'].map((name) => sefcheck.validateJson(exampleText(name)));
  reports.push(sefcheck.validate(sefcheck.emptyDocument()));
  for (const r of reports)
    assert.deepEqual(
      r.sections.map((s) => s.id),
      TYPES.SectionId,
    );
  assert.deepEqual(sorted(TYPES.SectionStatus), sorted(reports.flatMap((r) => r.sections.map((s) => s.status))));
});

test("FieldKind and LimitUnit: the kinds and the units of the form's fields", () => {
  assert.deepEqual(sorted(TYPES.FieldKind), sorted(fields().map((f) => f.kind)));
  assert.deepEqual(sorted(TYPES.LimitUnit), sorted(fields().flatMap((f) => (f.limit ? [f.limit.unit] : []))));
});

test("option values: each union is its field's options, in order", () => {
  assert.deepEqual(TYPES.Grade, optionsOf('/areas/privateLaw/grade'));
  assert.deepEqual(TYPES.Grade, optionsOf('/inspection/grades/leadership'));
  assert.deepEqual(TYPES.EvidenceKind, optionsOf('/evidence/*/kind'));
  assert.deepEqual(TYPES.Area, optionsOf('/kpis/*/area'));
  assert.deepEqual(TYPES.ActionArea, optionsOf('/actions/*/area'));
  assert.deepEqual(
    TYPES.Area,
    sefcheck
      .formDefinition()
      .sections.filter((s) => s.fields[0].path.startsWith('/areas/'))
      .map((s) => s.id),
  );
  assert.deepEqual(TYPES.Unit, optionsOf('/kpis/*/unit'));
  assert.deepEqual(TYPES.Better, optionsOf('/kpis/*/better'));
  assert.deepEqual(TYPES.ProgressStatus, optionsOf('/actions/*/status'));
  assert.deepEqual(TYPES.ProgressStatus, optionsOf('/inspection/recommendations/*/status'));
  assert.deepEqual(TYPES.Code, optionsOf('/acknowledgements/*/code'));
  assert.deepEqual(sorted(TYPES.OptionValue), sorted(fields().flatMap((f) => (f.options ?? []).map((o) => o.value))));
});

/** The code of what `f` throws. */
function codeOf(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof Error, String(e));
    return e.code;
  }
  assert.fail('no refusal');
}

test("RefusalCode: every code a refusal can have, each provoked; the facade's and the core's", async () => {
  const { limits, validate, validateJson, countWords } = sefcheck;
  const cycle = {};
  cycle.self = cycle;
  const seen = [
    codeOf(() => validateJson('{')),
    codeOf(() => validateJson(' '.repeat(limits().maxBytes + 1))),
    codeOf(() => validateJson('['.repeat(limits().maxDepth + 1) + ']'.repeat(limits().maxDepth + 1))),
    codeOf(() => validateJson('[1e400]')),
    codeOf(() => validateJson('["\\ud800"]')),
    codeOf(() => validate({ f() {} })),
    codeOf(() => validate(cycle)),
    codeOf(() => countWords(42)),
    codeOf(() =>
      validate({
        get x() {
          throw 1;
        },
      }),
    ),
  ];
  // A trap in the module.
  const memory = new WebAssembly.Memory({ initial: 1 });
  const trapping = {
    wasmMemory: () => memory,
    inputBuffer: () => 8,
    countWordsInput: () => {
      throw new WebAssembly.RuntimeError('unreachable');
    },
  };
  seen.push(codeOf(() => createApi(() => trapping).countWords('a')));
  // Bytes in the module's buffer that are not UTF-8: only a bug in the facade could write them.
  const glue = require('../pkg/node/sefcheck.js');
  const at = glue.inputBuffer(2);
  new Uint8Array(glue.wasmMemory().buffer, at, 2).set([0xc3, 0x28]);
  seen.push(JSON.parse(glue.countWordsInput(2, 2)).refusal.code);
  // migrate of what is not a format-1 or format-2 document.
  seen.push(codeOf(() => sefcheck.migrate({ formVersion: 3 })));
  // nextYear of a format-1 document, of what is not format 2, of a document with no period end.
  seen.push(codeOf(() => sefcheck.nextYear({ formVersion: 1 })));
  seen.push(codeOf(() => sefcheck.nextYear({ formVersion: 3 })));
  seen.push(codeOf(() => sefcheck.nextYear({ formVersion: 2 })));
  // The browser entry before `ready()`.
  const browser = await import('../js/browser.mjs');
  seen.push(codeOf(() => browser.rules()));
  assert.deepEqual(sorted(TYPES.RefusalCode), sorted(seen));
  // Each code is the facade's or the core's, never both (docs/architecture.md, "Refusals").
  const core = seen.filter((c) => !FACADE_CODES.includes(c));
  assert.deepEqual(sorted(core), [
    'lone-surrogate',
    'migrate-first',
    'no-period',
    'not-format-2',
    'not-json',
    'not-migratable',
    'not-utf8',
    'number-too-large',
    'too-deep',
    'too-large',
  ]);
  assert.deepEqual(sorted(FACADE_CODES), sorted(seen.filter((c) => FACADE_CODES.includes(c))));
  // The core's codes generated from src/refusal.rs, the facade's written beside its functions.
  assert.deepEqual(sorted(TYPES.CoreRefusalCode), sorted(core));
  assert.deepEqual(sorted(TYPES.FacadeRefusalCode), sorted(FACADE_CODES));
});
