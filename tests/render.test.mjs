// The readable self-evaluation (docs/spec/rendering.md), through the package's `sefcheck/render`:
// the model of both example documents, their HTML (read by parse5, as a browser reads it) and
// their Markdown (read by markdown-it, as CommonMark and with GitHub's tables). What is expected
// is worked out here from formDefinition() and the documents themselves, not from the renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { parse, parseFragment } from 'parse5';
import * as api from 'sefcheck';
import { documentModel, renderHtml, renderMarkdown, toHtml, toMarkdown } from 'sefcheck/render';
import { MEASURES_PER_SVG } from '../js/render/charts.mjs';
import { makeLarge } from '../bench/documents.mjs';
import { PAYLOADS, payloadDocument } from './browser/payloads.mjs';
import { example } from './helpers.mjs';

const DATE = '2026-12-06';
const DATE_WRITTEN = '6 December 2026';
const DRAFT_MARK = 'Draft: not ready to share';
const def = api.formDefinition();
const EXAMPLES = { complete: example('complete'), draft: example('draft') };

// ---- reading what was rendered ------------------------------------------------------------

const commonmark = MarkdownIt('commonmark');
const gfm = MarkdownIt({ html: true });

function walk(node, visit) {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}
const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'caption',
  'figcaption',
  'table',
  'ul',
  'ol',
  'nav',
  'br',
  'blockquote',
  'text',
  'title',
  'dl',
  'figure',
  'main',
]);

/** The text of a parsed page, as a reader sees it (white space made single spaces), and where
 *  each heading h1 to h4 starts in it. Nothing of <head> (the style, the title). */
function readDom(root) {
  let text = '';
  const headings = [];
  const visit = (node) => {
    if (node.nodeName === 'head' || node.nodeName === 'style' || node.nodeName === 'script') return;
    if (node.nodeName === '#text') text += node.value;
    const h = /^h([1-4])$/.exec(node.nodeName);
    if (h) headings.push({ level: Number(h[1]), at: text.length + 1 });
    if (BLOCK.has(node.nodeName)) text += ' ';
    for (const child of node.childNodes ?? []) visit(child);
    if (h)
      headings.at(-1).text = text
        .slice(headings.at(-1).at - 1)
        .replace(/\s+/g, ' ')
        .trim();
    if (BLOCK.has(node.nodeName)) text += ' ';
  };
  visit(root);
  // Positions in the text with its white space made single: count as we go.
  const squeeze = (s) => s.replace(/\s+/g, ' ');
  for (const h of headings) h.at = squeeze(text.slice(0, h.at)).length;
  return { text: squeeze(text), headings };
}

const htmlText = (html) => readDom(parse(html));
/** The Markdown as a reader of GitHub sees it: markdown-it's HTML (tables, and the <br> it has), read by parse5. */
const markdownText = (md) => readDom(parseFragment(gfm.render(md)));

/** The headings of Markdown parsed as CommonMark: [level, text]. */
function markdownHeadings(md, parser = commonmark) {
  const tokens = parser.parse(md, {});
  const out = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const inline = tokens[i + 1];
    const text = inline.children
      .filter((c) => c.type === 'text' || c.type === 'code_inline')
      .map((c) => c.content)
      .join('');
    assert.ok(
      inline.children.every((c) => c.type === 'text'),
      `a heading holds only text: ${inline.content}`,
    );
    out.push([Number(t.tag.slice(1)), text]);
  });
  return out;
}

// ---- what is expected, from the definition -------------------------------------------------

const field = (path) => {
  const find = (list) => {
    for (const f of list) {
      if (f.path === path) return f;
      const inner = find(f.fields ?? []);
      if (inner) return inner;
    }
    return null;
  };
  return find(def.sections.flatMap((s) => s.fields));
};
const section = (id) => def.sections.find((s) => s.id === id);
const blank = (v) => v === undefined || v === null || (typeof v === 'string' && /^\s*$/.test(v)) || (Array.isArray(v) && !v.length);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A value as rendering.md writes it ("Values"), worked out independently of the renderer. */
function writtenAs(f, v) {
  if (typeof v === 'number') return v.toLocaleString('en-GB', { maximumFractionDigits: 20 });
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v !== 'string') return JSON.stringify(v);
  if (f.kind === 'option') return f.options.find((o) => o.value === v)?.label ?? v;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (f.kind === 'date' && d && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).getUTCDate() === Number(d[3]))
    return `${Number(d[3])} ${MONTHS[Number(d[2]) - 1]} ${d[1]}`;
  return v;
}

/**
 * Every answer of `doc` as it must appear, section by section in rendering.md's order, each
 * section's answers in the definition's order (the measures' commentaries after their table):
 * { section: the heading that starts it, values: [string] }.
 */
function expectedAnswers(doc) {
  const out = [];
  const leaves = (f, v, values) => {
    if (blank(v)) return;
    if (f.kind === 'object' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const c of f.fields) leaves(c, v[c.key], values);
    } else if (f.kind === 'objectList' && Array.isArray(v)) {
      const later = [];
      for (const item of v) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) values.push(writtenAs(f, item));
        else
          for (const c of f.fields) {
            if (f.key === 'kpis' && c.key === 'commentary') later.push(...(blank(item[c.key]) ? [] : [item[c.key]]));
            else leaves(c, item[c.key], values);
          }
      }
      values.push(...later);
    } else if (f.kind === 'idList' && Array.isArray(v)) {
      for (const id of v) if (!blank(id)) values.push(writtenAs(f, id));
    } else values.push(writtenAs(f, v));
  };
  const about = { section: 'title page', values: [] };
  for (const f of section('about').fields) leaves(f, f.path === '/about' ? doc.about : doc.previous, about.values);
  out.push(about);
  for (const id of [
    'inspection',
    'privateLaw',
    'publicLaw',
    'leadership',
    'voice',
    'actions',
    'performance',
    'evidence',
    'declarations',
    'approval',
  ]) {
    const s = section(id);
    const values = [];
    for (const f of s.fields) {
      let v = doc;
      for (const k of f.path.slice(1).split('/')) v = v && typeof v === 'object' ? v[k] : undefined;
      leaves(f, v, values);
    }
    out.push({ section: s.title, values });
  }
  return out;
}

