// The `sefcheck` command (docs/spec/api.md), run as a user runs it: the real bin/sefcheck.mjs
// in a child process, over the example documents (tests/helpers.mjs) and temporary files. Its output is read by
// real consumers: the SARIF by ajv against the published SARIF 2.1.0 schema, the JUnit by an
// XML parser; and, at the end, `npx sefcheck` in a fresh project that installed the packed
// tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { EXAMPLES, ROOT, example, examplePath, exampleText } from './helpers.mjs';

const require = createRequire(import.meta.url);
const BIN = path.join(ROOT, 'bin', 'sefcheck.mjs');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'cli');
const MAXRSS_HOOK = path.join(FIXTURES, 'maxrss.mjs');
// The two examples every format is tried on: one ready to share, one not.
const COMPLETE = examplePath('complete');
const DRAFT = examplePath('draft');
const pkg = require('../package.json');
const api = require('sefcheck');

const FORMATS = ['text', 'json', 'junit', 'sarif', 'github'];

/** Runs the command; `input` goes to standard input. */
function run(args, { input, cwd = ROOT, env } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(t, prefix = 'sefcheck-cli-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const write = (file, data) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2));
};
/** Approves `doc` as it is: its approval's digest made its content digest. */
function approved(doc) {
  doc.approval.digest = api.contentDigest(doc);
  return doc;
}
/** A document that is ready to share and has one warning (an unknown field). */
function readyWithWarning() {
  const doc = example('complete');
  doc.about.notes = 'a note the form does not have';
  return approved(doc);
}
/** The draft's report line, and how many diagnostics it has. */
const draftReport = () => api.validateJson(exampleText('draft'));
const nested = (depth) => '['.repeat(depth) + ']'.repeat(depth);

// ---------------------------------------------------------------------------------------

test('--help and -h print the usage, exit 0', () => {
  for (const flag of ['--help', '-h']) {
    const r = run([flag]);
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /^Usage: sefcheck \[--format text\|json\|junit\|sarif\|github\] \[--fail-on error\|warning\] \[--jobs N\] PATH\.\.\./,
    );
    assert.match(r.stdout, /Exit status/);
    assert.equal(r.stderr, '');
  }
  // --help wins over everything else on the line, as people expect
  assert.equal(run(['--format', 'sarif', '--help', 'nothing.json']).code, 0);
});

test('--version and -v print the package version, exit 0', () => {
  for (const flag of ['--version', '-v']) {
    const r = run([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  }
});

test('usage errors: a short message and a hint on standard error, exit 2, nothing checked', () => {
  const cases = [
    [['--bogus', 'x.json'], /Unknown option '--bogus'/],
    [['-x', 'x.json'], /Unknown option '-x'/],
    [['--format', 'xml', 'x.json'], /--format must be one of text, json, junit, sarif, github/],
    [['--format=TEXT', 'x.json'], /--format must be one of/],
    [['--fail-on', 'info', 'x.json'], /--fail-on must be error or warning/],
    [['--format'], /argument missing|--format/],
    [[], /no PATH given/],
    [['--format', 'json'], /no PATH given/],
    [['-', '-'], /standard input\) may be given once only/],
    [['--jobs', '0', 'x.json'], /--jobs must be a whole number from 1 to 999/],
    [['-j', 'two', 'x.json'], /--jobs must be a whole number from 1 to 999/],
    [['--jobs=1000', 'x.json'], /--jobs must be a whole number from 1 to 999/],
    [['--jobs', '1.5', 'x.json'], /--jobs must be a whole number/],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /Run sefcheck --help for usage\n$/, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.ok(r.stderr.split('\n').length <= 3, `not short: ${r.stderr}`);
  }
});

test('text: FILE:LINE:COLUMN: severity code: message per diagnostic, readiness and statuses, a summary; exit 1', () => {
  const r = run(['--format', 'text', COMPLETE, DRAFT]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  const complete = COMPLETE;
  const draft = DRAFT;
  const report = api.validateJson(exampleText('draft'), { positions: true });
  // in the order given: complete.json, then draft.json
  assert.equal(
    lines[0],
    `${complete}: ready to share: 0 errors, 0 warnings; ${api
      .validateJson(exampleText('complete'))
      .sections.map((s) => `${s.id} completed`)
      .join(', ')}`,
  );
  const diag = lines.slice(1, 1 + report.diagnostics.length);
  assert.deepEqual(
    diag,
    report.diagnostics.map((d) => `${draft}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`),
  );
  assert.match(diag[0], /draft\.json:\d+:\d+: error recommendation-unaddressed: \S/);
  // Each position is where the value the diagnostic is about starts (or, for a missing field,
  // the object it belongs in), as an editor opens it.
  const textLines = exampleText('draft').split('\n');
  const evidence = report.diagnostics.findIndex((d) => d.path === '/areas/privateLaw/evidence');
  const [, line, column] = diag[evidence].match(/:(\d+):(\d+): /);
  assert.equal(textLines[line - 1].slice(column - 1), '{', 'the privateLaw object, which has no evidence');
  assert.equal(
    lines[1 + report.diagnostics.length],
    `${draft}: not ready to share: 37 errors, 0 warnings; about completed, inspection inProgress, privateLaw inProgress, publicLaw notStarted, leadership notStarted, voice notStarted, evidence notStarted, actions notStarted, performance notStarted, declarations cannotStartYet, approval inProgress`,
  );
  assert.equal(lines.at(-1), '2 files checked: 1 ready to share, 1 not ready to share');
  assert.equal(lines.length, report.diagnostics.length + 3);
  // text is the default format
  assert.equal(run([COMPLETE, DRAFT]).stdout, r.stdout);
});

test('exit 0 when every document is ready to share', () => {
  for (const format of FORMATS) {
    const r = run(['--format', format, COMPLETE]);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '');
  }
});

test('--fail-on warning: a ready document with a warning passes by default and fails with it', (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, 'warned.json');
  write(file, readyWithWarning());
  const plain = run([file]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /warned\.json:\d+:\d+: warning unknown-field: /);
  assert.match(plain.stdout, /warned\.json: ready to share: 0 errors, 1 warning; /);
  assert.match(plain.stdout, /1 file checked: 1 ready to share, 0 not ready to share, 1 with warnings/);
  assert.equal(run(['--fail-on', 'error', file]).code, 0);
  for (const format of FORMATS) {
    assert.equal(run(['--fail-on', 'warning', '--format', format, file]).code, 1, format);
    assert.equal(run(['--fail-on=warning', '--format', format, COMPLETE]).code, 0, format);
  }
  // JUnit: with --fail-on warning the section with the warning fails; without it, it does not
  const { XMLParser } = require('fast-xml-parser');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  const failures = (args) => parser.parse(run(['--format', 'junit', ...args, file]).stdout).testsuites.testsuite.failures;
  assert.equal(failures([]), '0');
  assert.equal(failures(['--fail-on', 'warning']), '1');
});

test('standard input: - reads one document', () => {
  const ok = run(['-'], { input: exampleText('complete') });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^<stdin>: ready to share/);
  const draft = run(['--format', 'json', '-'], { input: exampleText('draft') });
  assert.equal(draft.code, 1);
  const out = JSON.parse(draft.stdout);
  assert.equal(out.files[0].file, '<stdin>');
  assert.deepEqual(out.files[0].report, api.validateJson(exampleText('draft')));
  // stdin among files, in the order given; GitHub annotations name no file for it
  const mixed = run(['--format', 'github', COMPLETE, '-'], { input: exampleText('draft') });
  assert.equal(mixed.code, 1);
  assert.match(mixed.stdout, /^::error title=sefcheck required at \/areas\/privateLaw\/evidence::/m);
  const empty = run(['-'], { input: '' });
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /^sefcheck: <stdin>:1:1: The text is not JSON/);
});

