// The task list: the sections with their status from the report, and the way to check and share.
import { h } from '../dom.js';
import { STATUS, mount, pageHeading, state } from '../shell.js';

export function showTasks({ quiet = false } = {}) {
  const report = state.api.validate(state.doc);
  const completed = report.sections.filter((s) => s.status === 'completed').length;
  const list = h('ul', { class: 'govuk-task-list', id: 'task-list' });
  report.sections.forEach((s) => {
    const status = STATUS[s.status] ?? { text: s.status, tag: null };
    const statusId = `task-${s.id}-status`;
    const canStart = s.status !== 'cannotStartYet';
    list.append(
      h(
        'li',
        { class: `govuk-task-list__item${canStart ? ' govuk-task-list__item--with-link' : ''}`, 'data-section': s.id },
        h(
          'div',
          { class: 'govuk-task-list__name-and-hint' },
          canStart
            ? h('a', { class: 'govuk-link govuk-task-list__link', href: `#/section/${s.id}`, 'aria-describedby': statusId }, s.title)
            : h('div', null, s.title),
          s.status === 'cannotStartYet'
            ? h('div', { class: 'govuk-task-list__hint', id: `task-${s.id}-hint` }, 'Complete every other section first.')
            : null,
        ),
        h(
          'div',
          {
            class: `govuk-task-list__status${s.status === 'cannotStartYet' ? ' govuk-task-list__status--cannot-start-yet' : ''}`,
            id: statusId,
          },
          status.tag ? h('strong', { class: `govuk-tag ${status.tag}` }, status.text) : status.text,
        ),
      ),
    );
  });
  mount(
    'Your self-evaluation',
    [
      ...pageHeading('Your self-evaluation'),
      h('p', { class: 'govuk-body', id: 'completed-count' }, `You have completed ${completed} of ${report.sections.length} sections.`),
      h('h2', { class: 'govuk-heading-m' }, 'Sections'),
      list,
      h('h2', { class: 'govuk-heading-m' }, 'Check and share'),
      h(
        'ul',
        { class: 'govuk-list' },
        h('li', null, h('a', { class: 'govuk-link', href: '#/check' }, 'Check your answers')),
        h(
          'li',
          null,
          h(
            'a',
            { class: 'govuk-link', href: '#/share' },
            report.readyToShare ? 'Share with Ofsted' : 'Share with Ofsted (see what is left to do)',
          ),
        ),
        h('li', null, h('a', { class: 'govuk-link', href: '#/file' }, 'Import or export a draft')),
      ),
    ].filter(Boolean),
    { focus: !quiet, view: { page: 'tasks' } },
  );
}
