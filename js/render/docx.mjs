// The Word copy of a self-evaluation: the plain model of ./model.mjs written as a
// .docx with the npm library docx. Nothing imports this module until a Word copy is asked for
// (the form with `import()`, the command with `await import`), so neither docx nor this file
// weighs on the form's first load.
//
// What the copy is made of, block by block (the model's contract is in ./model.mjs):
// - heading: a paragraph in Word's own Heading 1 to Heading 4 style (outline levels 1 to 4, so
//   Word's navigation pane shows the structure), with a bookmark the contents link to;
// - paragraphs: a Word paragraph for each paragraph of the answer (split on blank lines), its
//   single line breaks kept as line breaks and its tabs as tabs;
// - fields: a two-column table without a header row, the label in bold (GOV.UK's summary list);
// - list: a bulleted list; table and chart: a caption above a real Word table whose header row
//   repeats on each page (a chart is its text equivalent, the model's `table`);
// - contents: Word's Table of Contents field, written with the model's entries already in it,
//   each a link to its heading, so it reads well in any program; the field is marked to be
//   updated, so Word offers, when it opens the file, to update it and fill in the page numbers
//   (a plain list could never have page numbers, and a table of contents Word can update stays
//   right once the document is edited in Word);
// - notice: an inset paragraph, in bold for the draft notice, the items of a blockers notice as
//   a bulleted list below it; pageBreak: the next paragraph starts a new page.
// A4 portrait, but a table of 7 columns or more (the improvement plan, the measures) is on
// landscape pages of its own section, with the headings right before it: on a portrait page its
// columns are too narrow for a word. Every page has a header with the title and the period
// covered and, for a draft, the model's "Draft: not ready to share", and a footer with "Page N of
// M". Every text is given to docx as text
// (`new TextRun({ text })`: docx escapes it), never as markup and never as one of the strings docx
// reads as a field in a run's `children` ("CURRENT", "TOTAL_PAGES"...).
import { paragraphsOf as cutParagraphs } from './text.mjs';
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** What every page of a draft says in its header, when the model has no draft notice. */
export const DRAFT_MARK = 'Draft: not ready to share';

/**
 * The .docx of a document model (./model.mjs: `{ title, period, draft, blocks }`), as bytes.
 * The same in Node and in browsers: docx zips in memory, nothing of Node's is needed.
 * @param {{ title: string, period: string | null, draft: boolean, blocks: object[] }} model
 * @returns {Promise<Uint8Array>}
 */
export async function toDocx(model) {
  const doc = new Document({
    title: clean(model.title),
    creator: 'sefcheck',
    lastModifiedBy: 'sefcheck',
    styles: STYLES,
    numbering: NUMBERING,
    sections: sectionsOf(Array.isArray(model.blocks) ? model.blocks : []).map(({ landscape, children }) => ({
      properties: { page: landscape ? LANDSCAPE : PAGE },
      headers: { default: header(model) },
      footers: { default: footer() },
      children,
    })),
  });
  const bytes = await Packer.pack(doc, 'uint8array');
  // A plain Uint8Array whatever docx hands back (Node's Buffer is one, but a subclass).
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The .docx of a document (format 2): its model made by ./model.mjs with the package's functions,
 * written by `toDocx`. `options` goes to the model as it is.
 * Both are imported here, when a Word copy is asked for: `toDocx` alone needs neither.
 * @param {unknown} document
 * @param {object} [options]
 * @returns {Promise<Uint8Array>}
 */
export async function renderDocx(document, options) {
  const [{ documentModel }, api] = await Promise.all([import('./model.mjs'), import('sefcheck')]);
  return toDocx(documentModel(document, api, options));
}

// ---------------------------------------------------------------------------------------------
// The document's own styles, GOV.UK's: Arial (what GOV.UK falls back to where its own font is
// not there, as in print; every Word has it), its text colour and secondary text colour, and the
// grey rules of its tables and summary lists.

const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };
const TEXT = '0B0C0C';
const SECONDARY = '505A5F';
const RULE = 'B1B4B6';
/** A4, 2 cm margins (3 cm at the top, 2.5 at the bottom: room for the header and footer); the
 * width the text has, in twips. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1701, right: 1134, bottom: 1418, left: 1134, header: 567, footer: 567 },
};
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;
/** The same page turned, for a table of WIDE columns or more (the plan, the measures), and its
 * text's width. */
const LANDSCAPE = { ...PAGE, size: { ...PAGE.size, orientation: PageOrientation.LANDSCAPE } };
const LANDSCAPE_WIDTH = PAGE.size.height - PAGE.margin.left - PAGE.margin.right;
const WIDE = 7;

