// Hostile input (docs/spec/rules.md "Limits on input"): each gives a report or throws an Error
// (never a string, never a WebAssembly trap), and afterwards the module still works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import { example, exampleText } from './helpers.mjs';

const { validate, validateJson, countWords, countCharacters, scanDisclosure } = sefcheck;
const MiB = 1024 * 1024;

function stillWorks() {
  assert.equal(validate(example('complete')).readyToShare, true, 'validate(complete) after it');
  assert.equal(validateJson(exampleText('complete')).readyToShare, true, 'validateJson(complete) after it');
  assert.equal(countWords('still counting words'), 3);
}

/** Calls f: a report (checked for shape) or a thrown Error with `code`; never anything else. */
function outcome(f) {
  let result;
  try {
    result = f();
  } catch (e) {
    assert.ok(e instanceof Error, `threw a non-Error: ${typeof e} ${String(e)}`);
    assert.equal(typeof e.message, 'string');
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `a WebAssembly trap: ${e.message}`);
    return { error: e };
  }
  return { result };
}

function reports(f, check) {
  const { result, error } = outcome(f);
  assert.equal(error, undefined, `threw ${error?.message}`);
  assert.equal(typeof result.readyToShare, 'boolean');
  assert.equal(result.sections.length, 11);
  if (check) check(result);
  stillWorks();
  return result;
}

function refuses(f, code, extra = {}) {
  const { result, error } = outcome(f);
  assert.ok(error, `expected a thrown Error, got ${JSON.stringify(result)?.slice(0, 200)}`);
  if (code) assert.equal(error.code, code, error.message);
  for (const [k, v] of Object.entries(extra)) assert.equal(error[k], v, `${k} (${error.message})`);
  stillWorks();
  return error;
}

const typeAtRoot = (r) => {
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0].code, 'type');
  assert.equal(r.diagnostics[0].path, '');
};

function nested(depth, leaf = 1) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
const withExtra = (extra) => ({ ...example('complete'), ...extra });

