#!/usr/bin/env node
// Conformance runner for the `sefcheck` package (the contract: docs/spec/document.md, rules.md,
// api.md and decisions.md). `npm run conformance` runs it on the built package (`npm run build`).
//
// Usage: node tests/conformance/run.mjs [--repo DIR] [--seed N] [--skip-generated] [--verbose] [CASE_DIR_OR_FILE ...]
//   --repo DIR        the package's repository (default: this repository, two folders above this
//                     file); the package is loaded through its package.json "exports"
//                     (self-reference by name), so it must be built first.
//   CASE_DIR_OR_FILE  folders of *.json case files (default: cases/ beside this file), or files.
//
// Case files (JSON), kind 1, a validate case:
//   { "name": "...",
//     "base": "complete" | "draft" | "complete.format-1" | "draft.format-1" | "empty",
//                                               // docs/spec/examples/<base>.json, or emptyDocument()
//     "patch": [ RFC 6902 ops: add | remove | replace | copy | move | test ],
//     "document": <any JSON value>,             // instead of base (patch, if any, applies to it)
//     "approve": true,                          // after the patch, approval.digest becomes the
//                                               // document's contentDigest, as an approver would
//     "json": "<text>",                         // call validateJson(text) instead of validate
//     "jsonGenerator": { "kind": "big", "bytes": N, "fill"?: "string" | "whitespace" }
//                    | { "kind": "deep", "depth": N },   // builds the text for validateJson
//     "jsGenerator":   { "kind": "cycle" | "function" | "symbol" | "bigint" | "deep",
//                        "at"?: "/pointer", "depth"?: N },  // plants a non-JSON value, calls validate
//     "expect": {
//       "readyToShare": bool, "errors": n, "warnings": n, "acknowledged": n,
//       "includes": [ { "code": "c" | ["c1","c2"], "path"?, "severity"?, "span"?: {start,end},
//                       "acknowledged"?: true } ],
//       "excludes": [ { "code", "path"? } ],
//       "exactly":  [ { "code", "path" } ],      // the diagnostics, as a multiset of code+path
//       "ordered":  [ { "code", "path" } ],      // the diagnostics, in report order (code+path)
//       "sections": { "<sectionId>": "<status>" },
//       "throws": true | { "line"?: n, "column"?: n }  // must throw an Error (line and column: 1-based, the
//                                                // column in UTF-16 code units); then validate(complete) still works
//     } }
// Kind 2, a function case:
//   { "name", "function": "countWords" | "countCharacters" | "scanDisclosure", "input": "...",
//     "expect": n | [ { "code", "start", "end" } ] }
//   { "name", "function": "contentDigest" | "migrate", "document" | "base" (+ "patch", "approve"),
//     "expect": "<64 hex digits>" | { "document": <the migrated document> } | { "throws": "<code>" } }
//   { "name", "function": "nextYear", "document" | "base" (+ "patch", "approve"),
//     "expect": { "document"?: <the draft, key order included>, "at"?: { "/pointer": value },
//                 "absent"?: ["/pointer"] } | { "throws": "<code>" } }
//   { "name", "function": "compare",
//     "previous": { "document" | "base" (+ "patch", "approve") },
//     "current": { "document" | "base" | "nextYearOfPrevious": true (+ "patch") },
//                                               // nextYearOfPrevious: nextYear(previous), then the patch
//     "expect": { "comparison"?: <the whole comparison, key order included>, "at"?: { "/pointer": value } } }
//   Every nextYear case also checks that the draft is deterministic, leaves the document given
//   untouched, is checked by validate, and holds no string the document did not hold but its
//   period, `previous.periodEnd` and `previous.digest` (docs/spec/yearly.md); every compare case
//   that it is deterministic, and holds no string but the format's words, real dates and ids of
//   either document.
//
// Besides `expect`, every validate case checks the report's shape (rules.md), determinism,
// validate/validateJson agreement, and that no document value appears in the report.
// Built-in generated checks compare countWords/countCharacters with JavaScript on random strings.
// Output: one line per failing case, then "N passed, M failed". Exit 0, 1, or 2 (cannot start:
// the package is not built, or the examples or the cases are missing; said on standard error).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const EXAMPLES = path.join(ROOT, 'docs', 'spec', 'examples');

