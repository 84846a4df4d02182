// Shared by the JavaScript tests (tests/*.test.mjs): where things are, and the documents the
// tests feed to the package.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The contract (docs/spec); its examples are the example documents of the repository. */
export const SPEC = path.join(ROOT, 'docs', 'spec');
/** The example documents (complete, draft): the one place the tests take them from. */
export const EXAMPLES = path.join(SPEC, 'examples');
export const CASES = path.join(ROOT, 'tests', 'conformance', 'cases');
/** The frozen format-1 cases: their documents are the inputs of the migration tests. */
export const FORMAT_1_CASES = path.join(ROOT, 'tests', 'conformance', 'format-1');
export const FUZZ_REGRESSIONS = path.join(ROOT, 'tests', 'fuzz-regressions');

/** The native report program (examples/report.rs), built in release once, where cargo puts it
 *  (CARGO_TARGET_DIR when set, as in a worktree with a target folder of its own). */
export function reportBinary() {
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'report'], { cwd: ROOT, stdio: 'inherit' });
  const target = path.resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target');
  return path.join(target, 'release', 'examples', process.platform === 'win32' ? 'report.exe' : 'report');
}

/** The file of an example document: NAME is complete or draft. */
export const examplePath = (name) => path.join(EXAMPLES, `${name}.json`);

/** The text of an example document. */
export function exampleText(name) {
  return fs.readFileSync(examplePath(name), 'utf8');
}
export const example = (name) => JSON.parse(exampleText(name));

/** The .json files of a folder, sorted; a missing folder throws. */
const jsonFiles = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));

function parsePointer(p) {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** RFC 6902 add, remove and replace, enough for the conformance cases; null for other ops. */
function applyPatch(doc, ops) {
  for (const op of ops) {
    const keys = parsePointer(op.path);
    const last = keys.pop();
    let parent = doc;
    for (const k of keys) parent = parent[Array.isArray(parent) ? Number(k) : k];
    if (parent === null || typeof parent !== 'object') return null;
    const value = op.value === undefined ? undefined : structuredClone(op.value);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, value);
      else if (op.op === 'remove') parent.splice(i, 1);
      else if (op.op === 'replace') parent[i] = value;
      else return null;
    } else if (op.op === 'add' || op.op === 'replace') parent[last] = value;
    else if (op.op === 'remove') delete parent[last];
    else return null;
  }
  return doc;
}

/** A case's document: its `document`, or its base (an example of `suffix`'s format, or the
 *  empty document) with its add/remove/replace patch applied; null when that cannot be made. */
function caseDocument(c, suffix, empty) {
  let doc;
  if ('document' in c) doc = structuredClone(c.document);
  else if (c.base === 'complete' || c.base === 'draft') doc = example(`${c.base}${suffix}`);
  else if (c.base === 'empty' && empty) doc = empty();
  else return null;
  return c.patch ? applyPatch(doc, c.patch) : doc;
}

/**
 * The format-1 documents of the repository, the inputs of the migration tests (tests/migrate.rs
 * reads the same): the documents of the frozen format-1 cases (bases: the format-1 examples;
 * `json` cases: their text) and the fuzz regression inputs that are format-1 documents. Each is
 * `{ name, text }`.
 */
export function format1Documents() {
  const out = [];
  for (const file of jsonFiles(FORMAT_1_CASES)) {
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    const name = `format-1 case ${path.basename(file)}`;
    if (typeof c.json === 'string') out.push({ name, text: c.json });
    else if (!c.function && !c.jsGenerator) {
      const doc = caseDocument(c, '.format-1', () => ({ formVersion: 1 }));
      if (doc !== null) out.push({ name, text: JSON.stringify(doc, null, 2) });
    }
  }
  for (const name of fs.readdirSync(FUZZ_REGRESSIONS).sort()) {
    if (name.startsWith('validate'))
      out.push({ name: `regression ${name}`, text: fs.readFileSync(path.join(FUZZ_REGRESSIONS, name), 'utf8') });
  }
  return out.filter(({ text }) => {
    try {
      return JSON.parse(text)?.formVersion === 1;
    } catch {
      return false;
    }
  });
}

/**
 * Every document the tests can give to both the native core and the package: the examples,
 * and the conformance cases whose document is simple to rebuild (a `document`, a `json` text,
 * or a base with add/remove/replace ops).
 * Each is { name, text } (JSON text) or { name, text, fromJsonCase: true } for a raw case text.
 */
export function documents(emptyDocument, contentDigest) {
  const out = [];
  for (const file of jsonFiles(EXAMPLES)) {
    out.push({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') });
  }
  for (const file of jsonFiles(CASES)) {
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    const name = `case ${path.basename(file)}`;
    if (typeof c.json === 'string') {
      out.push({ name, text: c.json, fromJsonCase: true });
      continue;
    }
    if (c.function || c.jsGenerator || c.jsonGenerator) continue;
    // Cases that approve after their patch are approved by the package's own digest, when given.
    if (c.approve && !contentDigest) continue;
    const doc = caseDocument(c, '', emptyDocument);
    if (doc === null) continue;
    if (c.approve) doc.approval.digest = contentDigest(doc);
    out.push({ name, text: JSON.stringify(doc, null, 2) });
  }
  return out;
}
