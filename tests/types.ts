// Uses the whole API through the package's own types (self-reference by name, as a user
// would); checked by `tsc -p tests/tsconfig.json` (noEmit) in `npm test`, never run.
import {
  validate,
  validateJson,
  contentDigest,
  migrate,
  nextYear,
  compare,
  formDefinition,
  jsonSchema,
  rules,
  limits,
  countWords,
  countCharacters,
  scanDisclosure,
  emptyDocument,
  ready,
  type Report,
  type Comparison,
  type ComparisonAudit,
  type Change,
  type DevelopmentAreaStatus,
  type Diagnostic,
  type SectionReport,
  type SectionId,
  type SectionStatus,
  type Code,
  type Severity,
  type Span,
  type FormDefinition,
  type JsonSchema,
  type FormSection,
  type FormField,
  type FieldKind,
  type RuleInfo,
  type DisclosureFinding,
  type DisclosureCode,
  type SefcheckError,
  type RefusalCode,
  type Document,
  type Limits,
  type ValidateJsonOptions,
  type OptionValue,
  type Grade,
  type Unit,
  type Better,
} from 'sefcheck';

await ready();

const draft: Document = emptyDocument();
draft.about = { preparedBy: 'A team' };
const report: Report = validate(draft);
const fromText: Report = validateJson(JSON.stringify(draft));
const options: ValidateJsonOptions = { positions: true };
const located: Report = validateJson(JSON.stringify(draft), options);
// UTF-8 bytes: a Uint8Array, such as a Node Buffer.
const fromBytes: Report = validateJson(new Uint8Array([123, 125]), options);
void fromBytes.readyToShare;
for (const d of located.diagnostics) {
  const at: string = `${d.line ?? 0}:${d.column ?? 0}-${d.endLine ?? 0}:${d.endColumn ?? 0}`;
  void at;
}
const bounds: Limits = limits();
const most: number = bounds.maxBytes + bounds.maxDepth + bounds.maxItems + bounds.maxIdLength + bounds.maxValueBytes;
const ready1: boolean = report.readyToShare && fromText.readyToShare;
const version: 2 = report.formVersion;
const counts: number = report.errors + report.warnings + report.acknowledged;
const digest: string = contentDigest(draft);
const migrated: Document = migrate({ formVersion: 1, about: { approvedOn: '2026-05-12' } });
migrated.approval = { approvedBy: 'Chief Executive', approvedOn: '2026-05-12', digest };

// The yearly cycle: next year's draft, and the two years compared.
const nextDraft: Document = nextYear(migrated);
const comparison: Comparison = compare(migrated, nextDraft);
const chained: boolean = comparison.chain;
const start: string | null = comparison.periods.current.start;
for (const area of comparison.areas) {
  const change: Change = area.change;
  const own: Grade | null = area.grade.current;
  const ofsted: Grade | null = area.ofsted.previous;
  void [area.area.length, change, own, ofsted];
}
for (const m of comparison.measures.matched) {
  const values: (number | null)[] = [m.previous, m.current, m.target];
  const unit: Unit | null = m.unit;
  const better: Better | null = m.better;
  void [m.id.length, values, unit, better, m.change];
}
const added: string[] = [...comparison.measures.added, ...comparison.measures.dropped];
const audit: ComparisonAudit = comparison.audit.current;
const share: number | null = audit.share ?? audit.goodOrBetter ?? audit.casesAudited;
const resolved: string[] = comparison.developmentAreas.resolved.map((d) => `${d.area} ${d.id}`);
const overdue: string[] | null = comparison.actions.overdue;
const open: string[] = [...comparison.recommendations.open, ...comparison.actions.carried];
const daStatus: DevelopmentAreaStatus = 'resolved';
void [chained, start, added, share, resolved, overdue, open, daStatus];

