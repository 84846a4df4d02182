// The command line of `sefcheck`: the usage text, and the arguments read with util.parseArgs.

import { parseOptions } from './command.mjs';

export const FORMATS = ['text', 'json', 'junit', 'sarif', 'github'];
const FAIL_ON = ['error', 'warning'];

export const USAGE = `Usage: sefcheck [--format text|json|junit|sarif|github] [--fail-on error|warning] [--jobs N] PATH...
       sefcheck migrate [--write] FILE...
       sefcheck render [--format html|markdown|docx] [--output PATH] FILE
       sefcheck next-year FILE [--output PATH]
       sefcheck compare OLD NEW [--format text|json|markdown]

Checks Cafcass self-evaluation documents (format 2) before they are shared with Ofsted,
and says what blocks each one, without printing anything the documents say. A format-1
document is to be migrated first: see sefcheck migrate --help. sefcheck render writes a
document as people read it (HTML to print, Word, Markdown): see sefcheck render --help.
Next year's self-evaluation starts from this year's with sefcheck next-year, and two years
compare with sefcheck compare (see their --help).

  PATH                  a .json file, a folder (every .json file below it, in sorted
                        order), or - for standard input
  -f, --format FORMAT   text (default): FILE:LINE:COLUMN: error CODE: message, a line
                        per diagnostic; json, junit (JUnit XML), sarif (SARIF 2.1.0),
                        github (GitHub Actions annotations)
      --fail-on LEVEL   error (default): fail when a document has an error;
                        warning: fail when it has an error or a warning
  -j, --jobs N          check files on N threads at once (default: the CPUs
                        available; 1: one at a time); the output is the same
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 every document is ready to share (with --fail-on warning: and has no
warning); 1 a document is not; 2 a usage error, or a file that cannot be read, is not
JSON or is refused (said on standard error; the other files are still checked).
`;

/**
 * What the arguments ask for: `{ help: true }`, `{ version: true }`,
 * `{ format, failOn, jobs, paths }` (`jobs` null when not given), or `{ usageError }` with what is wrong (only what the user
 * typed, never a file's content).
 */
export function readArguments(argv) {
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    version: { type: 'boolean', short: 'v' },
  });
  if (parsed.usageError) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) return { usageError: `--format must be one of ${FORMATS.join(', ')}` };
  const failOn = values['fail-on'] ?? 'error';
  if (!FAIL_ON.includes(failOn)) return { usageError: '--fail-on must be error or warning' };
  const jobs = values.jobs ?? null;
  if (jobs !== null && !/^[1-9][0-9]{0,2}$/.test(jobs)) return { usageError: '--jobs must be a whole number from 1 to 999' };
  if (positionals.length === 0) return { usageError: 'no PATH given: name a .json file, a folder, or - for standard input' };
  if (positionals.filter((p) => p === '-').length > 1) return { usageError: '- (standard input) may be given once only' };
  return { format, failOn, jobs: jobs === null ? null : Number(jobs), paths: positionals };
}
