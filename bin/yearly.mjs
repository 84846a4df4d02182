// `sefcheck next-year FILE [--output PATH]` and `sefcheck compare OLD NEW [--format
// text|json|markdown]` (docs/spec/api.md, docs/spec/yearly.md), on the package's `nextYear` and
// `compare`. `next-year` writes a document (next year's draft: what this year's held, carried
// over), as `migrate` does; `compare` keeps the rule of every other command: what it prints
// holds no value from a document but ids, dates and numbers (the comparison holds nothing else),
// besides file names and this command's own words.

import { failed, fileOf, parseOptions, readJson, refused, toStdout, usageError, writeOutput } from './command.mjs';

export const NEXT_YEAR_USAGE = `Usage: sefcheck next-year FILE [--output PATH]

Starts next year's Cafcass self-evaluation (format 2) from this year's: the period moves on
by a year and links back to this document (its period end and content digest); actions not
completed, open Ofsted recommendations, the development areas and the measures (this year's
value becoming last year's) carry over; everything to evidence again is cleared.

  FILE              a .json file in format 2, or - for standard input
  -o, --output PATH write the new document to PATH (never partly: a temporary file beside
                    it is renamed to PATH); without it, to standard output
  -h, --help        show this help

Exit status: 0 the new document was written; 2 a usage error, or a file that cannot be
read or written, is not JSON, or is refused (a format-1 document is to be migrated first;
a document without a real period end has no next year).
`;

export const COMPARE_USAGE = `Usage: sefcheck compare OLD NEW [--format text|json|markdown]

Compares last year's Cafcass self-evaluation (OLD) with this year's (NEW): grades, each
measure against its target, the audit, development areas, actions and recommendations
(matched by id), and whether NEW links to OLD. It prints ids, grades, numbers and dates
only, never what the documents say.

  OLD, NEW              .json files, or - for standard input (one of them)
  -f, --format FORMAT   text (default): a short summary; json: the comparison as the
                        package's compare gives it; markdown: tables for a pull request
                        comment or a CI job summary
  -h, --help            show this help

Exit status: 0 the comparison was written; 2 a usage error, or a file that cannot be read,
is not JSON or is refused.
`;

const COMPARE_FORMATS = ['text', 'json', 'markdown'];

/** Runs `sefcheck next-year` with its arguments (those after `next-year`). */
export async function nextYearCommand(argv, loadApi) {
  const args = parseOptions(argv, { output: { type: 'string', short: 'o' } });
  if (args.usageError) return usageError('next-year', args.usageError);
  if (args.values.help) return void process.stdout.write(NEXT_YEAR_USAGE);
  if (args.positionals.length !== 1) return usageError('next-year', 'give one FILE: a .json file, or - for standard input');
  const output = args.values.output;
  if (output === '' || output === '-') return usageError('next-year', '--output needs a file name');
  const api = loadApi();
  if (!api) return;
  const file = fileOf(args.positionals[0]);
  const read = await readJson(api, file);
  if (read.failure) return failed(file, read.failure);
  let next;
  try {
    next = api.nextYear(read.document);
  } catch (e) {
    return failed(file, refused(e).failure);
  }
  // The same formatting as the examples, the form's exports and sefcheck migrate.
  const text = `${JSON.stringify(next, null, 2)}\n`;
  if (!(await writeOutput(output, text))) return;
  if (output !== undefined) process.stderr.write(`${file.name}: next year's self-evaluation written to ${output}\n`);
  process.exitCode = 0;
}

