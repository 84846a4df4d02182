// How an answer's text is cut into paragraphs and lines, the same in every format
// (docs/spec/rendering.md, "Text"): line ends are \n, \r\n or \r; a paragraph ends at one or
// more lines that are empty or hold only spaces and tabs; inside a paragraph each line end is a
// line break.

/** The paragraphs of `text`, each a list of its lines (none blank). */
export function paragraphsOf(text) {
  const paragraphs = [];
  let current = [];
  for (const line of String(text).split(/\r\n|\r|\n/)) {
    if (/^[ \t]*$/.test(line)) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}