const heading = (size, before, after, outlineLevel) => ({
  run: { font: FONT, size, bold: true, color: TEXT, italics: false },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
});

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: 24, color: TEXT, language: { value: 'en-GB' } },
      paragraph: { spacing: { after: 160, line: 288 } },
    },
    heading1: heading(56, 0, 360, 0),
    heading2: heading(40, 480, 240, 1),
    heading3: heading(32, 360, 160, 2),
    heading4: heading(26, 240, 120, 3),
    caption: {
      run: { font: FONT, size: 24, bold: true, italics: false, color: TEXT },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    listParagraph: { paragraph: { spacing: { after: 80 } } },
    hyperlink: { run: { color: '1D70B8', underline: {} } },
  },
  paragraphStyles: [
    {
      id: 'Notice',
      name: 'Notice',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: {
        border: { left: { style: BorderStyle.SINGLE, size: 48, color: RULE, space: 12 } },
        indent: { left: 340 },
        spacing: { before: 240, after: 240 },
      },
    },
    {
      id: 'RunningHead',
      name: 'Running head',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0, line: 240 } },
      run: { size: 20, color: SECONDARY },
    },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0, line: 264 } },
      run: { size: 22 },
    },
  ],
};

const BULLETS = 'sefcheck-bullets';
const NUMBERING = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Text, always as text.

/**
 * A string as Word can hold it: any value made a string, line ends made U+000A, and what XML 1.0
 * cannot hold (U+FFFE, U+FFFF, a lone surrogate) made U+FFFD. docx itself drops the control
 * characters XML cannot hold and escapes `&`, `<` and `>`.
 */
