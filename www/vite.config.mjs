// Builds and serves the browser form (www/). `npm run build:www` writes www/dist; `npm start`
// serves it with `vite preview`; the browser tests start the same preview server in-process.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const govukAssets = join(repo, 'node_modules/govuk-frontend/dist/govuk/assets');

// The one policy, sent as a header by the preview server and repeated in index.html's meta tag
// (which is what counts when the built files are served by any other static server).
// No 'unsafe-inline', no 'unsafe-eval': WebAssembly is compiled under 'wasm-unsafe-eval' only.
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  root: here,
  base: '/',
  publicDir: join(here, 'public'),
  resolve: {
    // The page uses the package exactly as an application would: `import … from "sefcheck"`,
    // the browser entry (the wasm-pack `web` build behind the facade).
    alias: [
      { find: /^sefcheck$/, replacement: join(repo, 'js/browser.mjs') },
      // GOV.UK Frontend's compiled CSS names its fonts and images /assets/fonts/… and
      // /assets/images/…: take them from the package, so that Vite emits them beside the CSS
      // and they come from the page's own origin (no CDN, works offline).
      { find: /^\/assets\/(fonts|images)\//, replacement: `${govukAssets}/$1/` },
    ],
  },
  build: {
    outDir: join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The WebAssembly module stays a separate file, fetched from the same origin.
    assetsInlineLimit: 0,
    // An inline source map would be fine, but keep the output small and the CSP simple.
    sourcemap: false,
    // GOV.UK Frontend's CSS comes minified already, with old Internet Explorer hacks
    // (`@media screen\0`) that the CSS minifiers refuse or warn about: leave it as it is.
    cssMinify: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  },
  logLevel: 'info',
  clearScreen: false,
});
