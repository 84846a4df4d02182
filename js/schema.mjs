// The JSON Schema (draft 2020-12) of format 2 for editors (docs/spec/api.md, `jsonSchema()`),
// made from the form definition, never written by hand: every key, type, option list, list
// limit, character limit, label and hint is the definition's. It checks what a draft may not
// hold, never what a draft may lack: no `required`, and every field takes `null`, and a string
// field an empty or blank string, as "no answer" (document.md), so a draft stays valid while it
// is written. Made in JavaScript so that the WebAssembly module does not grow.

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Names the format the schema describes, not a place to fetch it from. */
const ID = (formVersion) => `urn:sefcheck:self-evaluation:format-${formVersion}`;
/** "No answer" for a string: empty or only white space (document.md). JavaScript's `\s` is
 *  exactly the white space of rules.md, "Counting". */
const BLANK = '^\\s*$';
/** The JSON types of the kinds of value (document.md, "Kinds of value"). */
const JSON_TYPE = {
  text: 'string',
  line: 'string',
  date: 'string',
  option: 'string',
  id: 'string',
  digest: 'string',
  pointer: 'string',
  count: 'number',
  number: 'number',
  yesNo: 'boolean',
  object: 'object',
  idList: 'array',
  objectList: 'array',
};
/** What a value of the kinds with a fixed form looks like, said to the person typing it. */
const FORM_WORDS = {
  date: 'A date written YYYY-MM-DD.',
  digest: 'A SHA-256 digest: 64 digits and letters a to f.',
  pointer: 'A JSON Pointer: empty, or starting with /.',
};
const SHARED = 'before the self-evaluation is shared';

/** 1500 → "1,500", as the rules' messages write numbers. */
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** A value of `type`, or no answer. */
const orNull = (type) => [type, 'null'];

/** When a field needs an answer, in words (never a `required` keyword: drafts are valid). */
function requirement(field) {
  if (field.requiredWhen) return `Required when ${field.requiredWhen}.`;
  if (!field.required) return 'Optional.';
  if (field.kind === 'yesNo') return `Must be true ${SHARED}.`;
  if (field.kind === 'idList' || field.kind === 'objectList') return `At least one is required ${SHARED}.`;
  return `Required ${SHARED}.`;
}

function description(field) {
  const parts = [];
  if (field.hint) parts.push(field.hint);
  if (FORM_WORDS[field.kind]) parts.push(FORM_WORDS[field.kind]);
  if (field.limit) parts.push(`Up to ${thousands(field.limit.max)} ${field.limit.unit}.`);
  if (field.references) parts.push(`The ids of items of ${field.references.join(', ')}.`);
  parts.push(requirement(field));
  return parts.join(' ');
}

/** A string of a fixed form, or no answer. */
const formed = (pattern) => ({ type: orNull('string'), pattern: `${BLANK}|${pattern}` });

/** An object whose members are `fields`: any other member is an `unknown-field`. */
function objectOf(fields, patterns) {
  return {
    type: orNull('object'),
    properties: Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f, patterns)])),
    additionalProperties: false,
  };
}

/** The schema of one field, and of everything below it. */
function fieldSchema(field, patterns) {
  const head = { title: field.label, description: description(field) };
  switch (field.kind) {
    case 'text':
      return { ...head, type: orNull('string') };
    case 'line':
      // A limit in characters counts grapheme clusters, `maxLength` code points, of which a
      // cluster has one or more: never under the count, so a line over its limit is always
      // flagged (docs/spec/api.md says when it is flagged early).
      return { ...head, type: orNull('string'), ...(field.limit?.unit === 'characters' && { maxLength: field.limit.max }) };
    case 'date':
    case 'id':
    case 'digest':
    case 'pointer':
      return { ...head, ...formed(patterns[field.kind]) };
    case 'option':
      return {
        ...head,
        type: orNull('string'),
        anyOf: [{ enum: field.options.map((o) => o.value) }, { pattern: BLANK }],
      };
    case 'count':
      return { ...head, type: orNull('number'), minimum: 0, multipleOf: 1 };
    case 'number':
    case 'yesNo':
      return { ...head, type: orNull(JSON_TYPE[field.kind]) };
    case 'object':
      return { ...head, ...objectOf(field.fields, patterns) };
    case 'idList':
      return { ...head, type: orNull('array'), maxItems: field.maxItems, items: formed(patterns.id) };
    case 'objectList':
      return {
        ...head,
        type: orNull('array'),
        maxItems: field.maxItems,
        items: { title: capitalise(field.itemLabel), ...objectOf(field.fields, patterns) },
      };
    default:
      throw new Error(`jsonSchema: the definition has a kind it does not know: ${field.kind}`);
  }
}

/**
 * The JSON Schema of the document `definition` (formDefinition()) describes: each section's
 * members at their paths (the three areas inside `areas`), the acknowledgements, `formVersion`
 * and the editor's own `$schema` member (document.md, "Top level"). A new object each call.
 */
export function jsonSchemaOf(definition) {
  const { formVersion, patterns } = definition;
  const top = {
    $schema: {
      title: 'JSON Schema',
      description:
        'Where the JSON Schema your editor checks this file with is, such as ./node_modules/sefcheck/schema.json. No field of the self-evaluation: sefcheck leaves it out of the content digest.',
      type: orNull('string'),
    },
    formVersion: {
      title: 'Form version',
      description: `The format of this document: ${formVersion}. A format-1 document is migrated with sefcheck migrate. Required ${SHARED}.`,
      type: orNull('number'),
      enum: [formVersion, null],
    },
  };
  // An object that only holds sections (`areas`), with the titles of the sections it holds.
  const holders = new Map();
  for (const section of definition.sections) {
    for (const field of section.fields) {
      // The members of a section hang at their paths: `/about`, `/areas/privateLaw`.
      const keys = field.path.slice(1).split('/');
      let at = top;
      for (const key of keys.slice(0, -1)) {
        at[key] ??= { description: '', type: orNull('object'), properties: {}, additionalProperties: false };
        holders.set(at[key], [...(holders.get(at[key]) ?? []), section.title]);
        at = at[key].properties;
      }
      at[field.key] = fieldSchema(field, patterns);
    }
  }
  for (const [holder, titles] of holders) holder.description = `Holds the sections ${titles.join('; ')}.`;
  top[definition.acknowledgements.key] = fieldSchema(definition.acknowledgements, patterns);
  return {
    $schema: DIALECT,
    $id: ID(formVersion),
    title: `Self-evaluation of frontline practice, format ${formVersion}`,
    description:
      "A Cafcass self-evaluation of frontline practice, as sefcheck checks it. This schema flags misspelt keys, values of the wrong type, options and forms that are not the format's, and lines and lists over their limits; it never asks for an answer, so a draft is valid: sefcheck says what is still to do.",
    type: 'object',
    properties: top,
    additionalProperties: false,
  };
}
