// Types of the `sefcheck` package (docs/spec/api.md and rules.md). Written by hand, checked by
// `tsc --noEmit` over tests/types.ts in `npm test`, and its unions of codes, section ids,
// statuses, kinds and option values checked against what the package returns
// (tests/unions.test.mjs); the build copies this file to pkg/index.d.mts (for `import`) and
// pkg/index.d.cts (for `require`).

/** The eleven sections of the form, in form order. */
export type SectionId =
  | 'about'
  | 'inspection'
  | 'privateLaw'
  | 'publicLaw'
  | 'leadership'
  | 'voice'
  | 'evidence'
  | 'actions'
  | 'performance'
  | 'declarations'
  | 'approval';

export type Severity = 'error' | 'warning';

/** The GOV.UK "complete multiple tasks" statuses. */
export type SectionStatus = 'notStarted' | 'cannotStartYet' | 'inProgress' | 'completed';

export type DisclosureCode =
  | 'disclosure-case-number'
  | 'disclosure-nhs-number'
  | 'disclosure-ni-number'
  | 'disclosure-postcode'
  | 'disclosure-email'
  | 'disclosure-phone'
  | 'disclosure-date-of-birth'
  | 'disclosure-named-person'
  | 'disclosure-school'
  | 'disclosure-first-name';

/** Every diagnostic code of rules.md. */
export type Code =
  | 'type'
  | 'required'
  | 'format-1'
  | 'unsupported-version'
  | 'unknown-field'
  | 'invalid-option'
  | 'invalid-date'
  | 'invalid-id'
  | 'invalid-digest'
  | 'invalid-pointer'
  | 'out-of-range'
  | 'too-long'
  | 'word-limit'
  | 'too-many'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'date-order'
  | 'period-length'
  | 'late-sharing'
  | 'meeting-before-sharing'
  | 'inspection-overdue'
  | 'recommendation-unaddressed'
  | 'development-area-unaddressed'
  | 'action-required'
  | 'grade-jump'
  | 'qualitative-evidence'
  | 'unused-evidence'
  | 'evidence-date'
  | 'evidence-after-approval'
  | 'action-horizon'
  | 'audit-total'
  | 'small-number'
  | 'declaration-required'
  | 'approval-before-period-end'
  | 'approval-changed'
  | 'acknowledgement-of-error'
  | 'acknowledgement-unused'
  | DisclosureCode;

/** Where a disclosure finding lies in its string: UTF-16 code units, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  /** A JSON Pointer (RFC 6901) to the field the diagnostic is about. */
  path: string;
  section: SectionId;
  /** One plain English sentence; never holds a value from the document. */
  message: string;
  /** On disclosure diagnostics only. */
  span?: Span;
  /** A warning an acknowledgement covers (rules.md, "Acknowledgements"); absent otherwise. */
  acknowledged?: true;
  /** With `validateJson(text, { positions: true })` only: the line (from 1, lines ending at
   *  U+000A) where the value at `path` starts in the text (for a missing field, the nearest
   *  enclosing value that is present), or where the disclosure finding starts. */
  line?: number;
  /** With `line`: the column, from 1, in UTF-16 code units. */
  column?: number;
  /** With `line`, on a diagnostic with a `span`: where the finding ends (exclusive). */
  endLine?: number;
  endColumn?: number;
}

export interface SectionReport {
  id: SectionId;
  title: string;
  status: SectionStatus;
  errors: number;
  /** Warnings no acknowledgement covers. */
  warnings: number;
  /** Warnings an acknowledgement covers. */
  acknowledged: number;
}

/** What `validate` and `validateJson` return (rules.md, "The report"). */
export interface Report {
  formVersion: 2;
  /** True exactly when `errors` is 0. */
  readyToShare: boolean;
  errors: number;
  /** Warnings no acknowledgement covers. */
  warnings: number;
  /** Warnings an acknowledgement covers: still in `diagnostics`, marked `acknowledged`. */
  acknowledged: number;
  /** All eleven sections, always, in form order. */
  sections: SectionReport[];
  /** In form order. */
  diagnostics: Diagnostic[];
}

