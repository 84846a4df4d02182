// The answers, read only: the "check answers" summary lists (with change links) and the clean
// printed version on the share page (without). Values go in as text.
import { h, hidden } from './dom.js';
import { referencesOf } from './definition.js';
import * as ptr from './pointer.js';
import { titleOf } from './thread.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const NOT_ANSWERED = 'Not answered';

export function formatDate(v) {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
  if (!m) return v;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return v;
  return `${d} ${MONTHS[mo - 1]} ${y}`;
}

/** What a value looks like in a summary list: a text node, a paragraph or a list, never HTML. */
function valueNode(field, value, ctx) {
  const none = () => h('span', { class: 'app-not-answered' }, NOT_ANSWERED);
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' && value !== '' ? h('div', { class: 'app-pre-wrap' }, value) : none();
    case 'line':
    case 'id':
      return typeof value === 'string' && value !== '' ? value : none();
    case 'date':
      return typeof value === 'string' && value !== '' ? formatDate(value) : none();
    case 'option': {
      if (typeof value !== 'string' || value === '') return none();
      return field.options.find((o) => o.value === value)?.label ?? value;
    }
    case 'count':
    case 'number':
      return typeof value === 'number' ? String(value) : typeof value === 'string' && value !== '' ? value : none();
    case 'yesNo':
      return value === true ? 'Yes' : value === false ? 'No' : none();
    case 'textList':
      if (!Array.isArray(value) || value.length === 0) return none();
      return h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        value.map((v) => h('li', { class: 'app-pre-wrap' }, typeof v === 'string' && v !== '' ? v : NOT_ANSWERED)),
      );
    case 'idList': {
      if (!Array.isArray(value) || value.length === 0) return none();
      // Each reference by the title of the item it names, in whichever list it chooses from.
      const lists = referencesOf(field).map((pointer) => ({ items: ptr.get(ctx.doc, pointer), def: ctx.fieldFor(pointer) }));
      return h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        value.map((ref) => {
          for (const { items, def } of lists) {
            const item = Array.isArray(items) ? items.find((it) => it && typeof it === 'object' && it.id === ref) : undefined;
            if (item) return h('li', null, titleOf(item, def) ?? `Untitled (reference ${ref})`);
          }
          return h('li', null, `Not found (reference ${String(ref)})`);
        }),
      );
    }
    default:
      return value === undefined ? none() : JSON.stringify(value);
  }
}

/**
 * The blocks (headings and summary lists) for a section's answers. `change(pointer, label)`
 * gives a change link's href, or null for none.
 */
export function answerBlocks(section, ctx, { change, level = 3 }) {
  const blocks = [];
  let rows = null;
  const flush = () => {
    if (rows?.children.length) blocks.push(rows);
    rows = null;
  };
  const row = (field, pointer) => {
    rows ??= h('dl', { class: `govuk-summary-list${change ? '' : ' govuk-summary-list--no-border app-print-list'}` });
    const href = change ? change(pointer) : null;
    rows.append(
      h(
        'div',
        { class: `govuk-summary-list__row${href ? '' : ' govuk-summary-list__row--no-actions'}` },
        h('dt', { class: 'govuk-summary-list__key' }, field.label),
        h('dd', { class: 'govuk-summary-list__value' }, valueNode(field, ptr.get(ctx.doc, pointer), ctx)),
        href
          ? h(
              'dd',
              { class: 'govuk-summary-list__actions' },
              h('a', { class: 'govuk-link', href }, 'Change', hidden(` ${field.label.replace(/[?.]$/, '').toLowerCase()}`)),
            )
          : null,
      ),
    );
  };
  const heading = (text, lvl) =>
    h(`h${Math.min(lvl, 6)}`, { class: lvl <= 3 ? 'govuk-heading-s' : 'govuk-heading-s app-subheading' }, text);
  const walk = (field, pointer, lvl, top) => {
    if (field.kind === 'object') {
      if (!top) {
        flush();
        blocks.push(heading(field.label, lvl));
      }
      for (const child of field.fields) walk(child, `${pointer}/${child.key}`, top ? lvl : lvl + 1, false);
      flush();
    } else if (field.kind === 'objectList') {
      flush();
      blocks.push(heading(field.label, lvl));
      const list = ptr.get(ctx.doc, pointer);
      if (!Array.isArray(list) || list.length === 0) {
        blocks.push(
          h(
            'p',
            { class: 'govuk-body' },
            h('span', { class: 'app-not-answered' }, 'None added'),
            change ? [' ', h('a', { class: 'govuk-link', href: change(pointer) }, 'Add', hidden(` ${field.itemLabel ?? 'item'}`))] : null,
          ),
        );
        return;
      }
      list.forEach((_, i) => {
        blocks.push(heading(`${capitalise(field.itemLabel ?? 'item')} ${i + 1}`, lvl + 1));
        for (const child of field.fields) walk(child, `${pointer}/${i}/${child.key}`, lvl + 2, false);
        flush();
      });
    } else {
      row(field, pointer);
    }
  };
  for (const field of section.fields) walk(field, field.path, level, section.fields.length === 1);
  flush();
  return blocks;
}
