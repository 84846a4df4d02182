// Check your answers: every answer of every section, with a link to change it.
import { h, hidden } from '../dom.js';
import { answerBlocks } from '../answers.js';
import { referencesOf } from '../definition.js';
import * as ptr from '../pointer.js';
import { chosenBy, itemName, shortText, titleOf } from '../thread.js';
import { documentActions } from './document.js';
import { STATUS, answerContext, mount, pageHeading, state } from '../shell.js';

/**
 * The golden thread: each item that an item of another list can choose (each development area
 * of each area, each open recommendation) with the items that choose it (the actions that
 * address it), or that none does yet.
 */
function goldenThread() {
  const choosers = state.index.lists.flatMap((path) => {
    const field = state.index.fieldFor(path);
    return (field?.fields ?? []).filter((f) => f.kind === 'idList').map((f) => ({ field: f, list: field }));
  });
  if (choosers.length === 0) return null;
  const chosen = [...new Set(choosers.flatMap(({ field }) => referencesOf(field)))];
  const rows = [];
  for (const listPointer of chosen) {
    const list = state.index.fieldFor(listPointer);
    const items = ptr.get(state.doc, listPointer);
    if (!Array.isArray(items)) continue;
    const section = state.index.sectionById(state.index.sectionOf(listPointer));
    items.forEach((item, i) => {
      if (!item || typeof item !== 'object' || typeof item.id !== 'string' || item.id === '') return;
      if (item.status === 'completed') return;
      const by = chosenBy(state.index, state.doc, listPointer, item.id);
      const title = titleOf(item, list);
      // A warning that it is not addressed may have been acknowledged, with a reason.
      const acknowledged =
        Array.isArray(state.doc.acknowledgements) && state.doc.acknowledgements.some((a) => a?.path === `${listPointer}/${i}/id`);
      rows.push(
        h(
          'div',
          { class: 'govuk-summary-list__row', 'data-thread': `${listPointer}/${i}` },
          h(
            'dt',
            { class: 'govuk-summary-list__key' },
            `${section.title}: ${list?.itemLabel ?? 'item'} ${item.id}`,
            title ? h('span', { class: 'govuk-body-s app-thread__title' }, shortText(title)) : null,
          ),
          h(
            'dd',
            { class: 'govuk-summary-list__value' },
            by.length
              ? h(
                  'ul',
                  { class: 'govuk-list' },
                  by.map((b) =>
                    h(
                      'li',
                      null,
                      h(
                        'a',
                        {
                          class: 'govuk-link',
                          href: `#/section/${state.index.sectionOf(b.list.path)}?at=${encodeURIComponent(b.pointer)}`,
                        },
                        itemName(b.list, b.item, b.index),
                      ),
                    ),
                  ),
                )
              : acknowledged
                ? h('strong', { class: 'govuk-tag govuk-tag--grey' }, 'Not addressed: acknowledged')
                : h('strong', { class: 'govuk-tag govuk-tag--orange' }, 'Not addressed'),
          ),
        ),
      );
    });
  }
  return h(
    'div',
    { class: 'govuk-summary-card', id: 'golden-thread' },
    h(
      'div',
      { class: 'govuk-summary-card__title-wrapper' },
      h('h2', { class: 'govuk-summary-card__title' }, 'The golden thread: what each action addresses'),
    ),
    h(
      'div',
      { class: 'govuk-summary-card__content' },
      rows.length
        ? h('dl', { class: 'govuk-summary-list' }, rows)
        : h('p', { class: 'govuk-body' }, 'There are no development areas or open recommendations yet.'),
    ),
  );
}

const changeHref = (sectionId) => (pointer) => `#/section/${sectionId}?at=${encodeURIComponent(pointer)}`;

export function showCheck({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  const nodes = [...pageHeading('Check your answers')];
  nodes.push(
    h(
      'p',
      { class: 'govuk-body' },
      report.readyToShare
        ? 'Every section is complete. Check your answers, then share the self-evaluation.'
        : `There ${report.errors === 1 ? 'is 1 error' : `are ${report.errors} errors`} to fix before you can share.`,
    ),
  );
  for (const section of state.def.sections) {
    const s = report.sections.find((x) => x.id === section.id);
    const status = STATUS[s.status] ?? { text: s.status };
    const card = h(
      'div',
      { class: 'govuk-summary-card', 'data-section': section.id },
      h(
        'div',
        { class: 'govuk-summary-card__title-wrapper' },
        h('h2', { class: 'govuk-summary-card__title' }, section.title),
        h(
          'ul',
          { class: 'govuk-summary-card__actions' },
          h(
            'li',
            { class: 'govuk-summary-card__action' },
            h('strong', { class: `govuk-tag ${status.tag ?? 'govuk-tag--green'}` }, status.text),
          ),
        ),
      ),
      h(
        'div',
        { class: 'govuk-summary-card__content' },
        answerBlocks(section, answerContext(), { change: changeHref(section.id), level: 3 }),
        s.errors || s.warnings
          ? h(
              'p',
              { class: 'govuk-body' },
              h(
                'a',
                { class: 'govuk-link', href: `#/section/${section.id}?show=errors` },
                [
                  s.errors ? `${s.errors} ${s.errors === 1 ? 'error' : 'errors'}` : null,
                  s.warnings ? `${s.warnings} ${s.warnings === 1 ? 'thing' : 'things'} to check` : null,
                ]
                  .filter(Boolean)
                  .join(' and '),
                hidden(` in ${section.title}`),
              ),
            )
          : null,
      ),
    );
    nodes.push(card);
  }
  nodes.push(goldenThread());
  nodes.push(documentActions());
  nodes.push(
    h(
      'a',
      { class: 'govuk-button', href: '#/share', role: 'button', draggable: 'false', 'data-module': 'govuk-button' },
      'Continue to share',
    ),
  );
  mount('Check your answers', nodes, { focus: !quiet, view: { page: 'check' } });
}