/** Runs `sefcheck compare` with its arguments (those after `compare`). */
export async function compareCommand(argv, loadApi) {
  const args = parseOptions(argv, { format: { type: 'string', short: 'f' } });
  if (args.usageError) return usageError('compare', args.usageError);
  if (args.values.help) return void process.stdout.write(COMPARE_USAGE);
  const format = args.values.format ?? 'text';
  if (!COMPARE_FORMATS.includes(format)) return usageError('compare', `--format must be one of ${COMPARE_FORMATS.join(', ')}`);
  if (args.positionals.length !== 2) return usageError('compare', 'give two files: OLD (last year) and NEW (this year)');
  if (args.positionals.every((p) => p === '-')) return usageError('compare', '- (standard input) may be given once only');
  const api = loadApi();
  if (!api) return;
  const [old, now] = args.positionals.map(fileOf);
  const documents = [];
  for (const file of [old, now]) {
    const read = await readJson(api, file);
    if (read.failure) failed(file, read.failure);
    else documents.push(read.document);
  }
  if (documents.length < 2) return;
  let comparison;
  try {
    comparison = api.compare(documents[0], documents[1]);
  } catch (e) {
    return failed(now, refused(e).failure);
  }
  const names = [old.name, now.name];
  const text =
    format === 'json'
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : format === 'markdown'
        ? markdown(comparison, names)
        : summary(comparison, names);
  await toStdout(text);
  process.exitCode = 0;
}

// ---------------------------------------------------------------- the comparison in words

const AREA_NAMES = { privateLaw: 'Private law', publicLaw: 'Public law', leadership: 'Leadership' };
const GRADE_NAMES = { outstanding: 'Outstanding', good: 'Good', requiresImprovement: 'Requires improvement', inadequate: 'Inadequate' };
const grade = (g) => (g === null ? 'unknown' : GRADE_NAMES[g]);
const UNITS = { percent: '%', days: ' days', weeks: ' weeks', count: '' };
const value = (n, unit) => (n === null ? 'unknown' : `${n}${UNITS[unit] ?? ''}`);
const share = (s) => (s === null ? 'unknown' : `${(s * 100).toFixed(1)}%`);
const period = (p) => (p.start === null && p.end === null ? 'period unknown' : `${p.start ?? '?'} to ${p.end ?? '?'}`);
const ids = (list) => list.map((x) => (typeof x === 'string' ? x : x.id));
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `n word (id, id)`, or `n word` when there are none. */
function counted(list, word) {
  const all = ids(list);
  return all.length === 0 ? `0 ${word}` : `${all.length} ${word} (${all.join(', ')})`;
}

function chainSentence(c, [old, now]) {
  return c.chain
    ? `${now} follows on from ${old}: its link to last year's document (previous.digest) matches it.`
    : `${now} does not link to ${old}: its previous.digest is not the content digest of ${old}.`;
}

/** The text format: a short summary, a line per part. */
function summary(c, names) {
  const lines = [
    `Compared ${names[0]} (${period(c.periods.previous)}) with ${names[1]} (${period(c.periods.current)})`,
    chainSentence(c, names),
  ];
  lines.push(
    `Grades: ${c.areas.map((a) => `${AREA_NAMES[a.area]} ${grade(a.grade.previous)} to ${grade(a.grade.current)} (${a.change})`).join('; ')}`,
  );
  const m = c.measures.matched;
  const by = (change) => m.filter((x) => x.change === change).length;
  lines.push(
    `Measures: ${m.length} matched: ${by('better')} better, ${by('worse')} worse, ${by('same')} the same, ${by('unknown')} unknown; ${counted(c.measures.added, 'added')}, ${counted(c.measures.dropped, 'dropped')}`,
  );
  for (const x of m.filter((x) => x.change === 'worse'))
    lines.push(
      `  worse: ${x.id} ${value(x.previous, x.unit)} to ${value(x.current, x.unit)}${x.target === null ? '' : ` (target ${value(x.target, x.unit)})`}`,
    );
  const a = c.audit;
  lines.push(
    `Audit: ${a.previous.casesAudited ?? 'unknown'} cases, ${share(a.previous.share)} good or better, to ${a.current.casesAudited ?? 'unknown'} cases, ${share(a.current.share)} (${a.change})`,
  );
  const d = c.developmentAreas;
  lines.push(
    `Development areas: ${plural(d.carried.length, 'carried', 'carried')}, ${counted(d.resolved, 'resolved')}, ${counted(d.new, 'new')}`,
  );
  const t = c.actions;
  lines.push(
    `Actions: ${counted(t.completed, 'completed')}, ${plural(t.carried.length, 'carried', 'carried')}, ${t.overdue === null ? 'overdue unknown' : counted(t.overdue, 'overdue')}, ${counted(t.new, 'new')}, ${counted(t.dropped, 'dropped')}`,
  );
  const r = c.recommendations;
  lines.push(
    `Recommendations: ${counted(r.completed, 'completed')}, ${counted(r.open, 'open')}, ${counted(r.new, 'new')}, ${counted(r.dropped, 'dropped')}`,
  );
  return `${lines.join('\n')}\n`;
}