// ---------------------------------------------------------------- the contract's vocabulary
const SECTION_IDS = [
  'about',
  'inspection',
  'privateLaw',
  'publicLaw',
  'leadership',
  'voice',
  'evidence',
  'actions',
  'performance',
  'declarations',
  'approval',
];
const SECTION_TITLES = {
  about: 'About this self-evaluation',
  inspection: 'Inspection context',
  privateLaw: 'Private law practice',
  publicLaw: 'Public law practice',
  leadership: 'The impact of leaders on practice with children and families',
  voice: "Children's and families' voice",
  evidence: 'Evidence',
  actions: 'Improvement plan',
  performance: 'Performance and audit data',
  declarations: 'Before sharing',
  approval: 'Approval',
};
// The members each section holds (document.md, "Sections, in form order"), at their pointers.
const SECTION_MEMBERS = [
  ['/about', 'about'],
  ['/previous', 'about'],
  ['/inspection', 'inspection'],
  ['/areas/privateLaw', 'privateLaw'],
  ['/areas/publicLaw', 'publicLaw'],
  ['/areas/leadership', 'leadership'],
  ['/voice', 'voice'],
  ['/evidence', 'evidence'],
  ['/actions', 'actions'],
  ['/kpis', 'performance'],
  ['/audit', 'performance'],
  ['/declarations', 'declarations'],
  ['/approval', 'approval'],
];
const STATUSES = ['notStarted', 'cannotStartYet', 'inProgress', 'completed'];
const SEVERITY = {
  type: 'error',
  required: 'error',
  'format-1': 'error',
  'unsupported-version': 'error',
  'unknown-field': 'warning',
  'invalid-option': 'error',
  'invalid-date': 'error',
  'invalid-id': 'error',
  'invalid-digest': 'error',
  'invalid-pointer': 'error',
  'out-of-range': 'error',
  'too-long': 'error',
  'word-limit': 'warning',
  'too-many': 'error',
  'duplicate-id': 'error',
  'unknown-reference': 'error',
  'date-order': 'error',
  'period-length': 'warning',
  'late-sharing': 'warning',
  'meeting-before-sharing': 'warning',
  'inspection-overdue': 'warning',
  'recommendation-unaddressed': 'error',
  'development-area-unaddressed': 'warning',
  'action-required': 'error',
  'grade-jump': 'warning',
  'qualitative-evidence': 'warning',
  'unused-evidence': 'warning',
  'evidence-date': 'warning',
  'evidence-after-approval': 'error',
  'action-horizon': 'warning',
  'audit-total': 'error',
  'small-number': 'warning',
  'declaration-required': 'error',
  'approval-before-period-end': 'warning',
  'approval-changed': 'error',
  'acknowledgement-of-error': 'error',
  'acknowledgement-unused': 'warning',
  'disclosure-case-number': 'error',
  'disclosure-nhs-number': 'error',
  'disclosure-ni-number': 'error',
  'disclosure-postcode': 'error',
  'disclosure-email': 'error',
  'disclosure-phone': 'error',
  'disclosure-date-of-birth': 'error',
  'disclosure-named-person': 'warning',
  'disclosure-school': 'warning',
  'disclosure-first-name': 'warning',
};
// Values that may legitimately appear in a report although a document can hold them too
// (fuzz/src/properties.rs keeps the same list for the fuzz targets).
const VOCABULARY = new Set([
  'outstanding',
  'good',
  'requiresImprovement',
  'inadequate',
  'audit',
  'thematicAudit',
  'performanceData',
  'childFeedback',
  'familyFeedback',
  'complaints',
  'learningReview',
  'observation',
  'partnerFeedback',
  'staffSurvey',
  'other',
  'privateLaw',
  'publicLaw',
  'leadership',
  'crossCutting',
  'notStarted',
  'inProgress',
  'completed',
  'cannotStartYet',
  'percent',
  'days',
  'weeks',
  'count',
  'higher',
  'lower',
  'error',
  'warning',
  ...SECTION_IDS,
  ...Object.keys(SEVERITY),
  // field names (they appear in paths)
  'formVersion',
  'about',
  'inspection',
  'areas',
  'voice',
  'evidence',
  'actions',
  'kpis',
  'audit',
  'declarations',
  'periodStart',
  'periodEnd',
  'preparedBy',
  'approvedBy',
  'approvedOn',
  'shareBy',
  'engagementMeeting',
  'lastInspection',
  'grades',
  'recommendations',
  'monitoring',
  'text',
  'progress',
  'status',
  'id',
  'whatWeKnow',
  'howWeKnow',
  'strengths',
  'developmentAreas',
  'grade',
  'gradeRationale',
  'plans',
  'children',
  'youngPeoplesBoard',
  'familyForum',
  'kind',
  'title',
  'date',
  'area',
  'description',
  'owner',
  'due',
  'measure',
  'label',
  'unit',
  'value',
  'target',
  'better',
  'commentary',
  'casesAudited',
  'noNames',
  'noCaseNumbers',
  'anonymisedExamples',
  'smallNumbersChecked',
  'previous',
  'digest',
  'approval',
  'addresses',
  'acknowledgements',
  'code',
  'path',
  'reason',
  // A development area's status and its label (docs/spec/yearly.md), which the message of an
  // invalid status names.
  'resolved',
  'Resolved',
]);
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { repo: ROOT, dirs: [], seed: 20260529, generated: true, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--repo') o.repo = argv[++i];
    else if (a.startsWith('--repo=')) o.repo = a.slice(7);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--skip-generated') o.generated = false;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tests/conformance/run.mjs [--repo DIR] [--seed N] [--skip-generated] [--verbose] [CASE_DIR ...]');
      process.exit(0);
    } else o.dirs.push(a);
  }
  if (!o.repo) {
    console.error('--repo needs a folder');
    process.exit(2);
  }
  o.repo = path.resolve(o.repo);
  if (o.dirs.length === 0) o.dirs.push(path.join(HERE, 'cases'));
  return o;
}

// ---------------------------------------------------------------- loading the package
function resolveExportsByHand(repo) {
  // Fallback for packages whose "exports" offers no "require" condition.
  const pj = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  if (pj.name !== 'sefcheck') return null;
  let e = pj.exports;
  if (e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).some((k) => k.startsWith('.'))) e = e['.'];
  const pick = (x) => {
    if (typeof x === 'string') return x;
    if (Array.isArray(x)) {
      for (const y of x) {
        const r = pick(y);
        if (r) return r;
      }
      return null;
    }
    if (x && typeof x === 'object') {
      for (const c of ['node', 'import', 'default', 'require'])
        if (c in x) {
          const r = pick(x[c]);
          if (r) return r;
        }
    }
    return null;
  };
  const rel = pick(e) || pj.main;
  return rel ? path.join(repo, rel) : null;
}

async function loadPackage(repo) {
  const req = createRequire(path.join(repo, 'package.json'));
  let file = null;
  const problems = [];
  // first lines only: Node's messages go on with the require stack
  const why = (e) => String(e?.message).split('\n')[0];
  try {
    file = req.resolve('sefcheck');
  } catch (e) {
    problems.push(`require.resolve: ${e.code || why(e)}`);
    try {
      file = resolveExportsByHand(repo);
    } catch (e2) {
      problems.push(`package.json: ${why(e2)}`);
    }
  }
  if (!file) throw new Error(problems.join('; ') || 'not found');
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (e) {
    problems.push(`import: ${why(e)}`);
    try {
      mod = req(file);
    } catch (e2) {
      problems.push(`require: ${why(e2)}`);
      throw new Error(problems.join('; '));
    }
  }
  const names = [
    'validate',
    'validateJson',
    'contentDigest',
    'migrate',
    'nextYear',
    'compare',
    'countWords',
    'countCharacters',
    'scanDisclosure',
    'emptyDocument',
  ];
  const has = (m) => m && names.every((n) => typeof m[n] === 'function');
  for (const cand of [mod, mod?.default, mod?.default?.default]) if (has(cand)) return cand;
  const missing = names.filter((n) => !(mod && typeof mod[n] === 'function') && !(mod?.default && typeof mod.default[n] === 'function'));
  throw new Error(`${file} does not export ${missing.join(', ')}`);
}

