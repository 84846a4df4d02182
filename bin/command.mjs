// What the commands share: reading their arguments, saying what is wrong, reading a document as
// the package reads it, and writing what they make. Their own words stay in each command's file.

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument, STDIN } from './files.mjs';
import { positionOf } from './formats/summary.mjs';

/**
 * util.parseArgs (`-h`, `--help` added to `options`), its error said in the user's own words:
 * `{ values, positionals }` or `{ usageError }`.
 */
export function parseOptions(argv, options) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    // parseArgs's messages name only the option the user typed; its own hint about
    // positionals, which suggests `--` where a short option was meant, is left out.
    return { usageError: String(e.message).split('. To specify a positional')[0] };
  }
}

/** Says what is wrong with the arguments of `sefcheck COMMAND` (`''` for the check itself), with
 *  where to read its usage; exit status 2. */
export function usageError(command, message) {
  const name = command === '' ? 'sefcheck' : `sefcheck ${command}`;
  process.stderr.write(`${name}: ${message}\nRun ${name} --help for usage\n`);
  process.exitCode = 2;
}

/** A file named on the command line: `-` is standard input. */
export const fileOf = (p) => (p === '-' ? { name: STDIN, path: null } : { name: p, path: p });

/** Says why a file failed (in this command's or the package's words, never its content), and
 *  where; exit status 2. */
export function failed(file, failure) {
  process.stderr.write(`sefcheck: ${file.name}${positionOf(failure)}: ${failure.message}\n`);
  process.exitCode = 2;
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
 * A file's document: `{ document }` or `{ failure }`. The text is first read as validateJson reads
 * it, so that text that is not JSON, too deep, too large or holding a number or a string
 * JSON.parse would quietly change is refused in the package's words, with its place; what it
 * reads, JSON.parse reads the same.
 */
export async function readJson(api, file) {
  const read = await readDocument(file, api.limits().maxBytes);
  if (read.failure) return read;
  try {
    api.validateJson(read.text);
  } catch (e) {
    return refused(e);
  }
  return { document: JSON.parse(read.text) };
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

let quietOnEpipe = false;

/** Writes to standard output, resolving when the text is handed on (backpressure): true, or
 *  false when the reader went away (`| head`), which ends a command quietly. */
export async function toStdout(text) {
  if (!quietOnEpipe) {
    // Node also emits a failed write as an 'error' event, which unheard ends the process with a
    // stack trace: the write's own callback says what went wrong.
    process.stdout.on('error', (e) => {
      if (e.code !== 'EPIPE') throw e;
    });
    quietOnEpipe = true;
  }
  try {
    await new Promise((resolve, reject) => {
      process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
    });
    return true;
  } catch (e) {
    if (e.code !== 'EPIPE') throw e;
    return false;
  }
}

/** Writes what a command made to `output` (never partly), or to standard output when there is
 *  none: true when written (or the reader went away), false (said on standard error, exit
 *  status 2) when the file cannot be written. */
export async function writeOutput(output, data) {
  if (output === undefined) {
    await toStdout(data);
    return true;
  }
  try {
    writeFile(output, data);
    return true;
  } catch (e) {
    process.stderr.write(`sefcheck: ${output}: cannot be written: ${e.code ?? 'write failed'}\n`);
    process.exitCode = 2;
    return false;
  }
}
