// Other tabs of the form in this browser: what they save reaches this one as `storage` events,
// which the draft store applies (store.js receive()). This module keeps the person's place
// while the page shows such a change (the focused field, its cursor, where it is on screen),
// and draws the notice shown next to an answer that a later change in another tab replaced:
// the replaced text stays there, to copy, until the page moves on.
import { h } from './dom.js';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Calls `onChange(change, focus)` for each change another tab saves (store.receive()). */
export function followOtherTabs(store, onChange, storage = globalThis.localStorage) {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== storage) return;
    // Where the person is, by the answer's token pointer: its index may move with the change.
    const focus = rememberFocus(store);
    const change = store.receive(event.key, event.newValue);
    if (change) onChange(change, focus);
  });
}

function rememberFocus(store) {
  const el = document.activeElement;
  const pointer = el?.dataset?.pointer;
  if (!pointer) return null;
  const text = el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text');
  return {
    stable: store.stableOf(pointer),
    part: el.dataset.part ?? null,
    value: el.type === 'radio' || el.type === 'checkbox' ? el.value : null,
    selection: text ? [el.selectionStart, el.selectionEnd, el.selectionDirection] : null,
    scrollTop: el.scrollTop,
    top: el.getBoundingClientRect().top,
  };
}

/** Puts focus back where `rememberFocus` found it, in a page drawn again. */
export function restoreFocus(store, focus) {
  if (!focus?.stable) return;
  const pointer = store.indexOf(focus.stable);
  if (pointer === null) return;
  let selector = `[data-pointer="${CSS.escape(pointer)}"]`;
  if (focus.part) selector += `[data-part="${CSS.escape(focus.part)}"]`;
  if (focus.value !== null) selector += `[value="${CSS.escape(focus.value)}"]`;
  const el = document.querySelector(selector);
  if (!el) return;
  el.focus({ preventScroll: true });
  if (focus.selection) el.setSelectionRange(...focus.selection);
  el.scrollTop = focus.scrollTop;
  window.scrollBy(0, el.getBoundingClientRect().top - focus.top);
}

/** The value of an answer as plain text, to copy: labels from the definition, never markup. */
export function plainText(value, field) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    const option = field?.options?.find((o) => o.value === value);
    return option ? option.label : value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((v) => plainText(v, field?.kind === 'objectList' ? field : null)).join('\n');
  const fields = field?.fields ?? [];
  const known = new Set(fields.map((f) => f.key));
  const lines = fields.filter((f) => value[f.key] !== undefined).map((f) => `${f.label}: ${plainText(value[f.key], f)}`);
  for (const [key, v] of Object.entries(value)) if (!known.has(key)) lines.push(`${key}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return lines.join('\n');
}

/**
 * The notice for an answer of this tab that another tab's later change replaced (or for an
 * item it removed): when, what happened, and this tab's text in a read-only box.
 */
export function replacedNotice({ id, at, removedItem, text }) {
  const when = at ? ` at ${timeFormat.format(at)}` : '';
  const said = removedItem
    ? `${removedItem} was removed in another tab${when}, after you wrote in it here. What it held is below, to copy if you still need it.`
    : `This answer was changed in another tab${when}, after you wrote it here. Your text is below, to copy if you still need it.`;
  const lines = text.split('\n').length;
  return h(
    'div',
    { class: 'govuk-inset-text app-replaced', id, role: 'status' },
    h('p', { class: 'govuk-body' }, h('strong', null, 'Changed in another tab. '), said),
    h(
      'label',
      { class: 'govuk-label', for: `${id}-text` },
      removedItem ? `What ${removedItem.toLowerCase()} held` : 'Your text before the change',
    ),
    h('textarea', {
      class: 'govuk-textarea app-replaced__text',
      id: `${id}-text`,
      readonly: true,
      rows: Math.min(8, Math.max(2, lines)),
      value: text,
    }),
  );
}
