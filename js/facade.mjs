// The public API of sefcheck (docs/spec/api.md), the same in Node and in browsers, over
// the WebAssembly module's internal exports (src/wasm.rs). Every entry (node.cjs, node.mjs,
// browser.mjs) builds its API with `createApi`; only how the module is loaded differs.
//
// The boundary: text crosses as UTF-8, written by `TextEncoder.encodeInto` straight into a
// buffer in WebAssembly memory; results come back as JSON text and are parsed here. Refused
// input is always a thrown `Error` with a `code` property, never a string, never a trap.

/** rules.md "Limits on input": the UTF-8 encoding of `validateJson`'s text, at most. */
export const MAX_BYTES = 5 * 1024 * 1024;
/** rules.md "Limits on input": the top-level value is level 1; a container at 65 is refused. */
export const MAX_DEPTH = 64;
// Beyond this many items a list cannot become a JavaScript string at all (each item takes at
// least two characters); refused up front rather than walked for seconds.
const MAX_ITEMS = 2 ** 28;
// A JavaScript value whose JSON text is longer than this is refused as too large (validate
// has no 5 MiB limit, but the module's memory has one).
const MAX_VALUE_TEXT = 2 ** 28;

const encoder = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const isWellFormed =
  typeof String.prototype.isWellFormed === 'function'
    ? (s) => s.isWellFormed()
    : (s) => !LONE_SURROGATE.test(s);

function refusal(ErrorType, message, code, extra) {
  const e = new ErrorType(message);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

function notString(fn, value) {
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return refusal(TypeError, `${fn} needs a string, not ${what}`, 'not-string');
}

/** The UTF-8 length of a well-formed string. */
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

/** Line and column (both from 1, the column in UTF-16 code units) of index `at`. */
function position(text, at) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

const notJsonValue = (what) =>
  refusal(Error, `The document holds ${what}, which JSON cannot hold: remove it or turn it into a string`, 'not-json-value');

/**
 * Checks a JavaScript value before JSON.stringify sees it: JSON.stringify would silently drop
 * functions and symbols, throw a TypeError for BigInt and cycles, and overflow the stack on
 * deep nesting. Follows JSON.stringify's reading (toJSON, boxed primitives, own enumerable
 * string keys, array holes), so that what is checked is what is serialised. Never names a key
 * or a value: they are the document's.
 */
function check(value, key, level, ancestors) {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = value.toJSON;
    // The key is a number for array items, made a string only here (rarely needed).
    if (typeof toJSON === 'function') value = toJSON.call(value, String(key));
  }
  switch (typeof value) {
    case 'function':
      throw notJsonValue('a function');
    case 'symbol':
      throw notJsonValue('a symbol');
    case 'bigint':
      throw notJsonValue('a BigInt');
    case 'object':
      break;
    default:
      return; // string, number, boolean, undefined: JSON.stringify takes them as they are
  }
  if (value === null || value instanceof Number || value instanceof String || value instanceof Boolean) return;
  if (value instanceof BigInt) throw notJsonValue('a BigInt');
  if (level > MAX_DEPTH) {
    throw refusal(Error, `The document nests deeper than ${MAX_DEPTH} levels`, 'too-deep');
  }
  if (ancestors.includes(value)) {
    throw refusal(Error, 'The document holds a cycle (an object inside itself), which JSON cannot hold', 'cycle');
  }
  ancestors.push(value);
  if (Array.isArray(value)) {
    const n = value.length;
    if (n > MAX_ITEMS) throw refusal(Error, 'The document holds a list too long to check', 'too-large');
    for (let i = 0; i < n; i++) check(value[i], i, level + 1, ancestors);
  } else {
    for (const k of Object.keys(value)) check(value[k], k, level + 1, ancestors);
  }
  ancestors.pop();
}

/** A refusal from the module (src/wasm.rs throws it as JSON text) as the Error to throw. */
function refusalError(text) {
  const r = JSON.parse(text);
  const extra = r.line === undefined ? undefined : { line: r.line, column: r.column };
  return refusal(Error, r.message, r.refusal, extra);
}
const isRefusal = (e) => typeof e === 'string' && e.startsWith('{"refusal":');

/** Any thrown value as an Error (a getter or a Proxy trap in a document may throw anything). */
function asError(e) {
  if (e instanceof Error) return e;
  if (isRefusal(e)) return refusalError(e);
  return refusal(Error, 'Reading the document failed: one of its values threw something that is not an Error', 'read-failed', { cause: e });
}

/**
 * The API over a loaded module. `getModule()` returns the wasm-bindgen exports (throwing a
 * clear Error when the module is not loaded yet); `reload()`, when given, replaces a module
 * that trapped, so that a bug in the core cannot leave the package unusable.
 */