/** The words a comparison may hold besides dates and ids (docs/spec/yearly.md). */
const COMPARISON_WORDS = new Set([
  'outstanding',
  'good',
  'requiresImprovement',
  'inadequate',
  'privateLaw',
  'publicLaw',
  'leadership',
  'percent',
  'days',
  'weeks',
  'count',
  'higher',
  'lower',
  'better',
  'worse',
  'same',
  'unknown',
]);
const ID = /^[A-Za-z0-9._-]{1,20}$/;

// ---------------------------------------------------------------- JSON helpers
const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
function canon(v) {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}
const sameJson = (a, b) => canon(a) === canon(b);
// a string as a JSON literal with everything outside printable ASCII escaped, for failure lines
const ascii = (s) => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const short = (v, n = 160) => {
  let s;
  try {
    s = JSON.stringify(v);
  } catch {
    s = String(v);
  }
  if (s === undefined) s = String(v);
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

function parsePointer(p) {
  if (p === '') return [];
  if (typeof p !== 'string' || p[0] !== '/') throw new Error(`bad JSON Pointer ${short(p)}`);
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function getAt(doc, p) {
  let v = doc;
  for (const k of parsePointer(p)) {
    if (Array.isArray(v)) {
      if (!/^(0|[1-9]\d*)$/.test(k) || +k >= v.length) return { found: false };
      v = v[+k];
    } else if (v && typeof v === 'object') {
      if (!Object.hasOwn(v, k)) return { found: false };
      v = v[k];
    } else return { found: false };
  }
  return { found: true, value: v };
}
function applyPatch(doc, ops) {
  if (!Array.isArray(ops)) throw new Error('patch must be an array');
  let root = doc;
  const parentOf = (p) => {
    const keys = parsePointer(p);
    if (keys.length === 0) return { keys };
    const last = keys[keys.length - 1];
    let v = root;
    for (const k of keys.slice(0, -1)) {
      if (Array.isArray(v)) {
        if (!/^(0|[1-9]\d*)$/.test(k) || +k >= v.length) throw new Error(`path ${p} does not exist`);
        v = v[+k];
      } else if (v && typeof v === 'object') {
        if (!Object.hasOwn(v, k)) throw new Error(`path ${p} does not exist`);
        v = v[k];
      } else throw new Error(`path ${p} does not exist`);
    }
    if (!v || typeof v !== 'object') throw new Error(`path ${p} does not exist`);
    return { parent: v, last, keys };
  };
  const add = (p, value) => {
    const { parent, last, keys } = parentOf(p);
    if (keys.length === 0) {
      root = value;
      return;
    }
    if (Array.isArray(parent)) {
      if (last === '-') parent.push(value);
      else {
        if (!/^(0|[1-9]\d*)$/.test(last) || +last > parent.length) throw new Error(`bad index in ${p}`);
        parent.splice(+last, 0, value);
      }
    } else parent[last] = value;
  };
  const remove = (p) => {
    const { parent, last, keys } = parentOf(p);
    if (keys.length === 0) {
      const old = root;
      root = undefined;
      return old;
    }
    if (Array.isArray(parent)) {
      if (!/^(0|[1-9]\d*)$/.test(last) || +last >= parent.length) throw new Error(`no item at ${p}`);
      return parent.splice(+last, 1)[0];
    }
    if (!Object.hasOwn(parent, last)) throw new Error(`no member at ${p}`);
    const old = parent[last];
    delete parent[last];
    return old;
  };
  for (const op of ops) {
    if (!op || typeof op !== 'object') throw new Error('patch operation must be an object');
    switch (op.op) {
      case 'add':
        add(op.path, clone(op.value));
        break;
      case 'remove':
        remove(op.path);
        break;
      case 'replace':
        remove(op.path);
        add(op.path, clone(op.value));
        break;
      case 'copy': {
        const g = getAt(root, op.from);
        if (!g.found) throw new Error(`no value at ${op.from}`);
        add(op.path, clone(g.value));
        break;
      }
      case 'move': {
        const v = remove(op.from);
        add(op.path, v);
        break;
      }
      case 'test': {
        const g = getAt(root, op.path);
        if (!g.found || !sameJson(g.value, op.value)) throw new Error(`test failed at ${op.path}`);
        break;
      }
      default:
        throw new Error(`unsupported patch op ${short(op.op)}`);
    }
  }
  return root;
}

// ---------------------------------------------------------------- report checks
/** The section of a JSON Pointer: of the member a section holds at or above it; `about` for
 *  anything else (the top level, `formVersion`, `/areas` itself and unknown keys). */
function sectionOf(p) {
  for (const [member, section] of SECTION_MEMBERS) if (p === member || p.startsWith(`${member}/`)) return section;
  return 'about';
}
/** The sections a diagnostic at `p` may belong to. A diagnostic about an acknowledgement belongs
 *  to the section of the path it acknowledges, when that is a JSON Pointer (document.md,
 *  "Sections, in form order"), else to about: with the document known, exactly that one. */
function sectionsForPath(p, doc, docKnown) {
  const k = parsePointer(p);
  if (k[0] !== 'acknowledgements') return [sectionOf(p)];
  if (!docKnown || k.length < 2) return k.length < 2 ? ['about'] : SECTION_IDS;
  const item = getAt(doc, `/acknowledgements/${k[1]}`);
  const path = item.found && item.value && typeof item.value === 'object' ? item.value.path : undefined;
  const pointer = typeof path === 'string' && path.trim() !== '' && /^(\/([^~]|~[01])*)*$/.test(path);
  return [pointer ? sectionOf(path) : 'about'];
}
const isInt = (n) => Number.isInteger(n) && n >= 0;

function checkShape(report, doc, docKnown) {
  const bad = [];
  if (!report || typeof report !== 'object' || Array.isArray(report)) return [`report is not an object: ${short(report)}`];
  if (report.formVersion !== 2) bad.push(`report.formVersion ${short(report.formVersion)}, expected 2`);
  if (typeof report.readyToShare !== 'boolean') bad.push('readyToShare is not a boolean');
  if (!isInt(report.errors) || !isInt(report.warnings) || !isInt(report.acknowledged))
    bad.push('errors/warnings/acknowledged are not counts');
  const diags = report.diagnostics;
  if (!Array.isArray(diags)) {
    bad.push('diagnostics is not an array');
    return bad;
  }
  const secs = report.sections;
  if (!Array.isArray(secs)) {
    bad.push('sections is not an array');
    return bad;
  }
  let nErr = 0,
    nWarn = 0,
    nAck = 0;
  const perSection = Object.fromEntries(SECTION_IDS.map((s) => [s, { errors: 0, warnings: 0, acknowledged: 0 }]));
  let lastSection = -1;
  diags.forEach((d, i) => {
    const where = `diagnostics[${i}]`;
    if (!d || typeof d !== 'object') {
      bad.push(`${where} is not an object`);
      return;
    }
    const sev = SEVERITY[d.code];
    if (!sev) bad.push(`${where}: unknown code ${short(d.code)}`);
    else if (d.severity !== sev) bad.push(`${where}: ${d.code} has severity ${short(d.severity)}, expected ${sev}`);
    if (d.acknowledged !== undefined && d.acknowledged !== true) bad.push(`${where}: acknowledged ${short(d.acknowledged)}`);
    const acknowledged = d.acknowledged === true;
    if (acknowledged && (d.severity !== 'warning' || parsePointer(String(d.path))[0] === 'acknowledgements'))
      bad.push(`${where}: ${d.code} at ${d.path} is acknowledged, which only a warning outside the acknowledgements can be`);
    if (d.severity === 'error') nErr++;
    else if (d.severity === 'warning' && acknowledged) nAck++;
    else if (d.severity === 'warning') nWarn++;
    else bad.push(`${where}: severity ${short(d.severity)}`);
    if (typeof d.path !== 'string' || !(d.path === '' || d.path[0] === '/')) {
      bad.push(`${where}: path ${short(d.path)} is not a JSON Pointer`);
      return;
    }
    if (typeof d.message !== 'string' || d.message.trim() === '') bad.push(`${where}: no message`);
    const allowed = sectionsForPath(d.path, doc, docKnown);
    if (!SECTION_IDS.includes(d.section)) bad.push(`${where}: section ${short(d.section)}`);
    else {
      if (!allowed.includes(d.section))
        bad.push(`${where}: ${d.code} at ${d.path} is in section ${d.section}, expected ${allowed.join('|')}`);
      const si = SECTION_IDS.indexOf(d.section);
      if (si < lastSection) bad.push(`${where}: not in form order (section ${d.section} after ${SECTION_IDS[lastSection]})`);
      lastSection = Math.max(lastSection, si);
      if (d.severity === 'error') perSection[d.section].errors++;
      else if (d.severity === 'warning' && d.acknowledged === true) perSection[d.section].acknowledged++;
      else if (d.severity === 'warning') perSection[d.section].warnings++;
    }
    const isDisc = typeof d.code === 'string' && d.code.startsWith('disclosure-');
    if (isDisc) {
      const sp = d.span;
      if (!sp || !isInt(sp.start) || !isInt(sp.end) || !(sp.start < sp.end))
        bad.push(`${where}: ${d.code} needs a span with start < end, got ${short(sp)}`);
      else if (docKnown) {
        const g = getAt(doc, d.path);
        if (!g.found || typeof g.value !== 'string') bad.push(`${where}: ${d.code} at ${d.path}, which is not a string in the document`);
        else if (sp.end > g.value.length) bad.push(`${where}: span ${short(sp)} runs past the string (length ${g.value.length})`);
      }
    } else if (d.span !== undefined) bad.push(`${where}: ${short(d.code)} must not have a span`);
  });
  if (report.errors !== nErr) bad.push(`errors is ${report.errors} but ${nErr} diagnostics are errors`);
  if (report.warnings !== nWarn) bad.push(`warnings is ${report.warnings} but ${nWarn} diagnostics are warnings not acknowledged`);
  if (report.acknowledged !== nAck) bad.push(`acknowledged is ${report.acknowledged} but ${nAck} diagnostics are acknowledged`);
  if (report.readyToShare !== (report.errors === 0)) bad.push(`readyToShare ${report.readyToShare} with ${report.errors} errors`);
  if (secs.length !== SECTION_IDS.length) bad.push(`${secs.length} sections, expected ${SECTION_IDS.length}`);
  secs.forEach((s, i) => {
    const where = `sections[${i}]`;
    if (!s || typeof s !== 'object') {
      bad.push(`${where} is not an object`);
      return;
    }
    if (s.id !== SECTION_IDS[i]) bad.push(`${where}.id ${short(s.id)}, expected ${SECTION_IDS[i]}`);
    if (typeof s.title !== 'string' || s.title.trim() === '') bad.push(`${where}: no title`);
    else if (SECTION_TITLES[s.id] !== undefined && s.title !== SECTION_TITLES[s.id])
      bad.push(`${where}: title ${short(s.title)}, expected ${short(SECTION_TITLES[s.id])}`);
    if (!STATUSES.includes(s.status)) bad.push(`${where}: status ${short(s.status)}`);
    if (s.status === 'cannotStartYet' && s.id !== 'declarations' && s.id !== 'approval')
      bad.push(`${where}: cannotStartYet is for declarations and approval only`);
    const c = perSection[s.id];
    if (c) {
      if (s.errors !== c.errors) bad.push(`section ${s.id}: errors ${short(s.errors)}, but ${c.errors} error diagnostics`);
      if (s.warnings !== c.warnings) bad.push(`section ${s.id}: warnings ${short(s.warnings)}, but ${c.warnings} warning diagnostics`);
      if (s.acknowledged !== c.acknowledged)
        bad.push(`section ${s.id}: acknowledged ${short(s.acknowledged)}, but ${c.acknowledged} acknowledged diagnostics`);
      if (s.status === 'completed' && c.errors > 0) bad.push(`section ${s.id}: completed with errors`);
    }
  });
  for (const code of ['unsupported-version', 'format-1'])
    if (diags.some((d) => d && d.code === code)) {
      if (diags.length !== 1) bad.push(`${code} must be the only diagnostic`);
      if (secs.some((s) => s && s.status !== 'inProgress')) bad.push(`with ${code} every section must be inProgress`);
    }
  if (diags.some((d) => d && d.code === 'type' && d.path === '')) {
    if (diags.length !== 1) bad.push('type at "" must be the only diagnostic');
    if (secs.some((s) => s && s.status !== 'notStarted'))
      bad.push('with a document that is not an object every section must be notStarted');
  }
  return bad;
}

/** The strings of a document that must never be in a report: 8 characters or more, not the
 *  report's vocabulary or a date; an acknowledgement's code and path are vocabulary by
 *  definition, written to be equal to a diagnostic's. */
function documentStrings(doc) {
  const out = new Set();
  const acknowledged = new Set();
  const acks = doc && typeof doc === 'object' && Array.isArray(doc.acknowledgements) ? doc.acknowledgements : [];
  for (const a of acks)
    if (a && typeof a === 'object') for (const k of ['code', 'path']) if (typeof a[k] === 'string') acknowledged.add(a[k].trim());
  const walk = (v) => {
    if (typeof v === 'string') {
      const t = v.trim();
      if (t.length >= 8 && !VOCABULARY.has(t) && !DATE_LIKE.test(t) && !acknowledged.has(t)) out.add(t);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return [...out];
}
function reportStrings(report) {
  const out = [];
  const walk = (v) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
  };
  walk(report);
  return out;
}
function privacyLeaks(report, doc) {
  const hay = reportStrings(report);
  const leaks = [];
  for (const s of documentStrings(doc)) if (hay.some((h) => h.includes(s))) leaks.push(s);
  return leaks;
}

// ---------------------------------------------------------------- expectations
const codeMatches = (want, got) => (Array.isArray(want) ? want.includes(got) : want === got);
function matchDiag(want, d) {
  if (!codeMatches(want.code, d.code)) return false;
  if (want.path !== undefined && want.path !== d.path) return false;
  if (want.severity !== undefined && want.severity !== d.severity) return false;
  if (want.span !== undefined && !(d.span && d.span.start === want.span.start && d.span.end === want.span.end)) return false;
  if (want.acknowledged !== undefined && want.acknowledged !== (d.acknowledged === true)) return false;
  return true;
}
const fmtDiag = (d) =>
  `${d.code}@${d.path === '' ? '""' : d.path}${d.span ? `[${d.span.start},${d.span.end})` : ''}${d.acknowledged ? ' (acknowledged)' : ''}`;

function checkExpect(report, expect) {
  const bad = [];
  const diags = Array.isArray(report.diagnostics) ? report.diagnostics.filter((d) => d && typeof d === 'object') : [];
  const got = () => short(diags.map(fmtDiag), 240);
  if ('readyToShare' in expect && report.readyToShare !== expect.readyToShare)
    bad.push(`readyToShare: expected ${expect.readyToShare}, got ${report.readyToShare}`);
  if ('errors' in expect && report.errors !== expect.errors) bad.push(`errors: expected ${expect.errors}, got ${report.errors} ${got()}`);
  if ('warnings' in expect && report.warnings !== expect.warnings)
    bad.push(`warnings: expected ${expect.warnings}, got ${report.warnings} ${got()}`);
  if ('acknowledged' in expect && report.acknowledged !== expect.acknowledged)
    bad.push(`acknowledged: expected ${expect.acknowledged}, got ${report.acknowledged} ${got()}`);
  for (const w of expect.includes || []) if (!diags.some((d) => matchDiag(w, d))) bad.push(`missing ${short(w)}; got ${got()}`);
  for (const w of expect.excludes || []) {
    const hit = diags.find((d) => matchDiag({ code: w.code, path: w.path }, d));
    if (hit) bad.push(`unexpected ${fmtDiag(hit)}`);
  }
  if (expect.exactly) {
    const key = (d) => `${d.code} ${d.path}`;
    const want = expect.exactly.map(key).sort();
    const have = diags.map(key).sort();
    if (want.join('\n') !== have.join('\n')) {
      const missing = [...want],
        extra = [];
      for (const h of have) {
        const i = missing.indexOf(h);
        if (i >= 0) missing.splice(i, 1);
        else extra.push(h);
      }
      bad.push(`diagnostics differ: missing ${short(missing, 200)}, unexpected ${short(extra, 200)}`);
    }
  }
  if (expect.ordered) {
    const key = (d) => `${d.code} ${d.path}`;
    const want = expect.ordered.map(key);
    const have = diags.map(key);
    if (want.join('\n') !== have.join('\n')) {
      let i = 0;
      while (i < want.length && i < have.length && want[i] === have[i]) i++;
      bad.push(
        `diagnostics not in the expected order: from #${i + 1}, expected ${short(want.slice(i, i + 3), 200)}, got ${short(have.slice(i, i + 3), 200)}`,
      );
    }
  }
  if (expect.sections) {
    const secs = Array.isArray(report.sections) ? report.sections : [];
    for (const [id, status] of Object.entries(expect.sections)) {
      const s = secs.find((x) => x && x.id === id);
      if (!s) bad.push(`no section ${id}`);
      else if (s.status !== status) bad.push(`section ${id}: expected ${status}, got ${s.status}`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------- generators
/** The example documents a case may start from. */
const BASES = ['complete', 'draft', 'complete.format-1', 'draft.format-1'];
function loadExample(name) {
  const file = path.join(EXAMPLES, `${name}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
function buildJson(gen, baseDoc) {
  const doc = baseDoc === undefined ? loadExample('complete') : baseDoc;
  if (gen.kind === 'deep') {
    const d = Number(gen.depth);
    const marker = '"@@DEEP@@"';
    const text = JSON.stringify({ ...doc, nestedNotes: '@@DEEP@@' });
    return text.replace(marker, '['.repeat(d) + ']'.repeat(d));
  }
  if (gen.kind === 'big') {
    const bytes = Number(gen.bytes);
    if (gen.fill === 'whitespace') {
      const text = JSON.stringify(doc);
      const n = bytes - Buffer.byteLength(text, 'utf8');
      return text + ' '.repeat(Math.max(0, n));
    }
    const text = JSON.stringify({ ...doc, padding: '' });
    const n = bytes - Buffer.byteLength(text, 'utf8');
    return text.replace('"padding":""', `"padding":"${'x'.repeat(Math.max(0, n))}"`);
  }
  throw new Error(`unknown jsonGenerator kind ${short(gen.kind)}`);
}
function plantJs(doc, gen) {
  let value;
  switch (gen.kind) {
    case 'cycle':
      value = {};
      value.self = value;
      break;
    case 'function':
      value = function planted() {
        return 1;
      };
      break;
    case 'symbol':
      value = Symbol('planted');
      break;
    case 'bigint':
      value = BigInt(12);
      break;
    case 'deep': {
      value = [];
      for (let i = 1; i < Number(gen.depth); i++) value = [value];
      break;
    }
    default:
      throw new Error(`unknown jsGenerator kind ${short(gen.kind)}`);
  }
  const at = gen.at || '/plantedValue';
  return applyPatchRaw(doc, at, value);
}
function applyPatchRaw(doc, at, value) {
  const keys = parsePointer(at);
  let v = doc;
  for (const k of keys.slice(0, -1)) v = Array.isArray(v) ? v[+k] : v[k];
  const last = keys[keys.length - 1];
  if (Array.isArray(v) && last === '-') v.push(value);
  else v[last] = value;
  return doc;
}

// mulberry32
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const POOL = [
  'a',
  'b',
  'Z',
  'q',
  'word',
  'Ŵ',
  'ŵ',
  'ŷ',
  'Ŷ',
  'â',
  ' ',
  ' ',
  '  ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200A',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
  '\uFEFF',
  '\u0085',
  '\u200B',
  '\u0301',
  '\u0308',
  '\u0327',
  'e\u0301',
  'n\u0303\u0301',
  '\u200D',
  '👍',
  '👍🏽',
  '🏽',
  '👩‍👩‍👧',
  '👨🏿‍⚕️',
  '🧑‍🤝‍🧑',
  '❤️',
  '🇬🇧',
  '🇬',
  '🇧',
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  '\u1100',
  '\u1161',
  '\u11A8',
  '한',
  '\u1100\u1161\u11A8',
  '1',
  '42',
  '.',
  ',',
  '-',
];
function randomString(rand) {
  const n = Math.floor(rand() * 24);
  let s = '';
  for (let i = 0; i < n; i++) s += POOL[Math.floor(rand() * POOL.length)];
  return s;
}

// ---------------------------------------------------------------- running
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Every case may need the examples: without them nothing can be checked.
  for (const name of BASES) {
    const file = path.join(EXAMPLES, `${name}.json`);
    if (!fs.existsSync(file)) {
      console.error(`conformance: the example ${file} is missing`);
      process.exit(2);
    }
  }
  let pkg;
  try {
    pkg = await loadPackage(opts.repo);
  } catch (e) {
    console.error(
      `conformance: could not load the package 'sefcheck' from ${opts.repo}: build it first with \`npm run build\` (${e.message})`,
    );
    process.exit(2);
  }

  const files = [];
  for (const d of opts.dirs) {
    const p = path.resolve(d);
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      console.error(`no such case folder or file: ${p}`);
      process.exit(2);
    }
    if (st.isDirectory())
      files.push(
        ...fs
          .readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => path.join(p, f)),
      );
    else files.push(p);
  }
  if (files.length === 0) {
    console.error(`conformance: no case files in ${opts.dirs.join(', ')}`);
    process.exit(2);
  }

  let passed = 0,
    failed = 0;
  const report = (name, problems) => {
    if (problems.length === 0) {
      passed++;
      if (opts.verbose) console.log(`ok   ${name}`);
      return;
    }
    failed++;
    let line = `FAIL ${name}: ${problems.slice(0, 4).join('; ')}${problems.length > 4 ? ` (+${problems.length - 4} more)` : ''}`;
    if (line.length > 600) line = `${line.slice(0, 600)}…`;
    console.log(line);
  };

  let completeDoc = null;
  const getComplete = () => (completeDoc ??= loadExample('complete'));
  const afterThrow = () => {
    try {
      const r = pkg.validate(clone(getComplete()));
      return r && r.readyToShare === true ? [] : ['after the refused input, validate(complete) is not readyToShare'];
    } catch (e) {
      return [`after the refused input, validate(complete) throws: ${e?.message}`];
    }
  };

  for (const file of files) {
    const rel = path.relative(process.cwd(), file) || file;
    let c;
    try {
      c = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      report(rel, [`case file is not JSON: ${e.message}`]);
      continue;
    }
    const name = `${c?.name ? c.name : '(unnamed)'} [${path.basename(file)}]`;
    try {
      report(name, await runCase(c));
    } catch (e) {
      report(name, [`runner/case error: ${e?.message}`]);
    }
  }

  async function runCase(c) {
    const expect = c.expect;
    if (expect === undefined) return ['case has no expect'];
    if (c.function === 'contentDigest' || c.function === 'migrate') return runDocumentFunctionCase(c);
    if (c.function === 'nextYear') return runNextYearCase(c);
    if (c.function === 'compare') return runCompareCase(c);
    if (c.function) return runFunctionCase(c);
    // build the input
    let doc,
      docKnown = false,
      json = null;
    if (typeof c.json === 'string') json = c.json;
    else {
      if (!('document' in c) && c.base === undefined && !c.jsonGenerator) return ['case needs base, document, json or jsonGenerator'];
      doc = caseDocument(c);
      if (c.jsonGenerator) json = buildJson(c.jsonGenerator, doc);
      else docKnown = true;
    }
    if (json !== null && !docKnown) {
      // what the text holds, when it is JSON: used for the span and privacy checks
      try {
        doc = JSON.parse(json);
        docKnown = true;
      } catch {
        doc = undefined;
      }
      if (docKnown) docKnown = 'fromJson';
    }
    const call = () => {
      if (json !== null) return pkg.validateJson(json);
      if (c.jsGenerator) return pkg.validate(plantJs(clone(doc), c.jsGenerator));
      return pkg.validate(clone(doc));
    };
    if (expect.throws) {
      let threw = null,
        result;
      try {
        result = call();
      } catch (e) {
        threw = e;
      }
      if (threw === null) return [`expected a thrown Error, got a report ${short(result, 120)}`];
      const bad = [];
      if (!(threw instanceof Error)) bad.push(`thrown value is not an Error: ${short(threw)}`);
      else {
        if (typeof expect.throws === 'object' && expect.throws.line !== undefined) {
          const line = threw.line;
          const ok =
            line === expect.throws.line ||
            (line === undefined && new RegExp(`line\\D{0,3}${expect.throws.line}\\b`, 'i').test(threw.message));
          if (!ok) bad.push(`error line: expected ${expect.throws.line}, got ${short(line)} (${short(threw.message, 80)})`);
          if (threw.column !== undefined && !(Number.isInteger(threw.column) && threw.column >= 1))
            bad.push(`error column ${short(threw.column)} is not a 1-based number`);
        }
        if (typeof expect.throws === 'object' && expect.throws.column !== undefined) {
          const column = threw.column;
          const ok =
            column === expect.throws.column ||
            (column === undefined && new RegExp(`column\\D{0,3}${expect.throws.column}\\b`, 'i').test(threw.message));
          if (!ok)
            bad.push(
              `error column: expected ${expect.throws.column} (UTF-16 code units, from 1), got ${short(column)} (${short(threw.message, 80)})`,
            );
        }
        // the error must not hold a document value
        const quoted =
          json !== null ? [...json.slice(0, 200000).matchAll(/"((?:[^"\\]|\\.){8,200})"/g)].map((m) => m[1]) : documentStrings(doc);
        const msg = `${threw.message || ''}`;
        const leak = quoted.find((q) => !VOCABULARY.has(q) && !DATE_LIKE.test(q) && msg.includes(q));
        if (leak !== undefined) bad.push(`the error message holds a document value ${short(leak, 40)}`);
      }
      return bad.concat(afterThrow());
    }
    let r1;
    try {
      r1 = call();
    } catch (e) {
      return [`threw ${e?.name}: ${e?.message}`];
    }
    const bad = [];
    const shape = checkShape(r1, doc, docKnown);
    bad.push(...shape);
    if (shape.length === 0 || (r1 && Array.isArray(r1.diagnostics))) bad.push(...checkExpect(r1, expect));
    let r2;
    try {
      r2 = call();
    } catch (e) {
      bad.push(`second call threw: ${e?.message}`);
    }
    if (r2 !== undefined && !sameJson(r1, r2)) bad.push('the same call twice gave different reports');
    if (docKnown === true && !c.jsGenerator) {
      try {
        const r3 = pkg.validateJson(JSON.stringify(doc));
        if (!sameJson(r1, r3)) bad.push('validateJson(JSON.stringify(doc)) differs from validate(doc)');
      } catch (e) {
        bad.push(`validateJson(JSON.stringify(doc)) threw: ${e?.message}`);
      }
    } else if (docKnown === 'fromJson') {
      try {
        const r3 = pkg.validate(clone(doc));
        if (!sameJson(r1, r3)) bad.push('validate(JSON.parse(text)) differs from validateJson(text)');
      } catch (e) {
        bad.push(`validate(JSON.parse(text)) threw: ${e?.message}`);
      }
    }
    if (docKnown) {
      const leaks = privacyLeaks(r1, doc);
      if (leaks.length)
        bad.push(
          `the report holds document values: ${short(
            leaks.map((s) => s.slice(0, 30)),
            120,
          )}`,
        );
    }
    return bad;
  }

  /** A case's document: its `document`, or its base, with its patch applied and, with `approve`,
   *  approved as it then is. */
  function caseDocument(c) {
    let doc;
    if ('document' in c) doc = clone(c.document);
    else if (c.base === undefined || BASES.includes(c.base)) doc = loadExample(c.base ?? 'complete');
    else if (c.base === 'empty') doc = clone(pkg.emptyDocument());
    else throw new Error(`unknown base ${short(c.base)}`);
    if (c.patch) doc = applyPatch(doc, c.patch);
    if (c.approve === true) {
      if (!doc || typeof doc.approval !== 'object' || doc.approval === null) throw new Error('approve: no approval object');
      doc.approval.digest = pkg.contentDigest(doc);
    }
    return doc;
  }

  /** A contentDigest or migrate case: the digest, the migrated document, or the refusal. */
  function runDocumentFunctionCase(c) {
    const fn = c.function;
    const doc = caseDocument(c);
    const before = JSON.stringify(doc);
    let got;
    try {
      got = pkg[fn](clone(doc));
    } catch (e) {
      if (c.expect?.throws === undefined) return [`${fn} threw ${e?.code}: ${e?.message}`];
      const bad = [];
      if (!(e instanceof Error)) bad.push(`${fn} threw something that is not an Error: ${short(e)}`);
      if (e?.code !== c.expect.throws) bad.push(`${fn} threw ${short(e?.code)}, expected ${c.expect.throws}`);
      return bad;
    }
    if (c.expect?.throws !== undefined) return [`expected ${fn} to throw ${c.expect.throws}, got ${short(got)}`];
    const bad = [];
    if (fn === 'contentDigest') {
      if (typeof got !== 'string' || !/^[0-9a-f]{64}$/.test(got))
        bad.push(`contentDigest gave ${short(got)}, not 64 lower-case hexadecimal digits`);
      if (got !== c.expect) bad.push(`contentDigest: expected ${c.expect}, got ${got}`);
      if (pkg.contentDigest(JSON.parse(before)) !== got) bad.push('contentDigest is not deterministic');
      return bad;
    }
    if (!sameJson(got, c.expect.document)) bad.push(`migrate: got ${short(got, 400)}`);
    // A new document, the given one untouched; migrating again changes nothing.
    const given = JSON.parse(before);
    const kept = pkg.migrate(given);
    if (JSON.stringify(given) !== before) bad.push('migrate changed the document it was given');
    if (!sameJson(pkg.migrate(kept), kept)) bad.push('migrate(migrate(x)) is not migrate(x)');
    return bad;
  }

  /** `at` and `absent` of a nextYear or compare case, against what it gave. */
  function checkAt(got, expect) {
    const bad = [];
    for (const [p, want] of Object.entries(expect.at ?? {})) {
      const { found, value } = getAt(got, p);
      if (!found) bad.push(`nothing at ${p}`);
      else if (JSON.stringify(value) !== JSON.stringify(want)) bad.push(`at ${p}: got ${short(value, 300)}, expected ${short(want, 300)}`);
    }
    for (const p of expect.absent ?? []) if (getAt(got, p).found) bad.push(`${p} is there: ${short(getAt(got, p).value)}`);
    return bad;
  }

  /** Every string of a value (keys apart), for what nextYear and compare may hold. */
  function stringsOf(v, out = []) {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
    return out;
  }

  /** A nextYear case: the draft, or the refusal. */
  function runNextYearCase(c) {
    const doc = caseDocument(c);
    const before = JSON.stringify(doc);
    let got;
    try {
      got = pkg.nextYear(clone(doc));
    } catch (e) {
      if (c.expect?.throws === undefined) return [`nextYear threw ${e?.code}: ${e?.message}`];
      const bad = [];
      if (!(e instanceof Error)) bad.push(`nextYear threw something that is not an Error: ${short(e)}`);
      if (e?.code !== c.expect.throws) bad.push(`nextYear threw ${short(e?.code)}, expected ${c.expect.throws}`);
      for (const s of documentStrings(doc)) if (String(e?.message).includes(s)) bad.push(`the refusal's message holds ${short(s)}`);
      return bad;
    }
    if (c.expect?.throws !== undefined) return [`expected nextYear to throw ${c.expect.throws}, got ${short(got)}`];
    const bad = [];
    if (c.expect.document !== undefined && JSON.stringify(got) !== JSON.stringify(c.expect.document))
      bad.push(`nextYear: got ${short(got, 600)}`);
    bad.push(...checkAt(got, c.expect));
    const given = JSON.parse(before);
    if (JSON.stringify(pkg.nextYear(given)) !== JSON.stringify(got)) bad.push('nextYear is not deterministic');
    if (JSON.stringify(given) !== before) bad.push('nextYear changed the document it was given');
    if (got?.formVersion !== 2) bad.push('the draft is not format 2');
    const own = new Set(stringsOf(doc));
    const made = new Set([got?.about?.periodStart, got?.about?.periodEnd, got?.previous?.digest, pkg.contentDigest(doc)]);
    for (const t of stringsOf(got)) if (!own.has(t) && !made.has(t)) bad.push(`the draft invents ${short(t)}`);
    try {
      pkg.validate(got);
    } catch (e) {
      bad.push(`validate refused the draft: ${e?.code}`);
    }
    return bad;
  }

  /** A compare case: the comparison of the two documents. */
  function runCompareCase(c) {
    if (!c.previous || !c.current) return ['a compare case needs previous and current'];
    const previous = caseDocument(c.previous);
    let current;
    if (c.current.nextYearOfPrevious === true) {
      current = pkg.nextYear(clone(previous));
      if (c.current.patch) current = applyPatch(current, c.current.patch);
    } else current = caseDocument(c.current);
    const before = [JSON.stringify(previous), JSON.stringify(current)];
    let got;
    try {
      got = pkg.compare(clone(previous), clone(current));
    } catch (e) {
      return [`compare threw ${e?.code}: ${e?.message}`];
    }
    const bad = [];
    if (c.expect.comparison !== undefined && JSON.stringify(got) !== JSON.stringify(c.expect.comparison))
      bad.push(`compare: got ${short(got, 600)}`);
    bad.push(...checkAt(got, c.expect));
    if (JSON.stringify(pkg.compare(JSON.parse(before[0]), JSON.parse(before[1]))) !== JSON.stringify(got))
      bad.push('compare is not deterministic');
    const ids = new Set();
    const walkIds = (v) => {
      if (Array.isArray(v)) v.forEach(walkIds);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'id' && typeof x === 'string' && ID.test(x)) ids.add(x);
          walkIds(x);
        }
    };
    walkIds(previous);
    walkIds(current);
    for (const t of stringsOf(got))
      if (!COMPARISON_WORDS.has(t) && !(DATE_LIKE.test(t) && !Number.isNaN(Date.parse(t))) && !ids.has(t))
        bad.push(`the comparison holds ${short(t)}, neither an id nor a word of the format`);
    return bad;
  }

  function runFunctionCase(c) {
    const fn = c.function;
    if (!['countWords', 'countCharacters', 'scanDisclosure'].includes(fn)) return [`unknown function ${short(fn)}`];
    if (typeof c.input !== 'string') return ['input must be a string'];
    let got;
    try {
      got = pkg[fn](c.input);
    } catch (e) {
      return [`${fn} threw: ${e?.message}`];
    }
    if (fn !== 'scanDisclosure') return got === c.expect ? [] : [`${fn}: expected ${c.expect}, got ${short(got)}`];
    if (!Array.isArray(c.expect)) return ['expect must be a list of findings'];
    if (!Array.isArray(got)) return [`scanDisclosure returned ${short(got)}`];
    const bad = [];
    got.forEach((f, i) => {
      if (!f || typeof f !== 'object') {
        bad.push(`finding ${i} is not an object`);
        return;
      }
      if (!(typeof f.code === 'string' && f.code.startsWith('disclosure-') && SEVERITY[f.code]))
        bad.push(`finding ${i}: code ${short(f.code)}`);
      else if (f.severity !== SEVERITY[f.code]) bad.push(`finding ${i}: ${f.code} severity ${short(f.severity)}`);
      if (!isInt(f.start) || !isInt(f.end) || !(f.start < f.end) || f.end > c.input.length)
        bad.push(`finding ${i}: bad span ${short([f.start, f.end])}`);
    });
    const key = (f) => `${f.code}[${f.start},${f.end})`;
    const want = c.expect.map(key).sort().join(' ');
    const have = got
      .filter((f) => f && typeof f === 'object')
      .map(key)
      .sort()
      .join(' ');
    if (want !== have) bad.push(`scanDisclosure: expected ${want || 'nothing'}, got ${have || 'nothing'}`);
    let again;
    try {
      again = pkg.scanDisclosure(c.input);
    } catch {
      again = null;
    }
    if (!sameJson(got, again)) bad.push('scanDisclosure is not deterministic');
    return bad;
  }

  if (opts.generated) {
    const rand = prng(opts.seed);
    const seg = new Intl.Segmenter();
    const strings = Array.from({ length: 2000 }, () => randomString(rand));
    for (const [fn, oracle] of [
      ['countWords', (s) => (s.match(/\S+/g) || []).length],
      ['countCharacters', (s) => [...seg.segment(s)].length],
    ]) {
      const fails = [];
      let nFail = 0;
      for (const s of strings) {
        let got;
        try {
          got = pkg[fn](s);
        } catch (e) {
          got = `threw ${e?.message}`;
        }
        const want = oracle(s);
        if (got !== want) {
          nFail++;
          if (fails.length < 3) fails.push(`${ascii(s)}: expected ${want}, got ${short(got, 40)}`);
        }
      }
      report(`generated ${fn} (2000 strings, seed ${opts.seed})`, nFail ? [`${nFail} wrong, e.g. ${fails.join(' | ')}`] : []);
    }
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`runner error: ${e?.stack ? e.stack : e}`);
  process.exit(2);
});
