// Lists of text and of objects: items added and removed with the GOV.UK "add another" pattern;
// each change goes to the draft store, which names items so that tabs do not undo each other.
import { h, hidden, idFor } from '../dom.js';
import { capitalise, currentList, labelText } from './common.js';
import { chosenByBlock } from './references.js';
import { renderTextual } from './text.js';

/**
 * A new id for an item of a list of objects: the list's `idPrefix` in the definition and the
 * first number no id of the draft has, so that ids that share a namespace (development areas
 * of every area and recommendations) stay apart.
 */
function nextId(field, doc) {
  const prefix = field.idPrefix;
  const used = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.id === 'string') used.add(v.id);
      Object.values(v).forEach(walk);
    }
  };
  walk(doc);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

// ---- lists ---------------------------------------------------------------------------

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

export function renderTextList(field, pointer, ctx, opts) {
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

export function renderObjectList(field, pointer, ctx, opts) {
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
      field.fields.map((child) => ctx.field(child, `${itemPointer}/${child.key}`, ctx, { level: (opts.level ?? 2) + 1 })),
      chosenByBlock(itemPointer, ctx),
      removeButton(field, pointer, i, ctx),
    );
    ctx.register(itemPointer, { group: fieldset, after: legend, inputs: [], focusId: legendId, field });
    box.append(fieldset);
  });
  if (!list || list.length === 0) box.append(h('p', { class: 'govuk-body app-list__empty' }, `No ${field.itemLabel ?? 'item'} added yet.`));
  box.append(
    addButton(field, pointer, ctx, list, () => {
      const idField = field.fields.find((f) => f.kind === 'id');
      return idField && field.idPrefix ? { [idField.key]: nextId(field, ctx.doc) } : {};
    }),
  );
  ctx.register(pointer, { group: box, after: hint ?? heading, inputs: [], focusId: `${id}-heading`, field });
  return box;
}
