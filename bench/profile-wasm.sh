#!/usr/bin/env bash
# Where the time of a call goes inside WebAssembly: builds the module as the package does
# (release profile) but keeping its function names and without wasm-opt, into a temporary
# folder (not pkg/), puts it behind a copy of the package's Node entry, runs `validateJson` (or
# `validate`) on a document in a loop under `node --cpu-prof`, and prints the self time of
# each function, and of each part of the core (parse, rules, count, scan, ...).
#
#   bash bench/profile-wasm.sh [DOCUMENT] [validate|validateJson] [SECONDS]
# (default docs/spec/examples/complete.json, validateJson, 10 s)
set -euo pipefail
cd "$(dirname "$0")/.."
doc=${1:-docs/spec/examples/complete.json}
fn=${2:-validateJson}
secs=${3:-10}
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
work=$(mktemp -d /tmp/sefcheck-profile-XXXXXX)
[ -n "${SEFCHECK_PROFILE_KEEP:-}" ] && echo "profile kept in $work" >&2 || trap 'rm -rf "$work"' EXIT
# Its own target folder: no waiting on the build lock of the repository's target/.
export CARGO_TARGET_DIR=${SEFCHECK_PROFILE_TARGET:-/tmp/sefcheck-profile-target}
CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=false \
  cargo build --quiet --lib --release --target wasm32-unknown-unknown
mkdir -p "$work/pkg/node"
cp -r package.json js "$work/"
cp pkg/facade.cjs "$work/pkg/"
wasm-bindgen --target nodejs --out-dir "$work/pkg/node" --out-name sefcheck "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/sefcheck.wasm"
echo '{ "type": "commonjs" }' > "$work/pkg/node/package.json"
cat > "$work/loop.cjs" <<EOF
const fs = require('node:fs');
const api = require('./js/node.cjs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const doc = JSON.parse(text);
const f = process.argv[3] === 'validate' ? () => api.validate(doc) : () => api.validateJson(text);
const end = Date.now() + Number(process.argv[4]) * 1000;
let n = 0;
while (Date.now() < end) { f(); n++; }
console.error('calls: ' + n);
EOF
(cd "$work" && node --cpu-prof --cpu-prof-dir=prof --cpu-prof-interval 100 loop.cjs "$OLDPWD/$doc" "$fn" "$secs")
node - "$work"/prof/*.cpuprofile <<'EOF'
const fs = require('node:fs');
const p = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const self = new Map();
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'native'})`;
  if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
    self.set(name, (self.get(name) ?? 0) + c);
    total += c;
    continue;
  }
  self.set(name, (self.get(name) ?? 0) + c);
  total += c;
}
const parts = [
  ['parse (json::)', /json::|sefcheck::json/],
  ['disclosure scan', /disclosure/],
  ['word and character count', /count::|unicode_segmentation|grapheme/i],
  ['report JSON text (serde)', /serde|Serialize|to_json|report::/],
  ['rules', /rules::|sefcheck::rules|form::|catalogue::|value::/],
  ['allocation and copies', /dlmalloc|alloc|memcpy|memmove|memset|realloc|RawVec/],
  ['JSON.parse / JSON.stringify', /^JSON|stringify|parse$/],
];
const sums = new Map(parts.map(([k]) => [k, 0]));
let other = 0;
const others = [];
for (const [name, c] of self) {
  const part = parts.find(([, re]) => re.test(name));
  if (part) sums.set(part[0], sums.get(part[0]) + c);
  else {
    other += c;
    others.push([name, c]);
  }
}
const pct = (c) => `${((100 * c) / total).toFixed(1).padStart(5)} %`;
console.log('self time by part (name patterns, approximate):');
for (const [k, c] of sums) console.log(`  ${pct(c)}  ${k}`);
console.log(`  ${pct(other)}  other: ${others.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, c]) => `${n.slice(0, 40)} ${pct(c).trim()}`).join(', ')}`);
console.log('\ntop functions by self time:');
for (const [name, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(c)}  ${name.slice(0, 140)}`);
EOF