for (const section of report.sections) {
  const s: SectionReport = section;
  const id: SectionId = s.id;
  const status: SectionStatus = s.status;
  if (status === 'cannotStartYet' && id !== 'declarations' && id !== 'approval') throw new Error('declarations and approval only');
  const n: number = s.errors + s.warnings + s.acknowledged;
  void n;
  void s.title.toUpperCase();
}

function describe(d: Diagnostic): string {
  const code: Code = d.code;
  const severity: Severity = d.severity;
  const span: Span | undefined = d.span;
  const where = span ? `${span.start}-${span.end}` : d.path;
  const acknowledged: true | undefined = d.acknowledged;
  return `${d.section} ${where} ${severity} ${code}: ${d.message}${acknowledged ? ' (acknowledged)' : ''}`;
}
report.diagnostics.map(describe);

const form: FormDefinition = formDefinition();
const schema: JsonSchema = jsonSchema();
const dialect: 'https://json-schema.org/draft/2020-12/schema' = schema.$schema;
const schemaId: string = schema.$id;
void [dialect, schemaId, schema.properties];
const formVersion: 2 = form.formVersion;
function fields(list: FormField[]): string[] {
  return list.flatMap((f) => {
    const kind: FieldKind = f.kind;
    const limit = f.limit ? `${f.limit.max} ${f.limit.unit}` : '';
    const options = (f.options ?? [])
      .map((o) => {
        const value: OptionValue = o.value;
        return `${value}=${o.label}`;
      })
      .join(',');
    const references: string[] | undefined = f.references;
    const more = [f.hint, f.requiredWhen, f.itemLabel, f.titleKey, references?.join(' '), f.maxItems?.toFixed(0)].filter(
      (x) => x !== undefined,
    );
    return [`${f.key} ${f.path} ${f.label} ${kind} ${f.required} ${limit} ${options} ${more.join(' ')}`, ...fields(f.fields ?? [])];
  });
}
form.sections.map((s: FormSection) => fields(s.fields));
fields([form.acknowledgements]);

const catalogue: RuleInfo[] = rules();
const firstCode: Code | undefined = catalogue[0]?.code;
catalogue.map((r) => `${r.code} ${r.severity} ${r.title} ${r.description}`);

/** Takes values only so that their declared types are checked. */
const typed = (..._values: unknown[]): void => {};

const words: number = countWords('one two');
const characters: number = countCharacters('e\u0301');
const findings: DisclosureFinding[] = scanDisclosure('Contact Mrs Smith');
for (const f of findings) {
  const code: DisclosureCode = f.code;
  const length: number = f.end - f.start;
  const severity: 'error' | 'warning' = f.severity;
  typed(code, length, severity);
}

try {
  validateJson('{');
} catch (e) {
  const err = e as SefcheckError;
  const code: RefusalCode = err.code;
  if (code === 'not-migratable') throw err;
  if (code === 'not-json') {
    const where: string = `${err.line ?? 0}:${err.column ?? 0}`;
    void where;
  }
  void (err instanceof Error && err.message);
}

// @ts-expect-error: validateJson takes a string or a Uint8Array
validateJson({});
// @ts-expect-error: not bytes of UTF-8
validateJson(new Uint16Array(2));
// @ts-expect-error: not a code of rules.md
const wrong: Code = 'no-such-code';
// @ts-expect-error: not a grade
const notAGrade: Grade = 'satisfactory';
// @ts-expect-error: positions is a boolean
validateJson('{}', { positions: 'yes' });

// @ts-expect-error: the digest is a string
const notADigest: number = contentDigest({});
// @ts-expect-error: a format-1 section id is no more
const tenth: SectionId = 'textList';

void [ready1, version, counts, formVersion, firstCode, words, characters, wrong, notAGrade, most, notADigest, tenth];

// sefcheck/render: the model, its blocks, and the HTML and Markdown.
import {
  documentModel,
  renderHtml,
  renderMarkdown,
  toHtml,
  toMarkdown,
  type Block,
  type ChartBlock,
  type DocumentModel,
  type HtmlParts,
  type RenderOptions,
} from 'sefcheck/render';