export type FieldKind =
  | 'text'
  | 'line'
  | 'date'
  | 'option'
  | 'id'
  | 'digest'
  | 'pointer'
  | 'count'
  | 'number'
  | 'yesNo'
  | 'object'
  | 'idList'
  | 'objectList';

export type LimitUnit = 'words' | 'characters';

export interface FieldLimit {
  max: number;
  unit: LimitUnit;
}

/** The option values of document.md, field by field. */
export type Grade = 'outstanding' | 'good' | 'requiresImprovement' | 'inadequate';
export type EvidenceKind =
  | 'audit'
  | 'thematicAudit'
  | 'performanceData'
  | 'childFeedback'
  | 'familyFeedback'
  | 'complaints'
  | 'learningReview'
  | 'observation'
  | 'partnerFeedback'
  | 'staffSurvey'
  | 'other';
/** A judgement area: a measure's `area`, and the key of each area in `areas`. */
export type Area = 'privateLaw' | 'publicLaw' | 'leadership';
/** An action's `area`: a judgement area, or all of them. */
export type ActionArea = Area | 'crossCutting';
export type Unit = 'percent' | 'days' | 'weeks' | 'count';
export type Better = 'higher' | 'lower';
/** The `status` of a recommendation or an action. */
export type ProgressStatus = 'notStarted' | 'inProgress' | 'completed';
/** A development area's `status`: absent means `open`. */
export type DevelopmentAreaStatus = 'open' | 'resolved';
/** An acknowledgement's `code` may be any code of the catalogue. */
export type OptionValue = Grade | EvidenceKind | ActionArea | Unit | Better | ProgressStatus | DevelopmentAreaStatus | Code;

export interface FieldOption {
  value: OptionValue;
  label: string;
}

export interface FormField {
  key: string;
  /** A JSON Pointer; inside list items the index is written `*`, e.g. `/evidence/* /id`. */
  path: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  required: boolean;
  /** When the field is required only in some cases: says which. */
  requiredWhen?: string;
  limit?: FieldLimit;
  /** For `option` fields: the allowed values and their labels. */
  options?: FieldOption[];
  /** For `object` fields and `objectList` items. */
  fields?: FormField[];
  itemLabel?: string;
  /** For a list of objects whose items are chosen by title: the key of the field that names
   *  an item (`title` for evidence items, `text` for recommendations, strengths and
   *  development areas). */
  titleKey?: string;
  /** For a list of objects with ids: how a new item's id starts (`PL-S`, `PL-D`, `R`, `E`,
   *  `A`, `K`), followed by the first number no id of the document has. */
  idPrefix?: string;
  maxItems?: number;
  /** For `idList` fields: the JSON Pointers of the lists whose items' ids it names (`*` for
   *  any item), e.g. `["/evidence"]`. */
  references?: string[];
}

export interface FormSection {
  id: SectionId;
  title: string;
  fields: FormField[];
}

/** What a front end needs to draw the form without hard-coding it. */
export interface FormDefinition {
  formVersion: 2;
  sections: FormSection[];
  /** The top-level list of acknowledgements: a field like the others, outside every section
   *  (its diagnostics belong to the section of what each acknowledges). */
  acknowledgements: FormField;
}

/** One entry of the catalogue of every code in rules.md. */
export interface RuleInfo {
  code: Code;
  severity: Severity;
  title: string;
  description: string;
}

/** One finding of `scanDisclosure`: a span in UTF-16 code units, `end` exclusive. */
export interface DisclosureFinding {
  code: DisclosureCode;
  severity: Severity;
  start: number;
  end: number;
}

