// The Word copy (js/render/docx.mjs), opened as what it is: a zip of XML parts, read
// with fflate (what docx zips with) and fast-xml-parser; then read back by a second library,
// mammoth, into HTML. The model is tests/fixtures/render-model.json, made by hand to the contract
// of js/render/model.mjs, and, where js/render/model.mjs is there, the model it makes of the two
// example documents (SEFCHECK_RENDER_MODEL names another model.mjs to test on, by path).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { DRAFT_MARK, renderDocx, toDocx } from '../js/render/docx.mjs';
import { PAYLOADS, payloadDocument } from './browser/payloads.mjs';
import { example, ROOT } from './helpers.mjs';

const FIXTURE = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'render-model.json'), 'utf8'));
const MODEL_MODULE = process.env.SEFCHECK_RENDER_MODEL
  ? path.resolve(process.env.SEFCHECK_RENDER_MODEL)
  : path.join(ROOT, 'js', 'render', 'model.mjs');
const HAS_MODEL = fs.existsSync(MODEL_MODULE);

// ---------------------------------------------------------------------------------------------
// Reading a .docx.

/** The parts of a .docx: each XML part's text by its name in the zip. */
function parts(bytes) {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

/** An XML part as a tree of { name, attrs, children } and { text }, in document order. */
function tree(xml) {
  assert.equal(XMLValidator.validate(xml), true, 'a part is not well-formed XML');
  const convert = (node) => {
    if ('#text' in node) return { text: node['#text'] };
    const name = Object.keys(node).find((k) => k !== ':@');
    return { name, attrs: node[':@'] ?? {}, children: node[name].map(convert) };
  };
  return { name: '#document', attrs: {}, children: parser.parse(xml).map(convert) };
}

/** Every element below a node named NAME, in document order (not below one found). */
function all(node, name) {
  const out = [];
  const walk = (n) => {
    for (const c of n.children ?? []) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(node);
  return out;
}
const first = (node, name) => all(node, name)[0];
const elementNames = (node) => (node.children ?? []).flatMap((c) => (c.name ? [c.name, ...elementNames(c)] : []));
/** The text of a node: its w:t elements' text, one after the other. */
const textOf = (node) =>
  all(node, 'w:t')
    .map((t) => t.children.map((c) => c.text ?? '').join(''))
    .join('');
/** Every w:t text of a node, in order. */
const texts = (node) => all(node, 'w:t').map((t) => t.children.map((c) => c.text ?? '').join(''));
const styleOf = (p) => first(p, 'w:pStyle')?.attrs['w:val'];

/** The body of word/document.xml, and the document's parts. */
async function open(model) {
  const bytes = await toDocx(model);
  const p = parts(bytes);
  const doc = tree(p['word/document.xml']);
  return { bytes, parts: p, doc, body: first(doc, 'w:body') };
}

// ---------------------------------------------------------------------------------------------
// What the model says, in the order it says it.

/** Text as Word holds it: what XML 1.0 cannot hold dropped (docx) or made U+FFFD, line ends \n. */
const asWord = (s) =>
  String(s ?? '')
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot hold
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, '')
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
/** The pieces a text is written in: a run for each line and each stretch between tabs. */
const pieces = (s) =>
  asWord(s)
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .filter((piece) => piece.trim() !== '');

/** Every text of the model's blocks, in order, as the pieces Word has them in. */
function modelTexts(model) {
  const cells = (headers = [], rows = []) => [...headers, ...rows.flat()];
  return model.blocks.flatMap((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraphs':
        return pieces(b.text);
      case 'fields':
        return b.items.flatMap((i) => [...pieces(i.label), ...pieces(i.value)]);
      case 'list':
        return b.items.flatMap(pieces);
      case 'table':
        return [...pieces(b.caption), ...cells(b.headers, b.rows).flatMap(pieces)];
      case 'chart':
        return [...pieces(b.caption), ...cells(b.table.headers, b.table.rows).flatMap(pieces)];
      case 'contents':
        return b.entries.flatMap((e) => pieces(e.text));
      case 'notice':
        return [...pieces(b.text), ...(b.items ?? []).flatMap(pieces)];
      default:
        return [];
    }
  });
}

