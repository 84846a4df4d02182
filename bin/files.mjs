// Finding and reading the documents the command is given: files, folders (every .json file
// below them, with fs.readdir's `recursive`), and standard input. Nothing here reads more of a
// file than the package takes.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The name standard input goes by. */
export const STDIN = '<stdin>';

/** A file name as CI systems want it: relative to the working folder, with forward slashes. */
export function relativeName(name) {
  return isAbsolute(name) ? relative(process.cwd(), name).split(sep).join('/') : name;
}

/** Why a path cannot be read, in the command's words. */
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
 * Every `.json` file below `dir`, as paths relative to it with `/`, in code-unit order. A link
 * to a file is checked (a broken one too, which then cannot be read); links to folders are
 * not followed, so there are no loops.
 */
async function jsonFilesBelow(dir) {
  const found = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.json') || entry.isDirectory()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (target !== null && !target.isFile()) continue;
    } else if (!entry.isFile()) {
      continue;
    }
    found.push(relative(dir, full).split(sep).join('/'));
  }
  return found.sort();
}

/**
 * The files the PATH arguments name, in order, each folder's files sorted: `{ name, path }`
 * (`path` null for standard input), or `{ name, failure }` when a path cannot be walked.
 */
export async function* files(paths) {
  for (const given of paths) {
    if (given === '-') {
      yield { name: STDIN, path: null };
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (e) {
      yield { name: given, failure: readFailure(e) };
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
      yield { name: given, failure: readFailure(e) };
      continue;
    }
    if (found.length === 0) {
      yield { name: given, failure: { message: 'is a folder with no .json file below it' } };
      continue;
    }
    for (const rel of found) {
      const path = join(given, rel);
      yield { name: path.split(sep).join('/'), path };
    }
  }
}

/** The first `cap` bytes of standard input; the rest is drained, so that the writer is not cut off. */
async function readStdinCapped(cap) {
  const chunks = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    if (total === cap) continue;
    const kept = chunk.subarray(0, cap - total);
    chunks.push(kept);
    total += kept.length;
  }
  return Buffer.concat(chunks, total);
}

/** The buffer files are read into for `readDocumentBytes`, grown as needed and reused: a new
 *  buffer for every file is memory outside the JavaScript heap, which the garbage collector
 *  frees late (a worker's resident memory grew by 40 MB over 500 files). */
let scratch = Buffer.alloc(0);

/** Up to `cap` bytes of the file at `path` (all of it when it is shorter), read into `scratch`:
 *  valid until the next read. Synchronous: one file at a time either way, and a CI run over
 *  thousands of files would otherwise spend most of its time waiting on the thread pool's round
 *  trips (open, stat, read, close). */
function readIntoScratch(path, cap) {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    let total = 0;
    for (;;) {
      // One byte more than the size it has now shows whether it has grown since.
      const want = Math.min(Math.max(info.size - total + 1, 65536), cap - total);
      if (want <= 0) break;
      if (scratch.length < total + want) {
        const bigger = Buffer.allocUnsafe(Math.min(cap, Math.max(total + want, scratch.length * 2)));
        scratch.copy(bigger, 0, 0, total);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, total, want, null);
      if (n === 0) break;
      total += n;
    }
    return scratch.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * A document's bytes, `{ bytes }`, for `validateJson`, which takes them as they are (a leading
 * byte order mark left out, UTF-8 checked by the package), or `{ failure: { message } }` when it
 * cannot be read. The bytes of a file are valid only until the next call. Of a document over
 * `maxBytes` only enough is read for the package to refuse it as too large: `maxBytes` and one
 * byte more than a byte order mark.
 */
export async function readDocumentBytes(file, maxBytes) {
  try {
    const cap = maxBytes + 4;
    return { bytes: file.path === null ? await readStdinCapped(cap) : readIntoScratch(file.path, cap) };
  } catch (e) {
    return { failure: readFailure(e) };
  }
}

/** What the command says of a file that is not UTF-8, however it was found. */
export const NOT_UTF8 = 'is not JSON: it is not UTF-8 text';

const utf8 = new TextDecoder('utf-8', { fatal: true }); // also drops a leading BOM
const lenient = new TextDecoder('utf-8');

/**
 * A document's text, `{ text }`, or `{ failure: { message } }` when it cannot be read or is not
 * UTF-8. Of a document over `maxBytes` only the first `maxBytes + 1` bytes are read: that much
 * is enough for the package to refuse it as too large, in its own words.
 */
export async function readDocument(file, maxBytes) {
  let bytes;
  try {
    // Decoded at once, so the shared buffer's bytes are not needed past this call.
    bytes = file.path === null ? await readStdinCapped(maxBytes + 1) : readIntoScratch(file.path, maxBytes + 1);
  } catch (e) {
    return { failure: readFailure(e) };
  }
  // Cut short, the text may end inside a character: read leniently (U+FFFD is no shorter than
  // the bytes it stands for), it is still too large.
  if (bytes.length > maxBytes) return { text: lenient.decode(bytes) };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { failure: { message: NOT_UTF8 } };
  }
}
