#!/usr/bin/env bash
# Measures the ways of moving a document into the WebAssembly module (docs/architecture.md,
# "Why UTF-8 text"): builds the module with the `boundary-variants` exports into
# target/bench-pkg, then times each way on docs/spec/examples (median of many calls). Not part
# of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --release --no-pack --target nodejs --out-dir target/bench-pkg --out-name sefcheck -- --features boundary-variants
echo '{ "type": "commonjs" }' > target/bench-pkg/package.json
node bench/boundary.mjs "$@"
