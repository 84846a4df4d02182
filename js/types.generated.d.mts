// Written by `cargo test` from the Rust types (src/typescript.rs): do not edit. After a change
// to those types, write it again with `SEFCHECK_WRITE_TYPES=1 cargo test --lib typescript`.

/** The eleven sections of the form, in form order. */
export type SectionId =
  | "about"
  | "inspection"
  | "privateLaw"
  | "publicLaw"
  | "leadership"
  | "voice"
  | "evidence"
  | "actions"
  | "performance"
  | "declarations"
  | "approval";

export type Severity = "error" | "warning";

/** A section's status, from the GOV.UK "complete multiple tasks" pattern. */
export type SectionStatus = "notStarted" | "cannotStartYet" | "inProgress" | "completed";

/** Every diagnostic code of rules.md ("Codes"), written as its kebab-case string. */
export type Code =
  | "type"
  | "required"
  | "format-1"
  | "unsupported-version"
  | "unknown-field"
  | "invalid-option"
  | "invalid-date"
  | "invalid-id"
  | "invalid-digest"
  | "invalid-pointer"
  | "out-of-range"
  | "too-long"
  | "word-limit"
  | "too-many"
  | "duplicate-id"
  | "unknown-reference"
  | "date-order"
  | "period-length"
  | "late-sharing"
  | "meeting-before-sharing"
  | "inspection-overdue"
  | "recommendation-unaddressed"
  | "development-area-unaddressed"
  | "action-required"
  | "grade-jump"
  | "qualitative-evidence"
  | "unused-evidence"
  | "evidence-date"
  | "evidence-after-approval"
  | "action-horizon"
  | "audit-total"
  | "small-number"
  | "declaration-required"
  | "approval-before-period-end"
  | "approval-changed"
  | "acknowledgement-of-error"
  | "acknowledgement-unused"
  | "disclosure-case-number"
  | "disclosure-nhs-number"
  | "disclosure-ni-number"
  | "disclosure-postcode"
  | "disclosure-email"
  | "disclosure-phone"
  | "disclosure-date-of-birth"
  | "disclosure-named-person"
  | "disclosure-school"
  | "disclosure-first-name";

/** The codes of the disclosure checks (rules.md, "Disclosure checks"). */
export type DisclosureCode =
  | "disclosure-case-number"
  | "disclosure-nhs-number"
  | "disclosure-ni-number"
  | "disclosure-postcode"
  | "disclosure-email"
  | "disclosure-phone"
  | "disclosure-date-of-birth"
  | "disclosure-named-person"
  | "disclosure-school"
  | "disclosure-first-name";

/** Where a disclosure finding lies in its string, in UTF-16 code units, `end` exclusive. */
export type Span = {
  start: number;
  end: number;
};

/** One diagnostic of a report (rules.md, "The report"). */
export type Diagnostic = {
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
  /**
   * With `validateJson(text, { positions: true })` only: the line (from 1, lines ending at
   * U+000A) where the value at `path` starts in the text (for a missing field, the nearest
   * enclosing value that is present), or where the disclosure finding starts.
   */
  line?: number;
  /** With `line`: the column, from 1, in UTF-16 code units. */
  column?: number;
  /** With `line`, on a diagnostic with a `span`: where the finding ends (exclusive). */
  endLine?: number;
  endColumn?: number;
};

export type SectionReport = {
  id: SectionId;
  title: string;
  status: SectionStatus;
  errors: number;
  /** Warnings no acknowledgement covers. */
  warnings: number;
  /** Warnings an acknowledgement covers. */
  acknowledged: number;
};

/** What `validate` and `validateJson` return (rules.md, "The report"). */
export type Report = {
  /** Always 2: the format of the rules applied. */
  formVersion: 2;
  /** True exactly when `errors` is 0. */
  readyToShare: boolean;
  errors: number;
  /** Warnings no acknowledgement covers. */
  warnings: number;
  /** Warnings an acknowledgement covers: still in `diagnostics`, marked `acknowledged`. */
  acknowledged: number;
  /** All eleven sections, always, in form order. */
  sections: Array<SectionReport>;
  /** In form order. */
  diagnostics: Array<Diagnostic>;
};