test('undefined: a report with one type diagnostic', () => reports(() => validate(undefined), typeAtRoot));
test('null: a report with one type diagnostic', () => reports(() => validate(null), typeAtRoot));
test('numbers, -0, NaN and Infinity at the top: type', () => {
  for (const n of [0, -0, 1.5, NaN, Infinity, -Infinity]) reports(() => validate(n), typeAtRoot);
});
test('-0, NaN and Infinity as values: taken as JSON.stringify takes them', () => {
  reports(() => validate(withExtra({ about: { periodStart: -0, periodEnd: NaN, preparedBy: Infinity } })));
});
test('a BigInt: refused', () => {
  refuses(() => validate(10n), 'not-json-value');
  refuses(() => validate(withExtra({ audit: { casesAudited: 12n } })), 'not-json-value');
  refuses(() => validate(withExtra({ list: [Object(3n)] })), 'not-json-value');
});
test('a Symbol: refused, as a value anywhere', () => {
  refuses(() => validate(Symbol('s')), 'not-json-value');
  refuses(() => validate(withExtra({ voice: { children: Symbol('x') } })), 'not-json-value');
  refuses(() => validate([Symbol.iterator]), 'not-json-value');
});
test('a function: refused, even where JSON.stringify would drop it', () => {
  refuses(() => validate(() => 1), 'not-json-value');
  refuses(() => validate(withExtra({ about: { preparedBy() {} } })), 'not-json-value');
  refuses(() => validate({ toJSON: () => () => 1 }), 'not-json-value');
});
test('a cycle: refused with a clear message', () => {
  const doc = withExtra({});
  doc.evidence = [{ id: 'x' }];
  doc.evidence[0].self = doc;
  const e = refuses(() => validate(doc), 'cycle');
  assert.match(e.message, /cycle/);
  const a = [];
  a.push(a);
  refuses(() => validate(a), 'cycle');
});
test('the same object twice (no cycle) is fine', () => {
  const shared = { text: 'same' };
  reports(() => validate(withExtra({ one: shared, two: shared })));
});
test('a Map and a Set: taken as {}', () => {
  reports(
    () => validate(new Map([['formVersion', 2]])),
    (r) => assert.notEqual(r.diagnostics[0]?.path, ''),
  );
  reports(() => validate(withExtra({ about: new Set(['a']) })));
});
test('a Date: taken as its string, an invalid Date as null', () => {
  reports(() => validate(withExtra({ about: { periodStart: new Date('2025-04-01T00:00:00Z') } })));
  reports(() => validate(withExtra({ about: { periodStart: new Date(NaN) } })));
  reports(() => validate(new Date(0)), typeAtRoot);
});
test('typed arrays and ArrayBuffers: taken as objects', () => {
  reports(() => validate(new Uint8Array([1, 2, 3])));
  reports(() => validate(withExtra({ kpis: new Float64Array(4) })));
  reports(() => validate(withExtra({ kpis: new ArrayBuffer(8) })));
});
test('a sparse array: holes taken as null', () => {
  const list = [];
  list[5] = 'x';
  reports(() => validate(withExtra({ actions: list })));
  const huge = [];
  huge.length = 2 ** 32 - 1; // the longest array JavaScript has
  refuses(() => validate(withExtra({ actions: huge })), 'too-large');
});
test('nesting 64 deep is accepted, 65 and 70 refused (validate)', () => {
  reports(() => validate(nested(64)), typeAtRoot);
  refuses(() => validate(nested(65)), 'too-deep');
  refuses(() => validate(withExtra({ notes: nested(70) })), 'too-deep');
  refuses(() => validate(nested(100000)), 'too-deep');
});
test('nesting 65 and 100,000 deep refused (validateJson), not a stack overflow', () => {
  refuses(() => validateJson('['.repeat(65) + ']'.repeat(65)), 'too-deep');
  refuses(() => validateJson('['.repeat(100000) + ']'.repeat(100000)), 'too-deep');
  refuses(() => validateJson('{"a":'.repeat(100000)), null);
  reports(() => validateJson('['.repeat(64) + ']'.repeat(64)), typeAtRoot);
});
test('a 6 MiB string: refused by validateJson, checked by validate', () => {
  const big = 'x'.repeat(6 * MiB);
  refuses(() => validateJson(JSON.stringify({ formVersion: 2, notes: big })), 'too-large');
  refuses(() => validateJson(' '.repeat(6 * MiB)), 'too-large');
  // 2 MiB of three-byte characters: short as a string, 6 MiB as UTF-8
  refuses(() => validateJson(JSON.stringify({ notes: '€'.repeat(2 * MiB) })), 'too-large');
  reports(() => validate(withExtra({ voice: { children: big } })));
  assert.equal(countWords(big), 1);
  assert.equal(countCharacters(big), big.length);
  assert.deepEqual(scanDisclosure(big), []);
});
test('exactly 5 MiB of text is accepted', () => {
  const text = JSON.stringify({ formVersion: 2, padding: '' });
  const padded = text.replace('""', `"${'y'.repeat(5 * MiB - text.length)}"`);
  assert.equal(Buffer.byteLength(padded), 5 * MiB);
  reports(() => validateJson(padded));
  refuses(() => validateJson(`${padded} `), 'too-large');
});
test('lone surrogates in values and keys: refused by validate', () => {
  refuses(() => validate(withExtra({ voice: { children: 'a \ud800 b' } })), 'lone-surrogate');
  refuses(() => validate(withExtra({ 'key \udc00': 1 })), 'lone-surrogate');
  refuses(() => validate('\ud83d'), 'lone-surrogate');
});
test('lone surrogates in JSON text, escaped or raw: refused by validateJson', () => {
  refuses(() => validateJson('{"voice":{"children":"\\ud800"}}'), 'lone-surrogate');
  refuses(() => validateJson('{"\\udfff":1}'), 'lone-surrogate');
  refuses(() => validateJson('{"a":"\\ud800","a":"fine"}'), 'lone-surrogate');
  refuses(() => validateJson('{\n"a": "x\ud800"}'), 'lone-surrogate', { line: 2, column: 8 });
  reports(() => validateJson('{"a":"\\ud83d\\ude00 😀"}'));
});
test('lone surrogates in the text functions: counted as JavaScript counts them', () => {
  const seg = new Intl.Segmenter();
  for (const s of [
    '\ud800',
    'a\udc00b c',
    '\ud800\u0301',
    '\udc00\ud800',
    '\ud800\u200d\ud83d\ude00',
    '\ud83c\udde6\ud800',
    '\ud800\ud83c\udffd',
    '\r\ud800\n',
  ]) {
    assert.equal(countWords(s), (s.match(/\S+/g) || []).length);
    assert.equal(countCharacters(s), [...seg.segment(s)].length);
    assert.ok(Array.isArray(scanDisclosure(s)));
  }
});
test('keys __proto__, constructor and prototype: plain unknown keys', () => {
  const doc = JSON.parse('{"formVersion":2,"__proto__":{"polluted":true},"constructor":"x","prototype":1}');
  reports(() => validate(doc));
  reports(() => validateJson('{"formVersion":2,"__proto__":{"polluted":true},"constructor":{"prototype":1}}'));
  assert.equal({}.polluted, undefined);
});
test('a Proxy: read through its traps; a revoked one or a throwing trap is an Error', () => {
  reports(() => validate(new Proxy(withExtra({}), {})));
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  refuses(() => validate(proxy));
  refuses(
    () =>
      validate(
        new Proxy(
          {},
          {
            ownKeys() {
              throw 'not an error';
            },
          },
        ),
      ),
    'read-failed',
  );
});
test('a getter that throws: an Error, whatever it throws', () => {
  const doc = withExtra({});
  Object.defineProperty(doc, 'about', {
    enumerable: true,
    get() {
      throw new RangeError('mine');
    },
  });
  refuses(() => validate(doc));
  const doc2 = withExtra({});
  Object.defineProperty(doc2, 'voice', {
    enumerable: true,
    get() {
      throw 42;
    },
  });
  refuses(() => validate(doc2), 'read-failed');
  refuses(
    () =>
      validate({
        toJSON() {
          throw null;
        },
      }),
    'read-failed',
  );
});
test('frozen and null-prototype objects, class instances, boxed primitives', () => {
  reports(() => validate(Object.freeze(withExtra({ about: Object.freeze({ preparedBy: 'A' }) }))));
  const bare = Object.create(null);
  bare.formVersion = 2;
  reports(() => validate(bare));
  class Doc {
    constructor() {
      this.formVersion = 2;
    }
    get hidden() {
      return () => 1;
    }
  }
  reports(() => validate(new Doc()));
  reports(() => validate(withExtra({ about: { preparedBy: new String('A'), periodStart: new Number(1) } })));
  reports(() => validate(new String('text')), typeAtRoot);
});
test('a huge array: too-many, not a hang', () => {
  const evidence = Array.from({ length: 100000 }, (_, i) => ({ id: `e${i}` }));
  reports(
    () => validate(withExtra({ evidence })),
    (r) => assert.ok(r.diagnostics.some((d) => d.code === 'too-many')),
  );
});
test('numbers beyond a double and huge integers', () => {
  refuses(() => validateJson('{"formVersion":1e400}'), 'number-too-large');
  refuses(() => validateJson('[-1e400]'), 'number-too-large');
  reports(() => validateJson('{"formVersion":2,"audit":{"casesAudited":123456789012345678901234567890}}'));
});
test('not JSON: every kind of broken text is an Error with line and column', () => {
  for (const text of ['', ' ', '{', '{"a":1,}', "{'a':1}", 'undefined', 'NaN', '[1 2]', '{"a":1}}', '\u0000', '{"a":"\n"}', '\ufeff{}']) {
    const e = refuses(() => validateJson(text), 'not-json');
    assert.ok(Number.isInteger(e.line) && e.line >= 1, `line for ${JSON.stringify(text)}`);
    assert.ok(Number.isInteger(e.column) && e.column >= 1, `column for ${JSON.stringify(text)}`);
  }
});
test('error messages never hold document text', () => {
  const secret = 'Jane Secretname 07700900123';
  for (const f of [
    () => validateJson(`{"voice":{"children":"${secret}" oops}}`),
    () => validateJson(`{"${secret}":"\\ud800"}`),
    () => validate({ [secret]: () => 1 }),
  ]) {
    const e = refuses(f);
    assert.ok(!e.message.includes('Secretname') && !e.message.includes('07700'), e.message);
  }
});
test('many calls in a row, refused and not, leave nothing behind', () => {
  for (let i = 0; i < 200; i++) {
    outcome(() => validateJson('{"a": nope'));
    outcome(() => validate({ f() {} }));
    outcome(() => validateJson('x'.repeat(6 * 1024)));
  }
  stillWorks();
});
