// Check your answers: every answer of every section, with a link to change it.
import { h, hidden } from '../dom.js';
import { answerBlocks } from '../answers.js';
import { STATUS, answerContext, mount, pageHeading, state } from '../shell.js';

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
  nodes.push(
    h(
      'a',
      { class: 'govuk-button', href: '#/share', role: 'button', draggable: 'false', 'data-module': 'govuk-button' },
      'Continue to share',
    ),
  );
  mount('Check your answers', nodes, { focus: !quiet, view: { page: 'check' } });
}