const BLOCK_TYPES = ['heading', 'paragraphs', 'fields', 'list', 'table', 'chart', 'contents', 'notice', 'pageBreak'];
const isText = (v) => typeof v === 'string';
const isTextTable = (headers, rows) =>
  Array.isArray(headers) && headers.every(isText) && Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.every(isText));

/** The model's contract (js/render/model.mjs), checked on the fixture and on the real models. */
function assertContract(model) {
  // The period is null while the document does not say it (js/render/model.mjs).
  assert.ok(
    isText(model.title) && (isText(model.period) || model.period === null) && typeof model.draft === 'boolean',
    'title, period, draft',
  );
  assert.ok(Array.isArray(model.blocks));
  for (const b of model.blocks) {
    assert.ok(BLOCK_TYPES.includes(b.type), `a block of type ${b.type}`);
    const where = `a ${b.type} block`;
    if (b.type === 'heading') assert.ok([1, 2, 3, 4].includes(b.level) && isText(b.text) && isText(b.id), where);
    if (b.type === 'paragraphs') assert.ok(isText(b.text), where);
    if (b.type === 'fields')
      assert.ok(
        b.items.every((i) => isText(i.label) && isText(i.value)),
        where,
      );
    if (b.type === 'list') assert.ok(b.items.every(isText), where);
    if (b.type === 'table') assert.ok(isText(b.caption) && isTextTable(b.headers, b.rows), where);
    if (b.type === 'chart') {
      assert.ok(['grades', 'measures', 'audit', 'actions'].includes(b.kind) && isText(b.caption), where);
      assert.ok(isTextTable(b.table.headers, b.table.rows), where);
    }
    if (b.type === 'contents')
      assert.ok(
        b.entries.every((e) => [1, 2, 3, 4].includes(e.level) && isText(e.text) && isText(e.id)),
        where,
      );
    if (b.type === 'notice') assert.ok(['draft', 'blockers'].includes(b.kind) && isText(b.text) && (b.items ?? []).every(isText), where);
  }
}

// ---------------------------------------------------------------------------------------------
// The checks, on any model.

/** word/document.xml holds every text of the model, in order, and nothing else. */
function assertTextsInOrder(model, body) {
  assert.deepEqual(
    texts(body).filter((t) => t.trim() !== ''),
    modelTexts(model),
  );
}

/** The headings: Word's Heading N styles, defined in styles.xml with their outline levels. */
function assertHeadings(model, { body, parts: p }) {
  const headings = all(body, 'w:p')
    .filter((para) => /^Heading\d$/.test(styleOf(para) ?? ''))
    .map((para) => ({ level: Number(styleOf(para).slice(7)), text: textOf(para) }));
  const expected = model.blocks.filter((b) => b.type === 'heading').map((b) => ({ level: b.level, text: asWord(b.text) }));
  assert.deepEqual(headings, expected);
  const styles = all(tree(p['word/styles.xml']), 'w:style');
  for (const level of new Set(expected.map((h) => h.level))) {
    const style = styles.find((s) => s.attrs['w:styleId'] === `Heading${level}`);
    assert.ok(style, `styles.xml defines Heading${level}`);
    assert.equal(style.attrs['w:type'], 'paragraph');
    assert.equal(first(style, 'w:name').attrs['w:val'].toLowerCase(), `heading ${level}`);
    assert.equal(first(style, 'w:outlineLvl').attrs['w:val'], String(level - 1), `Heading${level} is at outline level ${level}`);
  }
}

/** The text of a paragraph as written: its line breaks \n, its tabs \t. */
function richText(p) {
  const out = [];
  const walk = (n) => {
    for (const c of n.children ?? []) {
      if (c.name === 'w:t') out.push(c.children.map((x) => x.text ?? '').join(''));
      else if (c.name === 'w:br') out.push('\n');
      else if (c.name === 'w:tab') out.push('\t');
      else walk(c);
    }
  };
  walk(p);
  return out.join('');
}

