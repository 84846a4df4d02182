#!/usr/bin/env bash
# Builds the npm package into pkg/: the release WebAssembly module (optimised by npm's
# binaryen wasm-opt, see package.json) for Node (wasm-pack `nodejs` target, CommonJS, loads
# synchronously) and for browsers and bundlers (`web` target, ES module, `await ready()`),
# the core's limits for JavaScript, the CommonJS copy of the facade, the types, and the JSON
# Schema for editors (schema.json, at the package root).
#   bash scripts/build.sh [--if-changed]
# --if-changed (`npm start`): does nothing when pkg/ was built by this script from the same
# sources, lock files and toolchain (their digest is kept in pkg/.inputs), so that a second
# `npm start` serves the form in seconds. `npm run build` and `npm test` always build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

command -v wasm-opt >/dev/null || { echo "build: no wasm-opt: run npm install (binaryen)" >&2; exit 1; }

# What the built package is made of: every file it is built from, and the tools' versions.
inputs() {
  find src js -type f | LC_ALL=C sort | xargs sha256sum
  sha256sum Cargo.toml Cargo.lock .cargo/config.toml package.json package-lock.json scripts/build.sh
  rustc --version 2>/dev/null || echo "no rustc"
  wasm-bindgen --version 2>/dev/null || echo "no wasm-bindgen"
  wasm-opt --version
}
# What it writes (pkg/.inputs last of all, so that a build cut short is built again).
OUTPUTS="pkg/node/sefcheck.js pkg/node/sefcheck_bg.wasm pkg/web/sefcheck.js pkg/web/sefcheck_bg.wasm
  pkg/limits.mjs pkg/facade.cjs pkg/index.d.mts pkg/index.d.cts pkg/types.generated.d.mts
  pkg/types.generated.d.cts schema.json"
built() {
  for f in $OUTPUTS; do [ -f "$f" ] || return 1; done
  [ -f pkg/.inputs ] && [ "$(cat pkg/.inputs)" = "$digest" ]
}
digest=$(inputs | sha256sum | cut -d' ' -f1)
if [ "${1:-}" = --if-changed ] && built; then
  echo "build: pkg/ is up to date" >&2
  exit 0
fi
rm -f pkg/.inputs

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

# The core's limits (src/limits.rs) as a module the facade imports, so that JavaScript has them
# before the module is loaded (the browser form checks a file's size before it reads it).
node -e '
  const limits = JSON.parse(require("./pkg/node/sefcheck.js").limitsJson());
  process.stdout.write("// Written by scripts/build.sh from the module'"'"'s limitsJson() (src/limits.rs): do not edit.\n" +
    `export default Object.freeze(${JSON.stringify(limits, null, 2)});\n`);
' > pkg/limits.mjs

esbuild js/facade.mjs --bundle --format=cjs --platform=neutral --target=es2022 --log-level=warning --outfile=pkg/facade.cjs
# The JSON Schema for editors, jsonSchema() as a file where a document's "$schema" finds it
# (./node_modules/sefcheck/schema.json). Built, never committed: the form definition is its one
# source (.gitignore).
node -e 'process.stdout.write(`${JSON.stringify(require("./js/node.cjs").jsonSchema(), null, 2)}\n`)' > schema.json

# The types: the hand-written ones and those generated from the Rust types (src/typescript.rs),
# which they import, each for both module kinds (a CommonJS declaration file cannot import an
# ES module's without a resolution-mode attribute).
cp js/index.d.mts pkg/index.d.mts
sed 's|\./types\.generated\.mjs|./types.generated.cjs|' js/index.d.mts > pkg/index.d.cts
grep -q "types.generated.cjs" pkg/index.d.cts || { echo "build: no import of types.generated in index.d.cts" >&2; exit 1; }
cp js/types.generated.d.mts pkg/types.generated.d.mts
cp js/types.generated.d.mts pkg/types.generated.d.cts

raw=$(wc -c < pkg/web/sefcheck_bg.wasm)
gz=$(gzip -9 -c pkg/web/sefcheck_bg.wasm | wc -c)
echo "build: pkg/web/sefcheck_bg.wasm $raw bytes, $gz gzipped" >&2
echo "$digest" > pkg/.inputs