/** An id in Markdown: in backticks, so that `_` and `.` stay as they are. */
const code = (id) => `\`${id}\``;
const codes = (list) => (list.length === 0 ? '–' : ids(list).map(code).join(', '));
/** A file name in a Markdown heading or sentence: its characters that Markdown reads escaped. */
const escaped = (name) => name.replace(/[\\`*_{}[\]()#+!|<>~-]/g, (ch) => `\\${ch}`);
const CHANGE = { better: 'better', worse: '**worse**', same: 'same', unknown: 'unknown' };

/** The markdown format: tables fit for a pull-request comment or a CI job summary. */
function markdown(c, names) {
  const [old, now] = names.map(escaped);
  const out = [
    `## Since last year: ${old} to ${now}`,
    '',
    `Last year ${period(c.periods.previous)}, this year ${period(c.periods.current)}. ${chainSentence(c, [old, now])}`,
    '',
    '### Grades',
    '',
    '| Area | Our grade last year | Our grade this year | Change | Ofsted last year | Ofsted this year |',
    '|---|---|---|---|---|---|',
    ...c.areas.map(
      (a) =>
        `| ${AREA_NAMES[a.area]} | ${grade(a.grade.previous)} | ${grade(a.grade.current)} | ${CHANGE[a.change]} | ${grade(a.ofsted.previous)} | ${grade(a.ofsted.current)} |`,
    ),
    '',
    '### Measures',
    '',
  ];
  if (c.measures.matched.length === 0) out.push('No measure is in both years.');
  else
    out.push(
      '| Measure | Area | Last year | This year | Target | Change |',
      '|---|---|---|---|---|---|',
      ...c.measures.matched.map(
        (m) =>
          `| ${code(m.id)} | ${m.area === null ? 'unknown' : AREA_NAMES[m.area]} | ${value(m.previous, m.unit)} | ${value(m.current, m.unit)} | ${m.target === null ? '–' : value(m.target, m.unit)} | ${CHANGE[m.change]} |`,
      ),
    );
  out.push('', `Added: ${codes(c.measures.added)}. Dropped: ${codes(c.measures.dropped)}.`, '', '### Audit', '');
  out.push(
    '| | Cases audited | Good or better | Share good or better |',
    '|---|---|---|---|',
    ...[
      ['Last year', c.audit.previous],
      ['This year', c.audit.current],
    ].map(([when, y]) => `| ${when} | ${y.casesAudited ?? 'unknown'} | ${y.goodOrBetter ?? 'unknown'} | ${share(y.share)} |`),
    '',
    `Change: ${CHANGE[c.audit.change]}.`,
    '',
    '### The golden thread',
    '',
    '| | Done | Carried | Overdue | New | Dropped |',
    '|---|---|---|---|---|---|',
    `| Development areas | resolved: ${codes(c.developmentAreas.resolved)} | ${codes(c.developmentAreas.carried)} | – | ${codes(c.developmentAreas.new)} | – |`,
    `| Actions | completed: ${codes(c.actions.completed)} | ${codes(c.actions.carried)} | ${c.actions.overdue === null ? 'unknown' : codes(c.actions.overdue)} | ${codes(c.actions.new)} | ${codes(c.actions.dropped)} |`,
    `| Ofsted recommendations | completed: ${codes(c.recommendations.completed)} | still open: ${codes(c.recommendations.open)} | – | ${codes(c.recommendations.new)} | ${codes(c.recommendations.dropped)} |`,
  );
  return `${out.join('\n')}\n`;
}
