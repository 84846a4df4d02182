// Types of the `sefcheck` package (docs/spec/api.md and rules.md). What the core defines (the
// codes, section ids, severities, statuses, field kinds, option values, the core's refusal
// codes, and the shapes of reports, the form definition, the catalogue, limits, findings and
// comparisons) is generated from the Rust types into types.generated.d.mts
// (src/typescript.rs; `cargo test` fails when it is not current). This file holds only what is
// JavaScript's own: the functions, `ready`, `SefcheckError` and the facade's refusal codes,
// `ValidateJsonOptions`, `Document`. Checked by `tsc --noEmit` over tests/types.ts in
// `npm test`, and the unions against what the package returns (tests/unions.test.mjs); the
// build copies this file to pkg/index.d.mts (for `import`) and pkg/index.d.cts (for
// `require`), and the generated file beside each (pkg/types.generated.d.mts and .d.cts).

import type { Comparison, CoreRefusalCode, DisclosureFinding, FormDefinition, Limits, Report, RuleInfo } from './types.generated.mjs';

export type {
  ActionArea,
  Area,
  Better,
  Change,
  Code,
  Comparison,
  ComparisonAudit,
  CoreRefusalCode,
  DevelopmentAreaStatus,
  Diagnostic,
  DisclosureCode,
  DisclosureFinding,
  EvidenceKind,
  FieldKind,
  FieldLimit,
  FieldOption,
  FormDefinition,
  FormField,
  FormSection,
  Grade,
  LimitUnit,
  Limits,
  OptionValue,
  Patterns,
  ProgressStatus,
  Report,
  RuleInfo,
  SectionId,
  SectionReport,
  SectionStatus,
  Severity,
  Span,
  Unit,
} from './types.generated.mjs';

/** The `code` of a thrown error: the core's, or one only JavaScript can see. */
export type RefusalCode = CoreRefusalCode | FacadeRefusalCode;

/** The refusals only JavaScript can see, decided and worded by the facade (js/refusals.mjs). */
export type FacadeRefusalCode =
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
  | 'internal';

/** What sefcheck throws for refused input: always an `Error` (a `TypeError` for a wrong
 *  argument type), never a string; its message never holds a value from the document. */
export interface SefcheckError extends Error {
  code: RefusalCode;
  /** validateJson: where the text stops being acceptable, from 1. */
  line?: number;
  /** validateJson: the column, from 1, in UTF-16 code units. */
  column?: number;
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
/** Checks a document given as JSON text, or as its UTF-8 bytes (a `Uint8Array`, such as a Node
 *  `Buffer`; a leading byte order mark is left out). Throws a `SefcheckError` (with `line` and
 *  `column` when the text is not JSON; `not-utf8` for bytes that are not UTF-8) for what
 *  rules.md "Limits on input" refuses. */
export function validateJson(text: string | Uint8Array, options?: ValidateJsonOptions): Report;
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
 *  without its top-level `approval` and `$schema` members: what `approval.digest` holds when the document is
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

/** Resolves when the module is loaded: at once in Node; in browsers it fetches and compiles
 *  the module, once. `source`: where the `.wasm` is when it is not served beside the
 *  package's files: a URL (string or `URL`), a `Response`, its bytes, or a compiled
 *  `WebAssembly.Module`. Ignored in Node. */
export function ready(source?: string | object): Promise<void>;