/** A text's paragraphs (docs/spec/rendering.md, "Text": a paragraph ends at lines empty or of
 *  spaces and tabs only), one blank line between. */
const asParagraphs = (s) =>
  asWord(s)
    .split('\n')
    .map((line) => (/^[ \t]*$/.test(line) ? '' : line))
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p !== '')
    .join('\n\n');

/** The rows of a w:tbl: each row's cells' texts (paragraphs one blank line apart), and whether it is a header row. */
const rowsOf = (tbl) =>
  all(tbl, 'w:tr').map((tr) => ({
    header: first(tr, 'w:tblHeader') !== undefined,
    cells: all(tr, 'w:tc').map((tc) =>
      all(tc, 'w:p')
        .map(richText)
        .filter((t) => t !== '')
        .join('\n\n'),
    ),
  }));
const asCells = (row) => row.map(asParagraphs);
const cellTexts = (row) => row;

/** Each table and chart is a w:tbl: a header row (repeated on every page), then a row for each row. */
function assertTables(model, body) {
  const tables = all(body, 'w:tbl');
  const expected = model.blocks.flatMap((b) => {
    if (b.type === 'fields') return b.items.length ? [{ rows: b.items.map((i) => ({ header: false, cells: [i.label, i.value] })) }] : [];
    const t = b.type === 'table' ? b : b.type === 'chart' ? b.table : undefined;
    if (!t || (t.headers.length === 0 && t.rows.length === 0)) return [];
    return [
      { rows: [...(t.headers.length ? [{ header: true, cells: t.headers }] : []), ...t.rows.map((r) => ({ header: false, cells: r }))] },
    ];
  });
  assert.equal(tables.length, expected.length, 'a w:tbl for each table, chart and summary list');
  tables.forEach((tbl, i) => {
    const got = rowsOf(tbl).map((r) => ({ header: r.header, cells: cellTexts(r.cells) }));
    assert.deepEqual(
      got,
      expected[i].rows.map((r) => ({ header: r.header, cells: asCells(r.cells) })),
    );
  });
}

/** The table right after the caption CAPTION. */
function tableAfterCaption(body, caption) {
  const blocks = body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl');
  const at = blocks.findIndex((c) => c.name === 'w:p' && styleOf(c) === 'Caption' && textOf(c) === caption);
  assert.ok(at >= 0, `a caption "${caption}"`);
  assert.equal(blocks[at + 1]?.name, 'w:tbl', `a table after the caption "${caption}"`);
  return blocks[at + 1];
}

/**
 * The sections of a body: the blocks (w:p, w:tbl, w:sdt) of each and its w:sectPr (in the pPr of
 * its last paragraph, or the body's own for the last section).
 */
function sectionsIn(body) {
  const sections = [{ blocks: [] }];
  for (const c of body.children.filter((x) => x.name)) {
    if (c.name === 'w:sectPr') {
      sections.at(-1).sectPr = c;
      continue;
    }
    sections.at(-1).blocks.push(c);
    const inner = c.name === 'w:p' ? first(first(c, 'w:pPr') ?? {}, 'w:sectPr') : undefined;
    if (inner) {
      sections.at(-1).sectPr = inner;
      sections.push({ blocks: [] });
    }
  }
  return sections.filter((x) => x.sectPr);
}