/**
 * The headings rendering.md says a document has, in order, [level, text]: from the definition's
 * section titles and labels, the renderer's own few words, and how many items each list holds.
 */
function expectedHeadings(doc, draft) {
  const H = [[1, 'Self-evaluation of frontline practice']];
  if (doc.previous !== undefined && doc.previous !== null) H.push([2, field('/previous').label]);
  if (!draft) H.push([2, section('approval').title]);
  H.push([2, 'Contents'], [2, 'At a glance'], [2, section('inspection').title]);
  const insp = doc.inspection ?? {};
  H.push([3, field('/inspection/grades').label]);
  if (!blank(insp.recommendations)) {
    H.push([3, field('/inspection/recommendations').label]);
    insp.recommendations.forEach((_, i) => void H.push([4, `Recommendation ${i + 1}`]));
  }
  if (!blank(insp.monitoring)) H.push([3, field('/inspection/monitoring').label]);
  for (const area of ['privateLaw', 'publicLaw', 'leadership']) {
    H.push([2, section(area).title]);
    const a = doc.areas?.[area] ?? {};
    for (const f of field(`/areas/${area}`).fields) {
      H.push([3, f.label]);
      if (f.key === 'developmentAreas' && !blank(a.developmentAreas))
        a.developmentAreas.forEach((_, i) => void H.push([4, `Development area ${i + 1}`]));
    }
  }
  H.push([2, section('voice').title]);
  for (const f of field('/voice').fields) if (f.required || !blank(doc.voice?.[f.key])) H.push([3, f.label]);
  H.push([2, section('actions').title], [2, section('performance').title], [3, field('/kpis').label]);
  if (Array.isArray(doc.kpis) && doc.kpis.some((m) => !blank(m?.commentary))) H.push([4, field('/kpis/*/commentary').label]);
  H.push([3, field('/audit').label], [2, section('evidence').title], [2, section('declarations').title], [2, section('approval').title]);
  if (draft) H.push([2, 'What blocks sharing']);
  return H;
}

/**
 * Checks that each section's answers are in the text between its heading and the next big
 * section's (the title page: before the contents), in order.
 */
function assertAnswersInOrder(read, doc, what) {
  const h2 = read.headings.filter((h) => h.level === 2);
  let from = 0;
  for (const { section: title, values } of expectedAnswers(doc)) {
    const start = title === 'title page' ? 0 : h2.find((h) => h.text === title && h.at >= from)?.at;
    assert.ok(start !== undefined, `${what}: the section "${title}" is there`);
    const end =
      title === 'title page'
        ? h2.find((h) => h.text === 'Contents').at
        : (h2.find((h) => h.at > start && !['Last year', 'Approval'].includes(h.text.slice(0, 9)))?.at ?? read.text.length);
    let at = start;
    for (const value of values) {
      const want = value.replace(/\s+/g, ' ').trim();
      const found = read.text.indexOf(want, at);
      assert.ok(
        found >= 0 && found + want.length <= end,
        `${what}: "${want.slice(0, 80)}" is in section "${title}", after what comes before it`,
      );
      at = found + want.length;
    }
    from = start;
  }
}

// ---- the model ------------------------------------------------------------------------------

const TYPES = new Set(['heading', 'paragraphs', 'fields', 'list', 'table', 'chart', 'contents', 'notice', 'pageBreak']);

test('the model: the contract block types only, unique stable ids, contents of every level-2 heading after it, plain data', () => {
  for (const [name, doc] of Object.entries(EXAMPLES)) {
    const model = documentModel(doc, { date: DATE });
    assert.deepEqual(Object.keys(model).sort(), ['blocks', 'draft', 'period', 'title']);
    assert.equal(model.title, 'Self-evaluation of frontline practice');
    assert.equal(model.period, '1 April 2025 to 31 March 2026');
    assert.equal(model.draft, !api.validate(doc).readyToShare, name);
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model, `${name}: serialisable`);
    for (const b of model.blocks) assert.ok(TYPES.has(b.type), b.type);
    const headings = model.blocks.filter((b) => b.type === 'heading');
    const ids = headings.map((h) => h.id);
    assert.equal(new Set(ids).size, ids.length, `${name}: ids unique`);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const h of headings) assert.ok([1, 2, 3, 4].includes(h.level));
    const at = model.blocks.findIndex((b) => b.type === 'contents');
    const after = model.blocks.slice(at).filter((b) => b.type === 'heading' && b.level === 2);
    assert.deepEqual(
      model.blocks[at].entries,
      after.map(({ level, text, id }) => ({ level, text, id })),
    );
    // The same document gives the same model; ids do not depend on its text.
    assert.deepEqual(documentModel(structuredClone(doc), { date: DATE }), model);
    for (const b of model.blocks) {
      if (b.type === 'chart') for (const row of b.table.rows) assert.equal(row.length, b.table.headers.length);
      if (b.type === 'table') for (const row of b.rows) assert.equal(row.length, b.headers.length);
    }
  }
  // The ids are the same for both examples wherever both have the heading.
  const ids = (doc) =>
    new Map(
      documentModel(doc, { date: DATE })
        .blocks.filter((b) => b.type === 'heading' && b.level > 1 && !b.id.startsWith('title-'))
        .map((h) => [`${h.level} ${h.text}`, h.id]),
    );
  const c = ids(EXAMPLES.complete);
  for (const [key, id] of ids(EXAMPLES.draft)) if (c.has(key)) assert.equal(c.get(key), id, key);
});