function clean(value) {
  return String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The runs of a text: a line break between its lines, a tab for each tab. */
function runs(value, style = {}) {
  return clean(value)
    .split('\n')
    .flatMap((line, i) =>
      line.split('\t').flatMap((part, j) => {
        const text = new TextRun({ ...style, text: part, ...(i > 0 && j === 0 ? { break: 1 } : {}) });
        return j > 0 ? [new TextRun({ ...style, children: [new Tab()] }), text] : [text];
      }),
    );
}

/** An answer's paragraphs, as every format cuts them (./text.mjs), each its lines joined with \n. */
const paragraphsOf = (text) => cutParagraphs(clean(text)).map((lines) => lines.join('\n'));

// ---------------------------------------------------------------------------------------------
// The body.

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** The columns of a table: its header's, or its longest row's. */
const columnsOf = (t) =>
  Math.max(
    Array.isArray(t?.headers) ? t.headers.length : 0,
    ...(Array.isArray(t?.rows) ? t.rows : []).map((r) => (Array.isArray(r) ? r.length : 1)),
    0,
  );
const tableOf = (b) => (b?.type === 'table' ? b : b?.type === 'chart' ? b.table : undefined);
const isWide = (b) => columnsOf(tableOf(b)) >= WIDE;

/**
 * The blocks in sections: portrait, and landscape for each wide table with the headings right
 * before it (a page break before those is the section's own: a section starts a new page).
 * Wide tables with only headings between them share a landscape section.
 */
function groups(blocks) {
  const out = [{ landscape: false, blocks: [] }];
  for (const block of blocks) {
    const current = out.at(-1);
    if (!isWide(block)) {
      current.blocks.push(block);
      continue;
    }
    let k = current.blocks.length;
    while (k > 0 && current.blocks[k - 1]?.type === 'heading') k--;
    const lead = current.blocks.splice(k);
    let broken = false;
    while (current.blocks.at(-1)?.type === 'pageBreak') {
      current.blocks.pop();
      broken = true;
    }
    const previous = out.at(-2);
    if (current.blocks.length === 0 && previous?.landscape) {
      out.pop();
      previous.blocks.push(...(broken ? [{ type: 'pageBreak' }] : []), ...lead, block);
    } else if (current.blocks.length === 0 && out.length === 1) {
      Object.assign(current, { landscape: true, blocks: [...lead, block] });
    } else {
      out.push({ landscape: true, blocks: [...lead, block] });
    }
    out.push({ landscape: false, blocks: [] });
  }
  const kept = out.filter((g) => g.blocks.some((b) => b?.type !== 'pageBreak'));
  return kept.length ? kept : [out[0]];
}

/** The sections of the document: each with its orientation and its Word paragraphs and tables. */
function sectionsOf(blocks) {
  // Bookmark names for the headings' ids, as Word wants them (letters, digits and _; 40 at most;
  // hidden ones start with _): the contents link to them.
  const bookmarks = new Map();
  for (const block of blocks) {
    if (block?.type === 'heading' && !bookmarks.has(block.id)) bookmarks.set(block.id, `_Toc_sef${bookmarks.size + 1}`);
  }
  const bookmarked = new Set();
  return groups(blocks).map(({ landscape, blocks: group }) => ({
    landscape,
    children: body(group, { bookmarks, bookmarked, width: landscape ? LANDSCAPE_WIDTH : TEXT_WIDTH }),
  }));
}

/** The Word paragraphs and tables of a section's blocks. */
function body(blocks, { bookmarks, bookmarked, width }) {
  const out = [];
  // A page break is the next paragraph's `pageBreakBefore`; before a table or the contents, an
  // empty paragraph of its own.
  let breakNext = false;
  const paragraph = (options) => {
    const p = new Paragraph(breakNext ? { ...options, pageBreakBefore: true } : options);
    breakNext = false;
    return p;
  };
  const flushBreak = () => {
    if (breakNext) out.push(paragraph({ spacing: { before: 0, after: 0 } }));
  };
  const bullets = (items) => {
    for (const item of Array.isArray(items) ? items : [])
      out.push(paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(item) }));
  };

  for (const block of blocks) {
    switch (block?.type) {
      case 'heading': {
        const level = Math.min(Math.max(Number(block.level) || 1, 1), 4);
        let children = runs(block.text);
        if (bookmarks.has(block.id) && !bookmarked.has(block.id)) {
          bookmarked.add(block.id);
          children = [new Bookmark({ id: bookmarks.get(block.id), children })];
        }
        out.push(paragraph({ heading: HEADINGS[level - 1], children }));
        break;
      }
      case 'paragraphs':
        // `missing`: "Not answered" where a required answer is not given, in the secondary colour.
        for (const p of paragraphsOf(block.text))
          out.push(paragraph({ children: runs(p, block.missing === true ? { color: SECONDARY } : {}) }));
        break;
      case 'fields': {
        const items = Array.isArray(block.items) ? block.items : [];
        if (items.length === 0) break;
        flushBreak();
        out.push(fieldsTable(items, width), spacer());
        break;
      }
      case 'list':
        bullets(block.items);
        break;
      case 'table':
      case 'chart': {
        const t = tableOf(block) ?? {};
        if (clean(block.caption).trim() !== '') out.push(paragraph({ style: 'Caption', children: runs(block.caption) }));
        const table = tableFrom(t.headers, t.rows, width);
        if (table) {
          flushBreak();
          out.push(table, spacer());
        }
        break;
      }
      case 'contents': {
        const entries = (Array.isArray(block.entries) ? block.entries : []).filter((e) => e && Number(e.level) >= 1);
        if (entries.length === 0) break;
        flushBreak();
        const levels = entries.map((e) => Math.min(Math.max(Number(e.level) || 1, 1), 4));
        out.push(
          new TableOfContents('Contents', {
            hyperlink: true,
            headingStyleRange: `${Math.min(...levels)}-${Math.max(...levels)}`,
            cachedEntries: entries.map((e, i) => ({
              title: clean(e.text),
              level: levels[i],
              ...(bookmarks.has(e.id) ? { href: bookmarks.get(e.id) } : {}),
            })),
          }),
        );
        break;
      }
      case 'notice':
        out.push(paragraph({ style: 'Notice', children: runs(block.text, block.kind === 'draft' ? { bold: true } : {}) }));
        bullets(block.items);
        break;
      case 'pageBreak':
        // Not before the first thing of a section (a section starts a page), nor twice.
        if (out.length > 0) breakNext = true;
        break;
      default:
        // A block this version does not know is left out rather than guessed at.
        break;
    }
  }
  return out;
}

/** A little room after a table before what follows. */
const spacer = () => new Paragraph({ spacing: { after: 0 }, children: [] });

const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const TABLE_BORDERS = { top: none, left: none, right: none, insideVertical: none, bottom: thin, insideHorizontal: thin };
const CELL_MARGINS = { top: 80, bottom: 80, left: 0, right: 170 };
/** About the width of a character of 11-point Arial, in twips. */
const CHARACTER = 115;

/**
 * Column widths in twips, over WIDTH: each column at least as wide as its longest word, up to 14
 * characters (so that no ordinary word is broken across lines), and the rest shared by the
 * average length of each column's texts (long answers get the room).
 */