/** The header on every page: the period and, for a draft, the draft mark; page numbers below. */
function assertHeaderAndFooter(model, { parts: p, body }) {
  const sections = sectionsIn(body);
  assert.ok(sections.length >= 1);
  for (const { sectPr } of sections) {
    const refs = (name) => all(sectPr, name).map((r) => r.attrs['w:type']);
    assert.deepEqual(refs('w:headerReference'), ['default'], 'one header in each section, on every page');
    assert.deepEqual(refs('w:footerReference'), ['default'], 'one footer in each section, on every page');
    assert.equal(first(sectPr, 'w:titlePg'), undefined, 'no different first page');
  }
  const named = (re) => Object.keys(p).filter((n) => re.test(n));
  const headers = named(/^word\/header\d+\.xml$/);
  const footers = named(/^word\/footer\d+\.xml$/);
  assert.equal(headers.length, sections.length);
  assert.equal(footers.length, sections.length);
  const notice = model.blocks.find((b) => b.type === 'notice' && b.kind === 'draft');
  const mark = notice ? asWord(notice.text) : DRAFT_MARK;
  for (const name of headers) {
    const headerTexts = all(tree(p[name]), 'w:p').map(textOf);
    assert.equal(headerTexts[0], [model.title, model.period].filter(Boolean).map(asWord).join(': '), 'the title and the period covered');
    assert.deepEqual(headerTexts.slice(1), model.draft ? [mark] : [], `"${mark}" in the header of a draft only`);
  }
  for (const name of footers) {
    const footer = tree(p[name]);
    const instructions = all(footer, 'w:instrText').map((i) => textOf({ children: [{ name: 'w:t', children: i.children }] }).trim());
    assert.deepEqual(instructions, ['PAGE', 'NUMPAGES']);
    assert.equal(textOf(footer), 'Page ' + ' of ', 'Page N of M: the numbers are the fields');
  }
}

const columnsOf = (t) => Math.max(t.headers.length, ...t.rows.map((r) => r.length), 0);
const tableOf = (b) => (b.type === 'table' ? b : b.type === 'chart' ? b.table : undefined);

/**
 * Pages: each heading the model puts after a page break starts a page (a w:pageBreakBefore, or
 * the first thing of a section: each starts a new page), and there is no page break the model
 * does not ask for. A table of 7 columns or more is on a landscape page, every other one portrait.
 */
function assertPages(model, body) {
  const sections = sectionsIn(body);
  const startsPage = new Set(sections.map((x) => x.blocks[0]));
  for (const b of all(body, 'w:p')) if (first(first(b, 'w:pPr') ?? {}, 'w:pageBreakBefore')) startsPage.add(b);
  const headingParas = all(body, 'w:p').filter((para) => /^Heading\d$/.test(styleOf(para) ?? ''));
  const headings = model.blocks.filter((b) => b.type === 'heading');
  model.blocks.forEach((b, i) => {
    if (b.type !== 'heading' || i === 0 || model.blocks[i - 1].type !== 'pageBreak') return;
    const para = headingParas[headings.indexOf(b)];
    assert.ok(startsPage.has(para), `the heading "${b.text}" starts a page`);
  });
  let asked = 0;
  model.blocks.forEach((b, i) => {
    if (b.type === 'pageBreak' && i > 0 && model.blocks[i - 1].type !== 'pageBreak') asked++;
  });
  assert.ok(all(body, 'w:pageBreakBefore').length <= asked, 'no page break the model does not ask for');
  const wide = model.blocks.filter((b) => tableOf(b) && columnsOf(tableOf(b)) >= 7).length;
  let landscapeTables = 0;
  for (const { sectPr, blocks } of sections) {
    const landscape = first(sectPr, 'w:pgSz').attrs['w:orient'] === 'landscape';
    for (const tbl of blocks.filter((x) => x.name === 'w:tbl')) {
      const columns = all(tbl, 'w:gridCol').length;
      assert.equal(landscape, columns >= 7, `a table of ${columns} columns on a ${landscape ? 'landscape' : 'portrait'} page`);
      if (landscape) landscapeTables++;
    }
  }
  assert.equal(landscapeTables, wide);
}

