#!/usr/bin/env bash
# Resource bounds (docs/performance.md): each hostile shape at 1, 2, 4 and 5 MiB, natively
# (time and peak RSS from /usr/bin/time -v) and in Node (the npm package, `npm run build` first).
# Checks that Node's report has as many diagnostics as the native one.
#   bash fuzz/measure.sh [SHAPE ...]      (the fuzz crate's target directory: $CARGO_TARGET_DIR
#                                          when set, fuzz/target otherwise)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo +nightly build --release --manifest-path fuzz/Cargo.toml --example measure >&2
BIN=${CARGO_TARGET_DIR:-fuzz/target}/release/examples/measure
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
shapes=("$@")
[ ${#shapes[@]} -eq 0 ] && shapes=(words tiny lists deep digits born names email firstnames schools)
printf '%-10s %4s | %9s %9s | %9s %11s %9s | %s\n' shape MiB native_ms native_MB node_ms node_val_ms node_MB diagnostics
for s in "${shapes[@]}"; do
  for mib in 1 2 4 5; do
    native=$( { /usr/bin/time -v "$BIN" "$s" "$mib" 3 >"$TMP/out"; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    ms=$(awk '{print $4}' "$TMP/out")
    diags=$(awk '{print $8}' "$TMP/out")
    "$BIN" "$s" "$mib" --dump >"$TMP/doc.json"
    node=$(node fuzz/measure-node.mjs "$TMP/doc.json" 3)
    read -r nms nvms nmb ndiags < <(node -e "const r=JSON.parse(process.argv[1]);console.log(r.validateJsonMs, r.validateMs, r.maxRssMB, r.diagnostics)" "$node")
    if [ "$ndiags" != "$diags" ]; then
      echo "$s $mib MiB: $diags diagnostics natively, $ndiags in Node" >&2
      exit 1
    fi
    printf '%-10s %4s | %9s %9.1f | %9s %11s %9s | %s\n' "$s" "$mib" "$ms" "$(echo "$native/1024" | bc -l)" "$nms" "$nvms" "$nmb" "$diags"
  done
done
