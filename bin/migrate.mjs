// `sefcheck migrate [--write] FILE...` (docs/spec/api.md): format-1 documents made format 2 with
// the package's `migrate`. The one command whose output is the documents' own text: each migrated
// document on standard output, or written over its file with --write. What it says on standard
// error never holds a value from a document: file names, and the package's own messages.

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument, STDIN } from './files.mjs';
import { positionOf } from './formats/summary.mjs';

export const MIGRATE_USAGE = `Usage: sefcheck migrate [--write] FILE...

Migrates Cafcass self-evaluation documents from format 1 to format 2: the approval moves to
its own section (to be approved again), strengths and development areas get ids, and
nothing answered is lost. A format-2 document comes back as it is.

  FILE           a .json file, or - for standard input (not with --write)
  -w, --write    rewrite each file in place (never partly: a temporary file beside it is
                 renamed over it); a file already in format 2 is left untouched. Without
                 it, each migrated document is written to standard output
  -h, --help     show this help

Exit status: 0 every file was migrated or was already format 2; 2 a usage error, or a file
that cannot be read, is not JSON or is refused (said on standard error; the other files are
still done).
`;

/** What the arguments of `sefcheck migrate` ask for: `{ help }`, `{ write, files }` or `{ usageError }`. */
function readMigrateArguments(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { write: { type: 'boolean', short: 'w' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return { usageError: String(e.message).split('. To specify a positional')[0] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const write = values.write === true;
  if (positionals.length === 0) return { usageError: 'no FILE given: name a .json file, or - for standard input' };
  const stdin = positionals.filter((p) => p === '-').length;
  if (write && stdin > 0) return { usageError: '--write cannot write to standard input: name the files to rewrite' };
  if (stdin > 1) return { usageError: '- (standard input) may be given once only' };
  return { write, files: positionals.map((p) => (p === '-' ? { name: STDIN, path: null } : { name: p, path: p })) };
}

/** The failure of a refused call, in the package's words (and where, for text). */
export function refused(e, prefix = 'is refused: ') {
  if (!(e instanceof Error)) return { failure: { message: 'is refused' } };
  const failure = { message: e.code === 'not-json' ? String(e.message) : `${prefix}${e.message}` };
  if (Number.isInteger(e.line) && Number.isInteger(e.column)) {
    failure.line = e.line;
    failure.column = e.column;
  }
  return { failure };
}

/**
 * One file: `{ document, migrated, wasFormat2 }` or `{ failure }`. The text is first read as
 * validateJson reads it, so that text that is not JSON, too deep, too large or holding a number
 * or a string JSON.parse would quietly change is refused in the package's words, with its place;
 * what it reads, JSON.parse reads the same.
 */
async function migrateFile(api, file) {
  const read = await readDocument(file, api.limits().maxBytes);
  if (read.failure) return read;
  try {
    api.validateJson(read.text);
  } catch (e) {
    return refused(e);
  }
  const document = JSON.parse(read.text);
  try {
    return { migrated: api.migrate(document), wasFormat2: document.formVersion === 2 };
  } catch (e) {
    return refused(e);
  }
}

/** Writes `text` to `path`, never partly: into a new file beside it, flushed, then renamed
 *  over it. A file that is there keeps its permissions; a new one gets the usual (0666 less
 *  the umask). */
export function writeFile(path, text) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.sefcheck-tmp`);
  let mode = 0o666;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  let fd = null;
  try {
    fd = openSync(temporary, 'wx', mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Not made, or already renamed.
    }
    throw e;
  }
}

/** Writes to standard output, resolving when the text is handed on (backpressure). */
export function toStdout(text) {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
  });
}

/** Runs `sefcheck migrate` with its arguments (those after `migrate`); sets the exit status. */
export async function migrateCommand(argv, loadApi) {
  const args = readMigrateArguments(argv);
  if (args.usageError) {
    process.stderr.write(`sefcheck migrate: ${args.usageError}\nRun sefcheck migrate --help for usage\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) return void process.stdout.write(MIGRATE_USAGE);
  const api = loadApi();
  if (!api) return;
  let failed = 0;
  for (const file of args.files) {
    const outcome = await migrateFile(api, file);
    if (outcome.failure) {
      failed++;
      process.stderr.write(`sefcheck: ${file.name}${positionOf(outcome.failure)}: ${outcome.failure.message}\n`);
      continue;
    }
    // The same formatting as the examples and the form's exports.
    const text = `${JSON.stringify(outcome.migrated, null, 2)}\n`;
    if (!args.write) {
      try {
        await toStdout(text);
      } catch (e) {
        // The reader went away (`| head`): stop quietly.
        if (e.code === 'EPIPE') break;
        throw e;
      }
      continue;
    }
    if (outcome.wasFormat2) {
      process.stderr.write(`${file.name}: already format 2\n`);
      continue;
    }
    try {
      writeFile(file.path, text);
    } catch (e) {
      failed++;
      process.stderr.write(`sefcheck: ${file.name}: cannot be written: ${e.code ?? 'write failed'}\n`);
      continue;
    }
    process.stderr.write(`${file.name}: migrated to format 2\n`);
  }
  process.exitCode = failed > 0 ? 2 : 0;
}