test("the headings are the definition's section titles and labels, in rendering.md's order, in the model, the HTML and the Markdown", () => {
  for (const [name, doc] of Object.entries(EXAMPLES)) {
    const draft = !api.validate(doc).readyToShare;
    const expected = expectedHeadings(doc, draft);
    const model = documentModel(doc, { date: DATE });
    assert.deepEqual(
      model.blocks.filter((b) => b.type === 'heading').map((h) => [h.level, h.text]),
      expected,
      `${name}: the model`,
    );
    const html = htmlText(renderHtml(doc, { date: DATE }));
    assert.deepEqual(
      html.headings.map((h) => [h.level, h.text]),
      expected,
      `${name}: the HTML`,
    );
    const md = renderMarkdown(doc, { date: DATE });
    assert.deepEqual(markdownHeadings(md), expected, `${name}: the Markdown as CommonMark`);
    assert.deepEqual(markdownHeadings(md, gfm), expected, `${name}: the Markdown with GitHub's tables`);
  }
});

test("every answer of both examples is in the HTML and the Markdown, in its section, in the definition's order", () => {
  for (const [name, doc] of Object.entries(EXAMPLES)) {
    const html = renderHtml(doc, { date: DATE });
    assertAnswersInOrder(htmlText(html), doc, `${name}.json, HTML`);
    const md = renderMarkdown(doc, { date: DATE });
    assertAnswersInOrder(markdownText(md), doc, `${name}.json, Markdown`);
    // Paragraphs and line breaks as written: every paragraph of a text a <p> of its own.
    const text = doc.areas.privateLaw.whatWeKnow;
    const paragraphs = text.split(/\n\s*\n/);
    assert.ok(paragraphs.length > 1);
    const ps = [];
    walk(parse(html), (n) => n.nodeName === 'p' && ps.push(readDom(n).text.trim()));
    for (const p of paragraphs) assert.ok(ps.includes(p.replace(/\s+/g, ' ').trim()), p.slice(0, 40));
  }
});

test('values: dates in words, options by their labels, numbers with commas, Not answered, optional answers left out', () => {
  const complete = documentModel(EXAMPLES.complete, { date: DATE });
  const fields = new Map(complete.blocks.filter((b) => b.type === 'fields').flatMap((b) => b.items.map((f) => [f.label, f.value])));
  assert.equal(fields.get('Start of the period covered'), '1 April 2025');
  assert.equal(fields.get('Date it will be shared with Ofsted'), '29 May 2026');
  assert.equal(fields.get('Cases audited'), '1,180');
  assert.equal(fields.get('Status'), 'In progress');
  assert.equal(fields.get("Ofsted's grade at the last inspection"), 'Outstanding');
  assert.equal(fields.get('It names no child, parent, carer or other family member, and gives no date of birth.'), 'Yes');
  const plan = complete.blocks.find((b) => b.type === 'table' && b.caption === field('/actions').label);
  assert.deepEqual(
    plan.headers,
    field('/actions').fields.map((f) => f.label),
  );
  assert.deepEqual(plan.rows[3].slice(0, 2), ['PUB-01', 'Public law practice']);
  assert.equal(plan.rows[3][3], 'ofsted-2024-01, PU-D1');
  assert.equal(plan.rows[3][5], '30 November 2026');
  const measures = complete.blocks.find((b) => b.type === 'table' && b.caption === field('/kpis').label);
  const s7 = measures.rows.find((r) => r[0] === 'pl-s7-on-time');
  assert.deepEqual(s7, [
    'pl-s7-on-time',
    'Private law practice',
    'Section 7 reports filed by the date the court set',
    'Percentage',
    '88.2',
    '90',
    '91',
    'Higher is better',
    'Not met',
    'Worse',
  ]);
  const duration = measures.rows.find((r) => r[0] === 'pub-duration');
  assert.deepEqual(duration.slice(-2), ['Not met', 'Better'], 'lower is better: 42.6 weeks against 26, and 44 last year');
  assert.deepEqual(measures.rows.find((r) => r[0] === 'pl-duration').slice(5), ['', '', '', '', ''], 'no target, no last year');

  const draft = documentModel(EXAMPLES.draft, { date: DATE });
  const draftFields = draft.blocks.filter((b) => b.type === 'fields').flatMap((b) => b.items);
  assert.ok(draftFields.some((f) => f.label === 'Digest of what was approved' && f.value === 'Not answered' && f.missing === true));
  assert.ok(draft.blocks.some((b) => b.type === 'paragraphs' && b.missing && b.text === 'Not answered'));
  // familyForum is optional: not answered in the draft, so it has no heading.
  assert.ok(!draft.blocks.some((b) => b.type === 'heading' && b.text === field('/voice/familyForum').label));
  // A number of the wrong type, an option that is not one, a date that is not a date: as written.
  const odd = structuredClone(EXAMPLES.complete);
  odd.audit.casesAudited = '1180 cases';
  odd.actions[0].status = 'Done';
  odd.actions[0].due = '31/03/2027';
  odd.kpis[0].value = 1234567.5;
  const m = documentModel(odd, { date: DATE });
  const all = JSON.stringify(m);
  for (const s of ['1180 cases', '"Done"', '31/03/2027', '1,234,567.5']) assert.ok(all.includes(s), s);
});

test('the golden thread: each development area and recommendation with the actions that address it, their descriptions', () => {
  const model = documentModel(EXAMPLES.complete, { date: DATE });
  const doc = EXAMPLES.complete;
  const threads = model.blocks.filter((b) => b.type === 'table' && b.caption.startsWith('Actions that address'));
  const addressable = [
    ...doc.inspection.recommendations,
    ...['privateLaw', 'publicLaw', 'leadership'].flatMap((a) => doc.areas[a].developmentAreas),
  ];
  assert.equal(threads.length, addressable.length);
  addressable.forEach((item, i) => {
    const by = doc.actions.filter((a) => a.addresses.includes(item.id));
    assert.deepEqual(
      threads[i].rows,
      by.map((a) => [a.id, a.description]),
      item.id,
    );
  });
  assert.equal(threads[0].caption, 'Actions that address recommendation 1');
  assert.deepEqual(threads[0].headers, ['Reference', 'What we will do']);
  // The draft's recommendation: no action yet.
  const draft = documentModel(EXAMPLES.draft, { date: DATE });
  assert.ok(
    draft.blocks.some((b) => b.type === 'fields' && b.items.some((f) => f.label === 'Actions that address it' && f.value === 'None')),
  );
});

