#!/usr/bin/env bash
# Builds the seed corpus of each fuzz target into fuzz/corpus/<target> (git-ignored):
# the example documents (docs/spec/examples), and every document, JSON text and string of the
# conformance cases (tests/conformance/cases). `bash fuzz/seed.sh`
set -euo pipefail
cd "$(dirname "$0")/.."
node --input-type=module - docs/spec/examples tests/conformance/cases <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [examplesDir, cases] = process.argv.slice(2);
const out = (target) => { const d = path.join('fuzz', 'corpus', target); fs.mkdirSync(d, { recursive: true }); return d; };
const put = (target, data) => {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  const name = crypto.createHash('sha1').update(buf).digest('hex');
  fs.writeFileSync(path.join(out(target), name), buf);
};
const examples = {};
for (const f of fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()) {
  const text = fs.readFileSync(path.join(examplesDir, f), 'utf8');
  examples[path.basename(f, '.json')] = JSON.parse(text);
  put('validate_json', text);
  put('validate_json', JSON.stringify(JSON.parse(text)));
}
const strings = (v, acc = []) => {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, acc));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, acc));
  return acc;
};
const pointer = (p) => (p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
function patch(doc, ops) {
  for (const op of ops) {
    const keys = pointer(op.path);
    const last = keys.pop();
    let parent = doc;
    for (const k of keys) parent = parent?.[Array.isArray(parent) ? Number(k) : k];
    if (parent === null || typeof parent !== 'object') return null;
    const value = op.value === undefined ? undefined : structuredClone(op.value);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, value);
      else if (op.op === 'remove') parent.splice(i, 1);
      else parent[i] = value;
    } else if (op.op === 'remove') delete parent[last];
    else parent[last] = value;
  }
  return doc;
}
let n = 0;
for (const f of fs.readdirSync(cases).filter((f) => f.endsWith('.json')).sort()) {
  const c = JSON.parse(fs.readFileSync(path.join(cases, f), 'utf8'));
  let doc;
  if (c.base && examples[c.base]) doc = patch(structuredClone(examples[c.base]), c.patch ?? []);
  if ('document' in c) doc = c.document;
  if (doc !== undefined && doc !== null) {
    const text = JSON.stringify(doc);
    if (text.length < 1 << 20) put('validate_json', text);
    for (const s of strings(doc)) { put('disclosure', s); put('counts', s); }
  }
  if (typeof c.json === 'string') put('validate_json', c.json);
  const inputs = c.input === undefined ? [] : Array.isArray(c.input) ? c.input : [c.input];
  for (const s of strings(inputs)) { put('disclosure', s); put('counts', s); }
  n++;
}
// Strings of the examples, for the text targets; the structured target starts from the
// examples built in (fuzz/src/lib.rs) and needs only a few bytes to begin with.
for (const doc of Object.values(examples)) for (const s of strings(doc)) { put('disclosure', s); put('counts', s); }
for (let i = 0; i < 64; i++) {
  put('validate', crypto.createHash('sha256').update(String(i)).digest());
  put('migrate', crypto.createHash('sha256').update(`migrate ${i}`).digest());
  put('yearly', crypto.createHash('sha256').update(`yearly ${i}`).digest());
}
console.log(`seeded from ${Object.keys(examples).length} examples and ${n} conformance cases:`,
  ['validate_json', 'validate', 'migrate', 'yearly', 'disclosure', 'counts'].map((t) => `${t} ${fs.readdirSync(out(t)).length}`).join(', '));
JS
