// What the field renderers share: small helpers over the definition's wording.

import * as ptr from '../pointer.js';

export const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
export const isString = (v) => typeof v === 'string';

/** The label of a field, with "(optional)" when it is never required. */
export function labelText(field) {
  return field.required || field.requiredWhen ? field.label : `${field.label} (optional)`;
}

export function describedBy(...ids) {
  const s = ids.filter(Boolean).join(' ');
  return s || null;
}

export function currentList(ctx, pointer) {
  const v = ptr.get(ctx.doc, pointer);
  return Array.isArray(v) ? v : null;
}
