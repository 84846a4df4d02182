// Draws a section's fields from the form definition (formDefinition() of the package): no
// field is named here. Each field kind has one way of being drawn, edited and read back, in a
// module of its own; the definition says which fields there are, their labels, hints, limits
// and options.
import { h } from '../dom.js';
import { renderDate } from './date.js';
import { MAX_RADIOS, renderRadios, renderSelect, renderYesNo } from './choices.js';
import { renderDigest } from './digest.js';
import { renderIdList } from './references.js';
import { renderObjectList, renderTextList } from './lists.js';
import { renderObject } from './object.js';
import { renderNumber, renderTextual } from './text.js';

/**
 * The context a section is drawn in:
 *  doc: the draft (read only here); api: the package;
 *  set(pointer, value): an answer changed (undefined: left out of the draft);
 *  add(listPointer, item), remove(listPointer, index): an item added or removed;
 *  rerender(opts): draw the section again (after adding or removing an item);
 *  field(field, pointer, ctx, opts): draws a field (for the fields inside objects and lists);
 *  register(pointer, entry): where diagnostics at `pointer` go; an entry's `show(value)`, when
 *  it has one, shows a value saved in another tab without drawing the section again.
 */
export function renderSectionFields(section, ctx) {
  const out = [];
  const only = section.fields.length === 1;
  const withFields = { ...ctx, field: renderField };
  for (const field of section.fields) {
    out.push(renderField(field, field.path, withFields, { top: true, only, level: 2 }));
  }
  return out;
}

export function renderField(field, pointer, ctx, opts = {}) {
  switch (field.kind) {
    case 'text':
    case 'line':
    case 'id':
    case 'pointer':
      return renderTextual(field, pointer, ctx, opts);
    case 'digest':
      return renderDigest(field, pointer, ctx);
    case 'count':
    case 'number':
      return renderNumber(field, pointer, ctx);
    case 'date':
      return renderDate(field, pointer, ctx);
    case 'option':
      return field.options.length > MAX_RADIOS ? renderSelect(field, pointer, ctx) : renderRadios(field, pointer, ctx);
    case 'yesNo':
      return renderYesNo(field, pointer, ctx);
    case 'object':
      return renderObject(field, pointer, ctx, opts);
    case 'textList':
      return renderTextList(field, pointer, ctx, { level: opts.level ?? 2 });
    case 'idList':
      return renderIdList(field, pointer, ctx);
    case 'objectList':
      return renderObjectList(field, pointer, ctx, { level: opts.level ?? 2 });
    default:
      return h('p', { class: 'govuk-body' }, `This form cannot show a field of kind ${field.kind}.`);
  }
}
