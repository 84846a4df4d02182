#!/usr/bin/env bash
# Resource bounds (docs/performance.md): each hostile shape at 1, 2, 4 and 5 MiB, natively
# (time and peak RSS from /usr/bin/time -v) and in Node (the npm package, `npm run build` first).
#   bash fuzz/measure.sh [SHAPE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo +nightly build --release --manifest-path fuzz/Cargo.toml --example measure >&2
BIN=fuzz/target/release/examples/measure
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
shapes=("$@")
[ ${#shapes[@]} -eq 0 ] && shapes=(words tiny lists deep digits born names email)
printf '%-7s %4s | %9s %9s | %9s %9s %9s\n' shape MiB native_ms native_MB node_ms node_val_ms node_MB
for s in "${shapes[@]}"; do
  for mib in 1 2 4 5; do
    native=$( { /usr/bin/time -v "$BIN" "$s" "$mib" 3 >"$TMP/out"; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    ms=$(awk '{print $4}' "$TMP/out")
    "$BIN" "$s" "$mib" --dump >"$TMP/doc.json"
    node=$(node fuzz/measure-node.mjs "$TMP/doc.json" 3)
    nms=$(node -e "const r=JSON.parse(process.argv[1]);console.log(r.validateJsonMs, r.validateMs, r.maxRssMB)" "$node")
    printf '%-7s %4s | %9s %9.1f | %9s %9s %9s\n' "$s" "$mib" "$ms" "$(echo "$native/1024" | bc -l)" $nms
  done
done
