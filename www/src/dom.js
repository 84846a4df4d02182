// Building the page. Every piece of text, the user's above all, goes in as a text node or an
// attribute value: nothing here ever parses a string as HTML.

/**
 * h('p', { class: 'govuk-body', id: 'x' }, 'text', child, ...)
 * Attributes are set with setAttribute (false, null and undefined are left out); `on` holds
 * event listeners; strings and numbers among the children become text nodes.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'on') {
        for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
      } else if (name === 'value') {
        el.value = value;
      } else if (name === 'checked' || name === 'selected') {
        el[name] = Boolean(value);
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Visually hidden text, for screen readers ("Change<span> start of the period</span>"). */
export const hidden = (text) => h('span', { class: 'govuk-visually-hidden' }, text);

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** A string safe to use as part of an element id (only ever made from the definition's keys and indices). */
export function idFor(pointer) {
  return `f${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
