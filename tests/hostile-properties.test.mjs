// Property test: random JavaScript values thrown at every function of the package.
// Each call gives a report (with the invariants of rules.md "The report") or throws an Error
// (never a WebAssembly trap, never a non-Error, never a message holding a document string), and
// the module still answers correctly afterwards. Seeded: HOSTILE_SEED=n and HOSTILE_CASES=n
// change the seed and the number of cases (default 2,000 of each kind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sefcheck from 'sefcheck';
import { exampleText } from './helpers.mjs';
import { checkReport, checkNoLeak, checkSpans } from './hostile-invariants.mjs';

const { validate, validateJson, countWords, countCharacters, scanDisclosure } = sefcheck;
const SEED = Number(process.env.HOSTILE_SEED ?? 20260807);
const CASES = Number(process.env.HOSTILE_CASES ?? 2000);
const COMPLETE_TEXT = exampleText('complete');
const COMPLETE = JSON.parse(COMPLETE_TEXT);

// ---------------------------------------------------------------- a seeded PRNG (mulberry32)
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

// ---------------------------------------------------------------- values
const KEYS = [
  'formVersion',
  'about',
  'inspection',
  'areas',
  'voice',
  'evidence',
  'actions',
  'kpis',
  'audit',
  'declarations',
  'periodStart',
  'preparedBy',
  'grades',
  'recommendations',
  'text',
  'status',
  'id',
  'privateLaw',
  'publicLaw',
  'leadership',
  'whatWeKnow',
  'strengths',
  'grade',
  'children',
  'kind',
  'date',
  'area',
  'unit',
  'value',
  'target',
  'better',
  'casesAudited',
  'noNames',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  '~',
  '/',
  '0',
  'length',
];
const WORDS = [
  'outstanding',
  'good',
  'requiresImprovement',
  'inadequate',
  'audit',
  'performanceData',
  'percent',
  'higher',
  'inProgress',
  'completed',
  'privateLaw',
  '2026-04-01',
  '2027-02-30',
  'pa-2627',
  'x',
  '',
  ' ',
  '\u00a0\u3000',
  '\ufeff',
];
const PIECES = [
  'a',
  'word ',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u0085',
  'é',
  'e\u0301',
  '\u{1F600}',
  '\u{1F1EC}\u{1F1E7}',
  '\u{1F468}\u200d\u{1F469}',
  '\u{10FFFF}',
  '\u0000',
  '"',
  '\\',
  '/',
  '~',
  'Mr Smith ',
  'born 12/03/2015 ',
  'DOB ',
  '943 476 5919 ',
  'LV21C50012',
  ' SW1A 1AA ',
  'a@b.co ',
  '+44 (0)20 7946 0958',
  '07700 900123',
  'QQ 12 34 56 C',
  '1234 5678 9012 3456',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  'Mrs O\u2019Brien-Smith',
];
const NUMBERS = [-0, 0, 1, -1, 0.5, 1.5, 100, 101, NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 1e21, 4294967296];
const TEXT_ALPHABET = [
  'a',
  'b',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u3000',
  'é',
  'e\u0301',
  '\u{1F600}',
  '1',
  '-',
  '.',
  '@',
  '\ufeff',
  '\u2028',
];

