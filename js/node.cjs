'use strict';
// Node entry for `require("sefcheck")` (and, through node.mjs, for `import`): the wasm-pack
// `nodejs` build, which compiles and instantiates the module synchronously when first required,
// so the API works at once; `ready()` is there only so that code can be the same as in browsers.
const { createApi } = require('../pkg/facade.cjs');

const gluePath = require.resolve('../pkg/node/sefcheck.js');

/** node:crypto's `hash`, once the first digest has needed it. */
let hash = null;

/** Loads the module and gives it Node's SHA-256 (OpenSSL, with the CPU's SHA instructions) for
 *  the content digest, many times faster than SHA-256 in WebAssembly; the digest is the same
 *  (src/digest.rs, docs/performance.md "SHA-256 from the host"). */
function load() {
  const loaded = require(gluePath);
  const memory = loaded.wasmMemory();
  loaded.setSha256Host({
    sha256(at, length, out) {
      try {
        // node:crypto is loaded at the first digest, not with the package (about 2 ms).
        hash ??= require('node:crypto').hash;
        const sum = hash('sha256', new Uint8Array(memory.buffer, at, length), 'buffer');
        new Uint8Array(memory.buffer, out, 32).set(sum);
        return true;
      } catch {
        return false; // the module's own SHA-256 then
      }
    },
  });
  return loaded;
}

let glue = load();

const api = createApi(
  () => glue,
  // After a trap (a bug in the core) the instance may be broken: load a fresh one.
  () => {
    delete require.cache[gluePath];
    glue = load();
  },
);

exports.validate = api.validate;
exports.validateJson = api.validateJson;
exports.contentDigest = api.contentDigest;
exports.migrate = api.migrate;
exports.nextYear = api.nextYear;
exports.compare = api.compare;
exports.formDefinition = api.formDefinition;
exports.jsonSchema = api.jsonSchema;
exports.rules = api.rules;
exports.limits = api.limits;
exports.countWords = api.countWords;
exports.countCharacters = api.countCharacters;
exports.scanDisclosure = api.scanDisclosure;
exports.emptyDocument = api.emptyDocument;
exports.ready = () => Promise.resolve();
