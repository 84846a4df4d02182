// Draws a section's fields from the form definition (formDefinition() of the package): no
// field is named here. Each field kind has one way of being drawn, edited and read back; the
// definition says which fields there are, their labels, hints, limits and options.
import { h, hidden, idFor } from './dom.js';
import * as ptr from './pointer.js';

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const isString = (v) => typeof v === 'string';
const MAX_RADIOS = 6;

/** A new id for an item of a list of objects: the list's initial and the first free number. */
function nextId(list, listKey) {
  const prefix = listKey.charAt(0).toUpperCase();
  const used = new Set(list.map((item) => (item && typeof item === 'object' ? item.id : undefined)));
  let n = list.length + 1;
  for (let i = 1; i <= list.length + 1; i++) {
    if (!used.has(prefix + i)) {
      n = i;
      break;
    }
  }
  return prefix + n;
}

/** The label of a field, with "(optional)" when it is never required. */
function labelText(field) {
  return field.required || field.requiredWhen ? field.label : `${field.label} (optional)`;
}

function describedBy(...ids) {
  const s = ids.filter(Boolean).join(' ');
  return s || null;
}

/**
 * The context a section is drawn in:
 *  doc: the draft (read only here); api: the package;
 *  set(pointer, value): an answer changed (undefined: left out of the draft);
 *  add(listPointer, item), remove(listPointer, index): an item added or removed;
 *  rerender(opts): draw the section again (after adding or removing an item);
 *  register(pointer, entry): where diagnostics at `pointer` go; an entry's `show(value)`, when
 *  it has one, shows a value saved in another tab without drawing the section again.
 */
export function renderSectionFields(section, ctx) {
  const out = [];
  const only = section.fields.length === 1;
  for (const field of section.fields) {
    out.push(renderField(field, field.path, ctx, { top: true, only, level: 2 }));
  }
  return out;
}

