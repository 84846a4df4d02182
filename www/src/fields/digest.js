// A digest. The approval's is worked out by the form when the approver approves, never typed,
// so it is shown, not edited. Last year's (in `previous`) is copied from last year's share page
// or file, so it is a line to paste into.
import { h, idFor } from '../dom.js';
import * as ptr from '../pointer.js';
import { isString } from './common.js';
import { renderTextual } from './text.js';

export function renderDigest(field, pointer, ctx) {
  if (pointer !== ctx.index.approval.digest) return renderTextual(field, pointer, ctx, {});
  const id = idFor(pointer);
  const value = h('code', { class: 'app-digest', id }, '');
  const show = (v) => {
    value.textContent = isString(v) && v !== '' ? v : 'Not worked out yet';
  };
  show(ptr.get(ctx.doc, pointer));
  const group = h(
    'div',
    { class: 'govuk-form-group' },
    h('p', { class: 'govuk-label govuk-label--s', id: `${id}-label` }, field.label),
    field.hint ? h('div', { class: 'govuk-hint', id: `${id}-hint` }, field.hint) : null,
    h('p', { class: 'govuk-body' }, value),
  );
  ctx.register(pointer, { group, after: group.children[0], inputs: [], focusId: `${id}-label`, field, show });
  return group;
}
