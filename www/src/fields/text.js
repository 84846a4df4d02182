// Text, lines, ids and numbers: inputs and text areas, with the GOV.UK character count made by
// the package's own counting.
import { h, idFor } from '../dom.js';
import * as ptr from '../pointer.js';
import { describedBy, isString, labelText } from './common.js';

// ---- counts --------------------------------------------------------------------------

function countMessage(n, limit) {
  const unit = limit.unit === 'words' ? 'word' : 'character';
  const left = limit.max - n;
  if (left >= 0) return `You have ${left} ${unit}${left === 1 ? '' : 's'} remaining`;
  const over = -left;
  return `You have ${over} ${unit}${over === 1 ? '' : 's'} too many`;
}

/**
 * The GOV.UK character count's message, counted by the package (countWords/countCharacters),
 * so that the count on screen is the count the validator and the CLI use.
 */
function counter(id, limit, input, ctx) {
  const count = limit.unit === 'words' ? ctx.api.countWords : ctx.api.countCharacters;
  const info = h(
    'div',
    { id: `${id}-info`, class: 'govuk-hint govuk-character-count__message govuk-visually-hidden' },
    `You can enter up to ${limit.max} ${limit.unit}`,
  );
  const status = h('div', {
    class: 'govuk-hint govuk-character-count__message govuk-character-count__status',
    'aria-hidden': 'true',
    'data-count-for': id,
  });
  const sr = h('div', { class: 'govuk-character-count__sr-status govuk-visually-hidden', 'aria-live': 'polite' });
  let timer = null;
  const update = (announce) => {
    const n = count(input.value);
    const text = countMessage(n, limit);
    const over = n > limit.max;
    status.textContent = text;
    status.dataset.count = String(n);
    status.classList.toggle('govuk-error-message', over);
    status.classList.toggle('govuk-hint', !over);
    input.classList.toggle(
      input.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : 'govuk-input--error',
      over || input.dataset.error === 'true',
    );
    clearTimeout(timer);
    if (announce) timer = setTimeout(() => (sr.textContent = text), 1000);
  };
  input.addEventListener('input', () => update(true));
  update(false);
  return { nodes: [info, status, sr], update };
}

// ---- text, line, id ------------------------------------------------------------------

export function renderTextual(field, pointer, ctx, opts) {
  const id = idFor(pointer);
  const value = ptr.get(ctx.doc, pointer);
  const limit = field.limit;
  const hintId = field.hint ? `${id}-hint` : null;
  const group = h('div', { class: `govuk-form-group${limit ? ' govuk-character-count' : ''}` });
  const label = h(
    'label',
    { class: `govuk-label${opts.labelClass ? ` ${opts.labelClass}` : ' govuk-label--s'}`, for: id },
    opts.label ?? labelText(field),
  );
  group.append(label);
  const hint = field.hint ? h('div', { id: hintId, class: 'govuk-hint' }, field.hint) : null;
  if (hint) group.append(hint);
  let input;
  const common = {
    id,
    name: id,
    'aria-describedby': describedBy(hintId, limit ? `${id}-info` : null),
    'data-pointer': pointer,
    'data-kind': field.kind,
  };
  if (field.kind === 'text') {
    input = h('textarea', { ...common, class: 'govuk-textarea', rows: limit && limit.max >= 800 ? 10 : 5, spellcheck: 'true' });
  } else {
    const width = field.kind === 'id' ? ' govuk-input--width-20' : '';
    input = h('input', {
      ...common,
      class: `govuk-input${width}`,
      type: 'text',
      // References and digests are codes, not words.
      spellcheck: field.kind === 'id' || field.kind === 'digest' ? 'false' : 'true',
      autocomplete: 'off',
    });
  }
  input.value = isString(value) ? value : '';
  input.addEventListener('input', () => {
    // A list of text keeps an emptied item (it is still an item); elsewhere an empty answer
    // is left out of the draft.
    const v = input.value === '' && !opts.keepEmpty ? undefined : input.value;
    ctx.set(pointer, v);
  });
  group.append(input);
  const count = limit ? counter(id, limit, input, ctx) : null;
  if (count) group.append(...count.nodes);
  const show = (v) => {
    input.value = isString(v) ? v : '';
    count?.update(false);
  };
  ctx.register(pointer, { group, after: hint ?? label, inputs: [input], focusId: id, textInput: input, field, show });
  return opts.wrap ? opts.wrap(group) : group;
}

// ---- numbers -------------------------------------------------------------------------

const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

export function renderNumber(field, pointer, ctx) {
  const id = idFor(pointer);
  const value = ptr.get(ctx.doc, pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const group = h('div', { class: 'govuk-form-group' });
  const label = h('label', { class: 'govuk-label govuk-label--s', for: id }, labelText(field));
  group.append(label);
  if (field.hint) group.append(h('div', { id: hintId, class: 'govuk-hint' }, field.hint));
  const input = h('input', {
    id,
    name: id,
    class: 'govuk-input govuk-input--width-5',
    type: 'text',
    inputmode: field.kind === 'count' ? 'numeric' : 'decimal',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': hintId,
    'data-pointer': pointer,
    'data-kind': field.kind,
  });
  input.value = typeof value === 'number' ? String(value) : isString(value) ? value : '';
  input.addEventListener('input', () => {
    const text = input.value;
    const trimmed = text.trim();
    let v;
    if (trimmed === '') v = undefined;
    else if (JSON_NUMBER.test(trimmed) && Number.isFinite(Number(trimmed))) v = Number(trimmed);
    else v = text; // kept as typed; the report says it is not a number
    ctx.set(pointer, v);
  });
  group.append(input);
  const show = (v) => {
    input.value = typeof v === 'number' ? String(v) : isString(v) ? v : '';
  };
  ctx.register(pointer, { group, after: field.hint ? group.children[1] : label, inputs: [input], focusId: id, field, show });
  return group;
}
