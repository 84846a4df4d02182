// The public API of sefcheck (docs/spec/api.md), the same in Node and in browsers, over
// the WebAssembly module's internal exports (src/wasm.rs). Every entry (node.cjs, node.mjs,
// browser.mjs) builds its API with `createApi`; only how the module is loaded differs.
//
// The boundary: text crosses as UTF-8, written by `TextEncoder.encodeInto` straight into a
// buffer in WebAssembly memory; each call answers with an outcome as JSON text, `{ ok }` or
// `{ refusal }`, parsed here. Refused input is always a thrown `Error` with a `code` property,
// never a string, never a trap (refusals.mjs; docs/architecture.md, "Refusals").

import LIMITS from '../pkg/limits.mjs';
import { fromCore, refusal } from './refusals.mjs';
import { jsonSchemaOf } from './schema.mjs';

const encoder = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const isWellFormed = typeof String.prototype.isWellFormed === 'function' ? (s) => s.isWellFormed() : (s) => !LONE_SURROGATE.test(s);
/** Lone surrogates as U+FFFD, which UTF-8 can carry: one UTF-16 code unit, as they were. */
const toWellFormed = (s) => (s.toWellFormed ? s.toWellFormed() : s.replace(LONE_SURROGATES, '\ufffd'));
// The size of a text too long for JavaScript to make at all: beyond every limit of the core.
const UNMADE = 2 ** 32 - 1;

/** The UTF-8 length of a well-formed string. */
/** A Uint8Array (a Node Buffer is one), from this realm or another (a worker's, a vm's). */
function isBytes(value) {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

/**
 * Walks a JavaScript value before JSON.stringify sees it: JSON.stringify would silently drop
 * functions and symbols, throw a TypeError for BigInt and cycles, and overflow the stack on
 * deep nesting. Follows JSON.stringify's reading (toJSON, boxed primitives, own enumerable
 * string keys, array holes), so that what is checked is what is serialised. Never names a key
 * or a value: they are the document's.
 *
 * Refuses what only JavaScript can see (functions, symbols, BigInt, cycles). Measures what the
 * core decides on: how deep the containers nest, and, for a list too long to be worth
 * serialising, how long its JSON text would at least be. It stops measuring where the core's
 * answer can no longer change (a container nested deeper than the core takes, a list whose text
 * would be longer than it takes) and returns what it measured: `{ nesting, size }`, `stopped`
 * when it stopped there.
 */
function measure(document) {
  const ancestors = [];
  const measured = { nesting: 0, size: 0, stopped: false };
  function walk(value, key, level) {
    if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
      const toJSON = value.toJSON;
      // The key is a number for array items, made a string only here (rarely needed).
      if (typeof toJSON === 'function') value = toJSON.call(value, String(key));
    }
    switch (typeof value) {
      case 'function':
        throw refusal('not-json-value', ['a function']);
      case 'symbol':
        throw refusal('not-json-value', ['a symbol']);
      case 'bigint':
        throw refusal('not-json-value', ['a BigInt']);
      case 'object':
        break;
      default:
        return false; // string, number, boolean, undefined: JSON.stringify takes them as they are
    }
    if (value === null || value instanceof Number || value instanceof String || value instanceof Boolean) return false;
    if (value instanceof BigInt) throw refusal('not-json-value', ['a BigInt']);
    if (level > measured.nesting) measured.nesting = level;
    if (level > LIMITS.maxDepth) return true;
    if (ancestors.includes(value)) throw refusal('cycle');
    ancestors.push(value);
    if (Array.isArray(value)) {
      const n = value.length;
      // Each item takes a character at least, and a comma after all but the last.
      if (2 * n + 1 > LIMITS.maxValueBytes) {
        measured.size = 2 * n + 1;
        return true;
      }
      for (let i = 0; i < n; i++) if (walk(value[i], i, level + 1)) return true;
    } else {
      for (const k of Object.keys(value)) if (walk(value[k], k, level + 1)) return true;
    }
    ancestors.pop();
    return false;
  }
  measured.stopped = walk(document, '', 1);
  return measured;
}

/** Any thrown value as an Error (a getter or a Proxy trap in a document may throw anything). */
function asError(e) {
  if (e instanceof Error) return e;
  return refusal('read-failed', [], { cause: e });
}