/** A grade, best first: an area's own, Ofsted's last. */
export type Grade = "outstanding" | "good" | "requiresImprovement" | "inadequate";

/** The kind of an evidence item. */
export type EvidenceKind =
  | "audit"
  | "thematicAudit"
  | "performanceData"
  | "childFeedback"
  | "familyFeedback"
  | "complaints"
  | "learningReview"
  | "observation"
  | "partnerFeedback"
  | "staffSurvey"
  | "other";

/** A judgement area: a measure's `area`, and the key of each area in `areas`. */
export type Area = "privateLaw" | "publicLaw" | "leadership";

/** An action's `area`: a judgement area, or all of them. */
export type ActionArea = "privateLaw" | "publicLaw" | "leadership" | "crossCutting";

/** A measure's unit. */
export type Unit = "percent" | "days" | "weeks" | "count";

/** Whether a measure is better higher or lower. */
export type Better = "higher" | "lower";

/** The `status` of a recommendation or an action. */
export type ProgressStatus = "notStarted" | "inProgress" | "completed";

/** A development area's `status`: absent means `open`. */
export type DevelopmentAreaStatus = "open" | "resolved";

/** Every option value of the form; an acknowledgement's `code` may be any code of the catalogue. */
export type OptionValue = Grade | EvidenceKind | Area | ActionArea | Unit | Better | ProgressStatus | DevelopmentAreaStatus | Code;

export type FieldKind =
  | "text"
  | "line"
  | "date"
  | "option"
  | "id"
  | "digest"
  | "pointer"
  | "count"
  | "number"
  | "yesNo"
  | "object"
  | "idList"
  | "objectList";

export type LimitUnit = "words" | "characters";

export type FieldLimit = {
  max: number;
  unit: LimitUnit;
};

/** One option of an `option` field: its value in the document, and its label. */
export type FieldOption = {
  value: OptionValue;
  label: string;
};

export type FormField = {
  key: string;
  /**
   * A JSON Pointer; inside list items the item's index is written `*` (`/evidence/*` then
   * `/id` for the id of every evidence item).
   */
  path: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  required: boolean;
  /** When the field is required only in some cases: says which. */
  requiredWhen?: string;
  limit?: FieldLimit;
  /** For `option` fields: the allowed values and their labels. */
  options?: Array<FieldOption>;
  /** For `object` fields and `objectList` items. */
  fields?: Array<FormField>;
  itemLabel?: string;
  /**
   * For a list of objects whose items are chosen by title: the key of the field that names
   * an item (`title` for evidence items, `text` for recommendations, strengths and
   * development areas).
   */
  titleKey?: string;
  /**
   * For a list of objects with ids: how the id of a new item starts (`PL-S`, `PL-D`, `R`,
   * `E`, `A`, `K`), followed by the first number no id of the document has.
   */
  idPrefix?: string;
  maxItems?: number;
  /**
   * For `idList` fields: the JSON Pointers of the lists whose items' ids it names (`*` for
   * any item), e.g. `["/evidence"]`.
   */
  references?: Array<string>;
};

export type FormSection = {
  id: SectionId;
  title: string;
  /** The members of the document this section holds (for most sections one object). */
  fields: Array<FormField>;
};

/**
 * The form of a valid value of each kind that is a string of a fixed form (document.md,
 * "Kinds of value"), as an ECMAScript regular expression (`u` flag), anchored: what an editor
 * or a front end can check as the user types. A date's form only: whether it is a real
 * calendar date is the rules' to say. The rules' own checks (rules/values.rs, rules/time.rs,
 * digest.rs) are the reference; tests/json-schema.test.mjs holds each pattern to them.
 */
export type Patterns = {
  date: string;
  id: string;
  digest: string;
  pointer: string;
};

/** What a front end needs to draw the form without hard-coding it. */
export type FormDefinition = {
  formVersion: 2;
  sections: Array<FormSection>;
  /**
   * The top-level list of acknowledgements: a field like the others, outside every section
   * (its diagnostics belong to the section of what each acknowledges).
   */
  acknowledgements: FormField;
  patterns: Patterns;
};