function widths(head, rows, width) {
  const longestWord = (t) =>
    Math.max(
      0,
      ...clean(t)
        .split(/\s+/)
        .map((w) => w.length),
    );
  const least = head.map((h, c) => {
    const word = Math.min(Math.max(longestWord(h) * 1.1, ...rows.map((r) => longestWord(r[c]))), 14);
    return Math.round(word * CHARACTER + CELL_MARGINS.right + 60);
  });
  const sum = least.reduce((a, b) => a + b, 0);
  if (sum >= width) return least.map((w) => Math.floor((w * width) / sum));
  const want = head.map((h, c) => {
    const lengths = [h, ...rows.map((r) => r[c])].map((t) => clean(t).length);
    return Math.min(Math.max(lengths.reduce((a, b) => a + b, 0) / lengths.length, 1), 300);
  });
  const total = want.reduce((a, b) => a + b, 0);
  return least.map((w, c) => w + Math.floor(((width - sum) * want[c]) / total));
}

function cell(text, width, { bold = false, header = false, missing = false } = {}) {
  const style = { ...(bold ? { bold: true } : {}), ...(missing ? { color: SECONDARY } : {}) };
  const paragraphs = paragraphsOf(text);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    ...(header ? { borders: { bottom: { style: BorderStyle.SINGLE, size: 12, color: TEXT } } } : {}),
    // A paragraph for each paragraph of the text, and one, empty, for no text (a cell needs one).
    children: (paragraphs.length ? paragraphs : ['']).map(
      (p, i) => new Paragraph({ style: 'TableText', spacing: { before: i > 0 ? 120 : 0 }, children: runs(p, style) }),
    ),
  });
}

/** A row is kept on one page when it is short; a long one may break across pages. */
const short = (cells) => cells.reduce((n, t) => n + clean(t).length, 0) < 400;

/**
 * A Word table of a header row (repeated on each page) and a row for each row, over WIDTH; none
 * when there is nothing to put in it (a table needs a row and a cell).
 */
function tableFrom(headers, rows, width) {
  const head = Array.isArray(headers) ? headers : [];
  const body = (Array.isArray(rows) ? rows : []).map((r) => (Array.isArray(r) ? r : [r]));
  const columns = Math.max(head.length, ...body.map((r) => r.length), 0);
  if (columns === 0 || (head.length === 0 && body.length === 0)) return null;
  const pad = (r) => Array.from({ length: columns }, (_, c) => r[c] ?? '');
  const w = widths(pad(head), body.map(pad), width);
  const tableRows = [];
  if (head.length > 0) {
    tableRows.push(
      new TableRow({ tableHeader: true, cantSplit: true, children: pad(head).map((t, c) => cell(t, w[c], { bold: true, header: true })) }),
    );
  }
  for (const r of body) tableRows.push(new TableRow({ cantSplit: short(r), children: pad(r).map((t, c) => cell(t, w[c])) }));
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: w, borders: TABLE_BORDERS, rows: tableRows });
}

/** Short answers as GOV.UK's summary list: label in bold, then the value. */
function fieldsTable(items, width) {
  const w = [Math.round(width * 0.35), width - Math.round(width * 0.35)];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: w,
    borders: TABLE_BORDERS,
    rows: items.map(
      (item) =>
        new TableRow({
          cantSplit: short([item?.label, item?.value]),
          // `missing` (a required answer not given, "Not answered") is in the secondary colour.
          children: [cell(item?.label, w[0], { bold: true }), cell(item?.value, w[1], { missing: item?.missing === true })],
        }),
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// Every page: the header (title, period covered, the draft mark) and the footer (page numbers).

/**
 * The header: the title and the period covered (the title alone while the period is not
 * answered) and, for a draft, the model's draft notice's text ("Draft: not ready to share", the
 * model's wording), or DRAFT_MARK for a model without one.
 */
function header(model) {
  const line = [clean(model.title), clean(model.period)].filter((t) => t.trim() !== '');
  const children = [new Paragraph({ style: 'RunningHead', children: [new TextRun({ text: line.join(': ') })] })];
  if (model.draft) {
    const notice = (Array.isArray(model.blocks) ? model.blocks : []).find((b) => b?.type === 'notice' && b.kind === 'draft');
    const mark = typeof notice?.text === 'string' && notice.text.trim() !== '' ? notice.text : DRAFT_MARK;
    children.push(new Paragraph({ style: 'RunningHead', children: runs(mark, { bold: true, color: TEXT }) }));
  }
  return new Header({ children });
}

function footer() {
  return new Footer({
    children: [
      new Paragraph({
        style: 'RunningHead',
        alignment: AlignmentType.CENTER,
        // PageNumber's strings are docx's own: the only strings given to a run as `children`.
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
