// `sefcheck migrate [--write] FILE...` (docs/spec/api.md): format-1 documents made format 2 with
// the package's `migrate`. The one command whose output is the documents' own text: each migrated
// document on standard output, or written over its file with --write. What it says on standard
// error never holds a value from a document: file names, and the package's own messages.

import { failed, fileOf, parseOptions, readJson, refused, toStdout, usageError, writeFile } from './command.mjs';

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
  const parsed = parseOptions(argv, { write: { type: 'boolean', short: 'w' } });
  if (parsed.usageError) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const write = values.write === true;
  if (positionals.length === 0) return { usageError: 'no FILE given: name a .json file, or - for standard input' };
  const stdin = positionals.filter((p) => p === '-').length;
  if (write && stdin > 0) return { usageError: '--write cannot write to standard input: name the files to rewrite' };
  if (stdin > 1) return { usageError: '- (standard input) may be given once only' };
  return { write, files: positionals.map(fileOf) };
}

/** One file: `{ migrated, wasFormat2 }` or `{ failure }`, its document read as validateJson reads it. */
async function migrateFile(api, file) {
  const read = await readJson(api, file);
  if (read.failure) return read;
  try {
    return { migrated: api.migrate(read.document), wasFormat2: read.document.formVersion === 2 };
  } catch (e) {
    return refused(e);
  }
}

/** Runs `sefcheck migrate` with its arguments (those after `migrate`); sets the exit status. */
export async function migrateCommand(argv, loadApi) {
  const args = readMigrateArguments(argv);
  if (args.usageError) return usageError('migrate', args.usageError);
  if (args.help) return void process.stdout.write(MIGRATE_USAGE);
  const api = loadApi();
  if (!api) return;
  let failures = 0;
  for (const file of args.files) {
    const outcome = await migrateFile(api, file);
    if (outcome.failure) {
      failures++;
      failed(file, outcome.failure);
      continue;
    }
    // The same formatting as the examples and the form's exports.
    const text = `${JSON.stringify(outcome.migrated, null, 2)}\n`;
    if (!args.write) {
      if (await toStdout(text)) continue;
      break;
    }
    if (outcome.wasFormat2) {
      process.stderr.write(`${file.name}: already format 2\n`);
      continue;
    }
    try {
      writeFile(file.path, text);
    } catch (e) {
      failures++;
      process.stderr.write(`sefcheck: ${file.name}: cannot be written: ${e.code ?? 'write failed'}\n`);
      continue;
    }
    process.stderr.write(`${file.name}: migrated to format 2\n`);
  }
  process.exitCode = failures > 0 ? 2 : 0;
}
