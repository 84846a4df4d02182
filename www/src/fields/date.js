// Dates: the GOV.UK date input (day, month, year), kept as YYYY-MM-DD.
import { h, idFor } from '../dom.js';
import * as ptr from '../pointer.js';
import { isString, labelText } from './common.js';

// ---- dates ---------------------------------------------------------------------------

function splitDate(value) {
  if (!isString(value)) return ['', '', ''];
  const m = /^([^-]*)-([^-]*)-(.*)$/.exec(value);
  if (!m) return ['', '', value];
  return [m[3], m[2], m[1]]; // day, month, year
}

export function renderDate(field, pointer, ctx) {
  const id = idFor(pointer);
  const hintId = `${id}-hint`;
  const [day, month, year] = splitDate(ptr.get(ctx.doc, pointer));
  const group = h('div', { class: 'govuk-form-group' });
  const legend = h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, labelText(field));
  const hint = h(
    'div',
    { id: hintId, class: 'govuk-hint' },
    field.hint ? `${field.hint} For example, 31 3 2026` : 'For example, 31 3 2026',
  );
  const part = (name, text, value, width) =>
    h(
      'div',
      { class: 'govuk-date-input__item' },
      h(
        'div',
        { class: 'govuk-form-group' },
        h('label', { class: 'govuk-label govuk-date-input__label', for: `${id}-${name}` }, text),
        h('input', {
          class: `govuk-input govuk-date-input__input govuk-input--width-${width}`,
          id: `${id}-${name}`,
          name: `${id}-${name}`,
          type: 'text',
          inputmode: 'numeric',
          spellcheck: 'false',
          autocomplete: 'off',
          value,
          'data-pointer': pointer,
          'data-part': name,
        }),
      ),
    );
  const dateInput = h(
    'div',
    { class: 'govuk-date-input', id },
    part('day', 'Day', day, 2),
    part('month', 'Month', month, 2),
    part('year', 'Year', year, 4),
  );
  const inputs = [...dateInput.querySelectorAll('input')];
  const pad = (s) => (/^[0-9]$/.test(s) ? `0${s}` : s);
  dateInput.addEventListener('input', () => {
    const [d, m, y] = inputs.map((i) => i.value.trim());
    const v = d === '' && m === '' && y === '' ? undefined : `${y}-${pad(m)}-${pad(d)}`;
    ctx.set(pointer, v);
  });
  const fieldset = h('fieldset', { class: 'govuk-fieldset', role: 'group', 'aria-describedby': hintId }, legend, hint, dateInput);
  group.append(fieldset);
  const show = (v) => {
    splitDate(v).forEach((part, i) => {
      inputs[i].value = part;
    });
  };
  ctx.register(pointer, { group, after: hint, inputs, focusId: `${id}-day`, describe: fieldset, field, show });
  return group;
}
