// "Things to check" on a section's page: the section's warnings, each a link to its field, each
// of which the team can acknowledge with the reason it does not call for a change; and apart,
// the warnings acknowledged already, with their reasons, each of which can be withdrawn. An
// acknowledgement is an item of the draft's `acknowledgements` (the definition's own list),
// so it is saved, shared with other tabs and exported like any answer.
import { h, hidden } from './dom.js';
import * as ptr from './pointer.js';
import { state } from './shell.js';

const ACKNOWLEDGEMENTS = '/acknowledgements';

/** The acknowledgement (its index and item) that covers diagnostic `d`, or null. */
function acknowledgementOf(d) {
  const items = ptr.get(state.doc, ACKNOWLEDGEMENTS);
  if (!Array.isArray(items)) return null;
  const index = items.findIndex((a) => a && typeof a === 'object' && a.code === d.code && a.path === d.path);
  return index < 0 ? null : { index, item: items[index] };
}

/** The definition of an acknowledgement's reason: its label, hint and character limit. */
function reasonField() {
  return state.def.acknowledgements?.fields?.find((f) => f.key === 'reason') ?? null;
}

function acknowledgeForm(t, k, ctx) {
  const field = reasonField();
  const id = `acknowledge-${k}`;
  const max = field?.limit?.max;
  const input = h('input', { class: 'govuk-input', id, name: id, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-hint` });
  const group = h(
    'div',
    { class: 'govuk-form-group' },
    h('label', { class: 'govuk-label', for: id }, field?.label ?? 'Why this does not call for a change'),
    h('div', { class: 'govuk-hint', id: `${id}-hint` }, field?.hint ?? '', max ? ` Up to ${max} characters.` : ''),
    input,
  );
  const problem = (message) => {
    group.classList.add('govuk-form-group--error');
    input.classList.add('govuk-input--error');
    group.querySelector('.govuk-error-message')?.remove();
    const error = h('p', { class: 'govuk-error-message', id: `${id}-error` }, hidden('Error: '), message);
    input.before(error);
    input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    input.focus();
  };
  const button = h(
    'button',
    {
      type: 'button',
      class: 'govuk-button govuk-button--secondary',
      'data-acknowledge': t.d.path,
      'data-code': t.d.code,
      on: {
        click: () => {
          const reason = input.value;
          if (reason.trim() === '') return problem('Enter why this does not call for a change');
          if (max && state.api.countCharacters(reason) > max) return problem(`The reason must be ${max} characters or fewer`);
          ctx.add(ACKNOWLEDGEMENTS, { code: t.d.code, path: t.d.path, reason });
          ctx.rerender({ acknowledged: true });
        },
      },
    },
    'Acknowledge',
    hidden(`: ${t.d.message}`),
  );
  return h(
    'details',
    { class: 'govuk-details app-acknowledge' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Acknowledge this')),
    h(
      'div',
      { class: 'govuk-details__text' },
      h(
        'p',
        { class: 'govuk-body' },
        'If the team has considered this and it does not call for a change, say why. It will still be listed, apart.',
      ),
      group,
      button,
    ),
  );
}

/**
 * The box of a section's warnings: those to check, each with a way to acknowledge it, then
 * those acknowledged, each with its reason and a way to withdraw the acknowledgement.
 */
export function thingsToCheck(targets, ctx) {
  const warnings = targets.filter((t) => t.d.severity === 'warning');
  if (!warnings.length) return null;
  const open = warnings.filter((t) => !t.d.acknowledged);
  const done = warnings.filter((t) => t.d.acknowledged);
  const content = h('div', { class: 'govuk-notification-banner__content' });
  if (open.length) {
    content.append(
      h('p', { class: 'govuk-body' }, 'These do not stop you sharing, but check each one.'),
      h(
        'ul',
        { class: 'govuk-list app-things-to-check', id: 'things-to-check' },
        open.map((t, k) =>
          h(
            'li',
            { class: 'app-things-to-check__item' },
            h('a', { class: 'govuk-notification-banner__link', href: `#${t.focusId}`, 'data-code': t.d.code }, t.d.message),
            acknowledgeForm(t, k, ctx),
          ),
        ),
      ),
    );
  }
  if (done.length) {
    content.append(
      h('h3', { class: 'govuk-heading-s', id: 'acknowledged', tabindex: '-1' }, `Acknowledged (${done.length})`),
      h(
        'ul',
        { class: 'govuk-list app-acknowledged' },
        done.map((t) => {
          const ack = acknowledgementOf(t.d);
          return h(
            'li',
            { class: 'app-acknowledged__item', 'data-code': t.d.code },
            h('a', { class: 'govuk-link', href: `#${t.focusId}` }, t.d.message),
            ack && typeof ack.item.reason === 'string'
              ? h('p', { class: 'govuk-body-s app-acknowledged__reason' }, h('strong', null, 'Why: '), ack.item.reason)
              : null,
            ack
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-2',
                    'data-withdraw': t.d.path,
                    on: {
                      click: () => {
                        ctx.remove(ACKNOWLEDGEMENTS, ack.index);
                        ctx.rerender({ acknowledged: false });
                      },
                    },
                  },
                  'Withdraw the acknowledgement',
                  hidden(`: ${t.d.message}`),
                )
              : null,
          );
        }),
      ),
    );
  }
  return h(
    'div',
    { class: 'govuk-notification-banner', role: 'region', 'aria-labelledby': 'warnings-title', id: 'warning-summary' },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: 'warnings-title', tabindex: '-1' }, 'Things to check'),
    ),
    content,
  );
}
