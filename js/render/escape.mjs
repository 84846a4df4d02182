// Escaping for the HTML and SVG the renderer writes: every text and attribute value goes
// through escapeHtml, so that nothing a document says can become markup.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or XML, in an element or an attribute (quoted either way): & < > " ' escaped. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A CSS string literal, with every character but ASCII letters, digits, space and , . : - as an escape. */
export function cssString(text) {
  return `"${String(text).replace(/[^A-Za-z0-9 ,.:-]/gu, (c) => `\\${c.codePointAt(0).toString(16)} `)}"`;
}