/** The result of an outcome the module answered with, or its refusal thrown. */
function outcome(text) {
  const answer = JSON.parse(text);
  if (answer.refusal) throw fromCore(answer.refusal);
  return answer.ok;
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

  /** Writes `text` into the module's input buffer; returns the number of bytes written, or
   *  null when the module's memory cannot grow to hold it (the call then hands over nothing,
   *  and the core refuses the text as too large). `capacity` is the most it can take (3 bytes
   *  per UTF-16 code unit, or the exact UTF-8 length). Documents are mostly ASCII, so the
   *  buffer is first made one byte per code unit and grown only when the text does not fit: a
   *  large document then takes a third of the memory, and a module's memory, once grown, never
   *  shrinks. */
  function put(m, text, capacity) {
    const first = Math.min(text.length, capacity);
    let at = m.inputBuffer(first);
    if (at === 0 && first > 0) return null;
    const done = encoder.encodeInto(text, new Uint8Array(memory.buffer, at, first));
    if (done.read === text.length) return done.written;
    // The buffer keeps the bytes written so far when it grows (and may move).
    at = m.inputBuffer(capacity);
    if (at === 0) return null;
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
        throw refusal('internal', [], { cause: e });
      }
      throw asError(e);
    }
  }

  /** Hands a well-formed string over for `call(m, len, size)`: copied in when it may be
   *  within `limit` bytes of UTF-8 (each code unit takes one byte at least), and otherwise not,
   *  with its length as the size, for the core to refuse. */
  function handOver(m, text, limit, call) {
    const written = text.length > limit ? null : put(m, text, text.length * 3);
    return call(written ?? 0, written ?? text.length);
  }

  /** A string for the text functions. Lone surrogates, which UTF-8 cannot carry, become
   *  U+FFFD, as Intl.Segmenter (ICU) reads them: not white space, one UTF-16 code unit, and the
   *  same grapheme clusters (tests/hostile.test.mjs compares with JavaScript). */
  function textCall(fn, text, call) {
    return guarded(() => {
      if (typeof text !== 'string') throw refusal('not-string', [fn, text]);
      const s = isWellFormed(text) ? text : toWellFormed(text);
      const m = wasm();
      return outcome(handOver(m, s, LIMITS.maxValueBytes, (len, size) => call(m, len, size)));
    });
  }

  /** `validateJson` of UTF-8 bytes (api.md): copied into the module as they are, a leading
   *  byte order mark left out, for the core to check that they are UTF-8. No decoding into a
   *  JavaScript string and encoding back: the command reads its files this way. */
  function validateBytes(m, bytes, positions) {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const size = bytes.length - bom;
    const at = size > LIMITS.maxBytes ? 0 : m.inputBuffer(size);
    // Too large, or the memory cannot grow to hold it: nothing is handed over, and the core
    // refuses it as too large.
    if (at === 0 && size > 0) return outcome(m.validateJsonInput(0, size, undefined, positions));
    new Uint8Array(memory.buffer, at, size).set(bom === 0 ? bytes : bytes.subarray(bom));
    return outcome(m.validateJsonInput(size, size, undefined, positions));
  }

  function validateJson(text, options) {
    return guarded(() => {
      if (isBytes(text)) return validateBytes(wasm(), text, options?.positions === true);
      if (typeof text !== 'string') throw refusal('not-string', ['validateJson', text, 'a string or UTF-8 bytes (a Uint8Array)']);
      const positions = options?.positions === true;
      const m = wasm();
      // UTF-8 cannot carry a lone surrogate: it crosses as U+FFFD, and where the first one was
      // crosses beside it, for the core to refuse (or to say first that the text is not JSON).
      let loneSurrogateAt;
      if (!isWellFormed(text)) {
        loneSurrogateAt = text.search(LONE_SURROGATE);
        text = toWellFormed(text);
      }
      // Copied in only when the core may accept it: within maxBytes of UTF-8. Each code unit
      // takes one to three bytes; in between, the exact length is worked out.
      let capacity = text.length * 3;
      let size = text.length;
      if (capacity > LIMITS.maxBytes && size <= LIMITS.maxBytes) capacity = size = utf8Length(text);
      const written = size > LIMITS.maxBytes ? null : put(m, text, capacity);
      return outcome(m.validateJsonInput(written ?? 0, written ?? size, loneSurrogateAt, positions));
    });
  }

  /**
   * Hands a JavaScript value over as the JSON text JSON.stringify makes of it, for
   * `call(m, len, size, nesting)` (an export that reads a document as `validate` does), and
   * returns the outcome's result.
   */
  function valueCall(document, call) {
    return guarded(() => {
      const { nesting, size, stopped } = measure(document);
      const m = wasm();
      if (stopped) return outcome(call(m, 0, size, nesting));
      let text;
      try {
        text = JSON.stringify(document);
      } catch (e) {
        // Longer than the engine's longest string (the walk saw to everything else it throws).
        if (e instanceof RangeError) return outcome(call(m, 0, UNMADE, nesting));
        throw e;
      }
      // `undefined` (or a toJSON giving it) has no JSON text: like any value that is not an
      // object, it is taken as `null` (a report with one `type` diagnostic).
      if (text === undefined) text = 'null';
      // JSON.stringify's text is well-formed (lone surrogates become \ud800 escapes, which
      // the core refuses), so encodeInto carries it exactly.
      return outcome(handOver(m, text, LIMITS.maxValueBytes, (len, bytes) => call(m, len, bytes, nesting)));
    });
  }

  /** The JSON text JSON.stringify makes of a measured value, or null when it is longer than
   *  the engine's longest string. `undefined` (or a toJSON giving it) is taken as `null`. */
  function jsonText(document) {
    try {
      return JSON.stringify(document) ?? 'null';
    } catch (e) {
      if (e instanceof RangeError) return null;
      throw e;
    }
  }

  /** Two documents handed over as one text, the previous one's first, for `compareInput`:
   *  `first` is where the current one's text starts, in UTF-8 bytes. */
  function compare(previous, current) {
    return guarded(() => {
      const a = measure(previous);
      const b = measure(current);
      const nesting = Math.max(a.nesting, b.nesting);
      const m = wasm();
      if (a.stopped || b.stopped) return outcome(m.compareInput(0, a.size + b.size, nesting, 0));
      const before = jsonText(previous);
      const after = jsonText(current);
      if (before === null || after === null) return outcome(m.compareInput(0, UNMADE, nesting, 0));
      const first = utf8Length(before);
      return outcome(handOver(m, before + after, LIMITS.maxValueBytes, (len, bytes) => m.compareInput(len, bytes, nesting, first)));
    });
  }

  const validate = (document) => valueCall(document, (m, len, size, nesting) => m.validateValueInput(len, size, nesting));
  const contentDigest = (document) => valueCall(document, (m, len, size, nesting) => m.contentDigestInput(len, size, nesting));
  const migrate = (document) => valueCall(document, (m, len, size, nesting) => m.migrateInput(len, size, nesting));
  const nextYear = (document) => valueCall(document, (m, len, size, nesting) => m.nextYearInput(len, size, nesting));

  // Static data: parsed afresh on every call, so a caller may change what it gets.
  let formText = null;
  let rulesText = null;

  const formDefinition = () =>
    guarded(() => {
      formText ??= wasm().formDefinitionJson();
      return JSON.parse(formText);
    });

  return {
    validate,
    validateJson,
    contentDigest,
    migrate,
    nextYear,
    compare,
    formDefinition,
    // Made here from the definition, so that the module carries no second copy of it.
    jsonSchema: () => guarded(() => jsonSchemaOf(formDefinition())),
    rules: () =>
      guarded(() => {
        rulesText ??= wasm().rulesJson();
        return JSON.parse(rulesText);
      }),
    limits: () => ({ ...LIMITS }),
    countWords: (text) => textCall('countWords', text, (m, len, size) => m.countWordsInput(len, size)),
    countCharacters: (text) => textCall('countCharacters', text, (m, len, size) => m.countCharactersInput(len, size)),
    scanDisclosure: (text) => textCall('scanDisclosure', text, (m, len, size) => m.scanDisclosureInput(len, size)),
    emptyDocument: () => guarded(() => JSON.parse(wasm().emptyDocumentJson())),
  };
}
