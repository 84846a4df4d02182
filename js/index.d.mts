// Types of the `sefcheck` package (docs/spec/api.md and rules.md). Written by hand, checked by
// `tsc --noEmit` over tests/types.ts in `npm test`, and its unions of codes, section ids,
// statuses, kinds and option values checked against what the package returns
// (tests/unions.test.mjs); the build copies this file to pkg/index.d.mts (for `import`) and
// pkg/index.d.cts (for `require`).

/** The ten sections of the form, in form order. */
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
  | 'declarations';

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
  | 'disclosure-named-person';

/** Every diagnostic code of rules.md. */
export type Code =
  | 'type'
  | 'required'
  | 'unsupported-version'
  | 'unknown-field'
  | 'invalid-option'
  | 'invalid-date'
  | 'invalid-id'
  | 'out-of-range'
  | 'too-long'
  | 'word-limit'
  | 'too-many'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'date-order'
  | 'period-length'
  | 'meeting-before-sharing'
  | 'inspection-overdue'
  | 'action-required'
  | 'grade-jump'
  | 'qualitative-evidence'
  | 'unused-evidence'
  | 'evidence-date'
  | 'action-horizon'
  | 'audit-total'
  | 'declaration-required'
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
  warnings: number;
}

/** What `validate` and `validateJson` return (rules.md, "The report"). */
export interface Report {
  formVersion: 1;
  /** True exactly when `errors` is 0. */
  readyToShare: boolean;
  errors: number;
  warnings: number;
  /** All ten sections, always, in form order. */
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
  | 'count'
  | 'number'
  | 'yesNo'
  | 'object'
  | 'textList'
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
export type OptionValue = Grade | EvidenceKind | ActionArea | Unit | Better | ProgressStatus;

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
  maxItems?: number;
  /** For `idList` fields: the pointer of the list whose ids it names. */
  references?: string;
}

export interface FormSection {
  id: SectionId;
  title: string;
  fields: FormField[];
}

/** What a front end needs to draw the form without hard-coding it. */
export interface FormDefinition {
  formVersion: 1;
  sections: FormSection[];
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
  | 'not-utf8';

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
export function rules(): RuleInfo[];
/** The limits, a fresh object each call; available at once, before `ready()` in browsers. */
export function limits(): Limits;
/** Words as `text.match(/\S+/g)` counts them. */
export function countWords(text: string): number;
/** Extended grapheme clusters, as `Intl.Segmenter` counts them. */
export function countCharacters(text: string): number;
export function scanDisclosure(text: string): DisclosureFinding[];
/** A new draft: `formVersion: 1` and nothing answered; a fresh object each call. */
export function emptyDocument(): Document;
/** Resolves when the module is loaded: at once in Node; in browsers it fetches and compiles
 *  the module, once. `source`: where the `.wasm` is when it is not served beside the
 *  package's files: a URL (string or `URL`), a `Response`, its bytes, or a compiled
 *  `WebAssembly.Module`. Ignored in Node. */
export function ready(source?: string | object): Promise<void>;
