// Lists of references: items of other lists chosen by their titles (an area's evidence from the
// register; what an action addresses, from the development areas of every area and Ofsted's
// open recommendations), and, under an item that others choose, which choose it.
import { h, idFor } from '../dom.js';
import * as ptr from '../pointer.js';
import { referencesOf } from '../definition.js';
import { chosenBy, itemName, shortText, titleOf } from '../thread.js';
import { currentList, isString, labelText } from './common.js';

/**
 * The items that can be chosen, a group per referenced list: [{ list, pointer, heading,
 * choices: [{ ref, label, hint }] }]. An item whose status is completed (a recommendation
 * done) is left out unless it is chosen already.
 */
function choiceGroups(field, ctx, current, several) {
  const seen = new Set();
  return referencesOf(field).map((listPointer) => {
    const list = ctx.fieldFor(listPointer);
    const items = ptr.get(ctx.doc, listPointer);
    const section = ctx.sectionTitle(listPointer);
    const heading = several ? (list?.label === section ? section : `${section}: ${(list?.label ?? '').toLowerCase()}`) : null;
    const choices = [];
    (Array.isArray(items) ? items : []).forEach((item, i) => {
      const ref = item && typeof item === 'object' ? item.id : undefined;
      if (!isString(ref) || ref === '' || seen.has(ref)) return;
      if (item.status === 'completed' && !current.includes(ref)) return;
      seen.add(ref);
      const title = titleOf(item, list);
      choices.push({ ref, label: title ? shortText(title) : `Untitled ${list?.itemLabel ?? 'item'} ${i + 1}`, hint: `Reference: ${ref}` });
    });
    return { list, pointer: listPointer, heading, choices, seen };
  });
}

export function renderIdList(field, pointer, ctx) {
  const id = idFor(pointer);
  const hintId = field.hint ? `${id}-hint` : null;
  const lists = referencesOf(field);
  const current = currentList(ctx, pointer) ?? [];
  const group = h('div', { class: 'govuk-form-group' });
  const legend = h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, labelText(field));
  const fieldset = h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintId }, legend);
  if (field.hint) fieldset.append(h('div', { id: hintId, class: 'govuk-hint' }, field.hint));
  const boxes = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' });
  const groups = choiceGroups(field, ctx, current, lists.length > 1);
  const first = ctx.fieldFor(lists[0]);
  // References to nothing that can be chosen stay visible, so that they can be unticked.
  const strays = current.filter((ref, i) => isString(ref) && current.indexOf(ref) === i && !groups.some((g) => g.seen.has(ref)));
  const what = lists.length > 1 ? 'this self-evaluation' : `the ${first?.label?.toLowerCase() ?? 'register'}`;
  groups.push({
    heading: strays.length && lists.length > 1 ? 'Not found' : null,
    choices: strays.map((ref) => ({ ref, label: `Not in ${what}`, hint: `Reference: ${ref}` })),
  });
  const inputs = [];
  const after = field.hint ? fieldset.querySelector('.govuk-hint') : legend;
  for (const g of groups) {
    if (g.heading && g.choices.length) boxes.append(h('p', { class: 'govuk-body govuk-!-font-weight-bold app-choice-group' }, g.heading));
    for (const choice of g.choices) {
      const inputId = inputs.length === 0 ? id : `${id}-${inputs.length + 1}`;
      const itemHintId = `${inputId}-item-hint`;
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
          h('div', { class: 'govuk-hint govuk-checkboxes__hint', id: itemHintId }, choice.hint),
        ),
      );
      // Diagnostics about one reference go to its box.
      current.forEach((ref, j) => {
        if (ref === choice.ref) ctx.register(`${pointer}/${j}`, { group, after, inputs: [], focusId: inputId, field });
      });
    }
  }
  if (inputs.length === 0) {
    const names = lists.map((l) => ctx.fieldFor(l)?.label?.toLowerCase() ?? 'register');
    boxes.append(
      h(
        'p',
        { class: 'govuk-body', id, tabindex: '-1' },
        `There is nothing to choose yet: add ${[...new Set(names)].join(' or ')} first. `,
        h('a', { class: 'govuk-link', href: `#/section/${ctx.sectionOf(lists[0])}` }, `Go to ${ctx.sectionTitle(lists[0]).toLowerCase()}`),
      ),
    );
  }
  fieldset.append(boxes);
  group.append(fieldset);
  // A list saved in another tab: ticked as it is, unless it names something not shown here.
  const show = (v) => {
    const refs = Array.isArray(v) ? v : [];
    if (refs.some((ref) => !inputs.some((input) => input.value === ref))) return false;
    for (const input of inputs) input.checked = refs.includes(input.value);
    return true;
  };
  ctx.register(pointer, { group, after, inputs: [], focusId: id, field, show });
  return group;
}

/**
 * Under an item that items of another list choose (a development area, a recommendation): which
 * choose it (the actions that address it), each a link to it, or that none does yet.
 */
export function chosenByBlock(itemPointer, ctx) {
  const listPointer = itemPointer.slice(0, itemPointer.lastIndexOf('/'));
  const choosers = ctx.index.choosersOf(ctx.index.fieldFor(listPointer)?.path ?? listPointer).filter((c) => c.list !== null);
  if (choosers.length === 0) return null;
  const item = ptr.get(ctx.doc, itemPointer);
  const ref = item && typeof item === 'object' && isString(item.id) && item.id !== '' ? item.id : null;
  const by = ref === null ? [] : chosenBy(ctx.index, ctx.doc, listPointer, ref);
  const where = choosers[0].list;
  const box = h('div', { class: 'app-chosen-by', 'data-chosen-by': itemPointer });
  const heading = `In the ${where.label.toLowerCase()}`;
  if (by.length === 0) {
    const chooser = choosers[0].field.label;
    box.append(
      h(
        'p',
        { class: 'govuk-body-s app-chosen-by__none' },
        `${heading}: no ${where.itemLabel ?? 'item'} has it in “${chooser}” yet. `,
        h('a', { class: 'govuk-link', href: `#/section/${ctx.sectionOf(where.path)}` }, `Go to the ${where.label.toLowerCase()}`),
      ),
    );
  } else {
    box.append(
      h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, `${heading}:`),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet govuk-body-s' },
        by.map((b) => {
          const title = titleOf(b.item, b.list);
          return h(
            'li',
            null,
            h(
              'a',
              { class: 'govuk-link', href: `#/section/${ctx.sectionOf(b.list.path)}?at=${encodeURIComponent(b.pointer)}` },
              itemName(b.list, b.item, b.index),
            ),
            title ? `: ${shortText(title)}` : null,
          );
        }),
      ),
    );
  }
  return box;
}
