// The readable self-evaluation as Markdown (docs/spec/rendering.md, "Markdown"): CommonMark, with
// GitHub's tables, for a CI job summary or a pull-request comment. Every text is escaped so that
// nothing an answer holds (# | * _ ` [ < > a leading 1. or - , line breaks...) can change the
// document's structure: the only markup is the renderer's own, and the only HTML is the <br> it
// writes for a line break inside a table cell.
import { paragraphsOf } from './text.mjs';

/**
 * One line of text, escaped: a backslash before every character CommonMark or GitHub could read
 * as markup anywhere (\ ` * _ [ ] < > # | ~ $ &), and before a line's first character when it
 * could start a block there (- + = , the . or ) after leading digits); white space at either
 * end is left out (Markdown would drop it, or read four spaces as code).
 */
export function escapeLine(line) {
  let s = line
    .replace(/^[ \t]+|[ \t]+$/g, '')
    .replace(/[\\`*_[\]<>#|~$&]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ');
  if (/^[-+=]/.test(s)) s = `\\${s}`;
  else s = s.replace(/^(\d+)([.)])(?=[ \t]|$)/, '$1\\$2');
  return s;
}

/** Text on one line (headings, labels): line breaks as spaces. */
const oneLine = (text) => escapeLine(String(text).replace(/\s*[\r\n]+\s*/g, ' '));

/** An answer's paragraphs, each line but the last ending in a hard break (a backslash). */
function paragraphs(text, indent = '') {
  return paragraphsOf(text)
    .map((lines) => lines.map(escapeLine).join(`\\\n${indent}`))
    .join(`\n\n${indent}`);
}

/** A list item: `- ` and the text, its further lines indented under it. */
const item = (text) => `- ${paragraphs(text, '  ')}`;

/** A table cell: one line, with <br> for each line break. */
function cell(text) {
  return paragraphsOf(text)
    .map((lines) => lines.map(escapeLine).join('<br>'))
    .join('<br><br>');
}

function table({ caption, headers, rows }) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [`**${oneLine(caption)}**`, '', line(headers), `|${headers.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** GitHub's anchor for a heading's text (github-slugger's rule), unique in the page. */
function anchors(blocks) {
  const seen = new Map();
  const out = new Map();
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    const base = b.text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(b.id, n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

const label = (text) => (/[.?!:]$/.test(text) ? `**${oneLine(text)}**` : `**${oneLine(text)}:**`);

/** The Markdown of a model. */
export function toMarkdown(model) {
  const anchor = anchors(model.blocks);
  const out = [];
  for (const b of model.blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${oneLine(b.text)}`);
        break;
      case 'paragraphs':
        out.push(b.missing ? `*${oneLine(b.text)}*` : paragraphs(b.text));
        break;
      case 'fields':
        out.push(b.items.map((f) => `- ${label(f.label)} ${f.missing ? `*${oneLine(f.value)}*` : paragraphs(f.value, '  ')}`).join('\n'));
        break;
      case 'list':
        out.push(b.items.map(item).join('\n'));
        break;
      case 'table':
        out.push(table(b));
        break;
      case 'chart':
        out.push(table({ caption: b.caption, ...b.table }));
        break;
      case 'contents':
        out.push(b.entries.map((e) => `- [${oneLine(e.text)}](#${anchor.get(e.id) ?? ''})`).join('\n'));
        break;
      case 'notice':
        if (b.kind === 'draft') out.push(`> **${oneLine(b.text)}**`);
        else out.push([`> **${oneLine(b.text)}**`, '>', ...(b.items ?? []).map((i) => `> - ${oneLine(i)}`)].join('\n'));
        break;
      default:
        break; // pageBreak: Markdown has no pages
    }
  }
  return `${out.filter((s) => s !== '').join('\n\n')}\n`;
}