const renderOptions: RenderOptions = { date: '2026-12-06' };
const model: DocumentModel = documentModel(draft, renderOptions);
const period: string | null = model.period;
function describeBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.text} {#${b.id}}`;
    case 'paragraphs':
      return b.missing ? `(${b.text})` : b.text;
    case 'fields':
      return b.items.map((f) => `${f.label}: ${f.value}${f.missing ? ' (missing)' : ''}`).join('\n');
    case 'list':
      return b.items.join('\n');
    case 'table':
      return [b.caption, b.headers.join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
    case 'chart': {
      const chart: ChartBlock = b;
      if (chart.kind === 'measures')
        return chart.data.rows.map((r) => `${r.id} ${r.value ?? ''} ${r.target ?? ''} ${r.unit ?? ''}`).join('\n');
      if (chart.kind === 'grades') return chart.data.rows.map((r) => `${r.label} ${r.ours ?? ''} ${r.ofsted ?? ''}`).join('\n');
      if (chart.kind === 'audit') return `${chart.data.total ?? ''} ${chart.data.rows.map((r) => r.count).join(' ')}`;
      return `${chart.data.counts.flat().join(' ')} ${chart.table.headers.join(' ')}`;
    }
    case 'contents':
      return b.entries.map((e) => `${e.level} ${e.text} #${e.id}`).join('\n');
    case 'notice':
      return `${b.kind}: ${b.text} ${(b.items ?? []).join('; ')}`;
    case 'pageBreak':
      return '---';
  }
}
model.blocks.map(describeBlock);
const page: string = renderHtml(draft, { date: new Date() });
const parts: HtmlParts = renderHtml(draft, { standalone: false });
const again: string = toHtml(model);
const partsAgain: HtmlParts = toHtml(model, { standalone: false });
const markdown: string = renderMarkdown(draft) + toMarkdown(model);
// @ts-expect-error: the date is a Date or a string
documentModel(draft, { date: 20261206 });
// @ts-expect-error: standalone: false gives the parts, not a string
const notAString: string = renderHtml(draft, { standalone: false });
void [period, page, parts.css + parts.body, again, partsAgain, markdown, notAString];

// sefcheck/standard-schema: a Standard Schema v1 of the rules, typed by the application's values.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { createSchema, pointerToPath, selfEvaluation, type SchemaOptions, type SefcheckIssue } from 'sefcheck/standard-schema';

interface AboutValues {
  formVersion: 2;
  about: { periodStart?: string; periodEnd?: string };
}
const schemaOptions: SchemaOptions = { warnings: true, sections: ['about', 'approval'] };
const aboutSchema = createSchema<AboutValues>(schemaOptions);
const standard: StandardSchemaV1<AboutValues, AboutValues> = aboutSchema;
const anySchema: StandardSchemaV1 = selfEvaluation;
type Output = StandardSchemaV1.InferOutput<typeof aboutSchema>;
const outputPeriod: string | undefined = ({} as Output).about.periodStart;
const standardResult = aboutSchema['~standard'].validate({ formVersion: 2, about: {} });
if (!(standardResult instanceof Promise) && standardResult.issues) {
  const first: SefcheckIssue | undefined = standardResult.issues[0];
  const where: (string | number)[] = pointerToPath(first?.pointer ?? '', null);
  const issueCode: Code | RefusalCode | undefined = first?.code;
  void [where, issueCode, first?.section];
}
// @ts-expect-error: sections are the form's section ids
createSchema({ sections: ['aboutUs'] });
void [standard, anySchema, outputPeriod];
const asJsonSchema: StandardJSONSchemaV1<AboutValues, AboutValues> = aboutSchema;
const draft07: Record<string, unknown> = aboutSchema['~standard'].jsonSchema.input({ target: 'draft-07' });
void [asJsonSchema, draft07];