/** The contents: Word's Table of Contents field, its entries links to bookmarks on the headings. */
function assertContents(model, body) {
  const contents = model.blocks.find((b) => b.type === 'contents' && b.entries.length > 0);
  const sdts = all(body, 'w:sdt');
  if (!contents) return assert.equal(sdts.length, 0);
  assert.equal(sdts.length, 1);
  const sdt = sdts[0];
  assert.equal(first(sdt, 'w:docPartGallery').attrs['w:val'], 'Table of Contents');
  const instruction = all(sdt, 'w:instrText')
    .map((i) => i.children.map((c) => c.text).join(''))
    .join('');
  const levels = contents.entries.map((e) => e.level);
  assert.match(instruction, new RegExp(`TOC .*\\\\o "${Math.min(...levels)}-${Math.max(...levels)}"`));
  assert.match(instruction, /\\h/);
  assert.equal(first(sdt, 'w:fldChar').attrs['w:dirty'], 'true', 'Word updates it (and its page numbers) when it opens the file');
  const links = all(sdt, 'w:hyperlink').map((h) => ({ anchor: h.attrs['w:anchor'], text: texts(h)[0] }));
  assert.deepEqual(
    links.map((l) => l.text),
    contents.entries.map((e) => asWord(e.text)),
  );
  // Each anchor is a bookmark on the heading of the entry's id.
  const bookmarks = new Map(
    all(body, 'w:p')
      .filter((para) => /^Heading\d$/.test(styleOf(para) ?? ''))
      .flatMap((para) => all(para, 'w:bookmarkStart').map((b) => [b.attrs['w:name'], textOf(para)])),
  );
  const headingById = new Map(model.blocks.filter((b) => b.type === 'heading').map((b) => [b.id, asWord(b.text)]));
  contents.entries.forEach((e, i) => {
    assert.ok(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(links[i].anchor), 'a bookmark name Word accepts');
    assert.equal(bookmarks.get(links[i].anchor), headingById.get(e.id));
  });
}

/** mammoth reads the file back: the same headings, h1 to h4, with the same texts. */
async function assertMammothHeadings(model, bytes) {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  assert.deepEqual(
    messages.filter((m) => m.type === 'error'),
    [],
  );
  const decode = (s) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const headings = [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/gs)].map((m) => ({ level: Number(m[1]), text: decode(m[2]) }));
  // mammoth makes a line break <br />: the heading's text with its line breaks left out.
  const expected = model.blocks
    .filter((b) => b.type === 'heading')
    .map((b) => ({ level: b.level, text: asWord(b.text).replaceAll('\n', '').replaceAll('\t', '') }));
  assert.deepEqual(
    headings.map((h) => ({ level: h.level, text: h.text.replaceAll('\t', '') })),
    expected,
  );
  return html;
}

/** Every check, on one model. */
async function assertAll(model) {
  assertContract(model);
  const opened = await open(model);
  assert.equal(opened.bytes.constructor, Uint8Array, 'a plain Uint8Array');
  assertTextsInOrder(model, opened.body);
  assertHeadings(model, opened);
  assertTables(model, opened.body);
  assertHeaderAndFooter(model, opened);
  assertPages(model, opened.body);
  assertContents(model, opened.body);
  await assertMammothHeadings(model, opened.bytes);
  return opened;
}

// ---------------------------------------------------------------------------------------------
// The fixture.

test('fixture: every text in order in word/document.xml, headings, tables, header, footer, page breaks, contents, mammoth', async () => {
  const { parts: p, body } = await assertAll(FIXTURE);
  // No wide table: one section, portrait, and a page break for each of the model's.
  assert.equal(sectionsIn(body).length, 1);
  assert.equal(all(body, 'w:pageBreakBefore').length, FIXTURE.blocks.filter((b) => b.type === 'pageBreak').length);
  for (const [name, xml] of Object.entries(p)) assert.equal(XMLValidator.validate(xml), true, `${name} is well-formed`);
  const core = tree(p['docProps/core.xml']);
  assert.equal(textOf({ children: [{ name: 'w:t', children: first(core, 'dc:title').children }] }), FIXTURE.title);
});