test('a folder: every .json file below it, recursively, in code-unit order of the relative path', (t) => {
  const dir = tempDir(t);
  const complete = exampleText('complete');
  for (const rel of ['b.json', 'a/z.json', 'a/b/c.json', 'a-b.json', 'B.json', 'a.json/inner.json', '_x.json', 'é.json']) {
    write(path.join(dir, 'drafts', rel), complete);
  }
  write(path.join(dir, 'drafts', 'notes.txt'), 'not a document');
  write(path.join(dir, 'drafts', 'data.JSON.bak'), 'not a document');
  const r = run(['--format', 'json', 'drafts'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const names = JSON.parse(r.stdout).files.map((f) => f.file);
  assert.deepEqual(names, [
    'drafts/B.json',
    'drafts/_x.json',
    'drafts/a-b.json',
    'drafts/a.json/inner.json',
    'drafts/a/b/c.json',
    'drafts/a/z.json',
    'drafts/b.json',
    'drafts/é.json',
  ]);
  // a trailing slash and ./ make no difference to the names
  assert.deepEqual(
    JSON.parse(run(['--format', 'json', './drafts/'], { cwd: dir }).stdout).files.map((f) => f.file),
    names,
  );
  // several PATHs: in the order given
  const two = JSON.parse(run(['--format', 'json', 'drafts/b.json', 'drafts/a'], { cwd: dir }).stdout).files.map((f) => f.file);
  assert.deepEqual(two, ['drafts/b.json', 'drafts/a/b/c.json', 'drafts/a/z.json']);
  // a folder with no .json file is not a silent pass
  fs.mkdirSync(path.join(dir, 'empty'));
  const none = run(['empty'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^sefcheck: empty: is a folder with no \.json file below it\n$/);
});

test('unreadable files: named on standard error with why, the others still checked, exit 2 over 1', (t) => {
  const dir = tempDir(t);
  write(path.join(dir, 'docs', 'a-draft.json'), exampleText('draft'));
  fs.symlinkSync(path.join(dir, 'gone.json'), path.join(dir, 'docs', 'b-broken-link.json'));
  write(path.join(dir, 'docs', 'c-latin1.json'), Buffer.from('{"about": {"preparedBy": "caf\xe9"}}', 'latin1'));
  const r = run(['--format', 'text', 'docs', 'missing.json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    'sefcheck: docs/b-broken-link.json: cannot be read: no such file or folder\n' +
      'sefcheck: docs/c-latin1.json: is not JSON: it is not UTF-8 text\n' +
      'sefcheck: missing.json: cannot be read: no such file or folder\n',
  );
  assert.match(r.stdout, /docs\/a-draft\.json: not ready to share: 37 errors/);
  assert.match(r.stdout, /4 files checked: 0 ready to share, 1 not ready to share, 3 could not be checked\n$/);
  // a document that is ready does not hide the unreadable one
  const ready = run([COMPLETE, path.join(dir, 'missing.json')]);
  assert.equal(ready.code, 2);
});

test('bad JSON: line and column on standard error, exit 2, the others still checked', (t) => {
  const dir = tempDir(t);
  write(path.join(dir, 'bad.json'), '{\n  "formVersion": 1,\n  "about": {,\n}');
  write(path.join(dir, 'good.json'), exampleText('complete'));
  const r = run(['bad.json', 'good.json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^sefcheck: bad\.json:3:13: The text is not JSON: .* at line 3, column 13\n$/);
  assert.match(r.stdout, /^good\.json: ready to share/m);
  for (const format of FORMATS) {
    const f = run(['--format', format, 'bad.json', 'good.json'], { cwd: dir });
    assert.equal(f.code, 2, format);
    assert.match(f.stderr, /bad\.json:3:13: /, format);
  }
  // GitHub: the failure is an annotation at the line too
  assert.match(
    run(['--format', 'github', 'bad.json'], { cwd: dir }).stdout,
    /^::error file=bad\.json,line=3,col=13,title=sefcheck could not check this file::The text is not JSON/m,
  );
});

test('refused input: nesting 70 deep, a number too large, over 5 MiB: exit 2 with why', (t) => {
  const dir = tempDir(t);
  write(path.join(dir, 'deep.json'), `{"about": ${nested(69)}}`);
  write(path.join(dir, 'huge-number.json'), '{"audit": {"casesAudited": 1e400}}');
  write(path.join(dir, 'big.json'), `{"x": "${'a'.repeat(5 * 1024 * 1024)}"}`);
  const r = run(['deep.json', 'huge-number.json', 'big.json'], { cwd: dir });
  assert.equal(r.code, 2);
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0], /^sefcheck: deep\.json(:\d+:\d+)?: is refused: The document is nested more than 64 levels deep/);
  assert.match(lines[1], /^sefcheck: huge-number\.json(:\d+:\d+)?: is refused: A number in the document is too large/);
  assert.match(
    lines[2],
    /^sefcheck: big\.json: is refused: The text is too large to check: sefcheck takes at most 5 MiB \(5,242,880 bytes\)$/,
  );
  assert.equal(lines.length, 3);
  const stdin = run(['-'], { input: `{"about": ${nested(69)}}` });
  assert.equal(stdin.code, 2);
  assert.match(stdin.stderr, /^sefcheck: <stdin>(:\d+:\d+)?: is refused: The document is nested/);
});

test("the repository's example documents, as a folder: each gives the package's report; the status follows", () => {
  const folder = path.relative(ROOT, EXAMPLES);
  const names = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .sort();
  assert.ok(names.length >= 2, names.join(' '));
  const r = run(['--format', 'json', folder]);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.files.map((f) => f.file),
    names.map((n) => `${folder}/${n}`),
  );
  const reports = names.map((n) => api.validateJson(fs.readFileSync(path.join(EXAMPLES, n), 'utf8')));
  assert.deepEqual(
    out.files.map((f) => f.report),
    reports,
  );
  assert.equal(r.code, reports.every((x) => x.readyToShare) ? 0 : 1);
  for (const format of FORMATS) assert.equal(run(['--format', format, folder]).code, r.code, format);
});

test('the disclosure table: what a self-evaluation must be able to say passes; a first name and a named school are warnings, with their lines', (t) => {
  const dir = tempDir(t);
  const sentences = [
    ['Of the babies born between 1 April 2024 and 31 March 2025, most stayed with family.', null],
    ['Families can write to us at enquiries@cafcass.gov.uk.', null],
    ['Our helpline is 0300 456 4000.', null],
    ['Jayden told his guardian that he wanted to live with his nan.', 'disclosure-first-name'],
    ["He attends St Mary's Primary School in Hexham.", 'disclosure-school'],
    ['Mrs Justice Amberley chaired the local family justice board.', null],
  ];
  for (const [k, [sentence, code]] of sentences.entries()) {
    const doc = example('complete');
    doc.voice.children = sentence;
    const file = path.join(dir, `sentence-${k}.json`);
    write(file, approved(doc));
    const r = run([file]);
    // Ready to share whatever the sentence: none of them is an error.
    assert.equal(r.code, 0, `${sentence}: ${r.stdout}${r.stderr}`);
    const found = r.stdout.split('\n').filter((line) => / disclosure-/.test(line));
    assert.deepEqual(
      found.map((line) => line.match(/(warning|error) (disclosure-[a-z-]+)/).slice(1)),
      code ? [['warning', code]] : [],
      sentence,
    );
    // The line and column are the sentence's answer, and the finding is not repeated.
    for (const line of found) assert.match(line, /^[^:]+:\d+:\d+: warning /);
    assert.equal(/Jayden|St Mary/.test(r.stdout + r.stderr), false);
  }
});

test('render --previous: a "Since last year" part comparing the two; a previous file that cannot be read is exit 2', (t) => {
  const dir = tempDir(t);
  const last = example('complete');
  const next = api.nextYear(last);
  next.kpis[0].value = 90;
  write(path.join(dir, 'next.json'), next);
  const r = run(['render', '--previous', COMPLETE, path.join(dir, 'next.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /## Since last year/);
  assert.ok(r.stdout.includes(`| ${next.kpis[0].id} | 96.4 | 90 |`));
  const missing = run(['render', '--previous', path.join(dir, 'nowhere.json'), path.join(dir, 'next.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere\.json: cannot be read/);
  assert.equal(run(['render', '--previous', '-', path.join(dir, 'next.json')]).code, 2);
});

test('json: one object { files: [{ file, report }], readyToShare }, reports as the package gives them', () => {
  const r = run(['--format', 'json', COMPLETE, DRAFT]);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['files', 'readyToShare']);
  assert.equal(out.readyToShare, false);
  assert.deepEqual(out.files, [
    { file: COMPLETE, report: api.validateJson(exampleText('complete')) },
    { file: DRAFT, report: api.validateJson(exampleText('draft')) },
  ]);
  const ready = JSON.parse(run(['--format', 'json', COMPLETE]).stdout);
  assert.equal(ready.readyToShare, true);
});

test('junit: parses as XML, a suite per file, a case per section, a failure per section with errors', (t) => {
  const { XMLParser, XMLValidator } = require('fast-xml-parser');
  const dir = tempDir(t);
  const doc = readyWithWarning();
  doc.voice = { ...doc.voice, children: 'We met <Child A> & "B" at 1 High Street, SW1A 1AA.' }; // a disclosure error
  write(path.join(dir, 'odd & <name>.json'), doc);
  write(path.join(dir, 'broken.json'), '{');
  const r = run(['--format', 'junit', COMPLETE, DRAFT, path.join(dir, 'odd & <name>.json'), path.join(dir, 'broken.json')]);
  assert.equal(r.code, 2);
  assert.equal(XMLValidator.validate(r.stdout), true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'property'].includes(name),
  });
  const suites = parser.parse(r.stdout).testsuites.testsuite;
  assert.equal(suites.length, 4);
  const reports = [api.validateJson(exampleText('complete')), api.validateJson(exampleText('draft')), api.validate(doc)];
  reports.forEach((report, k) => {
    const suite = suites[k];
    assert.equal(suite.tests, '11');
    assert.equal(suite.testcase.length, 11);
    const withErrors = report.sections.filter((s) => s.errors > 0);
    assert.equal(suite.failures, String(withErrors.length));
    assert.equal(suite.testcase.filter((c) => c.failure).length, withErrors.length);
    suite.testcase.forEach((c, i) => {
      const s = report.sections[i];
      assert.equal(c.name, `${s.title} (${s.id})`);
      assert.equal(Boolean(c.failure), s.errors > 0, s.id);
      if (c.failure) {
        const body = c.failure[0]['#text'];
        for (const d of report.diagnostics.filter((d) => d.section === s.id))
          assert.ok(body.includes(`${d.path}: ${d.severity} ${d.code}: ${d.message}`));
      }
    });
  });
  assert.equal(suites[0].name, COMPLETE);
  assert.equal(suites[1].failures, '10'); // draft.json: every section but about
  assert.equal(suites[2].name, path.join(dir, 'odd & <name>.json'));
  assert.equal(suites[3].errors, '1');
  assert.match(suites[3].testcase[0].error.message, /broken\.json:1:2: The text is not JSON/);
});

test('sarif: valid against the published SARIF 2.1.0 schema; rules from rules(), a result per diagnostic', (t) => {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // Microsoft's SARIF SDK ships the SARIF 2.1.0 schema as published on SchemaStore (draft-04)
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // unicodeRegExp off: one of the schema's patterns is not valid with JavaScript's u flag
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const dir = tempDir(t);
  const doc = readyWithWarning();
  doc.voice = { ...doc.voice, children: 'Line one.\n\tWe spoke with the family at SW1A 1AA — and "\\u00e9"\u00e9 again.' };
  write(path.join(dir, 'with space', 'doc #1.json'), doc);
  write(path.join(dir, 'broken.json'), '{"a": tru}');
  const r = run(['--format', 'sarif', path.relative(dir, COMPLETE), path.relative(dir, DRAFT), 'with space', 'broken.json', '-'], {
    cwd: dir,
    input: exampleText('draft'),
  });
  assert.equal(r.code, 2);
  const log = JSON.parse(r.stdout);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  assert.equal(log.version, '2.1.0');
  const [runLog] = log.runs;
  assert.equal(runLog.tool.driver.name, 'sefcheck');
  assert.equal(runLog.tool.driver.version, pkg.version);
  const rules = api.rules();
  assert.deepEqual(
    runLog.tool.driver.rules.map((x) => x.id),
    rules.map((x) => x.code),
  );
  runLog.tool.driver.rules.forEach((x, k) => {
    assert.equal(x.shortDescription.text, rules[k].title);
    assert.equal(x.fullDescription.text, rules[k].description);
    assert.equal(x.defaultConfiguration.level, rules[k].severity);
  });

  const draft = api.validateJson(exampleText('draft'), { positions: true });
  const mine = api.validateJson(fs.readFileSync(path.join(dir, 'with space', 'doc #1.json'), 'utf8'), { positions: true });
  const expected = [
    ...draft.diagnostics.map((d) => ['draft', d]),
    ...mine.diagnostics.map((d) => ['with%20space/doc%20%231.json', d]),
    ...draft.diagnostics.map((d) => [null, d]),
  ];
  assert.equal(runLog.results.length, expected.length);
  runLog.results.forEach((res, k) => {
    const [uri, d] = expected[k];
    assert.equal(res.ruleId, d.code);
    assert.equal(runLog.tool.driver.rules[res.ruleIndex].id, d.code);
    assert.equal(res.level, d.severity);
    assert.ok(res.message.text.startsWith(d.message));
    const loc = res.locations[0];
    assert.deepEqual(loc.logicalLocations, [{ name: d.path, fullyQualifiedName: d.path }]);
    if (uri === null) {
      assert.equal(loc.physicalLocation, undefined);
      return;
    }
    if (uri.startsWith('with')) assert.equal(loc.physicalLocation.artifactLocation.uri, uri);
    else
      assert.equal(loc.physicalLocation.artifactLocation.uri, path.relative(dir, DRAFT).split(path.sep).map(encodeURIComponent).join('/'));
    // the region is the package's position of the diagnostic
    const { startLine, startColumn, endLine, endColumn } = loc.physicalLocation.region;
    assert.deepEqual([startLine, startColumn, endLine, endColumn], [d.line, d.column, d.endLine, d.endColumn]);
  });
  // regions: the disclosure span in the file, the escapes before it counted
  const text = fs.readFileSync(path.join(dir, 'with space', 'doc #1.json'), 'utf8');
  const postcode = runLog.results.find((res) => res.ruleId === 'disclosure-postcode');
  const { startLine, startColumn, endLine, endColumn } = postcode.locations[0].physicalLocation.region;
  assert.equal(startLine, endLine);
  assert.equal(text.split('\n')[startLine - 1].slice(startColumn - 1, endColumn - 1), 'SW1A 1AA');
  const notes = runLog.results.find((res) => res.ruleId === 'unknown-field');
  assert.match(text.split('\n')[notes.locations[0].physicalLocation.region.startLine - 1], /"notes": /);
  // the unreadable file is a notification, and the run says it was not wholly successful
  const [inv] = runLog.invocations;
  assert.equal(inv.executionSuccessful, false);
  assert.equal(inv.toolExecutionNotifications.length, 1);
  assert.equal(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'broken.json');
  // a clean run is valid too, with no results
  const clean = JSON.parse(run(['--format', 'sarif', COMPLETE]).stdout);
  assert.ok(validate(clean), JSON.stringify(validate.errors));
  assert.deepEqual(clean.runs[0].results, []);
  assert.equal(clean.runs[0].invocations[0].executionSuccessful, true);
});

test('github: one workflow command per diagnostic, escaped per GitHub rules', (t) => {
  const r = run(['--format', 'github', COMPLETE, DRAFT]);
  assert.equal(r.code, 1);
  const draft = api.validateJson(exampleText('draft'), { positions: true });
  const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.equal(commands.length, draft.diagnostics.length);
  // relative to the working folder, as GitHub wants it
  const file = path.relative(ROOT, DRAFT).replaceAll(':', '%3A').replaceAll(',', '%2C');
  commands.forEach((c, k) => {
    const d = draft.diagnostics[k];
    assert.ok(c.startsWith(`::error file=${file},line=${d.line},col=${d.column},title=sefcheck ${d.code} at ${d.path}::`), c);
    assert.ok(c.endsWith(`::${d.message}`));
  });
  assert.match(r.stdout, /draft\.json: not ready to share: 37 errors, 0 warnings\n/);
  assert.match(r.stdout, /2 files checked: 1 ready to share, 1 not ready to share\n$/);

  // properties escape % CR LF : and ,; data escapes % CR LF
  const dir = tempDir(t);
  const name = 'a,b:c%d.json';
  write(path.join(dir, name), readyWithWarning());
  const w = run(['--format', 'github', name], { cwd: dir });
  assert.equal(w.code, 0);
  assert.match(w.stdout, /^::warning file=a%2Cb%3Ac%25d\.json,line=\d+,col=\d+,title=sefcheck unknown-field at \/about\/notes::[^\n]+\n/);
  // a plain line is never read as a command
  write(path.join(dir, '::x.json'), exampleText('complete'));
  const plain = run(['--format', 'github', '::x.json'], { cwd: dir });
  assert.ok(!plain.stdout.split('\n').some((l) => l.startsWith('::')), plain.stdout);
});

test('privacy: no output of any format, on standard output or error, holds a value from the document', (t) => {
  const PHRASE = 'Qz7Marigold';
  const dir = tempDir(t);
  const docs = path.join(dir, 'docs');
  // 1. every string of the complete document holds the phrase (free text, lines, ids, dates,
  //    options: many become invalid, and the diagnostics must still not echo them)
  const everywhere = (v) =>
    typeof v === 'string'
      ? `${v} ${PHRASE}`
      : Array.isArray(v)
        ? v.map(everywhere)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, everywhere(x)]))
          : v;
  write(path.join(docs, '1-everywhere.json'), everywhere(example('complete')));
  // 2. free text only, with identifying details the disclosure checks find around it, and ids
  //    that are the phrase (valid ids, used twice, referenced but missing)
  const doc = example('complete');
  const free = (s) =>
    `${s} ${PHRASE} Mrs ${PHRASE}son ${PHRASE.toLowerCase()}@outlook.com LV21C50012 07700 900123 born 12/03/2015 SW1A 1AA`;
  doc.voice.children = free(doc.voice.children);
  doc.areas.privateLaw.whatWeKnow = free(doc.areas.privateLaw.whatWeKnow);
  doc.areas.privateLaw.strengths.push({ id: 'PL-S9', text: free('A strength') });
  doc.about.preparedBy = `${PHRASE} ${PHRASE}`;
  doc.evidence[0].id = PHRASE;
  doc.evidence[1].id = PHRASE;
  doc.areas.publicLaw.evidence.push(`${PHRASE}x`, `${PHRASE}!`);
  doc.actions[0].due = `${PHRASE}-01-01`;
  doc.about.periodStart = PHRASE;
  // 3. unknown keys whose values hold the phrase, at every level
  doc.extra = { deep: [PHRASE, { more: PHRASE }] };
  doc.about.note = PHRASE;
  doc.evidence[2].comment = `${PHRASE}`;
  // 4. acknowledgements: a reason, and a path that names nothing
  doc.acknowledgements = [{ code: 'unknown-field', path: `/${PHRASE}/x`, reason: free('Agreed by the board') }];
  write(path.join(docs, '2-free-text.json'), doc);
  // 5. wrong types holding the phrase, a document that is not an object, other versions
  write(path.join(docs, '3-types.json'), {
    formVersion: 2,
    about: PHRASE,
    areas: { privateLaw: [PHRASE] },
    evidence: PHRASE,
    audit: { casesAudited: PHRASE },
  });
  write(path.join(docs, '4-string.json'), JSON.stringify(PHRASE));
  write(path.join(docs, '5-version.json'), { formVersion: 3, about: { preparedBy: PHRASE } });
  write(path.join(docs, '5-version-1.json'), { formVersion: 1, about: { preparedBy: PHRASE } });
  // 6. refused and broken documents with the phrase next to where they fail
  write(path.join(docs, '6-bad-json.json'), `{"about": {"preparedBy": "${PHRASE}" "${PHRASE}"}}`);
  write(path.join(docs, '7-bad-json-2.json'), `{"about": ${PHRASE}}`);
  write(path.join(docs, '8-deep.json'), `{"about": {"preparedBy": "${PHRASE}"}, "x": ${'['.repeat(70)}"${PHRASE}"${']'.repeat(70)}}`);
  write(path.join(docs, '9-lone-surrogate.json'), `{"about": {"preparedBy": "${PHRASE} \\ud800 ${PHRASE}"}}`);
  write(path.join(docs, '10-huge-number.json'), `{"about": {"preparedBy": "${PHRASE}"}, "audit": {"casesAudited": 1e400}}`);

  let outputs = 0;
  for (const format of FORMATS) {
    for (const failOn of ['error', 'warning']) {
      const r = run(['--format', format, '--fail-on', failOn, 'docs', '-'], { cwd: dir, input: JSON.stringify(doc) });
      assert.equal(r.code, 2, `${format}: ${r.stderr}`);
      assert.ok(r.stdout.length > 0 && r.stderr.length > 0);
      for (const [where, out] of [
        ['stdout', r.stdout],
        ['stderr', r.stderr],
      ]) {
        assert.ok(
          !out.toLowerCase().includes(PHRASE.toLowerCase()),
          `${format} ${where} holds the phrase:\n${out
            .split('\n')
            .filter((l) => l.toLowerCase().includes(PHRASE.toLowerCase()))
            .join('\n')}`,
        );
        for (const value of ['LV21C50012', '07700 900123', '12/03/2015', 'SW1A 1AA', 'example.org']) {
          assert.ok(!out.includes(value), `${format} ${where} holds ${value}`);
        }
      }
      outputs++;
    }
  }
  assert.equal(outputs, 10);
});

// ------------------------------------------------------------------------ sefcheck migrate

/** The migrated document as `sefcheck migrate` writes it. */
const migratedText = (doc) => `${JSON.stringify(api.migrate(doc), null, 2)}\n`;

test('migrate: the migrated document on standard output, exactly; the format-1 draft gives the format-2 draft', (t) => {
  const one = run(['migrate', examplePath('draft.format-1')]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(one.stderr, '');
  assert.equal(one.stdout, exampleText('draft'), 'the draft example is the migrated format-1 draft');
  // Several files, one after the other; a format-2 document comes back as it is; - reads stdin.
  const dir = tempDir(t);
  write(path.join(dir, 'old.json'), exampleText('complete.format-1'));
  const many = run(['migrate', 'old.json', path.relative(dir, COMPLETE), '-'], { cwd: dir, input: exampleText('draft.format-1') });
  assert.equal(many.code, 0, many.stderr);
  assert.equal(many.stderr, '');
  assert.equal(many.stdout, migratedText(example('complete.format-1')) + exampleText('complete') + exampleText('draft'));
  // Files are not written without --write.
  assert.equal(fs.readFileSync(path.join(dir, 'old.json'), 'utf8'), exampleText('complete.format-1'));
  // The migrated complete example asks only for what format 2 adds.
  const report = api.validate(api.migrate(example('complete.format-1')));
  const codes = [...new Set(report.diagnostics.map((d) => `${d.code} ${d.path.replace(/\/\d+\//g, '/*/')}`))].sort();
  assert.deepEqual(
    codes,
    [
      'development-area-unaddressed /areas/privateLaw/developmentAreas/*/id',
      'development-area-unaddressed /areas/publicLaw/developmentAreas/*/id',
      'development-area-unaddressed /areas/leadership/developmentAreas/*/id',
      'recommendation-unaddressed /inspection/recommendations/*/id',
      'required /actions/*/addresses',
      'required /approval/digest',
    ].sort(),
  );
});

test('migrate --write: each file rewritten in place, never partly; a format-2 file left untouched; a line each on standard error', (t) => {
  const dir = tempDir(t);
  const files = { 'a.json': exampleText('complete.format-1'), 'b.json': exampleText('complete'), 'c.json': exampleText('draft.format-1') };
  for (const [name, text] of Object.entries(files)) write(path.join(dir, name), text);
  fs.chmodSync(path.join(dir, 'a.json'), 0o640);
  const before = fs.statSync(path.join(dir, 'b.json'));
  const r = run(['migrate', '--write', 'a.json', 'b.json', 'c.json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '', 'nothing on standard output');
  assert.equal(r.stderr, 'a.json: migrated to format 2\nb.json: already format 2\nc.json: migrated to format 2\n');
  assert.equal(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'), migratedText(example('complete.format-1')));
  assert.equal(fs.readFileSync(path.join(dir, 'c.json'), 'utf8'), exampleText('draft'));
  // The format-2 file is the same file, not rewritten.
  const after = fs.statSync(path.join(dir, 'b.json'));
  assert.equal(after.ino, before.ino);
  assert.equal(after.mtimeMs, before.mtimeMs);
  assert.equal(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'), files['b.json']);
  // The file keeps its mode; no temporary file is left; migrating again changes nothing.
  assert.equal(fs.statSync(path.join(dir, 'a.json')).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.json', 'b.json', 'c.json']);
  const again = run(['migrate', '-w', 'a.json', 'c.json'], { cwd: dir });
  assert.equal(again.code, 0);
  assert.equal(again.stderr, 'a.json: already format 2\nc.json: already format 2\n');
});

test('migrate --write: a file that fails is left as it was, the others are still done, and nothing is left half written', (t) => {
  const dir = tempDir(t);
  write(path.join(dir, '1-old.json'), exampleText('complete.format-1'));
  write(path.join(dir, '2-bad.json'), '{"formVersion": 1, "about": {,}}');
  write(path.join(dir, '3-future.json'), '{"formVersion": 3}');
  write(path.join(dir, '4-old.json'), exampleText('draft.format-1'));
  fs.mkdirSync(path.join(dir, 'locked'));
  write(path.join(dir, 'locked', '5-old.json'), exampleText('draft.format-1'));
  const root = process.getuid?.() === 0;
  if (!root) fs.chmodSync(path.join(dir, 'locked'), 0o555);
  const names = ['1-old.json', '2-bad.json', '3-future.json', '4-old.json', 'locked/5-old.json', 'gone.json'];
  const r = run(['migrate', '--write', ...names], { cwd: dir });
  fs.chmodSync(path.join(dir, 'locked'), 0o755);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines[0], '1-old.json: migrated to format 2');
  assert.match(lines[1], /^sefcheck: 2-bad\.json:1:30: The text is not JSON: /);
  assert.equal(
    lines[2],
    'sefcheck: 3-future.json: is refused: The document cannot be migrated: migrate takes a self-evaluation in format 1 or 2, a JSON object whose formVersion is the number 1 or 2',
  );
  assert.equal(lines[3], '4-old.json: migrated to format 2');
  // A folder that cannot be written (not when the tests run as root, who can write anywhere).
  if (root) assert.equal(lines[4], 'locked/5-old.json: migrated to format 2');
  else {
    assert.match(lines[4], /^sefcheck: locked\/5-old\.json: cannot be written: EACCES$/);
    assert.equal(fs.readFileSync(path.join(dir, 'locked', '5-old.json'), 'utf8'), exampleText('draft.format-1'));
  }
  assert.equal(lines[5], 'sefcheck: gone.json: cannot be read: no such file or folder');
  assert.equal(lines.length, 6);
  assert.equal(fs.readFileSync(path.join(dir, '2-bad.json'), 'utf8'), '{"formVersion": 1, "about": {,}}');
  assert.equal(fs.readFileSync(path.join(dir, '3-future.json'), 'utf8'), '{"formVersion": 3}');
  assert.equal(fs.readFileSync(path.join(dir, '4-old.json'), 'utf8'), exampleText('draft'));
  assert.deepEqual(fs.readdirSync(dir).sort(), ['1-old.json', '2-bad.json', '3-future.json', '4-old.json', 'locked']);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'locked')), ['5-old.json']);
});

test('migrate: errors and usage', (t) => {
  const dir = tempDir(t);
  write(path.join(dir, 'deep.json'), `{"formVersion": 1, "about": ${nested(69)}}`);
  write(path.join(dir, 'huge.json'), '{"formVersion": 1, "audit": {"casesAudited": 1e400}}');
  write(path.join(dir, 'surrogate.json'), '{"formVersion": 1, "about": {"preparedBy": "\\ud800"}}');
  write(path.join(dir, 'list.json'), '[{"formVersion": 1}]');
  fs.mkdirSync(path.join(dir, 'folder'));
  const r = run(['migrate', 'deep.json', 'huge.json', 'surrogate.json', 'list.json', 'folder'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0], /^sefcheck: deep\.json(:\d+:\d+)?: is refused: The document is nested more than 64 levels deep/);
  assert.match(lines[1], /^sefcheck: huge\.json(:\d+:\d+)?: is refused: A number in the document is too large/);
  assert.match(lines[2], /^sefcheck: surrogate\.json(:\d+:\d+)?: is refused: A string in the document holds a lone surrogate/);
  assert.match(lines[3], /^sefcheck: list\.json: is refused: The document cannot be migrated/);
  assert.equal(lines[4], 'sefcheck: folder: cannot be read: is a folder');
  const usage = [
    [['migrate'], /no FILE given/],
    [['migrate', '--write'], /no FILE given/],
    [['migrate', '--write', '-'], /--write cannot write to standard input/],
    [['migrate', '-', '-'], /standard input\) may be given once only/],
    [['migrate', '--format', 'json', 'x.json'], /Unknown option '--format'/],
  ];
  for (const [args, message] of usage) {
    const u = run(args, { cwd: dir });
    assert.equal(u.code, 2, args.join(' '));
    assert.match(u.stderr, message, args.join(' '));
    assert.match(u.stderr, /Run sefcheck migrate --help for usage\n$/);
    assert.equal(u.stdout, '');
  }
  const help = run(['migrate', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sefcheck migrate \[--write\] FILE\.\.\./);
  assert.match(run(['--help']).stdout, /\n {7}sefcheck migrate \[--write\] FILE\.\.\.\n/);
  // `migrate` is the command only as the first argument: a file of that name is ./migrate.
  write(path.join(dir, 'migrate'), exampleText('complete'));
  const file = run(['./migrate'], { cwd: dir });
  assert.equal(file.code, 0, file.stderr);
  assert.match(file.stdout, /^\.\/migrate: ready to share/);
});

test('migrate: standard output holds the documents and nothing else; standard error nothing of them', (t) => {
  const PHRASE = 'Qz7Marigold';
  const dir = tempDir(t);
  const mark = (v) =>
    typeof v === 'string'
      ? `${v} ${PHRASE}`
      : Array.isArray(v)
        ? v.map(mark)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]))
          : v;
  const old = { ...mark(example('complete.format-1')), formVersion: 1, approval: PHRASE };
  write(path.join(dir, 'a.json'), old);
  write(path.join(dir, 'b.json'), { ...mark(example('complete')), formVersion: 2 });
  write(path.join(dir, 'c.json'), { formVersion: 3, about: { preparedBy: PHRASE } });
  write(path.join(dir, 'd.json'), `{"formVersion": 1, "about": {"preparedBy": "${PHRASE}" "${PHRASE}"}}`);
  write(path.join(dir, 'e.json'), `{"formVersion": 1, "x": ${'['.repeat(70)}"${PHRASE}"${']'.repeat(70)}}`);
  const r = run(['migrate', 'a.json', 'b.json', 'c.json', 'd.json', 'e.json', '-'], { cwd: dir, input: `"${PHRASE}"` });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, migratedText(old) + migratedText(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))));
  assert.ok(r.stdout.includes(PHRASE), 'the documents themselves are on standard output');
  assert.ok(!r.stderr.includes(PHRASE), r.stderr);
  assert.equal(r.stderr.trimEnd().split('\n').length, 4);
  const w = run(['migrate', '--write', 'a.json', 'b.json', 'c.json', 'd.json', 'e.json'], { cwd: dir });
  assert.equal(w.code, 2);
  assert.equal(w.stdout, '');
  assert.ok(!w.stderr.includes(PHRASE), w.stderr);
});