function gen(r, markers) {
  /** A string, sometimes a planted marker (a value that must never come back in a report). */
  function str() {
    switch (r.int(6)) {
      case 0: {
        const m = `PLANTED${r.int(1e9).toString(36)}Q${markers.length}`;
        markers.push(m);
        return r.chance(0.5) ? m : `${r.pick(PIECES)}${m}${r.pick(PIECES)}`;
      }
      case 1:
        return r.pick(WORDS);
      case 2:
        return r.pick(PIECES).repeat(1 + r.int(r.chance(0.05) ? 5000 : 20));
      case 3:
        return String.fromCharCode(...Array.from({ length: r.int(12) }, () => r.int(0x10000)));
      default:
        return Array.from({ length: r.int(10) }, () => r.pick(PIECES)).join('');
    }
  }
  function key() {
    if (r.chance(0.1)) return '__proto__';
    return r.chance(0.8)
      ? r.pick(KEYS)
      : Array.from({ length: 1 + r.int(3) }, () => r.pick(['k', 'é', '\u{1F600}', '~1', '/', ' '])).join('');
  }
  /** An object with an own `__proto__` key, as JSON.parse makes it. */
  function protoObject(inner) {
    const o = {};
    Object.defineProperty(o, '__proto__', { value: inner, enumerable: true, configurable: true, writable: true });
    return o;
  }
  function value(level) {
    const leaf = level > 8 || r.chance(0.45);
    if (leaf) {
      switch (r.int(10)) {
        case 0:
          return null;
        case 1:
          return r.chance(0.5);
        case 2:
        case 3:
          return r.pick(NUMBERS);
        case 4:
          return r.pick([undefined, 10n, Symbol('s'), () => 1, new Number(3), new String('boxed'), new Boolean(false)]);
        default:
          return str();
      }
    }
    switch (r.int(16)) {
      case 0:
      case 1:
      case 2: {
        const o = r.chance(0.1) ? Object.create(null) : {};
        for (let i = r.int(6); i > 0; i--) {
          const k = key();
          if (k === '__proto__') return protoObject(value(level + 1));
          o[k] = value(level + 1);
        }
        return o;
      }
      case 3:
      case 4: {
        const a = Array.from({ length: r.int(6) }, () => value(level + 1));
        if (r.chance(0.1)) a.length += 3; // holes
        if (r.chance(0.1)) a.extra = str();
        return a;
      }
      case 5:
        return Object.freeze({ [key()]: value(level + 1), [key()]: value(level + 1) });
      case 6: {
        // a getter that throws (an Error or something else)
        const o = { [key()]: value(level + 1) };
        const thrown = r.pick([new Error('getter failed'), new TypeError('no'), 'a string', 42, null, undefined, { x: 1 }]);
        Object.defineProperty(o, `${key()}G`, {
          enumerable: true,
          get() {
            throw thrown;
          },
        });
        return o;
      }
      case 7: {
        // a proxy, sometimes with traps that throw
        const target = r.chance(0.5) ? { [key()]: value(level + 1) } : [value(level + 1)];
        const trap = r.pick(['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf', null]);
        const thrown = r.pick([new RangeError('trap'), 'trap string', Symbol('trap')]);
        return new Proxy(
          target,
          trap
            ? {
                [trap]() {
                  throw thrown;
                },
              }
            : {},
        );
      }
      case 8: {
        // toJSON, returning anything (and once, something else the second time)
        const v1 = value(level + 1);
        const v2 = value(level + 1);
        let calls = 0;
        return { ignored: str(), toJSON: r.chance(0.8) ? () => v1 : () => (calls++ === 0 ? v1 : v2) };
      }
      case 9:
        return r.pick([new Date(0), new Date(NaN), new Date(8.64e15), new Date('2026-04-01T00:00:00Z')]);
      case 10:
        return r.pick([new Map([[str(), value(level + 1)]]), new Set([1, 2]), new WeakMap(), /re/g, new Error('e')]);
      case 11:
        return r.pick([new Uint8Array([1, 2, 3]), new Float64Array([NaN, -0]), new ArrayBuffer(8), new DataView(new ArrayBuffer(4))]);
      case 12: {
        // deep nesting around the limit of 64
        let v = value(9);
        const n = 55 + r.int(20);
        for (let i = 0; i < n; i++) v = r.chance(0.5) ? [v] : { [key()]: v };
        return v;
      }
      case 13: {
        // a cycle
        const o = { [key()]: value(level + 1) };
        o[r.pick(KEYS)] = r.chance(0.5) ? o : [o];
        return o;
      }
      case 14:
        return Array.from({ length: 495 + r.int(10) }, () => (r.chance(0.5) ? str() : {}));
      default:
        return protoObject(value(level + 1));
    }
  }
  return { value, str };
}

/** The complete example with a few members replaced by hostile values. */
function editedExample(r, g) {
  const doc = structuredClone(COMPLETE);
  const paths = [];
  (function walk(v, p) {
    paths.push(p);
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], [...p, k]);
  })(doc, []);
  for (let i = 1 + r.int(4); i > 0; i--) {
    const p = r.pick(paths);
    if (p.length === 0) continue;
    let parent = doc;
    for (const k of p.slice(0, -1)) parent = parent?.[k];
    if (parent && typeof parent === 'object' && !Object.isFrozen(parent)) parent[p.at(-1)] = r.chance(0.5) ? g.str() : g.value(3);
  }
  return doc;
}

// ---------------------------------------------------------------- outcomes
/** JSON's reading of `v`, when it can be had and is stable; undefined otherwise. */
function asJson(v) {
  try {
    const a = JSON.stringify(v);
    const b = JSON.stringify(v);
    return a === b ? JSON.parse(a ?? 'null') : undefined;
  } catch {
    return undefined;
  }
}

function call(f) {
  try {
    return { result: f() };
  } catch (error) {
    return { error };
  }
}

function checkThrown(error, markers) {
  assert.ok(error instanceof Error, `threw a non-Error: ${typeof error}`);
  assert.ok(!(error instanceof WebAssembly.RuntimeError), `a WebAssembly trap: ${error.message}`);
  assert.notEqual(error.code, 'internal', `the core failed inside WebAssembly: ${error.message}`);
  checkNoLeak(String(error.message), markers);
}

