// Node entry for `import ... from "sefcheck"`: the same instance as `require("sefcheck")`, so a
// program that mixes both loads the WebAssembly module once.
import api from './node.cjs';

export const {
  validate,
  validateJson,
  contentDigest,
  migrate,
  nextYear,
  compare,
  formDefinition,
  jsonSchema,
  rules,
  limits,
  countWords,
  countCharacters,
  scanDisclosure,
  emptyDocument,
  ready,
} = api;
