// "sefcheck/auto" in browsers and bundlers: the API, loaded by a top-level await, so that no
// `ready()` call is needed (the importing module must itself be an ES module).
import { ready } from './browser.mjs';

await ready();

export * from './browser.mjs';
