// Options and yes/no: radios (or a select for many options), and a checkbox.
import { h, idFor } from '../dom.js';
import * as ptr from '../pointer.js';
import { labelText } from './common.js';

export const MAX_RADIOS = 6;

// ---- options -------------------------------------------------------------------------

export function renderRadios(field, pointer, ctx) {
  const id = idFor(pointer);
  const value = ptr.get(ctx.doc, pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const group = h('div', { class: 'govuk-form-group' });
  const legend = h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, labelText(field));
  const fieldset = h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId }, legend);
  if (field.hint) fieldset.append(h('div', { id: hintId, class: 'govuk-hint' }, field.hint));
  const radios = h('div', { class: 'govuk-radios govuk-radios--small', 'data-module': 'govuk-radios' });
  const inputs = field.options.map((option, i) => {
    const inputId = i === 0 ? id : `${id}-${i + 1}`;
    const input = h('input', {
      class: 'govuk-radios__input',
      id: inputId,
      name: id,
      type: 'radio',
      value: option.value,
      checked: value === option.value,
      'data-pointer': pointer,
    });
    input.addEventListener('change', () => {
      if (!input.checked) return;
      ctx.set(pointer, option.value);
    });
    radios.append(
      h(
        'div',
        { class: 'govuk-radios__item' },
        input,
        h('label', { class: 'govuk-label govuk-radios__label', for: inputId }, option.label),
      ),
    );
    return input;
  });
  fieldset.append(radios);
  group.append(fieldset);
  const show = (v) => {
    for (const input of inputs) input.checked = input.value === v;
  };
  ctx.register(pointer, {
    group,
    after: field.hint ? fieldset.querySelector('.govuk-hint') : legend,
    inputs: [],
    focusId: id,
    describe: fieldset,
    field,
    show,
  });
  return group;
}

export function renderSelect(field, pointer, ctx) {
  const id = idFor(pointer);
  const value = ptr.get(ctx.doc, pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const group = h('div', { class: 'govuk-form-group' });
  const label = h('label', { class: 'govuk-label govuk-label--s', for: id }, labelText(field));
  group.append(label);
  if (field.hint) group.append(h('div', { id: hintId, class: 'govuk-hint' }, field.hint));
  const known = field.options.some((o) => o.value === value);
  const select = h(
    'select',
    { class: 'govuk-select', id, name: id, 'aria-describedby': hintId, 'data-pointer': pointer },
    h('option', { value: '', selected: !known }, 'Select one'),
    field.options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
  );
  select.addEventListener('change', () => {
    ctx.set(pointer, select.value === '' ? undefined : select.value);
  });
  group.append(select);
  const show = (v) => {
    select.value = field.options.some((o) => o.value === v) ? v : '';
  };
  ctx.register(pointer, { group, after: field.hint ? group.children[1] : label, inputs: [select], focusId: id, field, show });
  return group;
}

// ---- yes/no --------------------------------------------------------------------------

export function renderYesNo(field, pointer, ctx) {
  const id = idFor(pointer);
  const value = ptr.get(ctx.doc, pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const group = h('div', { class: 'govuk-form-group' });
  const input = h('input', {
    class: 'govuk-checkboxes__input',
    id,
    name: id,
    type: 'checkbox',
    value: 'yes',
    checked: value === true,
    'aria-describedby': hintId,
    'data-pointer': pointer,
  });
  input.addEventListener('change', () => {
    ctx.set(pointer, input.checked ? true : undefined);
  });
  const item = h(
    'div',
    { class: 'govuk-checkboxes__item' },
    input,
    h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, field.label),
  );
  if (field.hint) item.append(h('div', { id: hintId, class: 'govuk-hint govuk-checkboxes__hint' }, field.hint));
  const boxes = h('div', { class: 'govuk-checkboxes', 'data-module': 'govuk-checkboxes' }, item);
  group.append(boxes);
  const show = (v) => {
    input.checked = v === true;
  };
  ctx.register(pointer, { group, before: boxes, inputs: [], focusId: id, field, show });
  return group;
}
