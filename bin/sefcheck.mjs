#!/usr/bin/env node
// The `sefcheck` command (docs/spec/api.md): checks saved self-evaluations in CI and writes
// what blocks each one in a format CI systems read. Every rule, limit, refusal and position
// comes from the package's own Node entry (`validateJson`, `rules`, `limits`): this command
// only finds files (files.mjs), reads its arguments (args.mjs), checks them (check.mjs; many
// files on worker threads, threads.mjs) and writes reports (formats/, one module each). Output
// is streamed through stream.pipeline, one file at a time, so memory stays flat however many
// files. `sefcheck migrate` (migrate.mjs), `sefcheck render`
// (render.mjs), `sefcheck next-year` and `sefcheck compare` (yearly.mjs) are commands of their
// own.
//
// Privacy: nothing written holds a value from a document. Reports never do (rules.md); what
// this command adds is only file names, JSON Pointers and numbers from the report, the
// package's own messages, and positions (line, column) in the file. (`sefcheck migrate` and
// `sefcheck render` and `sefcheck next-year` alone write documents' own text, on standard
// output or into files: that is what they are for. `sefcheck compare` prints ids, grades,
// numbers and dates, never document text.)

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { readArguments, USAGE } from './args.mjs';
import { checkFile } from './check.mjs';
import { usageError } from './command.mjs';
import { files } from './files.mjs';
import { migrateCommand } from './migrate.mjs';
import { renderCommand } from './render.mjs';
import { compareCommand, nextYearCommand } from './yearly.mjs';
import { createGithub } from './formats/github.mjs';
import { createJson } from './formats/json.mjs';
import { createJunit } from './formats/junit.mjs';
import { createSarif } from './formats/sarif.mjs';
import { positionOf } from './formats/summary.mjs';
import { quickStart } from './quick-start.mjs';
import { createText } from './formats/text.mjs';
import { checkInThreads, THREADS_FROM } from './threads.mjs';

const require = createRequire(import.meta.url);
const FORMATS = { text: createText, json: createJson, junit: createJunit, sarif: createSarif, github: createGithub };

/** Whether the files are checked on worker threads: many of them, and none on standard input. */
const onThreads = (list, jobs) => jobs > 1 && list.length >= THREADS_FROM && !list.some((f) => f.path === null);

/** Each file with its outcome, in order: on worker threads when there are many files. */
async function* outcomes(api, list, positions, jobs) {
  if (onThreads(list, jobs)) return yield* checkInThreads(list, { jobs, positions });
  for (const file of list) yield { file, outcome: await checkFile(api, file, positions) };
}

/**
 * The package's own Node entry, by self-reference (the same module as `import`; required so
 * that a package that is not built yet fails here, cleanly, rather than at import time); null,
 * said on standard error, when it cannot be loaded.
 */
function loadApi() {
  try {
    return require('sefcheck');
  } catch (e) {
    process.stderr.write(`sefcheck: the package could not be loaded (${e.code ?? e.name}); if this is a clone, run npm run build\n`);
    process.exitCode = 2;
    return null;
  }
}

async function main() {
  const argv = process.argv.slice(2);
  // The other commands take one document or two.
  const loadQuickly = () => {
    quickStart();
    return loadApi();
  };
  if (argv[0] === 'migrate') return migrateCommand(argv.slice(1), loadQuickly);
  if (argv[0] === 'render') return renderCommand(argv.slice(1), loadQuickly);
  if (argv[0] === 'next-year') return nextYearCommand(argv.slice(1), loadQuickly);
  if (argv[0] === 'compare') return compareCommand(argv.slice(1), loadQuickly);
  const args = readArguments(argv);
  if (args.usageError) return usageError('', args.usageError);
  if (args.help) return void process.stdout.write(USAGE);
  const { version } = require('../package.json');
  if (args.version) return void process.stdout.write(`${version}\n`);

  // Listed before the package is loaded: how many files there are decides how it is compiled.
  const list = [];
  for await (const file of files(args.paths)) list.push(file);
  const jobs = args.jobs ?? availableParallelism();
  // By the number of files, not by whether threads check them: `--jobs 1` over thousands of
  // files needs the optimised code as much as the threads do.
  if (list.length < THREADS_FROM) quickStart();
  const api = loadApi();
  if (!api) return;

  const format = FORMATS[args.format]({ api, version, failOn: args.failOn });
  const tally = { files: 0, ready: 0, notReady: 0, withWarnings: 0, failed: 0, failing: false };

  async function* output() {
    yield format.begin();
    for await (const { file, outcome } of outcomes(api, list, format.positions, jobs)) {
      tally.files++;
      if (outcome.failure) {
        tally.failed++;
        const f = outcome.failure;
        process.stderr.write(`sefcheck: ${file.name}${positionOf(f)}: ${f.message}\n`);
        yield format.failed(file.name, f);
        continue;
      }
      const { report } = outcome;
      if (report.readyToShare) tally.ready++;
      else tally.notReady++;
      if (report.warnings > 0) tally.withWarnings++;
      if (!report.readyToShare || (args.failOn === 'warning' && report.warnings > 0)) tally.failing = true;
      yield format.file(file.name, report);
    }
    yield format.end(tally);
  }

  try {
    // Backpressure: a slow reader of standard output holds the command back rather than letting
    // written reports pile up in memory.
    await pipeline(output(), process.stdout);
  } catch (e) {
    // The reader went away (`| head`): stop quietly, with the status of what was checked.
    if (e.code !== 'EPIPE') throw e;
  }
  process.exitCode = tally.failed > 0 ? 2 : tally.failing ? 1 : 0;
}

main().catch((e) => {
  // A bug in this command, not in a document: say so without echoing anything read (an
  // error's message may quote what it read); SEFCHECK_DEBUG=1 shows the stack to a developer.
  process.stderr.write(`sefcheck: internal error (${e?.code ?? e?.name ?? 'unknown'}): please report it\n`);
  if (process.env.SEFCHECK_DEBUG) process.stderr.write(`${e?.stack}\n`);
  process.exitCode = 2;
});
