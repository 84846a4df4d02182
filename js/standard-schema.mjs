// `sefcheck/standard-schema` (docs/spec/api.md): the rules as a Standard Schema, version 1, for
// the form libraries that take any Standard Schema, and the document's JSON Schema as a
// Standard JSON Schema, for the tools that take one (to describe a form's data, an API's body). It uses the package by its own name, as
// sefcheck/render does, so that it shares the application's loaded module.
import * as api from 'sefcheck';
import { REFUSAL } from './refusals.mjs';

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
/** The JSON Schema dialects `~standard.jsonSchema` writes: jsonSchema() uses only keywords the
 *  two have in common, so that only `$schema` differs. */
const DIALECTS = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
};

/** jsonSchema() in the dialect asked for (Standard JSON Schema's converter). */
function jsonSchemaFor(options) {
  const target = options?.target;
  if (!Object.hasOwn(DIALECTS, target)) {
    throw new RangeError(`sefcheck writes its JSON Schema as draft-2020-12 or draft-07, not ${JSON.stringify(String(target))}`);
  }
  return { ...api.jsonSchema(), $schema: DIALECTS[target] };
}
const converter = Object.freeze({ input: jsonSchemaFor, output: jsonSchemaFor });

/** A diagnostic's JSON Pointer as the interface's list of keys: tokens unescaped, and an index
 *  into an array of the value a number. */
export function pointerToPath(pointer, value) {
  if (pointer === '') return [];
  const path = [];
  let at = value;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    const index = Array.isArray(at) && ARRAY_INDEX.test(key);
    path.push(index ? Number(key) : key);
    at = at !== null && typeof at === 'object' && Object.hasOwn(at, key) ? at[key] : undefined;
  }
  return path;
}

/** The options, checked once, when the schema is made. */
function readOptions(options) {
  if (options === null || typeof options !== 'object') throw new TypeError('createSchema takes an options object');
  const { warnings = false, sections } = options;
  if (typeof warnings !== 'boolean') throw new TypeError('The option `warnings` is true or false');
  if (sections === undefined) return { warnings, sections: null };
  if (!Array.isArray(sections)) throw new TypeError('The option `sections` is an array of section ids');
  const known = new Set(api.formDefinition().sections.map((s) => s.id));
  for (const id of sections) {
    if (typeof id !== 'string') throw new TypeError('The option `sections` is an array of section ids');
    if (!known.has(id)) throw new RangeError(`There is no section ${JSON.stringify(id)}: see formDefinition()`);
  }
  return { warnings, sections: new Set(sections) };
}

function check(value, { warnings, sections }) {
  let report;
  try {
    report = api.validate(value);
  } catch (e) {
    if (e?.code === 'not-ready') return api.ready().then(() => check(value, { warnings, sections }));
    if (!e?.[REFUSAL]) throw e;
    return { issues: [{ message: e.message, path: [], code: e.code, severity: 'error', pointer: '' }] };
  }
  const issues = [];
  for (const d of report.diagnostics) {
    if (d.severity === 'warning' && (!warnings || d.acknowledged)) continue;
    if (sections && !sections.has(d.section)) continue;
    issues.push({
      message: d.message,
      path: pointerToPath(d.path, value),
      code: d.code,
      severity: d.severity,
      section: d.section,
      pointer: d.path,
    });
  }
  return issues.length ? { issues } : { value };
}

/** A Standard Schema that checks a document with sefcheck's rules. */
export function createSchema(options = {}) {
  const read = readOptions(options);
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1,
      vendor: 'sefcheck',
      validate: (value) => check(value, read),
      jsonSchema: converter,
    }),
  });
}

/** The schema with the default options: errors are issues, warnings are not. */
export const selfEvaluation = createSchema();
