#!/usr/bin/env bash
# Builds the npm package into pkg/: the release WebAssembly module (optimised by npm's
# binaryen wasm-opt, see package.json) for Node (wasm-pack `nodejs` target, CommonJS, loads
# synchronously) and for browsers and bundlers (`web` target, ES module, `await ready()`),
# the CommonJS copy of the facade, and the types.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

command -v wasm-opt >/dev/null || { echo "build: no wasm-opt: run npm install (binaryen)" >&2; exit 1; }

# Symbols are kept for wasm-bindgen (it reads the target_features section that `strip = true`
# would drop); wasm-opt then removes them.
export CARGO_PROFILE_RELEASE_STRIP=debuginfo

for target in nodejs web; do
  out=pkg/$([ "$target" = nodejs ] && echo node || echo web)
  rm -rf "$out"
  wasm-pack --quiet build --release --no-pack --target "$target" --out-dir "$out" --out-name sefcheck
  # wasm-pack's .gitignore ("*") would hide the files from npm pack; its .d.ts files are
  # replaced by the facade's own types.
  rm -f "$out/.gitignore" "$out"/*.d.ts
done
echo '{ "type": "commonjs" }' > pkg/node/package.json
echo '{ "type": "module" }' > pkg/web/package.json

esbuild js/facade.mjs --format=cjs --platform=neutral --target=es2022 --log-level=warning --outfile=pkg/facade.cjs
cp js/index.d.mts pkg/index.d.mts
cp js/index.d.mts pkg/index.d.cts

raw=$(wc -c < pkg/web/sefcheck_bg.wasm)
gz=$(gzip -9 -c pkg/web/sefcheck_bg.wasm | wc -c)
echo "build: pkg/web/sefcheck_bg.wasm $raw bytes, $gz gzipped" >&2
