// `sefcheck render FILE [--format html|markdown|docx] [--output PATH] [--date YYYY-MM-DD]`
// (docs/spec/api.md, docs/spec/rendering.md): the readable self-evaluation. Like `migrate`, this
// command exists to output the document's own text: HTML and Markdown on standard output, or
// any format into the file --output names (written beside it first, then renamed over it). What
// it says on standard error never holds a value from the document: the file's name, and the
// package's own messages.

import { extname } from 'node:path';
import { failed, fileOf, parseOptions, readJson, refused, usageError, writeOutput } from './command.mjs';

export const RENDER_FORMATS = ['html', 'markdown', 'docx'];
// The format an --output file's extension names, when --format is not given.
const BY_EXTENSION = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx' };

export const RENDER_USAGE = `Usage: sefcheck render [--format html|markdown|docx] [--output PATH] [--date YYYY-MM-DD] [--previous OLD] FILE

Writes a Cafcass self-evaluation (format 2) as a document people read: HTML to print or save
as PDF, Word, or Markdown for a CI job summary or a pull-request comment. Its title page,
contents, charts at a glance, every answer under its heading, the improvement plan, measures
and evidence as tables; a document not ready to share is marked "Draft: not ready to share"
on every page and ends with what blocks sharing.

  FILE                  a .json file, or - for standard input
  -f, --format FORMAT   markdown (the default without --output), html, or docx (Word,
                        only with --output); with --output, the default is the one its
                        extension names (.md, .html, .docx)
  -o, --output PATH     write to PATH (never partly: a temporary file beside it is renamed
                        over it) instead of standard output
      --date DATE       the date a draft says it was made (YYYY-MM-DD; today by default)
      --previous OLD    last year's document: when FILE names last year's (its previous),
                        a "Since last year" part compares the two (ids, grades, numbers)
  -h, --help            show this help

Exit status: 0 the document was written; 2 a usage error, or a file that cannot be read, is
not JSON, is refused, or cannot be written (said on standard error).
`;

/** What the arguments of `sefcheck render` ask for: `{ help }`, `{ file, format, output, date, previous }` or `{ usageError }`. */
export function readRenderArguments(argv) {
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    date: { type: 'string' },
    previous: { type: 'string' },
  });
  if (parsed.usageError) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) return { usageError: 'no FILE given: name a .json file, or - for standard input' };
  if (positionals.length > 1) return { usageError: 'render takes one FILE' };
  const output = values.output;
  if (output === '') return { usageError: '--output needs a file name' };
  let format = values.format;
  if (format === undefined) {
    format = output === undefined ? 'markdown' : BY_EXTENSION[extname(output).toLowerCase()];
    if (format === undefined) return { usageError: '--output does not end in .html, .md or .docx: say which with --format' };
  }
  if (!RENDER_FORMATS.includes(format)) return { usageError: `--format must be one of ${RENDER_FORMATS.join(', ')}` };
  if (format === 'docx' && output === undefined)
    return { usageError: '--format docx needs --output: Word is not written to standard output' };
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    return { usageError: '--date must be a date written YYYY-MM-DD' };
  if (values.previous === '' || values.previous === '-') return { usageError: '--previous needs a file name' };
  const previous = values.previous === undefined ? undefined : fileOf(values.previous);
  return { file: fileOf(positionals[0]), format, output, date: values.date, previous };
}

/** What a writer gave, as what writeSync takes: text as it is, bytes (a view or a buffer) as a Buffer. */
function bytes(data) {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** The Word writer, loaded only when asked for; null (said on standard error) when it is not there. */
async function loadDocx() {
  try {
    return await import('../js/render/docx.mjs');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    process.stderr.write(
      'sefcheck render: Word (.docx) output is not available: its module (js/render/docx.mjs, or the docx package it needs) could not be loaded\n',
    );
    return null;
  }
}

/** Runs `sefcheck render` with its arguments (those after `render`); sets the exit status. */
export async function renderCommand(argv, loadApi) {
  const args = readRenderArguments(argv);
  if (args.usageError) return usageError('render', args.usageError);
  if (args.help) return void process.stdout.write(RENDER_USAGE);
  const api = loadApi();
  if (!api) return;
  const fail = (failure) => failed(args.file, failure);

  const read = await readJson(api, args.file);
  if (read.failure) return fail(read.failure);
  const { document } = read;
  const options = args.date === undefined ? {} : { date: args.date };
  if (args.previous) {
    const last = await readJson(api, args.previous);
    if (last.failure) return failed(args.previous, last.failure);
    options.previous = last.document;
  }

  let data;
  try {
    if (args.format === 'docx') {
      const docx = await loadDocx();
      if (!docx) {
        process.exitCode = 2;
        return;
      }
      data = await docx.renderDocx(document, options);
    } else {
      const render = await import('../js/render/index.mjs');
      data = args.format === 'html' ? render.renderHtml(document, options) : render.renderMarkdown(document, options);
    }
  } catch (e) {
    if (e instanceof RangeError) return fail({ message: `--date: ${e.message}` });
    if (e instanceof Error && typeof e.code === 'string') return fail(refused(e).failure);
    throw e;
  }

  if (await writeOutput(args.output, bytes(data))) process.exitCode = 0;
}