/** The `code` of a thrown error. */
export type RefusalCode =
  /** validateJson: the text is not JSON (with `line` and `column`). */
  | 'not-json'
  /** validateJson: over `limits().maxBytes` (5 MiB) of UTF-8; validate and the text
   *  functions: over `limits().maxValueBytes`, or beyond what memory can hold. */
  | 'too-large'
  /** Nesting deeper than `limits().maxDepth` (64) levels. */
  | 'too-deep'
  /** A number beyond a 64-bit float, such as `1e400`. */
  | 'number-too-large'
  /** A string with a lone surrogate, in a key or a value. */
  | 'lone-surrogate'
  /** validate: a function, a symbol or a BigInt. */
  | 'not-json-value'
  /** validate: an object inside itself. */
  | 'cycle'
  /** A function that takes a string was given something else (a TypeError). */
  | 'not-string'
  /** validate: a getter or Proxy in the document threw something that is not an Error. */
  | 'read-failed'
  /** In a browser, before `await ready()`. */
  | 'not-ready'
  /** A bug inside the module; the next call starts afresh. */
  | 'internal'
  /** Bytes in the module's input buffer that are not UTF-8 (a bug in the package). */
  | 'not-utf8'
  /** migrate: not an object, or its `formVersion` not the number 1 or 2. */
  | 'not-migratable'
  /** nextYear: a format-1 document; migrate it first. */
  | 'migrate-first'
  /** nextYear: not an object, or its `formVersion` not the number 2 (nor 1). */
  | 'not-format-2'
  /** nextYear: `about.periodEnd` is not a real date (or is in the year 9999). */
  | 'no-period';

/** What sefcheck throws for refused input: always an `Error` (a `TypeError` for a wrong
 *  argument type), never a string; its message never holds a value from the document. */
export interface SefcheckError extends Error {
  code: RefusalCode;
  /** validateJson: where the text stops being acceptable, from 1. */
  line?: number;
  /** validateJson: the column, from 1, in UTF-16 code units. */
  column?: number;
}

/** The limits of rules.md "Limits on input" and document.md, as the core holds them. */
export interface Limits {
  /** The most UTF-8 `validateJson` takes: 5,242,880 bytes (5 MiB). */
  maxBytes: number;
  /** The deepest nesting of arrays and objects taken, the top-level value being level 1. */
  maxDepth: number;
  /** The longest list the rules look into; a longer one is `too-many`. */
  maxItems: number;
  /** The longest id. */
  maxIdLength: number;
  /** The most UTF-8 the module takes in for `validate`'s JSON text and the text functions. */
  maxValueBytes: number;
}

export interface ValidateJsonOptions {
  /** Give each diagnostic `line` and `column` (and `endLine`, `endColumn` for a span): where
   *  it is in the text. Without it, the report is exactly `validate(JSON.parse(text))`'s. */
  positions?: boolean;
}

/** A document in the format of document.md, as far as TypeScript can say. */
export type Document = { formVersion?: unknown; [key: string]: unknown };

/** Checks a document: any JavaScript value (a non-object gives a report with one `type`
 *  diagnostic). Throws a `SefcheckError` for nesting deeper than 64 levels and for values
 *  JSON cannot hold (functions, symbols, BigInt, cycles, lone surrogates). */
export function validate(document: unknown): Report;
/** Checks a document given as JSON text. Throws a `SefcheckError` (with `line` and `column`
 *  when the text is not JSON) for what rules.md "Limits on input" refuses. */
export function validateJson(text: string, options?: ValidateJsonOptions): Report;
export function formDefinition(): FormDefinition;
/** A JSON Schema (draft 2020-12). */
export interface JsonSchema {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  $id: string;
  [keyword: string]: unknown;
}
/** The JSON Schema of format 2 for editors, made from formDefinition(): it flags what a draft
 *  may not hold (unknown keys, wrong types, options, forms, limits), never what it still lacks.
 *  A fresh object each call; in browsers after `ready()`. Shipped as `sefcheck/schema.json`. */
