#!/usr/bin/env bash
# Builds the Node copy of the package as it stands, with extra rustflags for the wasm32 build
# and extra wasm-opt flags, into a folder of its own (not pkg/), for bench/variants.mjs: the
# way to compare builds of the module (target features, code changes) in one Node process.
#
#   bash bench/variant.sh OUT_DIR [RUSTFLAGS [WASM_OPT_FLAGS]]
# e.g. bash bench/variant.sh /tmp/v-simd "-C target-feature=+simd128" "--enable-simd"
# RUSTFLAGS replace the target's rustflags of .cargo/config.toml (simd128); without them the
# module is built without simd128 (cargo takes an empty variable as unset). Each set gets its
# own target folder (CARGO_TARGET_DIR/variant-<digest of the folder and flags>), so that switching does not rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
flags=${2:--C target-feature=-simd128}
optflags=${3:-}
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
base=${CARGO_TARGET_DIR:-target}
export CARGO_TARGET_DIR="$base/variant-$(echo "$PWD $flags" | sha256sum | cut -c1-12)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags"
CARGO_PROFILE_RELEASE_STRIP=debuginfo cargo build --quiet --lib --release --target wasm32-unknown-unknown
rm -rf "$out"
mkdir -p "$out/pkg/node"
cp -r package.json js "$out/"
cp pkg/facade.cjs "$out/pkg/"
wasm-bindgen --target nodejs --out-dir "$out/pkg/node" --out-name sefcheck "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/sefcheck.wasm"
echo '{ "type": "commonjs" }' > "$out/pkg/node/package.json"
# wasm-opt as wasm-pack runs it (Cargo.toml's flags), plus the extra ones.
# shellcheck disable=SC2086
wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals $optflags "$out/pkg/node/sefcheck_bg.wasm" -o "$out/pkg/node/sefcheck_bg.wasm"
wasm=$out/pkg/node/sefcheck_bg.wasm
echo "variant $out: $(wc -c < "$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzipped" >&2
