'use strict';
// Node entry for `require("sefcheck")` (and, through node.mjs, for `import`): the wasm-pack
// `nodejs` build, which compiles and instantiates the module synchronously when first required,
// so the API works at once; `ready()` is there only so that code can be the same as in browsers.
const { createApi } = require('../pkg/facade.cjs');
const { sha256Host } = require('./sha256-host.cjs');

const gluePath = require.resolve('../pkg/node/sefcheck.js');

/** Loads the module and gives it Node's SHA-256 for the content digest (sha256-host.cjs). */
function load() {
  const loaded = require(gluePath);
  loaded.setSha256Host(sha256Host(loaded.wasmMemory()));
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