export function jsonSchema(): JsonSchema;
export function rules(): RuleInfo[];
/** The limits, a fresh object each call; available at once, before `ready()` in browsers. */
export function limits(): Limits;
/** Words as `text.match(/\S+/g)` counts them. */
export function countWords(text: string): number;
/** Extended grapheme clusters, as `Intl.Segmenter` counts them. */
export function countCharacters(text: string): number;
export function scanDisclosure(text: string): DisclosureFinding[];
/** A new draft: `formVersion: 2` and nothing answered; a fresh object each call. */
export function emptyDocument(): Document;
/** The SHA-256, 64 lower-case hexadecimal digits, of the document's canonical JSON (RFC 8785)
 *  without its top-level `approval` member: what `approval.digest` holds when the document is
 *  approved (rules.md, "The approval"). Any JavaScript value; throws as `validate` throws. */
export function contentDigest(document: unknown): string;
/** A format-2 document made from a format-1 one (docs/spec/migration.md), or a copy of a
 *  format-2 one; a new object, the given one untouched. Throws a `SefcheckError` with code
 *  `not-migratable` for anything else, and as `validate` throws. */
export function migrate(document: unknown): Document;
/** Next year's draft made from a format-2 document (docs/spec/yearly.md): the period a year
 *  on, `previous` linking to this document, what is still owed carried over (actions not
 *  completed, open recommendations, the development areas, the measures with this year's
 *  value as `previous`), everything to evidence again cleared; a new object. Throws a
 *  `SefcheckError` with code `migrate-first` (format 1), `not-format-2` or `no-period`, and as
 *  `validate` throws. */
export function nextYear(document: unknown): Document;
/** What changed from last year's document to this year's (docs/spec/yearly.md): ids, grades,
 *  numbers, dates, statuses and booleans only, never document text. Any two JavaScript values;
 *  throws only as `validate` throws. */
export function compare(previous: unknown, current: unknown): Comparison;

/** How a value moved: by a measure's `better`, by grade (outstanding best), by the audit's
 *  share graded good or better; `unknown` when either value, or the direction, is unknown. */
export type Change = 'better' | 'worse' | 'same' | 'unknown';

/** Two years side by side (docs/spec/yearly.md, "Compare two years"). Every value that is
 *  missing or invalid in a document is `null`. */
export interface Comparison {
  /** `current.previous.digest` is the content digest of `previous`. */
  chain: boolean;
  periods: {
    previous: { start: string | null; end: string | null };
    current: { start: string | null; end: string | null };
  };
  /** The three areas, always, in form order. */
  areas: {
    area: Area;
    grade: { previous: Grade | null; current: Grade | null };
    ofsted: { previous: Grade | null; current: Grade | null };
    change: Change;
  }[];
  measures: {
    /** The measures of both years (by id), in this year's order. */
    matched: {
      id: string;
      area: Area | null;
      unit: Unit | null;
      better: Better | null;
      previous: number | null;
      current: number | null;
      target: number | null;
      change: Change;
    }[];
    added: string[];
    dropped: string[];
  };
  audit: {
    previous: ComparisonAudit;
    current: ComparisonAudit;
    change: Change;
  };
  developmentAreas: {
    carried: { id: string; area: Area }[];
    resolved: { id: string; area: Area }[];
    new: { id: string; area: Area }[];
  };
  actions: {
    completed: string[];
    carried: string[];
    /** `null` when this year's `periodStart` is not a valid date. */
    overdue: string[] | null;
    new: string[];
    dropped: string[];
  };
  recommendations: {
    completed: string[];
    open: string[];
    new: string[];
    dropped: string[];
  };
}

export interface ComparisonAudit {
  casesAudited: number | null;
  /** outstanding + good. */
  goodOrBetter: number | null;
  /** goodOrBetter / casesAudited, from 0 to 1, when the four grades add up to casesAudited > 0. */
  share: number | null;
}

/** Resolves when the module is loaded: at once in Node; in browsers it fetches and compiles
 *  the module, once. `source`: where the `.wasm` is when it is not served beside the
 *  package's files: a URL (string or `URL`), a `Response`, its bytes, or a compiled
 *  `WebAssembly.Module`. Ignored in Node. */
export function ready(source?: string | object): Promise<void>;