test("the draft: its mark on the title page, in HTML on every printed page, in Markdown; what blocks sharing, each error's section and message", () => {
  const doc = EXAMPLES.draft;
  const report = api.validate(doc);
  const model = documentModel(doc, { date: DATE });
  assert.equal(model.draft, true);
  assert.deepEqual(model.blocks[1], { type: 'notice', kind: 'draft', text: DRAFT_MARK });
  assert.ok(model.blocks[2].items.some((f) => f.label === 'Date of this draft' && f.value === DATE_WRITTEN));
  const titles = new Map(def.sections.map((s) => [s.id, s.title]));
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  assert.equal(errors.length, 37);
  const blockers = model.blocks.at(-1);
  assert.equal(blockers.type, 'notice');
  assert.equal(blockers.kind, 'blockers');
  assert.equal(blockers.text, 'This self-evaluation is not ready to share: 37 errors must be put right first.');
  assert.deepEqual(
    blockers.items,
    errors.map((d) => `${titles.get(d.section)}: ${d.message}`),
  );
  assert.deepEqual(model.blocks.at(-2), { type: 'heading', level: 2, text: 'What blocks sharing', id: 'blockers' });

  const html = renderHtml(doc, { date: DATE });
  assert.match(html, /<title>Self-evaluation of frontline practice: 1 April 2025 to 31 March 2026 \(Draft: not ready to share\)<\/title>/);
  assert.match(html, /@top-right \{ content: "Draft: not ready to share"/, 'the running header of every page');
  assert.match(html, /<div class="sef-draft-mark" aria-hidden="true">Draft: not ready to share<\/div>/, 'repeated on every printed page');
  assert.match(html, /\.sef-draft-mark \{\s*display: block; position: fixed;/);
  const read = htmlText(html);
  for (const item of blockers.items) assert.ok(read.text.includes(item), item);
  const md = renderMarkdown(doc, { date: DATE });
  assert.match(md, /^# Self-evaluation of frontline practice\n\n> \*\*Draft: not ready to share\*\*\n/);
  const mdRead = markdownText(md);
  for (const item of blockers.items) assert.ok(mdRead.text.includes(item), item);

  // The complete example: no mark, no blockers, the approval on the title page.
  const complete = renderHtml(EXAMPLES.complete, { date: DATE });
  assert.ok(!complete.includes(DRAFT_MARK));
  assert.ok(!renderMarkdown(EXAMPLES.complete).includes(DRAFT_MARK));
  const title = documentModel(EXAMPLES.complete).blocks.slice(0, 8);
  assert.ok(title.some((b) => b.type === 'fields' && b.items.some((f) => f.value === EXAMPLES.complete.approval.digest)));

  // An approved document edited since is a draft again.
  const edited = structuredClone(EXAMPLES.complete);
  edited.voice.complaints += ' One more sentence.';
  assert.equal(documentModel(edited).draft, true);
  assert.ok(
    documentModel(edited)
      .blocks.at(-1)
      .items.some((i) => i.startsWith('Approval: ')),
  );
});

// ---- the charts -----------------------------------------------------------------------------

/** A number as the text equivalent writes it, read back. */
const num = (s) => (s === '' ? null : Number(s.replace(/,/g, '')));

test("the charts: four, in order, their text equivalents carrying the document's own numbers", () => {
  const doc = EXAMPLES.complete;
  const charts = documentModel(doc, { date: DATE }).blocks.filter((b) => b.type === 'chart');
  assert.deepEqual(
    charts.map((c) => c.kind),
    ['grades', 'measures', 'audit', 'actions'],
  );
  const [grades, measures, audit, actions] = charts;
  const label = (path, v) => field(path).options.find((o) => o.value === v).label;
  assert.deepEqual(
    grades.table.rows,
    ['privateLaw', 'publicLaw', 'leadership'].map((a) => [
      field('/kpis/*/area').options.find((o) => o.value === a).label,
      label(`/areas/${a}/grade`, doc.areas[a].grade),
      label(`/inspection/grades/${a}`, doc.inspection.grades[a]),
    ]),
  );
  assert.deepEqual(
    grades.data.rows.map((r) => [r.ours, r.ofsted]),
    ['privateLaw', 'publicLaw', 'leadership'].map((a) => [doc.areas[a].grade, doc.inspection.grades[a]]),
  );
  assert.deepEqual(
    measures.table.rows.map((r) => [r[0], num(r[3]), num(r[4]), num(r[5])]),
    doc.kpis.map((m) => [m.id, m.value, m.target ?? null, m.previous ?? null]),
  );
  assert.deepEqual(
    measures.data.rows.map((r) => [r.value, r.target, r.previous]),
    doc.kpis.map((m) => [m.value, m.target ?? null, m.previous ?? null]),
  );
  const grading = ['outstanding', 'good', 'requiresImprovement', 'inadequate'];
  assert.deepEqual(
    audit.table.rows.map((r) => num(r[1])),
    [...grading.map((g) => doc.audit[g]), doc.audit.casesAudited],
  );
  for (const [i, g] of grading.entries()) {
    assert.equal(audit.table.rows[i][2], `${Math.round((doc.audit[g] / doc.audit.casesAudited) * 1000) / 10}%`);
  }
  assert.deepEqual(
    audit.data.rows.map((r) => r.count),
    grading.map((g) => doc.audit[g]),
  );
  const areas = field('/actions/*/area').options;
  const statuses = field('/actions/*/status').options;
  assert.deepEqual(actions.table.headers, ['Area it improves', ...statuses.map((s) => s.label), 'Total']);
  for (const [i, a] of areas.entries()) {
    const mine = doc.actions.filter((x) => x.area === a.value);
    assert.deepEqual(actions.table.rows[i], [
      a.label,
      ...statuses.map((s) => String(mine.filter((x) => x.status === s.value).length)),
      String(mine.length),
    ]);
  }
  assert.deepEqual(actions.table.rows.at(-1), [
    'Total',
    ...statuses.map((s) => String(doc.actions.filter((x) => x.status === s.value).length)),
    String(doc.actions.length),
  ]);

  // In HTML: each chart an accessible SVG, then its table; nothing fetched, no script, no style attribute.
  const html = renderHtml(doc, { date: DATE });
  const dom = parse(html);
  const svgs = [];
  const figures = [];
  walk(dom, (n) => {
    if (n.nodeName === 'svg') svgs.push(n);
    if (n.nodeName === 'figure') figures.push(n);
  });
  assert.equal(figures.length, 4);
  assert.equal(svgs.length, 4);
  for (const svg of svgs) {
    assert.equal(attr(svg, 'role'), 'img');
    const title = svg.childNodes.find((c) => c.nodeName === 'title');
    assert.ok(title, 'a <title>');
    assert.equal(attr(svg, 'aria-labelledby'), attr(title, 'id'));
    walk(svg, (n) => {
      for (const a of n.attrs ?? []) {
        assert.ok(!['style', 'href', 'xlink:href', 'src'].includes(a.name) && !a.name.startsWith('on'), `${n.nodeName} ${a.name}`);
        assert.ok(!/url\(|https?:|javascript:/i.test(a.value), a.value);
      }
      assert.ok(!['script', 'image', 'use', 'foreignObject', 'a', 'style'].includes(n.nodeName), n.nodeName);
    });
    const sizes = [];
    walk(svg, (n) => n.nodeName === 'text' && sizes.push(Number(attr(n, 'font-size'))));
    assert.ok(Math.min(...sizes) >= 12, 'text readable in print');
  }
  for (const [i, fig] of figures.entries()) {
    const kids = fig.childNodes.filter((c) => c.nodeName !== '#text').map((c) => c.nodeName);
    assert.deepEqual(kids, ['figcaption', 'svg', 'table'], `chart ${i}`);
    const table = fig.childNodes.find((c) => c.nodeName === 'table');
    assert.match(attr(table, 'class'), /sef-chart__table/);
    const rows = [];
    walk(table, (n) => n.nodeName === 'tr' && rows.push(n));
    assert.equal(rows.length, charts[i].table.rows.length + 1);
  }
  // The text equivalents are in the Markdown as tables, with the same cells.
  const tokens = gfm.parse(renderMarkdown(doc), {});
  const tables = tokens.filter((t) => t.type === 'table_open').length;
  const model = documentModel(doc);
  assert.equal(tables, model.blocks.filter((b) => b.type === 'table' || b.type === 'chart').length);
});

test("a long list of measures is drawn in parts that print can break between; a draft's charts still draw", () => {
  const large = makeLarge();
  const model = documentModel(large, { date: DATE });
  const measures = model.blocks.find((b) => b.type === 'chart' && b.kind === 'measures');
  assert.equal(measures.table.rows.length, large.kpis.length);
  const html = toHtml(model);
  const parts = html.match(/<svg [^>]*aria-labelledby="chart-measures-\d+-title"/g);
  assert.equal(parts.length, Math.ceil(large.kpis.length / MEASURES_PER_SVG));
  assert.match(html, /\(1 to 15 of 100\)<\/title>/);
  const draft = documentModel(EXAMPLES.draft, { date: DATE });
  const empty = draft.blocks.find((b) => b.type === 'chart' && b.kind === 'measures');
  assert.deepEqual(empty.table.rows, [['Not answered', '', '', '', '', '']]);
  assert.match(toHtml(draft), /<svg [^>]*aria-labelledby="chart-measures-title"[\s\S]*?Not answered<\/text>/);
});

// ---- HTML -----------------------------------------------------------------------------------

test('HTML: a whole page, en-GB, one stylesheet with the print rules; standalone: false gives { css, body } for a page under a strict CSP', () => {
  const doc = EXAMPLES.complete;
  const html = renderHtml(doc, { date: DATE });
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en-GB">'));
  const dom = parse(html);
  const styles = [];
  const elements = new Set();
  walk(dom, (n) => {
    if (n.nodeName === 'style') styles.push(n);
    if (n.tagName) elements.add(n.tagName);
    for (const a of n.attrs ?? []) {
      assert.notEqual(a.name, 'style', 'no style attribute');
      assert.ok(!a.name.startsWith('on'), a.name);
      if (a.name === 'href') assert.match(a.value, /^#[a-z0-9-]+$/, 'links only to its own headings');
    }
  });
  assert.equal(styles.length, 1);
  assert.equal(styles[0].parentNode.nodeName, 'head');
  for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'input']) assert.ok(!elements.has(tag), tag);
  const css = styles[0].childNodes[0].value.trimStart();
  assert.match(css, /@page \{\n {2}size: A4;/);
  assert.match(css, /@top-left \{ content: "Self-evaluation of frontline practice: 1 April 2025 to 31 March 2026";/);
  assert.match(css, /@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  assert.match(css, /\.sef-section--new-page \{ break-before: page;/);
  assert.match(css, /@page sef-wide \{ size: A4 landscape; \}/);
  // Each big section from a new page; the plan and the measures on landscape pages.
  const sections = [];
  walk(dom, (n) => n.nodeName === 'section' && sections.push(n));
  const headingOf = (s) => s.childNodes.find((c) => /^h[12]$/.test(c.nodeName));
  const newPage = sections.filter((s) => attr(s, 'class').includes('sef-section--new-page')).map((s) => readDom(headingOf(s)).text.trim());
  assert.deepEqual(newPage, [
    'Contents',
    'At a glance',
    ...['inspection', 'privateLaw', 'publicLaw', 'leadership', 'voice', 'actions', 'performance', 'evidence', 'declarations'].map(
      (id) => section(id).title,
    ),
  ]);
  const wide = sections.filter((s) => attr(s, 'class').includes('sef-section--wide')).map((s) => readDom(headingOf(s)).text.trim());
  assert.deepEqual(wide, [section('actions').title, section('performance').title]);

  const parts = renderHtml(doc, { date: DATE, standalone: false });
  assert.deepEqual(Object.keys(parts).sort(), ['body', 'css']);
  assert.ok(parts.body.startsWith('<div class="sef-document">'));
  assert.ok(!/\sstyle=|<script|<style/i.test(parts.body));
  assert.equal(parts.css, css);
  assert.ok(html.includes(parts.body));
  assert.deepEqual(toHtml(documentModel(doc, { date: DATE }), { standalone: false }), parts);
  assert.equal(toHtml(documentModel(doc, { date: DATE })), html);
});

/** Every string of a document where a value of the definition belongs (not its unknown keys, not its acknowledgements). */
function answerStrings(doc) {
  return expectedAnswers(doc).flatMap((s) => s.values);
}

test('payloads in every field are text in the HTML: no element, attribute or style made from them', () => {
  const doc = payloadDocument(def);
  const html = renderHtml(doc, { date: DATE });
  const dom = parse(html);
  const complete = new Set();
  walk(parse(renderHtml(EXAMPLES.complete)), (n) => n.tagName && complete.add(n.tagName));
  walk(parse(renderHtml(EXAMPLES.draft)), (n) => n.tagName && complete.add(n.tagName));
  walk(dom, (n) => {
    if (n.tagName) assert.ok(complete.has(n.tagName), `an element of the renderer's own: ${n.tagName}`);
    for (const a of n.attrs ?? []) {
      assert.ok(!a.name.startsWith('on') && !['style', 'src', 'action', 'data'].includes(a.name), a.name);
      if (a.name === 'href') assert.match(a.value, /^#[a-z0-9-]+$/);
    }
  });
  const styles = [];
  walk(dom, (n) => n.nodeName === 'style' && styles.push(n.childNodes[0].value));
  assert.equal(styles.length, 1);
  for (const raw of ['<script', '<img', '<iframe', '<svg onload', '<style>@import', '<base']) assert.ok(!html.includes(raw), raw);
  const read = htmlText(html);
  for (const p of PAYLOADS) assert.ok(read.text.includes(p.replace(/\s+/g, ' ')), `shown as text: ${p}`);
  for (const s of answerStrings(doc)) assert.ok(read.text.includes(s.replace(/\s+/g, ' ').trim()), `the answer is there: ${s}`);
  // The period in the running header is a CSS string that nothing can leave.
  const hostile = structuredClone(EXAMPLES.complete);
  hostile.about.periodStart = '"; } body { background: url(http://evil.invalid/x) } </style><script>alert(1)</script>';
  const page = renderHtml(hostile, { date: DATE });
  const css = [];
  walk(parse(page), (n) => n.nodeName === 'style' && css.push(n.childNodes[0].value));
  assert.equal(css.length, 1);
  assert.ok(!/url\(|<\/style|<script|"; \}/.test(css[0]));
  const header = /@top-left \{ content: "((?:[^"\\\n]|\\[0-9a-f]{1,6} )*)";/.exec(css[0]);
  assert.ok(header, 'one CSS string');
  const unescaped = header[1].replace(/\\([0-9a-f]{1,6}) /g, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)));
  assert.equal(unescaped, `Self-evaluation of frontline practice: ${hostile.about.periodStart} to 31 March 2026`);
  assert.ok(!page.includes('<script'));
  assert.ok(htmlText(page).text.includes(hostile.about.periodStart), 'shown as written on the title page');
});

test('Markdown: payloads and markup in every answer cannot change its structure; every answer is there as written', () => {
  const hostile = [
    '# Not a heading',
    '## Nor this',
    '| a | b |\n| --- | --- |\n| c | d |',
    'cell | with | pipes',
    '1. not a list\n2) nor this',
    '- not a list\n+ nor this\n* nor this',
    '> not a quote',
    '```\nnot code\n```',
    '~~~\nnot code\n~~~',
    '    not indented code',
    '<script>alert(1)</script>',
    '<div>not a block</div>',
    '[not a link](javascript:alert(1)) and ![not an image](x.png)',
    '[ref]: http://evil.invalid/',
    '<http://evil.invalid/> and <a@b.invalid>',
    '**not bold** _not emphasis_ *nor this* __nor this__',
    '`not code` and ``nor this``',
    'Title\n===',
    'Title\n---',
    '***',
    '___',
    'a line\\\nand a backslash at its end \\',
    '&amp; &lt;script&gt; &#60; &copy;',
    '$x^2$ and $$y$$',
    '~~not struck~~',
    'line one\nline two\n\nparagraph two',
    '  leading spaces and trailing spaces  ',
    'ends with two spaces  \nso no hard break of its own',
    '- [ ] not a task',
    '[^1] not a footnote\n\n[^1]: nor this',
    'a \\*star\\* and \\# hash and \\\\ two',
    'a\n:---',
    'a\n:-: | -',
    '\t- tabbed\n   1. indented',
  ];
  const doc = payloadDocument(def);
  let i = 0;
  const put = (v) => (typeof v === 'string' ? hostile[i++ % hostile.length] : v);
  const fill = (v) =>
    Array.isArray(v)
      ? v.map(fill)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
        : put(v);
  // And each of them in every kind of place: paragraphs, list items, summary lists, table cells.
  const everywhere = structuredClone(EXAMPLES.complete);
  everywhere.about.preparedBy = hostile.join(' ');
  everywhere.voice.children = hostile.join('\n\n');
  everywhere.areas.privateLaw.strengths = hostile.map((text, k) => ({ id: `PL-S${k + 1}`, text }));
  everywhere.areas.privateLaw.developmentAreas = hostile.map((text, k) => ({ id: `PL-D${k + 1}`, text }));
  everywhere.actions = hostile.map((text, k) => ({
    ...EXAMPLES.complete.actions[0],
    id: `A${k}`,
    description: text,
    owner: text,
    addresses: [`PL-D${k + 1}`],
  }));
  everywhere.evidence = hostile.map((text, k) => ({ id: `E${k}`, kind: 'audit', title: text, date: '2026-01-01' }));
  everywhere.kpis = hostile.map((text, k) => ({ ...EXAMPLES.complete.kpis[1], id: `K${k}`, label: text, commentary: text }));
  for (const [name, document] of [
    ['payloads', doc],
    ['markup', fill(doc)],
    ['markup everywhere', everywhere],
  ]) {
    const md = renderMarkdown(document, { date: DATE });
    const expected = expectedHeadings(document, true);
    assert.deepEqual(markdownHeadings(md), expected, `${name}: the headings are exactly the expected ones (CommonMark)`);
    assert.deepEqual(markdownHeadings(md, gfm), expected, `${name}: the headings with GitHub's tables`);
    // No HTML but the renderer's <br>, no link but the contents', no image, no code, no emphasis from an answer.
    const tokens = gfm.parse(md, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    for (const t of [...tokens, ...inline]) {
      if (t.type === 'html_inline') assert.equal(t.content, '<br>', `${name}: html ${t.content}`);
      assert.ok(!['html_block', 'code_block', 'fence', 'image', 'code_inline', 's_open', 'hr'].includes(t.type), `${name}: ${t.type}`);
      if (t.type === 'link_open') assert.match(t.attrGet('href'), /^#[\p{L}\p{N}_-]*$/u, `${name}: link ${t.attrGet('href')}`);
    }
    const model = documentModel(document, { date: DATE });
    const notices = model.blocks.filter((b) => b.type === 'notice').length;
    assert.equal(tokens.filter((t) => t.type === 'blockquote_open').length, notices, `${name}: block quotes are the notices`);
    assert.equal(
      tokens.filter((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open').length,
      model.blocks.filter((b) => ['fields', 'list', 'contents'].includes(b.type)).length + (model.draft ? 1 : 0),
      `${name}: lists are the renderer's`,
    );
    // Each table's cells are the model's, exactly: no answer made a cell or cut one short.
    const html = parseFragment(gfm.render(md));
    const tables = [];
    walk(html, (n) => n.nodeName === 'table' && tables.push(n));
    const cellText = (c) => readDom(c).text.trim();
    const expectedTables = model.blocks
      .filter((b) => b.type === 'table' || b.type === 'chart')
      .map((b) => (b.type === 'table' ? [b.headers, ...b.rows] : [b.table.headers, ...b.table.rows]));
    assert.equal(tables.length, expectedTables.length);
    tables.forEach((table, k) => {
      const rows = [];
      walk(
        table,
        (n) => n.nodeName === 'tr' && rows.push(n.childNodes.filter((c) => c.nodeName === 'td' || c.nodeName === 'th').map(cellText)),
      );
      assert.deepEqual(
        rows,
        expectedTables[k].map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim())),
        `${name}: table ${k}`,
      );
    });
    // Every table row has exactly its header's cells.
    let columns = 0;
    let cells = 0;
    let header = false;
    for (const t of tokens) {
      if (t.type === 'tr_open') [cells, header] = [0, false];
      if (t.type === 'th_open') [cells, header] = [cells + 1, true];
      if (t.type === 'td_open') cells++;
      if (t.type === 'tr_close') {
        if (header) columns = cells;
        else assert.equal(cells, columns, `${name}: a row has its header's cells`);
      }
    }
    // Only the renderer's own emphasis: the bold labels, captions and notices, "Not answered".
    const bold = model.blocks.reduce(
      (n, b) =>
        n + (b.type === 'fields' ? b.items.length : 0) + (b.type === 'table' || b.type === 'chart' ? 1 : 0) + (b.type === 'notice' ? 1 : 0),
      0,
    );
    assert.equal(inline.filter((t) => t.type === 'strong_open').length, bold, `${name}: bold`);
    const notAnswered = model.blocks.filter((b) => (b.type === 'paragraphs' && b.missing) || false).length;
    const emMissing = model.blocks.reduce((n, b) => n + (b.type === 'fields' ? b.items.filter((f) => f.missing).length : 0), 0);
    assert.equal(inline.filter((t) => t.type === 'em_open').length, notAnswered + emMissing, `${name}: emphasis`);
    // Every answer there as written (escapes undone by the parser), each line break kept as one.
    const read = markdownText(md);
    for (const s of answerStrings(document)) assert.ok(read.text.includes(s.replace(/\s+/g, ' ').trim()), `${name}: "${s}" as written`);
    // Paragraphs and line breaks as written: each paragraph of an answer is a <p>, its lines
    // broken where the answer breaks them.
    const paragraphs = new Set();
    walk(html, (n) => {
      if (n.nodeName !== 'p') return;
      let t = '';
      walk(n, (c) => {
        if (c.nodeName === '#text') t += c.value.replace(/\n/g, ' ');
        if (c.nodeName === 'br') t += '\n';
      });
      paragraphs.add(
        t
          .split('\n')
          .map((l) => l.trim())
          .join('\n'),
      );
    });
    if (document === everywhere)
      for (const h of hostile)
        for (const p of h.split(/\n[ \t]*\n/)) {
          const want = p
            .split('\n')
            .map((l) => l.trim())
            .join('\n');
          assert.ok(paragraphs.has(want), `${name}: the paragraph ${JSON.stringify(want)}`);
        }
  }
});

// ---- refusals and options --------------------------------------------------------------------

test('what validate refuses is refused, with the same code; anything else is rendered, as a draft with its blockers', () => {
  const cycle = structuredClone(EXAMPLES.draft);
  cycle.about.self = cycle;
  const big = { formVersion: 2, kpis: [{ value: 10n }] };
  const deep = JSON.parse(`{"formVersion": 2, "about": ${'['.repeat(70)}${']'.repeat(70)}}`);
  for (const [doc, code] of [
    [cycle, 'cycle'],
    [big, 'not-json-value'],
    [deep, 'too-deep'],
    [{ formVersion: 2, f: () => 1 }, 'not-json-value'],
  ]) {
    let expected;
    try {
      api.validate(doc);
    } catch (e) {
      expected = e;
    }
    assert.equal(expected?.code, code);
    for (const f of [documentModel, renderHtml, renderMarkdown]) {
      assert.throws(
        () => f(doc),
        (e) => e instanceof Error && e.code === code && e.message === expected.message,
      );
    }
  }
  for (const doc of [null, undefined, 'text', 42, [], {}, { formVersion: 1 }, { formVersion: 3 }]) {
    const model = documentModel(doc, { date: DATE });
    assert.equal(model.draft, true);
    assert.equal(model.period, null);
    const errors = api.validate(doc).diagnostics.filter((d) => d.severity === 'error');
    assert.equal(model.blocks.at(-1).items.length, errors.length);
    assert.ok(renderHtml(doc).includes(DRAFT_MARK));
    assert.ok(renderMarkdown(doc).includes(DRAFT_MARK));
  }
  assert.match(documentModel({ formVersion: 1 }).blocks.at(-1).items[0], /^About this self-evaluation: .*migrat/i);
  // Read as validate reads it: JSON's view of the value.
  const dated = structuredClone(EXAMPLES.complete);
  dated.about.engagementMeeting = new Date(Date.UTC(2026, 5, 18));
  const fields = documentModel(dated).blocks.find((b) => b.type === 'fields').items;
  assert.ok(fields.some((f) => f.value === '2026-06-18T00:00:00.000Z'));
});

test('options.date: the date of a draft, today by default; a Date or YYYY-MM-DD, anything else a RangeError', () => {
  const dateOf = (options) => documentModel(EXAMPLES.draft, options).blocks[2].items.find((f) => f.label === 'Date of this draft').value;
  assert.equal(dateOf({ date: DATE }), DATE_WRITTEN);
  assert.equal(dateOf({ date: new Date(2027, 0, 5) }), '5 January 2027');
  const today = new Date();
  const before = `${today.getDate()} ${MONTHS[today.getMonth()]} ${today.getFullYear()}`;
  const got = dateOf();
  const after = new Date();
  assert.ok([before, `${after.getDate()} ${MONTHS[after.getMonth()]} ${after.getFullYear()}`].includes(got));
  for (const bad of ['2026-02-30', '6 December 2026', 20261206, new Date(Number.NaN), null]) {
    assert.throws(() => documentModel(EXAMPLES.draft, { date: bad }), RangeError, String(bad));
  }
  // A document ready to share says no date: the same whatever the day.
  assert.deepEqual(documentModel(EXAMPLES.complete, { date: '2030-01-01' }), documentModel(EXAMPLES.complete, { date: DATE }));
});

test('toMarkdown and toHtml of a model are renderMarkdown and renderHtml; the Markdown ends with one line end', () => {
  for (const doc of Object.values(EXAMPLES)) {
    const model = documentModel(doc, { date: DATE });
    assert.equal(toMarkdown(model), renderMarkdown(doc, { date: DATE }));
    assert.equal(toHtml(model), renderHtml(doc, { date: DATE }));
    assert.match(toMarkdown(model), /[^\n]\n$/);
  }
});

test("since last year: with last year's document given, a part after the charts holds the comparison, and no text of either document but ids", () => {
  const last = example('complete');
  const next = api.nextYear(last);
  next.areas.privateLaw.grade = 'outstanding';
  next.kpis[0].value = 90;
  next.actions[0].status = 'completed';
  const c = api.compare(last, next);
  const md = renderMarkdown(next, { previous: last, date: '2027-05-01' });
  const start = md.indexOf('## Since last year');
  assert.ok(start > md.indexOf('## At a glance'), 'after the charts');
  const part = md.slice(start, md.indexOf('\n## ', start + 1));
  assert.match(part, /names last year's by its digest/);
  assert.match(part, /\| Private law practice \| Good \| Outstanding \| Better \|/);
  assert.ok(part.includes(`| ${c.measures.matched[0].id} | 96.4 | 90 | 95 | Worse |`), part);
  assert.ok(part.includes(c.actions.completed[0]));
  // Nothing of either document but ids, numbers and the option labels.
  const texts = [];
  const walk = (v, key) => {
    if (
      typeof v === 'string' &&
      !['id', 'addresses', 'evidence', 'digest'].includes(key) &&
      !/^\d{4}-\d{2}-\d{2}$/.test(v) &&
      v.length > 12
    )
      texts.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(last);
  walk(next);
  for (const t of texts) assert.equal(part.includes(t.slice(0, 40)), false, t.slice(0, 60));
  // Not there without last year's document, nor when this one names no previous year.
  assert.equal(renderMarkdown(next, { date: '2027-05-01' }).includes('Since last year'), false);
  const unlinked = structuredClone(next);
  delete unlinked.previous;
  assert.equal(
    documentModel(unlinked, { previous: last, date: '2027-05-01' }).blocks.some((b) => b.text === 'Since last year'),
    false,
  );
  // One byte of last year changed: the part says the two are not linked.
  const changed = structuredClone(last);
  changed.voice.children += '.';
  assert.match(renderMarkdown(next, { previous: changed, date: '2027-05-01' }), /does not name last year's document by its digest/);
});