test('fixture: the improvement plan is a w:tbl with a header row and a row per action', async () => {
  const { body } = await open(FIXTURE);
  const plan = FIXTURE.blocks.find((b) => b.type === 'table' && b.caption === 'Improvement plan');
  const rows = rowsOf(tableAfterCaption(body, 'Improvement plan'));
  assert.equal(rows.length, 1 + plan.rows.length);
  assert.deepEqual(
    rows.map((r) => r.header),
    [true, ...plan.rows.map(() => false)],
  );
  assert.deepEqual(rows[0].cells, ['Id', 'What', 'Owner', 'Due', 'Status', 'Addresses']);
  assert.deepEqual(
    rows.slice(1).map((r) => r.cells[0]),
    ['A1', 'A2', 'A3'],
  );
});

test('an answer: a paragraph for each paragraph (blank lines between), its line breaks and tabs kept', async () => {
  const text = ' \t\nFirst line\r\nsecond line\r\r  Indented\twith a tab\n \n\t\n\nLast\n  ';
  const { body } = await open({ title: 'T', period: 'P', draft: false, blocks: [{ type: 'paragraphs', text }] });
  const paras = all(body, 'w:p');
  assert.deepEqual(paras.map(textOf), ['First linesecond line', '  Indentedwith a tab', 'Last']);
  assert.equal(all(paras[0], 'w:br').length, 1);
  assert.equal(all(paras[1], 'w:tab').length, 1);
  assert.equal(first(paras[1], 'w:t').attrs['xml:space'], 'preserve');
});

test('a finished document: no draft mark in its header', async () => {
  const { parts: p } = await assertAll({ ...FIXTURE, draft: false, blocks: FIXTURE.blocks.filter((b) => b.type !== 'notice') });
  assert.ok(!p['word/header1.xml'].includes('Draft'));
});

test('empty blocks: no empty table, no empty contents; a table with no rows keeps its header row; no period, the title alone in the header', async () => {
  const model = {
    title: 'T',
    period: null,
    draft: false,
    blocks: [
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: 'T', id: 't' },
      { type: 'fields', items: [] },
      { type: 'contents', entries: [] },
      { type: 'list', items: [] },
      { type: 'table', caption: 'Improvement plan', headers: ['Id', 'What'], rows: [] },
      { type: 'table', caption: 'Nothing', headers: [], rows: [] },
      { type: 'pageBreak' },
      { type: 'pageBreak' },
      { type: 'heading', level: 2, text: 'After', id: 'after' },
      { type: 'pageBreak' },
    ],
  };
  const { body } = await assertAll(model);
  assert.equal(all(body, 'w:tbl').length, 1);
  assert.equal(all(body, 'w:pageBreakBefore').length, 1);
});

test('a table of 7 columns or more: a landscape section with the headings before it, then portrait again', async () => {
  const wide = (caption, n) => ({
    type: 'table',
    caption,
    headers: Array.from({ length: n }, (_, i) => `Column ${i + 1}`),
    rows: [Array.from({ length: n }, (_, i) => `Cell ${i + 1}`)],
  });
  const model = {
    title: 'T',
    period: 'P',
    draft: true,
    blocks: [
      { type: 'heading', level: 1, text: 'Title', id: 'title' },
      { type: 'pageBreak' },
      { type: 'heading', level: 2, text: 'Improvement plan', id: 'actions' },
      wide('Improvement plan', 8),
      { type: 'pageBreak' },
      { type: 'heading', level: 2, text: 'Performance', id: 'performance' },
      { type: 'heading', level: 3, text: 'Measures', id: 'measures' },
      wide('Performance measures', 10),
      { type: 'heading', level: 3, text: 'Commentary', id: 'commentary' },
      { type: 'paragraphs', text: 'After the wide tables.' },
      wide('A narrow one', 3),
      { type: 'pageBreak' },
      { type: 'heading', level: 2, text: 'Last', id: 'last' },
    ],
  };
  const { body } = await assertAll(model);
  const sections = sectionsIn(body);
  const orient = sections.map((x) => first(x.sectPr, 'w:pgSz').attrs['w:orient'] ?? 'portrait');
  assert.deepEqual(orient, ['portrait', 'landscape', 'portrait']);
  const headingsOf = (x) => x.blocks.filter((b) => /^Heading\d$/.test(styleOf(b) ?? '')).map(textOf);
  assert.deepEqual(sections.map(headingsOf), [['Title'], ['Improvement plan', 'Performance', 'Measures'], ['Commentary', 'Last']]);
  // The landscape tables are as wide as the turned page's text.
  const width = (tbl) => Number(first(tbl, 'w:tblW').attrs['w:w']);
  const [portrait, landscape] = [sections[0].sectPr, sections[1].sectPr].map((x) => {
    const size = first(x, 'w:pgSz').attrs;
    const margin = first(x, 'w:pgMar').attrs;
    return Number(size['w:w']) - Number(margin['w:left']) - Number(margin['w:right']);
  });
  assert.ok(landscape > portrait);
  assert.deepEqual(all(body, 'w:tbl').map(width), [landscape, landscape, portrait]);
});

