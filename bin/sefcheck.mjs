#!/usr/bin/env node
// The `sefcheck` command (../shared/spec/api.md): checks saved self-evaluations in CI and
// writes what blocks each one in a format CI systems read. Every rule runs in the package's
// own Node entry (`validateJson`, `rules`): this file only finds files, reads them, and writes
// reports. Output is streamed, one file at a time, so memory stays flat however many files.
//
// Privacy: nothing written holds a value from a document. Reports never do (rules.md); what
// this file adds is only file names, JSON Pointers and numbers from the report, the package's
// own messages, and positions (line, column) in the file.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const FORMATS = ['text', 'json', 'junit', 'sarif', 'github'];
const FAIL_ON = ['error', 'warning'];
const STDIN = '<stdin>';
// How much of one file is read at most: the package refuses text over 5 MiB (rules.md,
// "Limits on input"); a file larger than this is not read into memory at all.
const MAX_BYTES = 5 * 1024 * 1024;

const USAGE = `Usage: sefcheck [--format text|json|junit|sarif|github] [--fail-on error|warning] PATH...

Checks Cafcass self-evaluation documents (format 1) before they are shared with Ofsted,
and says what blocks each one, without printing anything the documents say.

  PATH                  a .json file, a folder (every .json file below it, in sorted
                        order), or - for standard input
  -f, --format FORMAT   text (default), json, junit (JUnit XML), sarif (SARIF 2.1.0),
                        github (GitHub Actions annotations)
      --fail-on LEVEL   error (default): fail when a document has an error;
                        warning: fail when it has an error or a warning
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 every document is ready to share (with --fail-on warning: and has no
warning); 1 a document is not; 2 a usage error, or a file that cannot be read, is not
JSON or is refused (said on standard error; the other files are still checked).
`;

// ---------------------------------------------------------------------------------------
// Arguments

function usageError(message) {
  process.stderr.write(`sefcheck: ${message}\nRun sefcheck --help for usage\n`);
  process.exitCode = 2;
}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    // parseArgs's messages name only the option the user typed; strip its own hint about
    // positionals, which suggests `--` where a short option was meant.
    usageError(String(e.message).split('. To specify a positional')[0]);
    return null;
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) {
    usageError(`--format must be one of ${FORMATS.join(', ')}`);
    return null;
  }
  const failOn = values['fail-on'] ?? 'error';
  if (!FAIL_ON.includes(failOn)) {
    usageError(`--fail-on must be error or warning`);
    return null;
  }
  if (positionals.length === 0) {
    usageError('no PATH given: name a .json file, a folder, or - for standard input');
    return null;
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    usageError('- (standard input) may be given once only');
    return null;
  }
  return { format, failOn, paths: positionals };
}

// ---------------------------------------------------------------------------------------
// Output, with backpressure: a slow reader of standard output holds the command back rather
// than letting written reports pile up in memory.

let stdoutClosed = false;
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') {
    stdoutClosed = true; // the reader went away (`| head`): stop quietly
  } else {
    throw e;
  }
});

function write(text) {
  if (stdoutClosed) return undefined;
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.once('drain', done);
    process.stdout.once('close', done);
    process.stdout.once('error', done);
  });
}

// ---------------------------------------------------------------------------------------
// Finding and reading files

/** Every `.json` file below `dir`, as paths relative to it with `/`, in code-unit order. */
async function jsonFilesBelow(dir) {
  const found = [];
  async function walk(rel) {
    const entries = await readdir(rel === '' ? dir : join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      const name = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        await walk(name);
      } else if (entry.name.endsWith('.json')) {
        if (entry.isFile()) {
          found.push(name);
        } else if (entry.isSymbolicLink()) {
          // A link to a file is checked; links to folders are not followed (no loops).
          const target = await stat(join(dir, name)).catch(() => null);
          if (target === null || target.isFile()) found.push(name);
        }
      }
    }
  }
  await walk('');
  return found.sort();
}

function readFailure(e) {
  const why = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
  }[e.code];
  return { message: `cannot be read: ${why ?? e.code ?? 'read failed'}` };
}

/**
 * Reads a file, at most MAX_BYTES + 1 bytes; `over` when there was more. Synchronous: one file
 * at a time either way, and a CI run over thousands of files would otherwise spend most of
 * its time waiting on the thread pool's round trips (open, stat, read, close).
 */