function stillWorks() {
  const r = validate(COMPLETE);
  assert.equal(r.readyToShare, true, 'validate(complete) afterwards');
  assert.equal(r.diagnostics.length, 0, 'no diagnostics for complete afterwards');
  assert.equal(countWords('a b'), 2, 'countWords("a b") afterwards');
}

const words = (s) => s.match(/\S+/g)?.length ?? 0;
const graphemes = (s) => [...new Intl.Segmenter().segment(s)].length;

// ---------------------------------------------------------------- the tests
test(`validate: ${CASES} random values give a report or throw an Error`, () => {
  const r = prng(SEED);
  const stats = { reports: 0, errors: 0 };
  for (let i = 0; i < CASES; i++) {
    const markers = [];
    const g = gen(r, markers);
    const input = r.chance(0.4) ? editedExample(r, g) : g.value(0);
    const { result, error } = call(() => validate(input));
    try {
      if (error !== undefined) {
        stats.errors++;
        stats[error.code ?? error.name] = (stats[error.code ?? error.name] ?? 0) + 1;
        checkThrown(error, markers);
      } else {
        stats.reports++;
        checkReport(result, asJson(input));
        checkNoLeak(result, markers);
      }
      if (i % 10 === 0 || error) stillWorks();
    } catch (e) {
      e.message = `case ${i} (seed ${SEED}): ${e.message}`;
      throw e;
    }
  }
  stillWorks();
  assert.ok(stats.reports > CASES / 10 && stats.errors > CASES / 50, `both outcomes seen: ${JSON.stringify(stats)}`);
  if (process.env.HOSTILE_VERBOSE) console.log(stats);
});

test(`validateJson: ${CASES} texts (JSON of random values, cut, corrupted) give a report or throw an Error`, () => {
  const r = prng(SEED + 1);
  for (let i = 0; i < CASES; i++) {
    const markers = [];
    const g = gen(r, markers);
    const doc = r.chance(0.4) ? editedExample(r, g) : g.value(0);
    let text;
    try {
      text = JSON.stringify(doc) ?? 'null';
    } catch {
      text = g.str();
    }
    switch (r.int(5)) {
      case 0:
        text = text.slice(0, r.int(text.length + 1));
        break;
      case 1: {
        const at = r.int(text.length + 1);
        text = text.slice(0, at) + r.pick(PIECES) + text.slice(at);
        break;
      }
      case 2:
        text = r.pick(['', ' ', '\ufeff{}', '{"a":1e400}', '[-0]', '"\\ud800"', '{"__proto__":1}', '1'.repeat(400), '{'.repeat(70)]);
        break;
      default:
        break;
    }
    // Markers cut in half are still document text: plant only whole ones that survive.
    const present = markers.filter((m) => text.includes(m));
    const { result, error } = call(() => validateJson(text));
    try {
      if (error !== undefined) {
        checkThrown(error, present);
        if (error.line !== undefined) assert.ok(error.line >= 1 && error.column >= 1, 'line and column from 1');
      } else {
        checkReport(result, JSON.parse(text));
        checkNoLeak(result, present);
      }
      if (i % 10 === 0 || error) countWords('a') === 1 || assert.fail('countWords');
    } catch (e) {
      e.message = `case ${i} (seed ${SEED}): ${e.message}`;
      throw e;
    }
  }
  stillWorks();
});

test(`countWords, countCharacters, scanDisclosure: ${CASES} random strings and non-strings`, () => {
  const r = prng(SEED + 2);
  const fns = { countWords, countCharacters, scanDisclosure };
  for (let i = 0; i < CASES; i++) {
    const g = gen(r, []);
    const curated = r.chance(0.5);
    const s = curated ? Array.from({ length: r.int(40) }, () => r.pick(TEXT_ALPHABET)).join('') : r.chance(0.9) ? g.str() : g.value(0);
    const name = r.pick(Object.keys(fns));
    const { result, error } = call(() => fns[name](s));
    try {
      if (typeof s !== 'string') {
        assert.ok(error, `${name} of a non-string throws`);
        checkThrown(error, []);
        continue;
      }
      assert.equal(error, undefined, `${name} of a string does not throw: ${error?.message}`);
      if (name === 'countWords') assert.equal(result, words(s), 'countWords is /\\S+/g');
      if (name === 'countCharacters') {
        assert.ok(Number.isInteger(result) && result <= s.length && (result === 0) === (s.length === 0));
        if (curated) assert.equal(result, graphemes(s), 'countCharacters is Intl.Segmenter');
      }
      if (name === 'scanDisclosure') {
        assert.ok(Array.isArray(result));
        checkSpans(s, result, name);
      }
    } catch (e) {
      e.message = `case ${i} (seed ${SEED}) ${name}(${JSON.stringify(s)?.slice(0, 80)}): ${e.message}`;
      throw e;
    }
  }
  stillWorks();
});
