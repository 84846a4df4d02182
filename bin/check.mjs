// One file checked: read (files.mjs) and validated by the package. The command's own thread and
// its worker threads (threads.mjs) call the same function, so a file gives the same outcome
// wherever it is checked.

import { refused } from './command.mjs';
import { NOT_UTF8, readDocumentBytes } from './files.mjs';

/**
 * One file's outcome: `{ report }`, or `{ failure: { message, line?, column? } }`. The failure
 * message is this command's own words or the package's refusal, which never holds document
 * text. A file the walk could not reach (`{ failure }`) is its own outcome.
 */
export async function checkFile(api, file, positions) {
  if (file.failure) return { failure: file.failure };
  // Bytes straight into the module: decoding them in JavaScript only for the package to encode
  // them again took a tenth of the command's time (docs/performance.md, "The command").
  const read = await readDocumentBytes(file, api.limits().maxBytes);
  if (read.failure) return read;
  try {
    return { report: api.validateJson(read.bytes, { positions }) };
  } catch (e) {
    if (e instanceof Error && e.code === 'not-utf8') return { failure: { message: NOT_UTF8 } };
    return refused(e);
  }
}