function readFileCapped(path) {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.isFile() && info.size > MAX_BYTES) return { over: true };
    const chunks = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(info.size - total + 1, 65536), MAX_BYTES + 1 - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
    }
    return { bytes: Buffer.concat(chunks, total), over: total > MAX_BYTES };
  } finally {
    closeSync(fd);
  }
}

async function readStdinCapped() {
  const chunks = [];
  let total = 0;
  let over = false;
  for await (const chunk of process.stdin) {
    if (over) continue; // drain the rest so that the writer is not cut off
    total += chunk.length;
    if (total > MAX_BYTES) over = true;
    else chunks.push(chunk);
  }
  return { bytes: over ? null : Buffer.concat(chunks, total), over };
}

const utf8 = new TextDecoder('utf-8', { fatal: true }); // also drops a leading BOM

/**
 * One file's outcome: `{ report, text }`, or `{ failure: { message, line?, column? } }`.
 * The failure message is this command's own words or the package's refusal, which never
 * holds document text.
 */
async function check(api, file) {
  let read;
  try {
    read = file.path === null ? await readStdinCapped() : readFileCapped(file.path);
  } catch (e) {
    return { failure: readFailure(e) };
  }
  if (read.over) {
    return { failure: { message: `is refused: it is over 5 MiB (${MAX_BYTES} bytes), the most a document may be` } };
  }
  let text;
  try {
    text = utf8.decode(read.bytes);
  } catch {
    return { failure: { message: 'is not JSON: it is not UTF-8 text' } };
  }
  try {
    return { report: api.validateJson(text), text };
  } catch (e) {
    if (!(e instanceof Error)) return { failure: { message: 'is refused' } };
    const failure = { message: e.code === 'not-json' ? String(e.message) : `is refused: ${e.message}` };
    if (Number.isInteger(e.line) && Number.isInteger(e.column)) {
      failure.line = e.line;
      failure.column = e.column;
    }
    return { failure };
  }
}