/** One entry of the catalogue of every code in rules.md, as `rules()` gives it. */
export type RuleInfo = {
  code: Code;
  severity: Severity;
  title: string;
  description: string;
};

/** One finding as `scanDisclosure` gives it: a span in UTF-16 code units, `end` exclusive. */
export type DisclosureFinding = {
  code: DisclosureCode;
  severity: Severity;
  start: number;
  end: number;
};

/** The `code` of a refusal the core decides (src/refusal.rs). */
export type CoreRefusalCode =
  /** validateJson: the text is not JSON (with `line` and `column`). */
  | "not-json"
  /** validateJson: over `limits().maxBytes` (5 MiB) of UTF-8; validate and the text functions: over `limits().maxValueBytes`, or beyond what memory can hold. */
  | "too-large"
  /** Nesting deeper than `limits().maxDepth` (64) levels. */
  | "too-deep"
  /** A number beyond a 64-bit float, such as `1e400`. */
  | "number-too-large"
  /** A string with a lone surrogate, in a key or a value. */
  | "lone-surrogate"
  /** validateJson: bytes (a Uint8Array) that are not UTF-8. */
  | "not-utf8"
  /** migrate: not an object, or its `formVersion` not the number 1 or 2. */
  | "not-migratable"
  /** nextYear: a format-1 document; migrate it first. */
  | "migrate-first"
  /** nextYear: not an object, or its `formVersion` not the number 2 (nor 1). */
  | "not-format-2"
  /** nextYear: `about.periodEnd` is not a real date (or is in the year 9999). */
  | "no-period";

/**
 * The limits of rules.md "Limits on input" and document.md, as the core holds them: what
 * JavaScript's `limits()` gives.
 */
export type Limits = {
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
};

/**
 * How a value moved: by a measure's `better`, by grade (outstanding best), by the audit's
 * share graded good or better; `unknown` when either value, or the direction, is unknown.
 */
export type Change = "better" | "worse" | "same" | "unknown";

/**
 * Two years side by side (docs/spec/yearly.md, "Compare two years"). Every value that is
 * missing or invalid in a document is `null`.
 */
export type Comparison = {
  /** `current.previous.digest` is the content digest of `previous`. */
  chain: boolean;
  periods: {
    previous: {
      start: string | null;
      end: string | null;
    };
    current: {
      start: string | null;
      end: string | null;
    };
  };
  /** The three areas, always, in form order. */
  areas: Array<{
    area: Area;
    grade: {
      previous: Grade | null;
      current: Grade | null;
    };
    ofsted: {
      previous: Grade | null;
      current: Grade | null;
    };
    change: Change;
  }>;
  measures: {
    /** The measures of both years (by id), in this year's order. */
    matched: Array<{
      id: string;
      area: Area | null;
      unit: Unit | null;
      better: Better | null;
      previous: number | null;
      current: number | null;
      target: number | null;
      change: Change;
    }>;
    added: Array<string>;
    dropped: Array<string>;
  };
  audit: {
    previous: ComparisonAudit;
    current: ComparisonAudit;
    change: Change;
  };
  developmentAreas: {
    carried: Array<{
      id: string;
      area: Area;
    }>;
    resolved: Array<{
      id: string;
      area: Area;
    }>;
    new: Array<{
      id: string;
      area: Area;
    }>;
  };
  actions: {
    completed: Array<string>;
    carried: Array<string>;
    /** `null` when this year's `periodStart` is not a valid date. */
    overdue: Array<string> | null;
    new: Array<string>;
    dropped: Array<string>;
  };
  recommendations: {
    completed: Array<string>;
    open: Array<string>;
    new: Array<string>;
    dropped: Array<string>;
  };
};

/** One year's practice audit, as `compare` gives it. */
export type ComparisonAudit = {
  casesAudited: number | null;
  /** outstanding + good. */
  goodOrBetter: number | null;
  /** goodOrBetter / casesAudited, from 0 to 1, when the four grades add up to casesAudited > 0. */
  share: number | null;
};