export function renderField(field, pointer, ctx, opts = {}) {
  switch (field.kind) {
    case 'text':
    case 'line':
    case 'id':
      return renderTextual(field, pointer, ctx, opts);
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

function renderTextual(field, pointer, ctx, opts) {
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
      spellcheck: field.kind === 'id' ? 'false' : 'true',
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

function renderNumber(field, pointer, ctx) {
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

// ---- dates ---------------------------------------------------------------------------

function splitDate(value) {
  if (!isString(value)) return ['', '', ''];
  const m = /^([^-]*)-([^-]*)-(.*)$/.exec(value);
  if (!m) return ['', '', value];
  return [m[3], m[2], m[1]]; // day, month, year
}

function renderDate(field, pointer, ctx) {
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

// ---- options -------------------------------------------------------------------------

function renderRadios(field, pointer, ctx) {
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

function renderSelect(field, pointer, ctx) {
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

function renderYesNo(field, pointer, ctx) {
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

// ---- objects -------------------------------------------------------------------------

function renderObject(field, pointer, ctx, opts) {
  // Headings inside: one level below the section's h1, or below this object's own h2.
  const level = opts.top && !opts.only ? 3 : (opts.level ?? 2);
  const children = field.fields.map((child) => renderField(child, `${pointer}/${child.key}`, ctx, { level }));
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

// ---- lists ---------------------------------------------------------------------------

function currentList(ctx, pointer) {
  const v = ptr.get(ctx.doc, pointer);
  return Array.isArray(v) ? v : null;
}

function listHeading(field, pointer, opts) {
  const id = idFor(pointer);
  const level = Math.min(opts.level ?? 2, 6);
  const heading = h(
    `h${level}`,
    { class: level <= 2 ? 'govuk-heading-m' : 'govuk-heading-s', id: `${id}-heading`, tabindex: '-1' },
    labelText(field),
  );
  const hint = field.hint ? h('p', { class: 'govuk-hint', id: `${id}-hint` }, field.hint) : null;
  return { heading, hint, id };
}

function addButton(field, pointer, ctx, list, make) {
  const itemLabel = field.itemLabel ?? 'item';
  const n = list ? list.length : 0;
  const full = field.maxItems !== undefined && n >= field.maxItems;
  return h(
    'button',
    {
      type: 'button',
      class: 'govuk-button govuk-button--secondary',
      'data-module': 'govuk-button',
      'data-add': pointer,
      disabled: full,
      'aria-disabled': full ? 'true' : null,
      on: {
        click: () => {
          ctx.add(pointer, make(currentList(ctx, pointer) ?? []));
          const n = currentList(ctx, pointer).length;
          ctx.rerender({ focus: `${pointer}/${n - 1}`, announce: `${capitalise(itemLabel)} ${n} added` });
        },
      },
    },
    n === 0 ? `Add ${article(itemLabel)} ${itemLabel}` : `Add another ${itemLabel}`,
  );
}

const article = (word) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

function removeButton(field, pointer, index, ctx) {
  const itemLabel = field.itemLabel ?? 'item';
  return h(
    'button',
    {
      type: 'button',
      class: 'govuk-button govuk-button--warning app-remove',
      'data-module': 'govuk-button',
      'data-remove': `${pointer}/${index}`,
      on: {
        click: () => {
          if (!currentList(ctx, pointer)) return;
          ctx.remove(pointer, index);
          ctx.rerender({ focus: pointer, announce: `${capitalise(itemLabel)} ${index + 1} removed` });
        },
      },
    },
    'Remove',
    hidden(` ${itemLabel} ${index + 1}`),
  );
}

function renderTextList(field, pointer, ctx, opts) {
  const { heading, hint, id } = listHeading(field, pointer, opts);
  const list = currentList(ctx, pointer);
  const box = h('div', { class: 'govuk-form-group app-list', id: `${id}-list` }, heading, hint);
  const itemField = { ...field, kind: 'text', hint: undefined, required: true };
  (list ?? []).forEach((_, i) => {
    const itemPointer = `${pointer}/${i}`;
    box.append(
      renderTextual(itemField, itemPointer, ctx, {
        keepEmpty: true,
        label: `${capitalise(field.itemLabel ?? 'item')} ${i + 1}`,
        wrap: (group) => h('div', { class: 'app-list__item' }, group, removeButton(field, pointer, i, ctx)),
      }),
    );
  });
  if (!list || list.length === 0) box.append(h('p', { class: 'govuk-body app-list__empty' }, `No ${field.itemLabel ?? 'item'} added yet.`));
  box.append(addButton(field, pointer, ctx, list, () => ''));
  ctx.register(pointer, { group: box, after: hint ?? heading, inputs: [], focusId: `${id}-heading`, field });
  return box;
}

/** The title an item of a referenced list is chosen by: its first line field. */
function titleOf(item, def) {
  const titleField = def.fields?.find((f) => f.kind === 'line');
  const v = titleField && item && typeof item === 'object' ? item[titleField.key] : undefined;
  return isString(v) && v.trim() !== '' ? v : null;
}

function renderIdList(field, pointer, ctx) {
  const id = idFor(pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const refDef = ctx.fieldAt(field.references);
  const register = ptr.get(ctx.doc, field.references);
  const registerItems = Array.isArray(register) ? register : [];
  const current = currentList(ctx, pointer) ?? [];
  const group = h('div', { class: 'govuk-form-group' });
  const legend = h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, labelText(field));
  const fieldset = h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId }, legend);
  if (field.hint) fieldset.append(h('div', { id: hintId, class: 'govuk-hint' }, field.hint));
  const boxes = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' });
  const choices = [];
  const seen = new Set();
  registerItems.forEach((item, i) => {
    const ref = item && typeof item === 'object' ? item.id : undefined;
    if (!isString(ref) || ref === '' || seen.has(ref)) return;
    seen.add(ref);
    const title = titleOf(item, refDef);
    choices.push({ ref, label: title ?? `Untitled ${refDef?.itemLabel ?? 'item'} ${i + 1}`, hint: null });
  });
  // References to nothing in the register stay visible, so that they can be unticked.
  current.forEach((ref) => {
    if (!isString(ref) || seen.has(ref)) return;
    seen.add(ref);
    choices.push({ ref, label: `Not in the ${refDef?.label?.toLowerCase() ?? 'register'}`, hint: `Reference: ${ref}` });
  });
  const inputs = [];
  choices.forEach((choice, i) => {
    const inputId = i === 0 ? id : `${id}-${i + 1}`;
    const itemHintId = choice.hint ? `${inputId}-item-hint` : null;
    const input = h('input', {
      class: 'govuk-checkboxes__input',
      id: inputId,
      name: id,
      type: 'checkbox',
      value: choice.ref,
      checked: current.includes(choice.ref),
      'aria-describedby': itemHintId,
      'data-pointer': pointer,
    });
    input.addEventListener('change', () => {
      const list = [...(currentList(ctx, pointer) ?? [])];
      if (input.checked) {
        if (!list.includes(choice.ref)) list.push(choice.ref);
      } else {
        for (let j = list.length - 1; j >= 0; j--) if (list[j] === choice.ref) list.splice(j, 1);
      }
      ctx.set(pointer, list);
    });
    inputs.push(input);
    boxes.append(
      h(
        'div',
        { class: 'govuk-checkboxes__item' },
        input,
        h('label', { class: 'govuk-label govuk-checkboxes__label', for: inputId }, choice.label),
        choice.hint ? h('div', { class: 'govuk-hint govuk-checkboxes__hint', id: itemHintId }, choice.hint) : null,
      ),
    );
    // Diagnostics about one reference go to its box.
    current.forEach((ref, j) => {
      if (ref === choice.ref)
        ctx.register(`${pointer}/${j}`, {
          group,
          after: field.hint ? fieldset.querySelector('.govuk-hint') : legend,
          inputs: [],
          focusId: inputId,
          field,
        });
    });
  });
  if (choices.length === 0) {
    boxes.append(
      h(
        'p',
        { class: 'govuk-body', id, tabindex: '-1' },
        `There is nothing in the ${refDef?.label?.toLowerCase() ?? 'register'} yet. `,
        h(
          'a',
          { class: 'govuk-link', href: `#/section/${ctx.sectionOf(field.references)}` },
          `Add items to the ${refDef?.label?.toLowerCase() ?? 'register'}`,
        ),
        ' first.',
      ),
    );
  }
  fieldset.append(boxes);
  group.append(fieldset);
  // A list saved in another tab: ticked as it is, unless it names something not shown here.
  const show = (v) => {
    const refs = Array.isArray(v) ? v : [];
    if (refs.some((ref) => !choices.some((c) => c.ref === ref))) return false;
    for (const input of inputs) input.checked = refs.includes(input.value);
    return true;
  };
  ctx.register(pointer, {
    group,
    after: field.hint ? fieldset.querySelector('.govuk-hint') : legend,
    inputs: [],
    focusId: id,
    field,
    show,
  });
  return group;
}

function renderObjectList(field, pointer, ctx, opts) {
  const { heading, hint, id } = listHeading(field, pointer, opts);
  const list = currentList(ctx, pointer);
  const box = h('div', { class: 'govuk-form-group app-list', id: `${id}-list` }, heading, hint);
  const itemLabel = capitalise(field.itemLabel ?? 'item');
  (list ?? []).forEach((_, i) => {
    const itemPointer = `${pointer}/${i}`;
    const legendId = `${idFor(itemPointer)}-legend`;
    const legend = h(
      'legend',
      { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', id: legendId, tabindex: '-1' },
      `${itemLabel} ${i + 1}`,
    );
    const fieldset = h(
      'fieldset',
      { class: 'govuk-fieldset app-list__item app-list__item--object' },
      legend,
      field.fields.map((child) => renderField(child, `${itemPointer}/${child.key}`, ctx, { level: (opts.level ?? 2) + 1 })),
      removeButton(field, pointer, i, ctx),
    );
    ctx.register(itemPointer, { group: fieldset, after: legend, inputs: [], focusId: legendId, field });
    box.append(fieldset);
  });
  if (!list || list.length === 0) box.append(h('p', { class: 'govuk-body app-list__empty' }, `No ${field.itemLabel ?? 'item'} added yet.`));
  box.append(
    addButton(field, pointer, ctx, list, (items) => {
      const idField = field.fields.find((f) => f.kind === 'id');
      return idField ? { [idField.key]: nextId(items, field.key) } : {};
    }),
  );
  ctx.register(pointer, { group: box, after: hint ?? heading, inputs: [], focusId: `${id}-heading`, field });
  return box;
}