// ---------------------------------------------------------------------------------------------
// Payloads: script and markup in every text of the model are text in the .docx.

/** The fixture with a payload in every text it has (title and period too), and docx's field names. */
function payloadModel() {
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length];
  const swap = (v, key) => {
    if (typeof v === 'string') return ['type', 'kind', 'id'].includes(key) ? v : next();
    if (Array.isArray(v)) return v.map((x) => swap(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'data' ? x : swap(x, k)]));
    return v;
  };
  const model = swap(FIXTURE);
  // Strings docx reads as fields when given as a run's children, and what XML cannot hold.
  model.blocks.push(
    { type: 'heading', level: 2, text: 'CURRENT', id: 'current' },
    { type: 'list', items: ['TOTAL_PAGES', 'TOTAL_PAGES_IN_SECTION', 'SECTION', 'CURRENT'] },
    { type: 'paragraphs', text: 'a\u0001b\u000Bc\uFFFEd\uFFFF e ]]> <![CDATA[x]]> <?xml version="1.0"?> &amp; &#x3C;' },
    { type: 'fields', items: [{ label: '<w:t>', value: '</w:t></w:r><w:r><w:t>injected' }] },
  );
  return model;
}

test('payloads: every one is text in word/document.xml, in order; no element but Word\u2019s', async () => {
  const model = payloadModel();
  const { parts: p, doc, bytes } = await assertAll(model);
  // Every part is well-formed, and every element in it is in a namespace (w:, a:, ...): no <img>,
  // <script> or <svg> of a payload became an element.
  for (const [name, xml] of Object.entries(p)) {
    const names = elementNames(tree(xml));
    assert.deepEqual(
      names.filter(
        (n) =>
          !n.includes(':') &&
          n !== '?xml' &&
          !['Relationships', 'Relationship', 'Types', 'Default', 'Override', 'Properties', 'Property'].includes(n),
      ),
      [],
      name,
    );
  }
  const all_ = texts(first(doc, 'w:body')).join('\n');
  for (const payload of PAYLOADS) assert.ok(all_.includes(payload), `${payload} as text`);
  // The title and period payloads are text in the header too.
  assert.ok(textOf(tree(p['word/header1.xml'])).includes(model.period));
  // docx's field names are text: the only fields in the body are the contents' TOC.
  const instructions = all(doc, 'w:instrText').map((x) => x.children.map((c) => c.text).join(''));
  assert.equal(instructions.length, 1);
  assert.match(instructions[0], /^TOC /);
  // mammoth's HTML has the payloads as text, escaped.
  const html = await assertMammothHeadings(model, bytes);
  assert.ok(!/<(script|img|svg|iframe|body|object|embed|style|link|meta|base|form|video|details|input|math)\b/i.test(html));
});

// ---------------------------------------------------------------------------------------------
// The real model of the example documents, where js/render/model.mjs is there.