// ------------------------------------------------------------------------- sefcheck render

const DOCX_MODULE = path.join(ROOT, 'js', 'render', 'docx.mjs');
const render = await import('sefcheck/render');

test('render: Markdown (the default) and HTML on standard output, exactly what the package renders; - reads standard input', () => {
  for (const name of ['complete', 'draft']) {
    const doc = example(name);
    const md = run(['render', '--date', '2026-12-06', examplePath(name)]);
    assert.equal(md.code, 0, md.stderr);
    assert.equal(md.stderr, '');
    assert.equal(md.stdout, render.renderMarkdown(doc, { date: '2026-12-06' }));
    const html = run(['render', '-f', 'html', '--date', '2026-12-06', examplePath(name)]);
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, render.renderHtml(doc, { date: '2026-12-06' }));
    const stdin = run(['render', '--format', 'markdown', '--date', '2026-12-06', '-'], { input: exampleText(name) });
    assert.equal(stdin.stdout, md.stdout);
  }
  // Without --date, a draft is dated today.
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  assert.ok(run(['render', DRAFT]).stdout.includes(`**Date of this draft:** ${today}`));
});

test('render --output: written whole (a temporary file renamed over it), the format from its extension, nothing said', (t) => {
  const dir = tempDir(t);
  const html = run(['render', '--date', '2026-12-06', '-o', 'out/page.html', COMPLETE], { cwd: dir });
  assert.equal(html.code, 2, 'a folder that is not there');
  assert.match(html.stderr, /^sefcheck: out\/page\.html: cannot be written: ENOENT\n$/);
  fs.mkdirSync(path.join(dir, 'out'));
  for (const [file, format] of [
    ['out/page.html', 'html'],
    ['out/page.HTM', 'html'],
    ['out/notes.md', 'markdown'],
    ['out/notes.markdown', 'markdown'],
    ['out/any.txt', 'markdown'],
  ]) {
    const args = ['render', '--date', '2026-12-06', '--output', file, path.relative(dir, DRAFT)];
    const r = run(file.endsWith('.txt') ? [...args, '--format', 'markdown'] : args, { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
    const want =
      format === 'html'
        ? render.renderHtml(example('draft'), { date: '2026-12-06' })
        : render.renderMarkdown(example('draft'), { date: '2026-12-06' });
    assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), want, file);
  }
  // Over a file that is there: replaced, its mode kept, no temporary file left.
  fs.chmodSync(path.join(dir, 'out', 'page.html'), 0o640);
  const before = fs.statSync(path.join(dir, 'out', 'page.html')).ino;
  assert.equal(run(['render', '-o', 'out/page.html', COMPLETE], { cwd: dir }).code, 0);
  assert.equal(fs.statSync(path.join(dir, 'out', 'page.html')).mode & 0o777, 0o640);
  assert.notEqual(fs.statSync(path.join(dir, 'out', 'page.html')).ino, before, 'renamed over, not written into');
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['any.txt', 'notes.markdown', 'notes.md', 'page.HTM', 'page.html']);
  assert.ok(fs.readFileSync(path.join(dir, 'out', 'page.html'), 'utf8').startsWith('<!doctype html>'));
});

