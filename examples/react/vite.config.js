import { defineConfig } from 'vite';

// No React plugin: Vite turns .jsx into calls of React's automatic runtime by itself (with Oxc).
export default defineConfig({
  build: {
    rolldownOptions: {
      // TanStack Form marks its hooks "use client" for React Server Components; an app that
      // runs only in the browser has nothing to keep.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  preview: {
    // What the page needs and no more: WebAssembly is compiled under 'wasm-unsafe-eval' only.
    headers: {
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  },
});