test('the real model (js/render/model.mjs) of complete.json, draft.json, an empty document and a payload in every field', {
  skip: !HAS_MODEL && 'js/render/model.mjs is not there yet',
}, async () => {
  const { documentModel } = await import(pathToFileURL(MODEL_MODULE).href);
  const api = await import('sefcheck');
  for (const name of ['complete', 'draft']) {
    const document = example(name);
    const model = documentModel(document, api);
    assert.equal(model.draft, name === 'draft', `${name}: draft`);
    const { body } = await assertAll(model);
    // The improvement plan: a header row and a row per action, each with its id (a document
    // without actions, the draft, has none).
    const actions = Array.isArray(document.actions) ? document.actions.filter((a) => a && typeof a === 'object') : [];
    const plan = model.blocks.find((b) => b.type === 'table' && /improvement plan/i.test(b.caption));
    assert.equal(plan !== undefined, actions.length > 0, `${name}: the improvement plan is a table`);
    if (plan) {
      const rows = rowsOf(tableAfterCaption(body, asWord(plan.caption)));
      assert.equal(rows.length, 1 + actions.length, `${name}: a row per action`);
      assert.deepEqual(
        rows.map((r) => r.header),
        [true, ...actions.map(() => false)],
      );
      for (const [i, a] of actions.entries()) assert.ok(rows[i + 1].cells.includes(a.id), `${name}: action ${a.id} in its row`);
    }
    // Every answer of the document is in the .docx.
    const written = texts(body).join('\n');
    for (const answer of answersOf(document)) {
      for (const piece of pieces(answer)) assert.ok(written.includes(piece), `${name}: "${piece.slice(0, 40)}..." in the .docx`);
    }
  }
  // Paragraphs and lines cut as every format cuts them (./text.mjs beside the model).
  const { paragraphsOf } = await import(pathToFileURL(path.join(path.dirname(MODEL_MODULE), 'text.mjs')).href);
  for (const text of ['a\nb\n\nc', ' \t\na\r\nb\r\rc\n \n\t\n\nd\n  ', '\u00A0\na\n\u00A0\nb', 'a\f\nb', '\n\n\n', '  x  ']) {
    const { body: b } = await open({ title: 'T', period: 'P', draft: false, blocks: [{ type: 'paragraphs', text }] });
    assert.deepEqual(
      all(b, 'w:p').map(richText),
      paragraphsOf(text).map((lines) => asWord(lines.join('\n'))),
      JSON.stringify(text),
    );
  }
  // A new, empty document: everything "Not answered", no period.
  await assertAll(documentModel(api.emptyDocument(), api));
  // A payload in every field of the definition (tests/browser/payloads.mjs): text in the .docx.
  const { doc, bytes } = await assertAll(documentModel(payloadDocument(api.formDefinition()), api));
  const written = texts(first(doc, 'w:body')).join('\n');
  for (const payload of PAYLOADS) assert.ok(written.includes(payload), `${payload} as text`);
  assert.equal(all(doc, 'w:instrText').length, 1, 'no field but the contents');
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  assert.ok(!/<(script|img|svg|iframe|body|object|embed|style|link|meta|base|form|video|details|input|math)\b/i.test(html));
  // renderDocx: the model of ./model.mjs, written by toDocx (where ./model.mjs is the one tested).
  if (MODEL_MODULE === path.join(ROOT, 'js', 'render', 'model.mjs')) {
    const bytes = await renderDocx(example('draft'));
    assert.equal(bytes.constructor, Uint8Array);
    const expected = await open(documentModel(example('draft'), api));
    assert.deepEqual(texts(first(tree(parts(bytes)['word/document.xml']), 'w:body')), texts(expected.body));
  }
});

/** The free-text answers of a document (text kind: more than a line), where the model must carry them. */
function answersOf(document) {
  const out = [];
  const areas = document.areas ?? {};
  for (const area of Object.values(areas)) {
    for (const key of ['whatWeKnow', 'howWeKnow', 'gradeRationale', 'plans']) if (typeof area?.[key] === 'string') out.push(area[key]);
    for (const item of [...(area?.strengths ?? []), ...(area?.developmentAreas ?? [])])
      if (typeof item?.text === 'string') out.push(item.text);
  }
  for (const v of Object.values(document.voice ?? {})) if (typeof v === 'string') out.push(v);
  for (const a of document.actions ?? []) if (typeof a?.description === 'string') out.push(a.description);
  return out;
}
