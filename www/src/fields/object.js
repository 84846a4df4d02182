// A group of answers: a fieldset (or, for a section's own object, the page itself).
import { h, idFor } from '../dom.js';
import { labelText } from './common.js';

// ---- objects -------------------------------------------------------------------------

export function renderObject(field, pointer, ctx, opts) {
  // Headings inside: one level below the section's h1, or below this object's own h2.
  const level = opts.top && !opts.only ? 3 : (opts.level ?? 2);
  const children = field.fields.map((child) => ctx.field(child, `${pointer}/${child.key}`, ctx, { level }));
  if (opts.top && opts.only) {
    const box = h('div', { class: 'app-object' }, children);
    ctx.register(pointer, { group: box, before: box.firstChild, inputs: [], focusId: null, field });
    return box;
  }
  if (opts.top) {
    const headingId = `${idFor(pointer)}-heading`;
    const box = h(
      'div',
      { class: 'app-object' },
      h('h2', { class: 'govuk-heading-m', id: headingId, tabindex: '-1' }, field.label),
      field.hint ? h('p', { class: 'govuk-hint' }, field.hint) : null,
      children,
    );
    ctx.register(pointer, { group: box, after: box.children[0], inputs: [], focusId: headingId, field });
    return box;
  }
  const id = idFor(pointer);
  const legend = h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m', id: `${id}-legend` }, labelText(field));
  const hint = field.hint ? h('div', { class: 'govuk-hint', id: `${id}-hint` }, field.hint) : null;
  const fieldset = h(
    'fieldset',
    { class: 'govuk-fieldset app-object', 'aria-describedby': hint ? `${id}-hint` : null },
    legend,
    hint,
    children,
  );
  const group = h('div', { class: 'govuk-form-group' }, fieldset);
  ctx.register(pointer, { group, after: hint ?? legend, inputs: [], focusId: null, field });
  return group;
}