export function createApi(getModule, reload) {
  let memory = null;
  let memoryOf = null;

  function wasm() {
    const m = getModule();
    if (memoryOf !== m) {
      memory = m.wasmMemory();
      memoryOf = m;
    }
    return m;
  }

  /** Writes `text` into the module's input buffer; returns the number of bytes written.
   *  `capacity` is the most it can take (3 bytes per UTF-16 code unit, or the exact UTF-8
   *  length). Documents are mostly ASCII, so the buffer is first made one byte per code unit and
   *  grown only when the text does not fit: a large document then takes a third of the memory,
   *  and a module's memory, once grown, never shrinks. */
  function put(m, text, capacity, tooLarge) {
    const first = Math.min(text.length, capacity);
    let at = m.inputBuffer(first);
    if (at === 0 && first > 0) throw tooLarge();
    const done = encoder.encodeInto(text, new Uint8Array(memory.buffer, at, first));
    if (done.read === text.length) return done.written;
    // The buffer keeps the bytes written so far when it grows (and may move).
    at = m.inputBuffer(capacity);
    if (at === 0) throw tooLarge();
    const rest = encoder.encodeInto(text.slice(done.read), new Uint8Array(memory.buffer, at + done.written, capacity - done.written));
    return done.written + rest.written;
  }

  /** Runs `f`, making sure that what escapes is an Error and that a trap does not stick. */
  function guarded(f) {
    try {
      return f();
    } catch (e) {
      if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) {
        if (reload) {
          memoryOf = null;
          reload();
        }
        throw refusal(Error, 'sefcheck failed inside its WebAssembly module (a bug: please report it); the next call starts afresh', 'internal', { cause: e });
      }
      throw asError(e);
    }
  }

  /** A string for the text functions. Lone surrogates, which UTF-8 cannot carry, become
   *  U+FFFD, as Intl.Segmenter (ICU) reads them: not white space, one UTF-16 code unit, and the
   *  same grapheme clusters (tests/hostile.test.mjs compares with JavaScript). */
  function textArg(fn, text) {
    if (typeof text !== 'string') throw notString(fn, text);
    if (isWellFormed(text)) return text;
    return text.toWellFormed ? text.toWellFormed() : text.replace(LONE_SURROGATES, '\ufffd');
  }

  function textCall(fn, text, call) {
    return guarded(() => {
      const s = textArg(fn, text);
      const m = wasm();
      const tooLarge = () => refusal(Error, `${fn} was given a string too large for memory`, 'too-large');
      if (s.length > MAX_VALUE_TEXT) throw tooLarge();
      return call(m, put(m, s, s.length * 3, tooLarge));
    });
  }

  function validateJson(text) {
    return guarded(() => {
      if (typeof text !== 'string') throw notString('validateJson', text);
      const m = wasm();
      // Each UTF-16 code unit takes at least one byte: a longer text is over the limit.
      if (text.length > MAX_BYTES) throw refusalError(m.tooLargeError(utf8Length(text.toWellFormed ? text.toWellFormed() : text)));
      if (!isWellFormed(text)) {
        const { line, column } = position(text, text.search(LONE_SURROGATE));
        throw refusalError(m.loneSurrogateError(line, column));
      }
      let capacity = text.length * 3;
      if (capacity > MAX_BYTES) {
        capacity = utf8Length(text);
        if (capacity > MAX_BYTES) throw refusalError(m.tooLargeError(capacity));
      }
      const len = put(m, text, capacity, () => refusalError(m.tooLargeError(capacity)));
      return JSON.parse(m.validateInput(len, true));
    });
  }

  function validate(document) {
    return guarded(() => {
      check(document, '', 1, []);
      let text = JSON.stringify(document);
      // `undefined` (or a toJSON giving it) has no JSON text: like any value that is not an
      // object, it gets a report with one `type` diagnostic.
      if (text === undefined) text = 'null';
      const tooLarge = () => refusal(Error, 'The document is too large to check', 'too-large');
      if (text.length > MAX_VALUE_TEXT) throw tooLarge();
      const m = wasm();
      // JSON.stringify's text is well-formed (lone surrogates become \ud800 escapes, which
      // the module refuses), so encodeInto carries it exactly.
      const len = put(m, text, text.length * 3, tooLarge);
      return JSON.parse(m.validateInput(len, false));
    });
  }

  // Static data: parsed afresh on every call, so a caller may change what it gets.
  let formText = null;
  let rulesText = null;

  return {
    validate,
    validateJson,
    formDefinition: () => guarded(() => JSON.parse((formText ??= wasm().formDefinitionJson()))),
    rules: () => guarded(() => JSON.parse((rulesText ??= wasm().rulesJson()))),
    countWords: (text) => textCall('countWords', text, (m, len) => m.countWordsInput(len)),
    countCharacters: (text) => textCall('countCharacters', text, (m, len) => m.countCharactersInput(len)),
    scanDisclosure: (text) => textCall('scanDisclosure', text, (m, len) => JSON.parse(m.scanDisclosureInput(len))),
    emptyDocument: () => guarded(() => JSON.parse(wasm().emptyDocumentJson())),
  };
}