test('render --format docx: only with --output; the Word writer loaded only then', (t) => {
  const dir = tempDir(t);
  const usage = run(['render', '--format', 'docx', COMPLETE], { cwd: dir });
  assert.equal(usage.code, 2);
  assert.equal(usage.stdout, '');
  assert.match(
    usage.stderr,
    /^sefcheck render: --format docx needs --output: Word is not written to standard output\nRun sefcheck render --help for usage\n$/,
  );
  const r = run(['render', '-o', 'copy.docx', COMPLETE], { cwd: dir });
  assert.equal(r.stdout, '');
  if (fs.existsSync(DOCX_MODULE)) {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual([...fs.readFileSync(path.join(dir, 'copy.docx')).subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a zip');
  } else {
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^sefcheck render: Word \(\.docx\) output is not available: its module .* could not be loaded\n$/);
    assert.deepEqual(fs.readdirSync(dir), [], 'nothing written');
  }
});

test('render: errors and usage, said without anything the document holds', (t) => {
  const PHRASE = 'Qz7Marigold';
  const dir = tempDir(t);
  write(path.join(dir, 'bad.json'), `{"formVersion": 2, "about": {"preparedBy": "${PHRASE}" "${PHRASE}"}}`);
  write(path.join(dir, 'deep.json'), `{"formVersion": 2, "x": ${'['.repeat(70)}"${PHRASE}"${']'.repeat(70)}}`);
  write(path.join(dir, 'huge.json'), '{"formVersion": 2, "audit": {"casesAudited": 1e400}}');
  fs.mkdirSync(path.join(dir, 'folder'));
  const failures = [
    ['bad.json', /^sefcheck: bad\.json:1:\d+: The text is not JSON: /],
    ['deep.json', /^sefcheck: deep\.json(:\d+:\d+)?: is refused: The document is nested more than 64 levels deep/],
    ['huge.json', /^sefcheck: huge\.json(:\d+:\d+)?: is refused: A number in the document is too large/],
    ['folder', /^sefcheck: folder: cannot be read: is a folder\n$/],
    ['gone.json', /^sefcheck: gone\.json: cannot be read: no such file or folder\n$/],
  ];
  for (const [file, message] of failures) {
    const r = run(['render', file], { cwd: dir });
    assert.equal(r.code, 2, file);
    assert.equal(r.stdout, '', file);
    assert.match(r.stderr, message, file);
    assert.ok(!r.stderr.includes(PHRASE), r.stderr);
  }
  // The document itself on standard output, and nothing of it on standard error.
  const marked = example('draft');
  marked.about.preparedBy = PHRASE;
  write(path.join(dir, 'marked.json'), marked);
  const ok = run(['render', 'marked.json'], { cwd: dir });
  assert.equal(ok.code, 0);
  assert.ok(ok.stdout.includes(PHRASE));
  assert.equal(ok.stderr, '');
  const usage = [
    [['render'], /no FILE given/],
    [['render', 'a.json', 'b.json'], /render takes one FILE/],
    [['render', '--format', 'pdf', 'a.json'], /--format must be one of html, markdown, docx/],
    [['render', '--output', 'x.pdf', 'a.json'], /--output does not end in \.html, \.md or \.docx: say which with --format/],
    [['render', '--output', '', 'a.json'], /--output needs a file name/],
    [['render', '--date', '6/12/2026', 'a.json'], /--date must be a date written YYYY-MM-DD/],
    [['render', '--write', 'a.json'], /Unknown option '--write'/],
  ];
  for (const [args, message] of usage) {
    const u = run(args, { cwd: dir });
    assert.equal(u.code, 2, args.join(' '));
    assert.match(u.stderr, message, args.join(' '));
    assert.match(u.stderr, /Run sefcheck render --help for usage\n$/);
    assert.equal(u.stdout, '');
  }
  const wrongDate = run(['render', '--date', '2026-02-30', 'marked.json'], { cwd: dir });
  assert.equal(wrongDate.code, 2);
  assert.match(wrongDate.stderr, /^sefcheck: marked\.json: --date: /);
  const help = run(['render', '--help']);
  assert.equal(help.code, 0);
  assert.match(
    help.stdout,
    /^Usage: sefcheck render \[--format html\|markdown\|docx\] \[--output PATH\] \[--date YYYY-MM-DD\] \[--previous OLD\] FILE/,
  );
  assert.match(run(['--help']).stdout, /\n {7}sefcheck render \[--format html\|markdown\|docx\] \[--output PATH\] FILE\n/);
  // `render` is the command only as the first argument.
  write(path.join(dir, 'render'), exampleText('complete'));
  const file = run(['./render'], { cwd: dir });
  assert.equal(file.code, 0, file.stderr);
  assert.match(file.stdout, /^\.\/render: ready to share/);
});

test('many files: output is written as each file is checked, memory stays flat', { timeout: 300_000 }, async (t) => {
  const dir = tempDir(t);
  const texts = [exampleText('complete'), exampleText('draft'), JSON.stringify(readyWithWarning())];
  const make = (folder, count) => {
    fs.mkdirSync(path.join(dir, folder));
    for (let i = 0; i < count; i++)
      fs.writeFileSync(path.join(dir, folder, `doc-${String(i).padStart(5, '0')}.json`), texts[i % texts.length]);
  };
  make('few', 20);
  make('many', 500);

  // Streaming: with the folder first and standard input last, every one of the folder's
  // entries must be on standard output while the command still waits for standard input.
  const child = spawn(process.execPath, [BIN, '--format', 'json', 'many', '-'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => reject(new Error(`exited before standard input was closed: ${out.slice(-200)}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('"file":"many/doc-00499.json"')) resolve();
    });
  });
  child.removeAllListeners('exit');
  const code = new Promise((resolve) => child.on('close', resolve));
  child.stdin.end(exampleText('complete'));
  assert.equal(await code, 1);
  const parsed = JSON.parse(out);
  assert.equal(parsed.files.length, 501);
  assert.equal(parsed.files.at(-1).file, '<stdin>');

  // Memory: the command's own peak RSS over 500 files is close to that over 20, both compiled
  // as V8 compiles by default (a short run otherwise compiles with Liftoff only, which takes
  // some 20 MiB less: bin/quick-start.mjs).
  const peak = (folder, format) => {
    const file = path.join(dir, `rss-${folder}-${format}`);
    const r = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, BIN, '--format', format, folder], {
      cwd: dir,
      env: { ...process.env, SEFCHECK_MAXRSS_FILE: file, SEFCHECK_V8_DEFAULT: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    assert.equal(r.status, 1, String(r.stderr));
    return JSON.parse(fs.readFileSync(file, 'utf8')).maxRSS / 1024; // MiB
  };
  for (const format of ['json', 'sarif', 'junit']) {
    const few = peak('few', format);
    const many = peak('many', format);
    t.diagnostic(`${format}: peak RSS ${few.toFixed(1)} MiB for 20 files, ${many.toFixed(1)} MiB for 500`);
    assert.ok(many < few + 40, `${format}: ${many} MiB for 500 files against ${few} MiB for 20`);
  }
});

test('npx sefcheck in a fresh project that installed the packed tarball', { timeout: 600_000 }, (t) => {
  const dir = tempDir(t, 'sefcheck-cli-npx-');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  assert.ok(
    packed[0].files.some((f) => f.path === 'bin/sefcheck.mjs'),
    'the tarball lacks bin/sefcheck.mjs',
  );
  const app = path.join(dir, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'ci-project', private: true, version: '1.0.0' }));
  // --prefer-offline, as tests/client.test.mjs: the registry only for metadata the cache lacks.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(dir, packed[0].filename)], {
    cwd: app,
    stdio: 'pipe',
  });
  write(path.join(app, 'drafts', 'complete.json'), exampleText('complete'));
  write(path.join(app, 'drafts', 'in', 'draft.json'), exampleText('draft'));
  const npx = (args) => spawnSync('npx', ['--offline', '--no-install', 'sefcheck', ...args], { cwd: app, encoding: 'utf8' });
  const v = npx(['--version']);
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout, `${pkg.version}\n`);
  const ok = npx(['drafts/complete.json']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^drafts\/complete\.json: ready to share/);
  const all = npx(['--format', 'sarif', 'drafts']);
  assert.equal(all.status, 1, all.stderr);
  assert.equal(JSON.parse(all.stdout).runs[0].results.length, draftReport().diagnostics.length);
  // sefcheck migrate: the format-2 draft is the migrated format-1 draft
  write(path.join(app, 'old', 'draft.json'), exampleText('draft.format-1'));
  const migrated = npx(['migrate', 'old/draft.json']);
  assert.equal(migrated.status, 0, migrated.stderr);
  assert.equal(migrated.stdout, exampleText('draft'));
  // sefcheck render, and sefcheck/render imported by name from the installed package
  const rendered = npx(['render', '--date', '2026-12-06', 'drafts/in/draft.json']);
  assert.equal(rendered.status, 0, rendered.stderr);
  assert.equal(rendered.stdout, render.renderMarkdown(example('draft'), { date: '2026-12-06' }));
  const script =
    "import('sefcheck/render').then((r) => process.stdout.write(r.renderHtml(JSON.parse(require('fs').readFileSync('drafts/complete.json', 'utf8')))))";
  const imported = spawnSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8' });
  assert.equal(imported.status, 0, imported.stderr);
  assert.equal(imported.stdout, render.renderHtml(example('complete')));
  assert.equal(npx(['--nope']).status, 2);
});

// ---------------------------------------------------------------- next-year and compare

const nextText = (doc) => `${JSON.stringify(api.nextYear(doc), null, 2)}\n`;

/** Next year of the complete example, filled in by hand with one change of each kind. */
function filledIn() {
  const complete = example('complete');
  const next = api.nextYear(complete);
  for (const area of ['privateLaw', 'publicLaw', 'leadership']) next.areas[area].grade = complete.areas[area].grade;
  next.areas.privateLaw.grade = 'outstanding';
  next.kpis.forEach((k, i) => {
    k.value = complete.kpis[i].value;
  });
  next.kpis[1].value = 85;
  next.actions[1].status = 'completed';
  next.actions[2].due = '2026-03-31';
  next.areas.privateLaw.developmentAreas[1].status = 'resolved';
  next.inspection.recommendations.push({ id: 'ofsted-2027-01', text: 'New.', progress: 'None yet.', status: 'notStarted' });
  next.audit = { casesAudited: 1200, outstanding: 200, good: 760, requiresImprovement: 200, inadequate: 40 };
  return next;
}

/** Runs the command with a reader of its standard output that goes away at once, as `| head`
 *  does: `{ code, stderr }`. */
function runToGoneReader(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('a reader of standard output that goes away (| head): every command stops quietly, exit 0', async () => {
  const format1 = [examplePath('complete.format-1'), examplePath('draft.format-1')];
  for (const args of [
    [COMPLETE],
    ['--format', 'sarif', COMPLETE],
    ['migrate', ...format1, ...format1],
    ['render', COMPLETE],
    ['next-year', COMPLETE],
    ['compare', COMPLETE, COMPLETE],
  ]) {
    const r = await runToGoneReader(args);
    assert.equal(r.stderr, '', `sefcheck ${args[0]}: nothing on standard error`);
    assert.equal(r.code, 0, `sefcheck ${args[0]}`);
  }
});

test('next-year: the new document on standard output, exactly; --output writes it whole; standard input', (t) => {
  const out = run(['next-year', COMPLETE]);
  assert.equal(out.code, 0, out.stderr);
  assert.equal(out.stdout, nextText(example('complete')));
  assert.equal(out.stderr, '');
  const fromStdin = run(['next-year', '-'], { input: exampleText('complete') });
  assert.equal(fromStdin.stdout, out.stdout);
  const dir = tempDir(t);
  const target = path.join(dir, 'next.json');
  const written = run(['next-year', COMPLETE, '--output', target]);
  assert.equal(written.code, 0, written.stderr);
  assert.equal(written.stdout, '');
  assert.equal(fs.readFileSync(target, 'utf8'), out.stdout);
  assert.match(written.stderr, /next year's self-evaluation written to/);
  // Over a file that is there, and nothing left beside it.
  fs.writeFileSync(target, 'old');
  assert.equal(run(['next-year', '-o', target, COMPLETE]).code, 0);
  assert.equal(fs.readFileSync(target, 'utf8'), out.stdout);
  assert.deepEqual(fs.readdirSync(dir), ['next.json']);
});

test("next-year: refusals and usage errors exit 2, with the package's words, nothing written", (t) => {
  const dir = tempDir(t);
  const format1 = path.join(dir, 'format-1.json');
  fs.copyFileSync(examplePath('complete.format-1'), format1);
  const noPeriod = path.join(dir, 'no-period.json');
  write(noPeriod, { formVersion: 2, about: { periodEnd: 'Qz7Marigold' } });
  const broken = path.join(dir, 'broken.json');
  write(broken, '{"formVersion": 2,\n "about": }');
  const target = path.join(dir, 'out.json');
  for (const [file, pattern] of [
    [format1, /format 1: migrate it to format 2 first/],
    [noPeriod, /period cannot be worked out/],
    [broken, /:2:\d+: The text is not JSON/],
    [path.join(dir, 'missing.json'), /missing\.json/],
  ]) {
    const r = run(['next-year', file, '--output', target]);
    assert.equal(r.code, 2, file);
    assert.match(r.stderr, pattern);
    assert.equal(r.stdout, '');
    assert.ok(!r.stderr.includes('Qz7Marigold'));
    assert.ok(!fs.existsSync(target));
  }
  for (const args of [
    ['next-year'],
    ['next-year', COMPLETE, DRAFT],
    ['next-year', COMPLETE, '--output'],
    ['next-year', '--nope', COMPLETE],
    ['next-year', COMPLETE, '-o', '-'],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Run sefcheck next-year --help for usage/);
  }
  const help = run(['next-year', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sefcheck next-year FILE \[--output PATH\]/);
});

test('compare: text, json and markdown of the complete example against its next year filled in', (t) => {
  const dir = tempDir(t);
  const next = path.join(dir, 'next.json');
  write(next, filledIn());
  const json = run(['compare', COMPLETE, next, '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  assert.equal(json.stdout, `${JSON.stringify(api.compare(example('complete'), filledIn()), null, 2)}\n`);
  const text = run(['compare', COMPLETE, next]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /follows on from/);
  assert.match(text.stdout, /Private law Good to Outstanding \(better\)/);
  assert.match(text.stdout, /worse: pl-s7-on-time 88\.2% to 85% \(target 90%\)/);
  assert.match(text.stdout, /Actions: 1 completed \(PL-02\), 8 carried, 1 overdue \(PL-03\)/);
  assert.match(text.stdout, /Development areas: 7 carried, 1 resolved \(PL-D2\)/);
  assert.match(text.stdout, /1 new \(ofsted-2027-01\)/);
  const md = run(['compare', '-f', 'markdown', COMPLETE, next]);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^## Since last year: /);
  assert.match(md.stdout, /\| Private law \| Good \| Outstanding \| better \| Outstanding \| Outstanding \|/);
  assert.match(md.stdout, /\| `pl-s7-on-time` \| Private law \| 88\.2% \| 85% \| 90% \| \*\*worse\*\* \|/);
  assert.match(md.stdout, /\| Last year \| 1180 \| 895 \| 75\.8% \|\n\| This year \| 1200 \| 960 \| 80\.0% \|/);
  // Each table's rows have as many cells as its header.
  for (const table of md.stdout.split('\n\n').filter((b) => b.startsWith('|'))) {
    const widths = table
      .trim()
      .split('\n')
      .map((row) => row.split('|').length);
    assert.ok(
      widths.every((w) => w === widths[0]),
      table,
    );
  }
  // Standard input for one of the two; with itself, no change and no chain.
  const same = run(['compare', '-', COMPLETE, '-f', 'json'], { input: exampleText('complete') });
  assert.equal(same.code, 0, same.stderr);
  assert.equal(JSON.parse(same.stdout).chain, false);
  assert.match(run(['compare', COMPLETE, COMPLETE]).stdout, /does not link to/);
});

test('compare: usage errors and refused files exit 2', (t) => {
  const dir = tempDir(t);
  const deep = path.join(dir, 'deep.json');
  write(deep, nested(70));
  for (const args of [
    ['compare'],
    ['compare', COMPLETE],
    ['compare', COMPLETE, DRAFT, DRAFT],
    ['compare', '-', '-'],
    ['compare', COMPLETE, DRAFT, '--format', 'sarif'],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Run sefcheck compare --help for usage/);
    assert.equal(r.stdout, '');
  }
  const refused = run(['compare', deep, COMPLETE]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /nested more than 64 levels/);
  assert.equal(refused.stdout, '');
  // Any two JSON documents compare, even ones that are not self-evaluations.
  const odd = path.join(dir, 'odd.json');
  write(odd, '"a string"');
  assert.equal(run(['compare', odd, COMPLETE]).code, 0);
  const help = run(['compare', '-h']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sefcheck compare OLD NEW/);
});

test('compare: privacy: no format prints a string of either document but its ids, dates and option values', (t) => {
  const PHRASE = 'Qz7Marigold';
  const dir = tempDir(t);
  // Every string with the phrase (ids, dates and options become invalid), and free text with
  // it while ids stay valid; the next year of the second, with the phrase in what it carries.
  const everywhere = (v) =>
    typeof v === 'string'
      ? `${v} ${PHRASE}`
      : Array.isArray(v)
        ? v.map(everywhere)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, everywhere(x)]))
          : v;
  const free = example('complete');
  free.voice.children += ` ${PHRASE}`;
  free.about.preparedBy = PHRASE;
  free.areas.privateLaw.developmentAreas[0].text = `${PHRASE} ${PHRASE}`;
  free.actions[0].description = PHRASE;
  free.kpis[0].label = PHRASE;
  free.inspection.recommendations[0].text = PHRASE;
  const next = api.nextYear(free);
  next.kpis[0].commentary = PHRASE;
  const files = {
    everywhere: everywhere(example('complete')),
    free,
    next,
    odd: { formVersion: PHRASE, about: PHRASE, kpis: [{ id: `${PHRASE} x`, value: PHRASE }] },
  };
  for (const [name, doc] of Object.entries(files)) write(path.join(dir, `${name}.json`), doc);
  const names = Object.keys(files);
  for (const a of names)
    for (const b of names)
      for (const format of ['text', 'json', 'markdown']) {
        const r = run(['compare', path.join(dir, `${a}.json`), path.join(dir, `${b}.json`), '--format', format]);
        assert.equal(r.code, 0, `${a} ${b} ${format}: ${r.stderr}`);
        assert.ok(!r.stdout.includes(PHRASE) && !r.stderr.includes(PHRASE), `${a} ${b} ${format}`);
      }
  // The phrase as an id is an id: compare prints it (ids are what it names things by).
  const withId = example('complete');
  withId.actions[0].id = PHRASE;
  write(path.join(dir, 'id.json'), withId);
  assert.ok(run(['compare', COMPLETE, path.join(dir, 'id.json')]).stdout.includes(PHRASE));
});

test('a short run compiled by V8 as a quick start (bin/quick-start.mjs) writes what V8 by default writes', () => {
  const cases = [
    ['--format', 'json', 'docs/spec/examples'],
    ['--format', 'sarif', 'docs/spec/examples', 'tests/fixtures'],
    ['docs/spec/examples/complete.json', 'docs/spec/examples/draft.json'],
    ['render', '--format', 'markdown', 'docs/spec/examples/complete.json'],
    ['next-year', 'docs/spec/examples/complete.json'],
  ];
  for (const args of cases) {
    const quick = run(args);
    const byDefault = run(args, { env: { SEFCHECK_V8_DEFAULT: '1' } });
    assert.deepEqual(quick, byDefault, args.join(' '));
    assert.ok(quick.stdout.length > 1000, `${args.join(' ')}: ${quick.stdout.length} characters written`);
  }
});
