#!/usr/bin/env bash
# Installs what sefcheck needs on a fresh machine, and does nothing (and says nothing) when it
# is already there.
#   bash scripts/setup.sh [form|all]
# form (the default; `npm start`, `npm run report`): what building the package and the form
#   needs: the Rust WebAssembly target, wasm-pack, wasm-bindgen-cli at the version pinned in
#   Cargo.toml, the npm packages.
# all (`npm test`, .ci/run): the same, then what only the tests need: Debian's Chromium for the
#   browser tests and cargo-deny for the supply-chain checks.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log() { echo "setup: $*" >&2; }

case "${1:-form}" in
  form) tests=no ;;
  all) tests=yes ;;
  *)
    echo "usage: bash scripts/setup.sh [form|all]" >&2
    exit 2
    ;;
esac

# The WebAssembly target of the one Rust toolchain.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-pack drives the build.
if ! command -v wasm-pack >/dev/null 2>&1; then
  log "installing wasm-pack (a few minutes)"
  cargo install wasm-pack --locked
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate pinned in Cargo.toml.
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$want" ] || { log "no exact wasm-bindgen pin in Cargo.toml"; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (had: ${have:-none}; a few minutes)"
  # No --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# npm packages (binaryen's wasm-opt, Vite and GOV.UK Frontend for the form, the test tools).
# npm's binaryen, never Debian's: its wasm-opt 108 breaks the module.
if [ ! -d node_modules ] || [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

[ "$tests" = yes ] || exit 0

# Debian's Chromium for the browser tests (never a downloaded browser build), and
# poppler-utils' pdftotext, which reads back the PDFs the readable document prints to.
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
  log "installing$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# cargo-deny: the offline supply-chain checks of `npm test` (licences, bans, sources; deny.toml).
if ! command -v cargo-deny >/dev/null 2>&1; then
  log "installing cargo-deny (a few minutes)"
  cargo install cargo-deny --locked --version 0.20.2
fi