/** The files named by the PATH arguments, in order, each folder's files sorted. */
async function* files(paths) {
  for (const given of paths) {
    if (given === '-') {
      yield { name: STDIN, path: null };
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (e) {
      yield { name: given, path: given, failure: readFailure(e) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { name: given, path: given };
      continue;
    }
    let found;
    try {
      found = await jsonFilesBelow(given);
    } catch (e) {
      yield { name: given, path: given, failure: readFailure(e) };
      continue;
    }
    if (found.length === 0) {
      yield { name: given, path: given, failure: { message: 'is a folder with no .json file below it' } };
      continue;
    }
    for (const rel of found) {
      const path = join(given, rel);
      yield { name: path.split(sep).join('/'), path };
    }
  }
}

// ---------------------------------------------------------------------------------------
// Positions in the file, for SARIF regions and GitHub annotations: where the value a JSON
// Pointer names starts (for a missing field, its nearest present ancestor), and where a
// disclosure span lies. The text has been accepted by validateJson, so it is JSON. Keys are
// decoded only to build pointers; nothing from the text is ever written.

function escapePointer(key) {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function locate(text, wanted) {
  const at = new Map(); // pointer -> { offset, line, column }
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        lineStart = ++i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i++;
      } else {
        return;
      }
    }
  };
  const skipString = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) return void i++;
      else i++;
    }
  };
  const value = (pointer) => {
    ws();
    if (wanted.has(pointer)) at.set(pointer, { offset: i, line, column: i - lineStart + 1 });
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      i++;
      ws();
      if (text.charCodeAt(i) === 0x7d) return void i++;
      for (;;) {
        ws();
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i));
        ws();
        i++; // colon
        value(`${pointer}/${escapePointer(key)}`);
        ws();
        if (text.charCodeAt(i++) === 0x7d) return;
      }
    } else if (c === 0x5b) {
      i++;
      ws();
      if (text.charCodeAt(i) === 0x5d) return void i++;
      for (let k = 0; ; k++) {
        value(`${pointer}/${k}`);
        ws();
        if (text.charCodeAt(i++) === 0x5d) return;
      }
    } else if (c === 0x22) {
      skipString();
    } else {
      while (i < n && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  value('');
  return at;
}

/** The raw offset in `text` of code unit `index` of the string value starting at `offset`. */
function offsetInString(text, offset, index) {
  let i = offset + 1;
  for (let k = 0; k < index && i < text.length; k++) {
    if (text.charCodeAt(i) === 0x5c) i += text[i + 1] === 'u' ? 6 : 2;
    else i++;
  }
  return i;
}

/** Region per diagnostic (same order), or null where none can be known. */
function regions(text, report) {
  if (text === undefined || report.diagnostics.length === 0) return [];
  const wanted = new Set();
  for (const d of report.diagnostics) {
    const parts = d.path.split('/');
    for (let k = 1; k <= parts.length; k++) wanted.add(parts.slice(0, k).join('/'));
  }
  let at;
  try {
    at = locate(text, wanted);
  } catch {
    return []; // never let a presentation nicety stop a check
  }
  return report.diagnostics.map((d) => {
    let p = d.path;
    while (!at.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    const found = at.get(p);
    if (!found) return null;
    const region = { startLine: found.line, startColumn: found.column };
    if (p === d.path && d.span && text.charCodeAt(found.offset) === 0x22) {
      const start = offsetInString(text, found.offset, d.span.start);
      const end = offsetInString(text, found.offset, d.span.end);
      const lineStart = found.offset - found.column + 1;
      return { startLine: found.line, startColumn: start - lineStart + 1, endLine: found.line, endColumn: end - lineStart + 1 };
    }
    return region;
  });
}

// ---------------------------------------------------------------------------------------
// Formats. Each has `begin()`, `file(name, report, text)`, `failed(name, failure)` and
// `end(summary)`; each returns text to write (or nothing).

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function readiness(report) {
  return report.readyToShare ? 'ready to share' : 'not ready to share';
}

function summaryLine(s) {
  const parts = [`${s.ready} ready to share`, `${s.notReady} not ready to share`];
  if (s.withWarnings > 0) parts.push(`${s.withWarnings} with warnings`);
  if (s.failed > 0) parts.push(`${s.failed} could not be checked`);
  return `${plural(s.files, 'file')} checked: ${parts.join(', ')}`;
}

function positionOf(failure) {
  return failure.line ? `:${failure.line}:${failure.column}` : '';
}

const text = {
  begin: () => '',
  file(name, report) {
    let out = '';
    for (const d of report.diagnostics) {
      out += `${name}: ${d.path === '' ? '(document)' : d.path}: ${d.severity} ${d.code}: ${d.message}\n`;
    }
    const sections = report.sections.map((s) => `${s.id} ${s.status}`).join(', ');
    out += `${name}: ${readiness(report)}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}; ${sections}\n`;
    return out;
  },
  failed: () => '',
  end: (s) => `${summaryLine(s)}\n`,
};

const json = {
  first: true,
  begin: () => '{"files":[',
  file(name, report) {
    const entry = JSON.stringify({ file: name, report });
    const out = `${this.first ? '\n' : ',\n'}${entry}`;
    this.first = false;
    return out;
  },
  failed: () => '',
  end: (s) => `\n],"readyToShare":${s.notReady === 0 && s.failed === 0}}\n`,
};

// XML 1.0 cannot hold most control characters or lone surrogates at all: they become U+FFFD.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
const xmlAttr = (s) => String(s).replace(XML_INVALID, '\ufffd').replace(/[&<>"'\n\r\t]/g, (c) => XML_ESCAPES[c]);
const xmlText = (s) => String(s).replace(XML_INVALID, '\ufffd').replace(/[&<>]|\r/g, (c) => XML_ESCAPES[c]);

const junit = {
  failOn: 'error',
  begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sefcheck">\n',
  file(name, report) {
    const bySection = new Map(report.sections.map((s) => [s.id, []]));
    for (const d of report.diagnostics) bySection.get(d.section)?.push(d);
    let failures = 0;
    let cases = '';
    for (const s of report.sections) {
      const ds = bySection.get(s.id);
      const errors = ds.filter((d) => d.severity === 'error');
      const warnings = ds.filter((d) => d.severity === 'warning');
      const failing = errors.length > 0 || (this.failOn === 'warning' && warnings.length > 0);
      const line = (d) => `${d.path}: ${d.severity} ${d.code}: ${d.message}\n`;
      const open = `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(`${s.title} (${s.id})`)}"`;
      if (!failing && warnings.length === 0) {
        cases += `${open}/>\n`;
        continue;
      }
      cases += `${open}>\n`;
      if (failing) {
        failures++;
        const what = [errors.length && plural(errors.length, 'error'), warnings.length && plural(warnings.length, 'warning')].filter(Boolean).join(', ');
        const type = errors.length > 0 ? 'error' : 'warning';
        cases += `      <failure type="${type}" message="${xmlAttr(`${s.id}: ${s.status}, ${what}`)}">${xmlText(ds.map(line).join(''))}</failure>\n`;
      } else {
        cases += `      <system-out>${xmlText(warnings.map(line).join(''))}</system-out>\n`;
      }
      cases += '    </testcase>\n';
    }
    return (
      `  <testsuite name="${xmlAttr(name)}" tests="${report.sections.length}" failures="${failures}" errors="0" skipped="0">\n` +
      `    <properties>\n      <property name="readyToShare" value="${report.readyToShare}"/>\n` +
      `      <property name="errors" value="${report.errors}"/>\n      <property name="warnings" value="${report.warnings}"/>\n    </properties>\n` +
      `${cases}  </testsuite>\n`
    );
  },
  failed(name, failure) {
    return (
      `  <testsuite name="${xmlAttr(name)}" tests="1" failures="0" errors="1" skipped="0">\n` +
      `    <testcase classname="${xmlAttr(name)}" name="read">\n` +
      `      <error type="unreadable" message="${xmlAttr(`${name}${positionOf(failure)}: ${failure.message}`)}"/>\n` +
      '    </testcase>\n  </testsuite>\n'
    );
  },
  end: () => '</testsuites>\n',
};

/** A file name as CI systems want it: relative to the working folder, with forward slashes. */
function relativeName(name) {
  return isAbsolute(name) ? relative(process.cwd(), name).split(sep).join('/') : name;
}

/** A SARIF URI reference for a file name: relative, forward slashes, percent-encoded. */
function sarifUri(name) {
  return relativeName(name).split('/').map((part) => (part === '..' || part === '.' ? part : encodeURIComponent(part))).join('/');
}

const sarif = {
  first: true,
  notifications: [],
  ruleIndex: new Map(),
  begin() {
    const rules = this.api.rules();
    rules.forEach((r, k) => this.ruleIndex.set(r.code, k));
    const driver = {
      name: 'sefcheck',
      version: this.version,
      semanticVersion: this.version,
      rules: rules.map((r) => ({
        id: r.code,
        shortDescription: { text: r.title },
        fullDescription: { text: r.description },
        defaultConfiguration: { level: r.severity === 'warning' ? 'warning' : 'error' },
      })),
    };
    return (
      '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{' +
      `"tool":${JSON.stringify({ driver })},"columnKind":"utf16CodeUnits","results":[`
    );
  },
  location(name, region) {
    const loc = {};
    if (name !== STDIN) {
      loc.physicalLocation = { artifactLocation: { uri: sarifUri(name) } };
      if (region) loc.physicalLocation.region = region;
    }
    return loc;
  },
  file(name, report, text) {
    const where = name === STDIN ? [] : regions(text, report);
    let out = '';
    report.diagnostics.forEach((d, k) => {
      const loc = this.location(name, where[k]);
      loc.logicalLocations = [{ name: d.path, fullyQualifiedName: d.path }];
      const result = {
        ruleId: d.code,
        ruleIndex: this.ruleIndex.get(d.code),
        level: d.severity === 'warning' ? 'warning' : 'error',
        message: { text: d.path === '' ? d.message : `${d.message} (${d.path})` },
        locations: [loc],
        partialFingerprints: {
          'sefcheckDiagnostic/v1': createHash('sha256').update(`${d.code}\u0000${d.path}\u0000${d.span ? `${d.span.start}` : ''}`).digest('hex'),
        },
        properties: d.span ? { section: d.section, span: d.span } : { section: d.section },
      };
      if (result.ruleIndex === undefined) delete result.ruleIndex;
      out += `${this.first ? '\n' : ',\n'}${JSON.stringify(result)}`;
      this.first = false;
    });
    return out;
  },
  failed(name, failure) {
    const loc = this.location(name, failure.line ? { startLine: failure.line, startColumn: failure.column } : null);
    const notification = { level: 'error', message: { text: `${name}${positionOf(failure)}: ${failure.message}` } };
    if (loc.physicalLocation) notification.locations = [loc];
    this.notifications.push(notification);
    return '';
  },
  end(s) {
    const invocation = { executionSuccessful: s.failed === 0 };
    if (this.notifications.length > 0) invocation.toolExecutionNotifications = this.notifications;
    return `\n],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
  },
};

// GitHub workflow commands: data escapes % CR LF; property values also escape : and ,.
const ghData = (s) => String(s).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const ghProp = (s) => ghData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

function ghCommand(level, name, region, title, message) {
  const props = [];
  if (name !== STDIN) {
    props.push(`file=${ghProp(relativeName(name))}`);
    if (region) {
      props.push(`line=${region.startLine}`, `col=${region.startColumn}`);
      if (region.endColumn) props.push(`endLine=${region.endLine}`, `endColumn=${region.endColumn}`);
    }
  }
  props.push(`title=${ghProp(title)}`);
  return `::${level} ${props.join(',')}::${ghData(message)}\n`;
}

// Plain lines go to the log as they are; one that began with `::` would be read as a command.
const ghPlain = (s) => (s.startsWith('::') ? ` ${s}` : s).replace(/[\r\n]/g, ' ') + '\n';

const github = {
  begin: () => '',
  file(name, report, text) {
    const where = name === STDIN ? [] : regions(text, report);
    let out = '';
    report.diagnostics.forEach((d, k) => {
      const at = d.path === '' ? '' : ` at ${d.path}`;
      out += ghCommand(d.severity === 'warning' ? 'warning' : 'error', name, where[k], `sefcheck ${d.code}${at}`, d.message);
    });
    out += ghPlain(`${name}: ${readiness(report)}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`);
    return out;
  },
  failed(name, failure) {
    const region = failure.line ? { startLine: failure.line, startColumn: failure.column } : null;
    return ghCommand('error', name, region, 'sefcheck could not check this file', failure.message);
  },
  end: (s) => ghPlain(summaryLine(s)),
};

// ---------------------------------------------------------------------------------------

async function main() {
  const args = parse(process.argv.slice(2));
  if (args === null) return;
  if (args.help) return void process.stdout.write(USAGE);
  const { version } = require('../package.json');
  if (args.version) return void process.stdout.write(`${version}\n`);

  let api;
  try {
    // The package's own Node entry, by self-reference (the same module as `import`; required so
    // that a package that is not built yet fails here, cleanly, rather than at import time).
    api = require('sefcheck');
  } catch (e) {
    process.stderr.write(`sefcheck: the package could not be loaded (${e.code ?? e.name}); if this is a clone, run npm run build\n`);
    process.exitCode = 2;
    return;
  }

  const format = { text, json, junit, sarif, github }[args.format];
  Object.assign(format, { api, version, failOn: args.failOn });
  const s = { files: 0, ready: 0, notReady: 0, withWarnings: 0, failed: 0 };
  let failing = false;

  await write(format.begin());
  for await (const file of files(args.paths)) {
    if (stdoutClosed) break;
    const outcome = file.failure ? { failure: file.failure } : await check(api, file);
    s.files++;
    if (outcome.failure) {
      s.failed++;
      const f = outcome.failure;
      process.stderr.write(`sefcheck: ${file.name}${positionOf(f)}: ${f.message}\n`);
      await write(format.failed(file.name, f));
      continue;
    }
    const { report } = outcome;
    if (report.readyToShare) s.ready++;
    else s.notReady++;
    if (report.warnings > 0) s.withWarnings++;
    if (!report.readyToShare || (args.failOn === 'warning' && report.warnings > 0)) failing = true;
    await write(format.file(file.name, report, outcome.text));
  }
  await write(format.end(s));
  process.exitCode = s.failed > 0 ? 2 : failing ? 1 : 0;
}

main().catch((e) => {
  // A bug in this command, not in a document: say so without echoing anything read (an
  // error's message may quote what it read); SEFCHECK_DEBUG=1 shows the stack to a developer.
  process.stderr.write(`sefcheck: internal error (${e?.code ?? e?.name ?? 'unknown'}): please report it\n`);
  if (process.env.SEFCHECK_DEBUG) process.stderr.write(`${e?.stack}\n`);
  process.exitCode = 2;
});
