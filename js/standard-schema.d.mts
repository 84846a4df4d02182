// Types of `sefcheck/standard-schema` (docs/spec/api.md): the rules as a Standard Schema,
// version 1, on the interface of @standard-schema/spec.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import type { Code, Document, RefusalCode, SectionId, Severity } from 'sefcheck';

/** An issue: one diagnostic that counts, or a refusal of the whole value. */
export interface SefcheckIssue extends StandardSchemaV1.Issue {
  /** The diagnostic's message; never a value from the document. */
  readonly message: string;
  /** The diagnostic's JSON Pointer as keys, an index into an array as a number; `[]` for the
   *  document itself. */
  readonly path: ReadonlyArray<string | number>;
  /** A diagnostic code, or for a value `validate` refuses, the refusal's code. */
  readonly code: Code | RefusalCode;
  readonly severity: Severity;
  /** The section of the diagnostic; absent for a refusal. */
  readonly section?: SectionId;
  /** The diagnostic's `path`, as the report writes it. */
  readonly pointer: string;
}

export interface SefcheckFailure extends StandardSchemaV1.FailureResult {
  readonly issues: ReadonlyArray<SefcheckIssue>;
}

/** A Standard Schema whose `validate` gives sefcheck's issues, and a Standard JSON Schema. `T` is the type the
 *  application gives its document (a form library's values); success hands back the same
 *  value. */
export interface SefcheckSchema<T = Document> extends StandardSchemaV1<T, T>, StandardJSONSchemaV1<T, T> {
  readonly '~standard': Omit<StandardSchemaV1.Props<T, T>, 'vendor' | 'validate'> & {
    readonly vendor: 'sefcheck';
    /** jsonSchema() in the dialect asked for: `draft-2020-12` or `draft-07` (the same
     *  keywords, another `$schema`); any other target is a RangeError. Input and output are
     *  the same: success hands back the value given. */
    readonly jsonSchema: StandardJSONSchemaV1.Converter;
    readonly validate: (
      value: unknown,
      options?: StandardSchemaV1.Options,
    ) => StandardSchemaV1.SuccessResult<T> | SefcheckFailure | Promise<StandardSchemaV1.SuccessResult<T> | SefcheckFailure>;
  };
}

export interface SchemaOptions {
  /** Warnings no acknowledgement covers are issues too. Default false. */
  warnings?: boolean;
  /** Only diagnostics of these sections are issues. Default: all eleven. */
  sections?: readonly SectionId[];
}

/** A schema with these options; a fresh one each call. */
export function createSchema<T = Document>(options?: SchemaOptions): SefcheckSchema<T>;

/** The schema with the default options: errors are issues, warnings are not. */
export const selfEvaluation: SefcheckSchema;

/** A JSON Pointer as an issue's `path`, reading `value` to tell array indices from keys. */
export function pointerToPath(pointer: string, value: unknown): (string | number)[];
