// Refusals as the caller sees them: an `Error` (a `TypeError` for an argument of the wrong type)
// with a `code`, and `line` and `column` where the core gave a position. Each code is decided
// and worded in one place (docs/architecture.md, "Refusals"):
//
// - what is wrong with the document itself (not-json, too-large, too-deep, number-too-large,
//   lone-surrogate, not-utf8) is decided and worded by the core, src/refusal.rs, and arrives
//   here as data, which `fromCore` turns into the Error as it is;
// - what only JavaScript can see, about a JavaScript value or the module itself, is decided by
//   the facade and worded below, once per code.
// No message holds a value from the document.

/** The refusals only JavaScript can see, and their one wording each. */
const WORDING = {
  'not-string': (fn, value, wanted = 'a string') => `${fn} needs ${wanted}, not ${describe(value)}`,
  'not-json-value': (what) => `The document holds ${what}, which JSON cannot hold: remove it or turn it into a string`,
  cycle: () => 'The document holds a cycle (an object inside itself), which JSON cannot hold',
  'read-failed': () => 'Reading the document failed: one of its values threw something that is not an Error',
  internal: () => 'sefcheck failed inside its WebAssembly module (a bug: please report it); the next call starts afresh',
  'not-ready': () => 'sefcheck is not loaded yet: call `await ready()` once before using it',
};

/** The codes decided here. */
export const FACADE_CODES = Object.keys(WORDING);

/** Marks an Error as sefcheck's own refusal, unlike an Error a getter of the document threw
 *  (sefcheck/standard-schema turns refusals into issues and lets the others through). A
 *  registered symbol, so that two copies of this file agree. */
export const REFUSAL = Symbol.for('sefcheck.refusal');

function mark(e) {
  Object.defineProperty(e, REFUSAL, { value: true });
  return e;
}

/** What a value is, without saying what it holds. */
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The Error for a refusal decided here; `extra` holds properties such as `cause`. */
export function refusal(code, args = [], extra = undefined) {
  const ErrorType = code === 'not-string' ? TypeError : Error;
  const e = new ErrorType(WORDING[code](...args));
  e.code = code;
  if (extra) Object.assign(e, extra);
  return mark(e);
}

/** The Error for a refusal the core decided: `{ code, message, line?, column? }`. */
export function fromCore(r) {
  const e = new Error(r.message);
  e.code = r.code;
  if (r.line !== undefined) {
    e.line = r.line;
    e.column = r.column;
  }
  return mark(e);
}
