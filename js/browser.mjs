// Browser and bundler entry: the wasm-pack `web` build. The module is fetched and compiled
// once, by `await ready()` (or by importing "sefcheck/auto", which awaits it at the top
// level); after that every function is synchronous, exactly as in Node.
import init, * as glue from '../pkg/web/sefcheck.js';
import { createApi } from './facade.mjs';
import { refusal } from './refusals.mjs';

let loaded = false;
let loading = null;

/**
 * Loads the WebAssembly module, once; later calls return the same promise. By default the
 * module is fetched from beside this file (`new URL("sefcheck_bg.wasm", import.meta.url)`,
 * which Vite, webpack 5 and Parcel rewrite to the asset they emit). Give `source` (a URL, a
 * Response, bytes, or a compiled `WebAssembly.Module`) when it is served from elsewhere.
 */
export function ready(source) {
  if (loaded) return Promise.resolve();
  loading ??= init(source === undefined ? undefined : { module_or_path: source }).then(
    () => {
      loaded = true;
    },
    (e) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

const api = createApi(() => {
  if (!loaded) throw refusal('not-ready');
  return glue;
});

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
} = api;
