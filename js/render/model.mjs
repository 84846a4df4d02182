// The readable self-evaluation's model (docs/spec/rendering.md): a document (format 2) turned
// into a plain list of blocks (headings, answers, tables, charts, notices) that the HTML, the
// Markdown and the Word writers each only lay out. Every section title, label and option label
// comes from formDefinition() and every message from validate(): what this module words itself
// is WORDS below, once. It prints an answer only where it belongs (and, for the golden thread,
// an action's description beside what it addresses), and nothing of the report but its
// section titles and messages, which never hold a document value.

/** The renderer's own wording: everything the definition and the report do not say. */
export const WORDS = Object.freeze({
  title: 'Self-evaluation of frontline practice',
  contents: 'Contents',
  atAGlance: 'At a glance',
  draft: 'Draft: not ready to share',
  draftDate: 'Date of this draft',
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  periodTo: 'to',
  addressedBy: 'Actions that address it',
  addressedByCaption: (item) => `Actions that address ${item}`,
  ofstedGrade: "Ofsted's grade at the last inspection",
  againstTarget: 'Against its target',
  met: 'Met',
  notMet: 'Not met',
  againstLastYear: 'Against last year',
  better: 'Better',
  worse: 'Worse',
  same: 'The same',
  total: 'Total',
  cases: 'Cases',
  share: 'Share of the cases audited',
  blockers: 'What blocks sharing',
  sinceLastYear: 'Since last year',
  linked: "This self-evaluation names last year's by its digest: it follows on from that document.",
  notLinked:
    "This self-evaluation does not name last year's document by its digest: check that the comparison is with last year's final document.",
  sinceGrades: 'Grades',
  sinceMeasures: 'Measures',
  sinceAudit: 'The practice audit',
  sinceThread: 'What we said we would do',
  lastYear: 'Last year',
  thisYear: 'This year',
  change: 'Change',
  notKnown: 'Not known',
  added: 'Measures added',
  dropped: 'Measures dropped',
  goodOrBetter: 'Graded good or better',
  threadRows: Object.freeze({
    developmentAreasCarried: 'Development areas carried',
    developmentAreasResolved: 'Development areas resolved',
    developmentAreasNew: 'New development areas',
    actionsCompleted: 'Actions completed',
    actionsCarried: 'Actions carried',
    actionsOverdue: 'Actions overdue',
    actionsNew: 'New actions',
    recommendationsCompleted: 'Recommendations completed',
    recommendationsOpen: 'Recommendations still open',
  }),
  blockersText: (n) => `This self-evaluation is not ready to share: ${n === 1 ? '1 error' : `${n} errors`} must be put right first.`,
  charts: Object.freeze({
    grades: "Our grade and Ofsted's grade at the last inspection, by area",
    measures: "Each measure against its target and last year's value",
    audit: 'The practice audit: cases by grade',
    actions: 'The improvement plan: actions by area and status',
  }),
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// The kinds of value shown as one row of a summary list.
const SHORT = new Set(['line', 'date', 'option', 'number', 'count', 'yesNo', 'id', 'digest', 'pointer']);
const AREAS = ['privateLaw', 'publicLaw', 'leadership'];
// Where a new page starts: before each of these sections (the title page is the first).
const NEW_PAGE = new Set([
  'inspection',
  'privateLaw',
  'publicLaw',
  'leadership',
  'voice',
  'actions',
  'performance',
  'evidence',
  'declarations',
]);
// The sections after the areas and the voice, in the order the issue reads them: the plan, the
// figures, then the evidence index that goes with the document, the declarations and approval.
const TAIL = ['actions', 'performance', 'evidence', 'declarations', 'approval'];

// ---- values --------------------------------------------------------------------------------

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const get = (o, key) => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** document.md's "has no answer": missing, null, blank (JavaScript's \s only), an empty list. */
export function hasAnswer(v) {
  return !(v === undefined || v === null || (typeof v === 'string' && /^\s*$/.test(v)) || (Array.isArray(v) && v.length === 0));
}

/** A number as JavaScript writes it, with commas between thousands: 1180 → "1,180". */
export function formatNumber(n) {
  const s = String(n);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s; // 1e+21, 1e-7: as JavaScript writes them
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/** A real calendar date YYYY-MM-DD as "1 April 2025"; anything else as it is written. */
export function formatDate(v) {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return written(v);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return v;
  return `${d} ${MONTHS[mo - 1]} ${y}`;
}

/** A value as it is written: a string itself, a number or yes/no as text, anything else as JSON. */
function written(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? WORDS.yes : WORDS.no;
  return JSON.stringify(v) ?? '';
}

/** A value of a field, as the document shows it: an option by its label, a date in words. */
function shown(field, v) {
  switch (field.kind) {
    case 'date':
      return formatDate(v);
    case 'option':
      return field.options.find((o) => o.value === v)?.label ?? written(v);
    case 'idList':
      // In a table cell: the references as written, one after the other.
      return Array.isArray(v) ? v.map((id) => (hasAnswer(id) ? written(id) : WORDS.notAnswered)).join(', ') : written(v);
    default:
      return written(v);
  }
}

/** `{ label, value }` of a summary list, or null for an optional field with no answer. */
function row(field, v, label = field.label) {
  if (hasAnswer(v)) return { label, value: shown(field, v) };
  return field.required ? { label, value: WORDS.notAnswered, missing: true } : null;
}

/** A table cell: the value shown, "Not answered" for a required field, empty for an optional one. */
function cell(field, v) {
  if (hasAnswer(v)) return shown(field, v);
  return field.required ? WORDS.notAnswered : '';
}

const number = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// ---- the model -----------------------------------------------------------------------------

/**
 * The model of `document`, made with `api` (the package: validate, formDefinition). Throws what
 * validate throws, with the same code. `options.date` (a Date, or YYYY-MM-DD) is the date a
 * draft says it was made; today by default.
 */
export function documentModel(document, api, options = {}) {
  const report = api.validate(document);
  // Read exactly what validate read: the value as JSON.stringify gives it.
  const text = JSON.stringify(document);
  const doc = text === undefined ? undefined : JSON.parse(text);
  const def = api.formDefinition();
  // Since last year: only when this document names last year's and last year's is given.
  const comparison =
    options.previous !== undefined && isObject(doc) && isObject(doc.previous) ? api.compare(options.previous, document) : null;
  return new Builder(doc, def, report, draftDate(options.date), comparison).build();
}

function draftDate(date) {
  if (date === undefined) date = new Date();
  if (date instanceof Date && !Number.isNaN(date.getTime())) {
    return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  }
  const formatted = typeof date === 'string' ? formatDate(date) : null;
  if (formatted === null || formatted === date) throw new RangeError('options.date must be a Date or a real date written YYYY-MM-DD');
  return formatted;
}

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

class Builder {
  constructor(doc, def, report, date, comparison = null) {
    this.comparison = comparison;
    this.doc = isObject(doc) ? doc : {};
    this.def = def;
    this.report = report;
    this.date = date;
    this.blocks = [];
    this.ids = new Set();
    this.sections = new Map(def.sections.map((s) => [s.id, s]));
    this.fields = new Map();
    const index = (f) => {
      this.fields.set(f.path, f);
      for (const c of f.fields ?? []) index(c);
    };
    for (const s of def.sections) for (const f of s.fields) index(f);
    // The golden thread: the lists whose items an action can address, and the actions.
    this.addresses = this.fields.get('/actions/*/addresses');
    this.actions = Array.isArray(this.doc.actions) ? this.doc.actions.filter(isObject) : [];
  }

  push(block) {
    this.blocks.push(block);
  }

  heading(level, text, id) {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}-${n}`;
    this.ids.add(unique);
    this.push({ type: 'heading', level, text, id: unique });
  }

  fieldsBlock(items) {
    const kept = items.filter(Boolean);
    if (kept.length) this.push({ type: 'fields', items: kept });
  }

  paragraphs(v) {
    if (hasAnswer(v)) this.push({ type: 'paragraphs', text: written(v) });
    else this.push({ type: 'paragraphs', text: WORDS.notAnswered, missing: true });
  }

  value(path) {
    let o = this.doc;
    for (const key of path.slice(1).split('/')) o = get(o, key);
    return o;
  }

  build() {
    const ready = this.report.readyToShare;
    const about = this.value('/about');
    const start = get(about, 'periodStart');
    const end = get(about, 'periodEnd');
    const period = hasAnswer(start) && hasAnswer(end) ? `${formatDate(start)} ${WORDS.periodTo} ${formatDate(end)}` : null;

    this.titlePage(ready);
    this.push({ type: 'pageBreak' });
    this.heading(2, WORDS.contents, 'contents');
    const contents = { type: 'contents', entries: [] };
    this.push(contents);
    const after = this.blocks.length;
    this.push({ type: 'pageBreak' });
    this.heading(2, WORDS.atAGlance, 'at-a-glance');
    this.charts();
    if (this.comparison) this.sinceLastYear(this.comparison);
    for (const id of ['inspection', ...AREAS, 'voice', ...TAIL]) this.section(this.sections.get(id));
    if (!ready) this.blockers();
    contents.entries = this.blocks
      .slice(after)
      .filter((b) => b.type === 'heading' && b.level === 2)
      .map(({ level, text, id }) => ({ level, text, id }));
    return { title: WORDS.title, period, draft: !ready, blocks: this.blocks };
  }

  /** The title page: the title, section about (the period, who prepared it, dates), last year's
   *  document, and the approval, or the draft mark and the date of the draft. */
  titlePage(ready) {
    this.heading(1, WORDS.title, 'title');
    if (!ready) this.push({ type: 'notice', kind: 'draft', text: WORDS.draft });
    const section = this.sections.get('about');
    for (const field of section.fields) {
      const v = this.value(field.path);
      if (field.path === '/about') {
        this.object(field, v, 2, 'title');
        if (!ready) {
          // The date of the draft, with the period and who prepared it.
          const date = { label: WORDS.draftDate, value: this.date };
          const last = this.blocks.at(-1);
          if (last.type === 'fields') last.items.push(date);
          else this.fieldsBlock([date]);
        }
      } else if (v !== undefined && v !== null) {
        this.heading(2, field.label, `title-${kebab(field.key)}`);
        this.object(field, v, 3, `title-${kebab(field.key)}`);
      }
    }
    if (ready) {
      const approval = this.sections.get('approval');
      this.heading(2, approval.title, 'title-approval');
      this.object(approval.fields[0], this.value('/approval'), 3, 'title-approval');
    }
  }

  section(section) {
    if (NEW_PAGE.has(section.id)) this.push({ type: 'pageBreak' });
    const id = kebab(section.id);
    this.heading(2, section.title, id);
    const only = section.fields.length === 1 && section.fields[0].kind === 'object';
    for (const field of section.fields) {
      const v = this.value(field.path);
      if (only) this.object(field, v, 3, id);
      else this.field(field, v, 3, id);
    }
  }

  /** The fields of an object, in the definition's order, headings at `level`. */
  object(field, v, level, id) {
    if (v !== undefined && v !== null && !isObject(v)) {
      // A value of the wrong type: shown as it is written.
      this.push({ type: 'paragraphs', text: written(v) });
      return;
    }
    const pending = [];
    const flush = () => {
      this.fieldsBlock(pending);
      pending.length = 0;
    };
    for (const child of field.fields) {
      const cv = get(v, child.key);
      const area = /^\/areas\/(privateLaw|publicLaw|leadership)\/grade$/.exec(child.path);
      if (area) {
        // Our grade, and Ofsted's last grade beside it.
        flush();
        this.heading(level, child.label, `${id}-${kebab(child.key)}`);
        const ofsted = this.fields.get(`/inspection/grades/${area[1]}`);
        this.fieldsBlock([row(child, cv), row(ofsted, this.value(ofsted.path), WORDS.ofstedGrade)]);
      } else if (SHORT.has(child.kind)) pending.push(row(child, cv));
      else {
        flush();
        this.field(child, cv, level, id);
      }
    }
    flush();
  }

  /** A field that is not a short answer: a text, a list, a nested object. */
  field(field, v, level, id) {
    if (!hasAnswer(v) && !field.required) return;
    const fid = `${id}-${kebab(field.key)}`;
    if (SHORT.has(field.kind)) {
      this.fieldsBlock([row(field, v)]);
      return;
    }
    // The plan and the evidence register: a table each, under the section's own heading.
    if (field.path === '/actions' || field.path === '/evidence') return this.table(field, v, field.fields);
    this.heading(level, field.label, fid);
    switch (field.kind) {
      case 'text':
        return this.paragraphs(v);
      case 'object':
        return this.object(field, v, level + 1, fid);
      case 'idList':
        return this.idList(field, v);
      case 'objectList':
        if (field.path === '/kpis') return this.measures(field, v, level + 1, fid);
        return this.objectList(field, v, level + 1, fid);
      default:
        return this.paragraphs(v);
    }
  }

  /** A list of references: each id as written, with the title of the item it names. */
  idList(field, v) {
    if (!hasAnswer(v)) return this.paragraphs(v);
    if (!Array.isArray(v)) return this.push({ type: 'list', items: [written(v)] });
    const lists = (field.references ?? []).map((p) => ({ items: this.value(p), def: this.fields.get(p) }));
    const items = v.map((ref) => {
      if (!hasAnswer(ref)) return WORDS.notAnswered;
      for (const { items: list, def } of lists) {
        const item = Array.isArray(list) ? list.find((it) => get(it, 'id') === ref) : undefined;
        const title = def?.titleKey ? get(item, def.titleKey) : undefined;
        if (item && hasAnswer(title)) return `${written(ref)}: ${written(title)}`;
      }
      return written(ref);
    });
    this.push({ type: 'list', items });
  }

  /** A list of objects: items of an id and a text as a list (strengths); others one by one,
   *  each under its heading, with the actions that address it where an action can. */
  objectList(field, v, level, id) {
    if (!hasAnswer(v)) return this.paragraphs(v);
    if (!Array.isArray(v)) return this.push({ type: 'paragraphs', text: written(v) });
    const addressable = this.addresses?.references?.includes(field.path);
    const keys = field.fields.map((f) => f.key).join(',');
    if (!addressable && keys === 'id,text') {
      const [idField, textField] = field.fields;
      const items = v.map((item) => {
        if (!isObject(item)) return hasAnswer(item) ? written(item) : WORDS.notAnswered;
        const text = cell(textField, item.text) || WORDS.notAnswered;
        return hasAnswer(item.id) ? `${shown(idField, item.id)}: ${text}` : text;
      });
      return this.push({ type: 'list', items });
    }
    const label = capitalise(field.itemLabel ?? field.label);
    for (const [i, item] of v.entries()) {
      this.heading(level, `${label} ${i + 1}`, `${id}-${i + 1}`);
      if (!isObject(item)) {
        this.paragraphs(item);
        continue;
      }
      const rows = field.fields.map((f) => row(f, get(item, f.key)));
      const by = addressable ? this.addressing(get(item, 'id')) : [];
      if (addressable && by.length === 0) rows.push({ label: WORDS.addressedBy, value: WORDS.none, missing: true });
      this.fieldsBlock(rows);
      if (by.length) this.thread(by, `${field.itemLabel} ${i + 1}`);
    }
  }

  /** The actions whose addresses name `id`. */
  addressing(id) {
    return hasAnswer(id) ? this.actions.filter((a) => Array.isArray(a.addresses) && a.addresses.includes(id)) : [];
  }

  /** The golden thread: the actions that address an item (development area, recommendation). */
  thread(by, name) {
    const [idField, descriptionField] = ['id', 'description'].map((k) => this.fields.get(`/actions/*/${k}`));
    this.push({
      type: 'table',
      caption: WORDS.addressedByCaption(name),
      headers: [idField.label, descriptionField.label],
      rows: by.map((a) => [cell(idField, a.id), cell(descriptionField, a.description)]),
    });
  }

  /** A list of objects as a table, a row per item, a column per field of `columns`. */
  table(field, v, columns, extra = { headers: [], cells: () => [] }) {
    if (!hasAnswer(v)) return this.paragraphs(v);
    if (!Array.isArray(v)) return this.push({ type: 'paragraphs', text: written(v) });
    const headers = [...columns.map((c) => c.label), ...extra.headers];
    const rows = v.map((item) => {
      if (!isObject(item)) {
        const first = hasAnswer(item) ? written(item) : WORDS.notAnswered;
        return headers.map((_, i) => (i === 0 ? first : ''));
      }
      return [...columns.map((c) => cell(c, item[c.key])), ...extra.cells(item)];
    });
    this.push({ type: 'table', caption: field.label, headers, rows });
  }

  /** The measures: a table of the figures, then each commentary. */
  measures(field, v, level, id) {
    const byKey = Object.fromEntries(field.fields.map((f) => [f.key, f]));
    const columns = field.fields.filter((f) => f.key !== 'commentary');
    this.table(field, v, columns, {
      headers: [WORDS.againstTarget, WORDS.againstLastYear],
      cells: (m) => {
        const c = compare(m);
        const target = c.target === null ? '' : c.target >= 0 ? WORDS.met : WORDS.notMet;
        const last = c.previous === null ? '' : c.previous > 0 ? WORDS.better : c.previous < 0 ? WORDS.worse : WORDS.same;
        return [target, last];
      },
    });
    const commented = Array.isArray(v) ? v.filter((m) => isObject(m) && hasAnswer(m.commentary)) : [];
    if (commented.length === 0) return;
    this.heading(level, byKey.commentary.label, `${id}-commentary`);
    this.push({
      type: 'list',
      items: commented.map((m) => (hasAnswer(m.id) ? `${written(m.id)}: ${written(m.commentary)}` : written(m.commentary))),
    });
  }

  /** Since last year (docs/spec/yearly.md, `compare`): what the comparison holds, which is ids,
   *  grades, numbers and dates only, in tables. */
  sinceLastYear(c) {
    const F = (p) => this.fields.get(p);
    const grade = F('/areas/privateLaw/grade');
    const gradeText = (v) => (v === null ? WORDS.notKnown : cell(grade, v));
    const change = (v) => ({ better: WORDS.better, worse: WORDS.worse, same: WORDS.same })[v] ?? WORDS.notKnown;
    const number = (v) => (typeof v === 'number' ? formatNumber(v) : WORDS.notKnown);
    const ids = (list) => (list === null ? WORDS.notKnown : list.length ? list.join(', ') : WORDS.none);
    this.push({ type: 'pageBreak' });
    this.heading(2, WORDS.sinceLastYear, 'since-last-year');
    this.push({ type: 'paragraphs', text: c.chain ? WORDS.linked : WORDS.notLinked });
    const areaLabel = (area) => F('/kpis/*/area').options.find((o) => o.value === area)?.label ?? area;
    this.push({
      type: 'table',
      caption: WORDS.sinceGrades,
      headers: [
        F('/kpis/*/area').label,
        `${grade.label}: ${WORDS.lastYear.toLowerCase()}`,
        `${grade.label}: ${WORDS.thisYear.toLowerCase()}`,
        WORDS.change,
        `${WORDS.ofstedGrade}: ${WORDS.lastYear.toLowerCase()}`,
        `${WORDS.ofstedGrade}: ${WORDS.thisYear.toLowerCase()}`,
      ],
      rows: c.areas.map((a) => [
        areaLabel(a.area),
        gradeText(a.grade.previous),
        gradeText(a.grade.current),
        change(a.change),
        gradeText(a.ofsted.previous),
        gradeText(a.ofsted.current),
      ]),
    });
    this.push({
      type: 'table',
      caption: WORDS.sinceMeasures,
      headers: [F('/kpis/*/id').label, WORDS.lastYear, WORDS.thisYear, F('/kpis/*/target').label, WORDS.change],
      rows: c.measures.matched.map((m) => [m.id, number(m.previous), number(m.current), number(m.target), change(m.change)]),
    });
    this.push({
      type: 'fields',
      items: [
        { label: WORDS.added, value: ids(c.measures.added) },
        { label: WORDS.dropped, value: ids(c.measures.dropped) },
      ],
    });
    const share = (y) => (y && typeof y.share === 'number' ? `${formatNumber(Math.round(y.share * 1000) / 10)}%` : WORDS.notKnown);
    this.push({
      type: 'table',
      caption: WORDS.sinceAudit,
      headers: [WORDS.sinceAudit, WORDS.lastYear, WORDS.thisYear],
      rows: [
        [F('/audit/casesAudited').label, number(c.audit.previous?.casesAudited ?? null), number(c.audit.current?.casesAudited ?? null)],
        [WORDS.goodOrBetter, share(c.audit.previous), share(c.audit.current)],
      ],
    });
    const areaIds = (list) => (list.length ? list.map((d) => d.id).join(', ') : WORDS.none);
    const R = WORDS.threadRows;
    this.push({
      type: 'table',
      caption: WORDS.sinceThread,
      headers: [WORDS.sinceThread, F('/actions/*/id').label],
      rows: [
        [R.developmentAreasCarried, areaIds(c.developmentAreas.carried)],
        [R.developmentAreasResolved, areaIds(c.developmentAreas.resolved)],
        [R.developmentAreasNew, areaIds(c.developmentAreas.new)],
        [R.actionsCompleted, ids(c.actions.completed)],
        [R.actionsCarried, ids(c.actions.carried)],
        [R.actionsOverdue, ids(c.actions.overdue)],
        [R.actionsNew, ids(c.actions.new)],
        [R.recommendationsCompleted, ids(c.recommendations.completed)],
        [R.recommendationsOpen, ids(c.recommendations.open)],
      ],
    });
  }

  /** The at-a-glance page: four charts, each with its text equivalent. */
  charts() {
    const F = (p) => this.fields.get(p);
    const areaOptions = F('/kpis/*/area').options;
    const grade = F('/areas/privateLaw/grade');
    const scale = grade.options.map(({ value, label }) => ({ value, label }));
    const gradeOf = (v) => (scale.some((g) => g.value === v) ? v : null);

    // 1. Our grade and Ofsted's, by area.
    const gradeRows = areaOptions.map(({ value: area, label }) => {
      const ours = this.value(`/areas/${area}/grade`);
      const ofsted = this.value(`/inspection/grades/${area}`);
      return { area, label, ours: gradeOf(ours), ofsted: gradeOf(ofsted), oursText: cell(grade, ours), ofstedText: cell(grade, ofsted) };
    });
    this.push({
      type: 'chart',
      kind: 'grades',
      caption: WORDS.charts.grades,
      data: {
        scale,
        series: [
          { key: 'ours', label: grade.label },
          { key: 'ofsted', label: WORDS.ofstedGrade },
        ],
        rows: gradeRows.map(({ area, label, ours, ofsted }) => ({ area, label, ours, ofsted })),
      },
      table: {
        headers: [F('/kpis/*/area').label, grade.label, WORDS.ofstedGrade],
        rows: gradeRows.map((r) => [r.label, r.oursText || WORDS.notAnswered, r.ofstedText || WORDS.notAnswered]),
      },
    });

    // 2. Each measure against its target and last year's value.
    const kpis = Array.isArray(this.doc.kpis) ? this.doc.kpis.filter(isObject) : [];
    const K = (k) => F(`/kpis/*/${k}`);
    this.push({
      type: 'chart',
      kind: 'measures',
      caption: WORDS.charts.measures,
      data: {
        legend: { value: K('value').label, target: K('target').label, previous: K('previous').label, none: WORDS.notAnswered },
        rows: kpis.map((m) => ({
          id: hasAnswer(m.id) ? written(m.id) : '',
          label: hasAnswer(m.label) ? written(m.label) : '',
          unit: typeof m.unit === 'string' && K('unit').options.some((o) => o.value === m.unit) ? m.unit : null,
          value: number(m.value),
          target: number(m.target),
          previous: number(m.previous),
          better: m.better === 'higher' || m.better === 'lower' ? m.better : null,
        })),
      },
      table: {
        headers: ['id', 'label', 'unit', 'value', 'target', 'previous'].map((k) => K(k).label),
        rows: kpis.length
          ? kpis.map((m) => ['id', 'label', 'unit', 'value', 'target', 'previous'].map((k) => cell(K(k), m[k])))
          : [[WORDS.notAnswered, '', '', '', '', '']],
      },
    });

    // 3. The audit's spread over the four grades.
    const audit = this.value('/audit');
    const total = number(get(audit, 'casesAudited'));
    const auditRows = scale.map(({ value, label }) => ({ grade: value, label, count: number(get(audit, value)) }));
    const share = (n) => (n === null || !total ? '' : `${formatNumber(Math.round((n / total) * 1000) / 10)}%`);
    this.push({
      type: 'chart',
      kind: 'audit',
      caption: WORDS.charts.audit,
      data: { total, rows: auditRows },
      table: {
        headers: [F('/audit').label, WORDS.cases, WORDS.share],
        rows: [
          ...scale.map(({ value }) => {
            const f = F(`/audit/${value}`);
            const n = get(audit, value);
            return [f.label, cell(f, n), share(number(n))];
          }),
          [F('/audit/casesAudited').label, cell(F('/audit/casesAudited'), get(audit, 'casesAudited')), ''],
        ],
      },
    });

    // 4. The plan's actions by area and by status.
    const areaField = F('/actions/*/area');
    const statusField = F('/actions/*/status');
    const all = Array.isArray(this.doc.actions) ? this.doc.actions : [];
    const categories = (field, key) => {
      const list = field.options.map(({ value, label }) => ({ value, label }));
      if (all.some((a) => !list.some((o) => o.value === get(a, key)))) list.push({ value: null, label: WORDS.notAnswered });
      return list;
    };
    const areas = categories(areaField, 'area');
    const statuses = categories(statusField, 'status');
    const place = (list, v) => {
      const i = list.findIndex((o) => o.value === v);
      return i >= 0 ? i : list.length - 1;
    };
    const counts = areas.map(() => statuses.map(() => 0));
    for (const a of all) counts[place(areas, get(a, 'area'))][place(statuses, get(a, 'status'))]++;
    const sum = (xs) => xs.reduce((x, y) => x + y, 0);
    this.push({
      type: 'chart',
      kind: 'actions',
      caption: WORDS.charts.actions,
      data: { areas, statuses, counts },
      table: {
        headers: [areaField.label, ...statuses.map((s) => s.label), WORDS.total],
        rows: [
          ...areas.map((a, i) => [a.label, ...counts[i].map(formatNumber), formatNumber(sum(counts[i]))]),
          [WORDS.total, ...statuses.map((_, j) => formatNumber(sum(counts.map((r) => r[j])))), formatNumber(all.length)],
        ],
      },
    });
  }

  /** What blocks sharing: each error's section and message, in the report's order. */
  blockers() {
    const titles = new Map(this.report.sections.map((s) => [s.id, s.title]));
    const errors = this.report.diagnostics.filter((d) => d.severity === 'error');
    this.push({ type: 'pageBreak' });
    this.heading(2, WORDS.blockers, 'blockers');
    this.push({
      type: 'notice',
      kind: 'blockers',
      text: WORDS.blockersText(errors.length),
      items: errors.map((d) => `${titles.get(d.section) ?? d.section}: ${d.message}`),
    });
  }
}

/**
 * How a measure compares: `target` and `previous` are 1 (better), 0 (the same) or -1 (worse),
 * from the value's side, or null when they cannot be compared (no such figure, or no valid
 * "which is better").
 */
export function compare(m) {
  const value = number(get(m, 'value'));
  const better = get(m, 'better');
  const sign = better === 'higher' ? 1 : better === 'lower' ? -1 : 0;
  const against = (other) => {
    const o = number(get(m, other));
    if (value === null || o === null || sign === 0) return null;
    return Math.sign(value - o) * sign;
  };
  return { target: against('target'), previous: against('previous') };
}
