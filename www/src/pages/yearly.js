// The yearly cycle (docs/spec/yearly.md): start next year's self-evaluation from this one, and
// compare this year's with last year's file. Both run the package's own nextYear and compare;
// the comparison holds ids, grades, numbers and dates only, as the command line prints it.
import { h } from '../dom.js';
import { finalText } from './share.js';
import { download, go, mount, pageHeading, saving, state, warningText } from '../shell.js';

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a next year's draft carried over, in words. */
export function carriedOver(draft) {
  const areas = draft.areas ?? {};
  const developmentAreas = Object.values(areas).reduce(
    (n, a) => n + (Array.isArray(a?.developmentAreas) ? a.developmentAreas.length : 0),
    0,
  );
  const parts = [
    plural(Array.isArray(draft.actions) ? draft.actions.length : 0, 'action'),
    plural(Array.isArray(draft.inspection?.recommendations) ? draft.inspection.recommendations.length : 0, 'Ofsted recommendation'),
    plural(developmentAreas, 'development area'),
    plural(Array.isArray(draft.kpis) ? draft.kpis.length : 0, 'measure'),
  ];
  return `Carried over from last year: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}, with last year's values.`;
}

/** Next year: download this year's document first, then replace the draft with next year's. */
export function showNextYear() {
  const title = "Start next year's self-evaluation";
  let draft = null;
  let problem = null;
  try {
    draft = state.api.nextYear(state.doc);
  } catch (error) {
    problem =
      error?.code === 'no-period'
        ? 'Enter the end of the period covered first: next year starts the day after it.'
        : 'This self-evaluation cannot be carried into next year.';
  }
  const start = () => {
    state.submitted.clear();
    saving(() => state.store.replace(draft, 'nextYear'));
    state.flash = { heading: "Next year's self-evaluation is started", text: carriedOver(draft) };
    go('#/');
  };
  mount(title, [
    h('a', { class: 'govuk-back-link', href: '#/share' }, 'Back'),
    ...pageHeading(title),
    h(
      'p',
      { class: 'govuk-body' },
      "Next year's draft keeps what is still owed: the actions not completed, Ofsted's open recommendations, the development areas (each to mark as still a weakness or resolved) and the measures, with this year's values as last year's. Everything that must be evidenced again starts empty.",
    ),
    ...(problem
      ? [h('p', { class: 'govuk-error-message', id: 'next-year-error' }, problem)]
      : [
          h('p', { class: 'govuk-body', id: 'carried-over' }, carriedOver(draft)),
          warningText(
            "Starting next year replaces this draft in this browser, in every tab. Download this year's self-evaluation first: next year's links to it by its digest.",
          ),
          h(
            'div',
            { class: 'govuk-button-group' },
            h(
              'button',
              {
                type: 'button',
                class: 'govuk-button govuk-button--secondary',
                id: 'download-this-year',
                'data-module': 'govuk-button',
                on: { click: () => download('self-evaluation.json', finalText(state.doc)) },
              },
              "Download this year's self-evaluation",
            ),
            h(
              'button',
              { type: 'button', class: 'govuk-button', id: 'start-next-year', 'data-module': 'govuk-button', on: { click: start } },
              "Start next year's self-evaluation",
            ),
          ),
        ]),
  ]);
}

// ---- compare ------------------------------------------------------------------------------

/** A grade as the form says it (its option's label), or "Not known". */
function gradeLabel(value) {
  if (value === null || value === undefined) return 'Not known';
  const field = state.index.fieldFor('/areas/privateLaw/grade');
  return field?.options?.find((o) => o.value === value)?.label ?? value;
}

function table(caption, headers, rows, id) {
  return h(
    'table',
    { class: 'govuk-table', id },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption),
    h(
      'thead',
      { class: 'govuk-table__head' },
      h(
        'tr',
        { class: 'govuk-table__row' },
        headers.map((x) => h('th', { scope: 'col', class: 'govuk-table__header' }, x)),
      ),
    ),
    h(
      'tbody',
      { class: 'govuk-table__body' },
      rows.map((row) =>
        h(
          'tr',
          { class: 'govuk-table__row' },
          row.map((x, i) =>
            h(
              i === 0 ? 'th' : 'td',
              { class: i === 0 ? 'govuk-table__header' : 'govuk-table__cell', scope: i === 0 ? 'row' : null },
              x ?? '—',
            ),
          ),
        ),
      ),
    ),
  );
}

const CHANGE_WORDS = { better: 'Better', worse: 'Worse', same: 'The same', unknown: 'Not known' };
const idList = (ids) => (ids === null ? 'Not known' : ids.length ? ids.join(', ') : 'None');

/** A measure's two years against its target, drawn as two bars on one scale (text beside it). */
function measureBars(m) {
  const values = [m.previous, m.current, m.target].filter((v) => typeof v === 'number');
  const max = Math.max(1, ...values);
  const width = (v) => `${Math.round((Math.max(0, v) / max) * 100)}`;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 100 14');
  svg.setAttribute('class', 'app-compare-bars');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const bar = (y, v, cls) => {
    if (typeof v !== 'number') return;
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', '0');
    r.setAttribute('y', String(y));
    r.setAttribute('height', '5');
    r.setAttribute('width', width(v));
    r.setAttribute('class', cls);
    svg.append(r);
  };
  bar(1, m.previous, 'app-compare-bars__previous');
  bar(8, m.current, 'app-compare-bars__current');
  if (typeof m.target === 'number') {
    const t = document.createElementNS(ns, 'rect');
    t.setAttribute('x', String(Math.min(99, Number(width(m.target)))));
    t.setAttribute('y', '0');
    t.setAttribute('width', '1');
    t.setAttribute('height', '14');
    t.setAttribute('class', 'app-compare-bars__target');
    svg.append(t);
  }
  return svg;
}

const AUDIT_GRADES = ['outstanding', 'good', 'requiresImprovement', 'inadequate'];

/** Each year's audit spread over the four grades: a stacked bar each, the counts in the table. */
function auditSpread(previous, current) {
  const counts = (doc) => AUDIT_GRADES.map((g) => (Number.isInteger(doc?.audit?.[g]) && doc.audit[g] >= 0 ? doc.audit[g] : null));
  const years = [
    ['Last year', counts(previous)],
    ['This year', counts(current)],
  ];
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 100 16');
  svg.setAttribute('class', 'app-compare-spread');
  svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  years.forEach(([, values], row) => {
    const total = values.reduce((a, v) => a + (v ?? 0), 0);
    let x = 0;
    values.forEach((v, k) => {
      if (!total || !v) return;
      const r = document.createElementNS(ns, 'rect');
      const w = (v / total) * 100;
      r.setAttribute('x', String(x));
      r.setAttribute('y', String(row * 9));
      r.setAttribute('width', String(w));
      r.setAttribute('height', '7');
      r.setAttribute('class', `app-compare-spread__${AUDIT_GRADES[k]}`);
      svg.append(r);
      x += w;
    });
  });
  const labels = AUDIT_GRADES.map((g) => state.index.fieldFor(`/audit/${g}`)?.label ?? g);
  return [
    table(
      'The audit: cases by grade',
      ['Year', ...labels],
      years.map(([year, values]) => [year, ...values]),
      'compare-audit-spread',
    ),
    svg,
    h(
      'p',
      { class: 'govuk-body-s' },
      'Last year above, this year below: outstanding in green, good in blue, requires improvement in orange, inadequate in red.',
    ),
  ];
}

/** The comparison as tables: the chain, the grades, the measures, the audit and the thread. */
export function comparisonNodes(c, previous = null, current = null) {
  const nodes = [];
  nodes.push(
    c.chain
      ? h(
          'p',
          { class: 'govuk-body', id: 'chain' },
          h('strong', { class: 'govuk-tag govuk-tag--green' }, 'Linked'),
          " This year's self-evaluation names last year's by its digest.",
        )
      : h(
          'p',
          { class: 'govuk-body', id: 'chain' },
          h('strong', { class: 'govuk-tag govuk-tag--yellow' }, 'Not linked'),
          " This year's self-evaluation does not name this file by its digest: check it is last year's final document.",
        ),
  );
  nodes.push(
    table(
      'Grades',
      ['Area', 'Our grade last year', 'Our grade this year', 'Change', "Ofsted's grade last year", "Ofsted's grade this year"],
      c.areas.map((a) => [
        state.index.sectionById(a.area)?.title ?? a.area,
        gradeLabel(a.grade.previous),
        gradeLabel(a.grade.current),
        CHANGE_WORDS[a.change],
        gradeLabel(a.ofsted.previous),
        gradeLabel(a.ofsted.current),
      ]),
      'compare-grades',
    ),
  );
  nodes.push(
    table(
      'Measures',
      ['Measure', 'Last year', 'This year', 'Target', 'Change', 'Against its target'],
      c.measures.matched.map((m) => [m.id, m.previous, m.current, m.target, CHANGE_WORDS[m.change], measureBars(m)]),
      'compare-measures',
    ),
    h(
      'p',
      { class: 'govuk-body-s' },
      'Against its target: last year in grey above, this year in blue below, the target as a black line, on one scale for each measure.',
    ),
    h('p', { class: 'govuk-body' }, `Measures added: ${idList(c.measures.added)}. Measures dropped: ${idList(c.measures.dropped)}.`),
  );
  const share = (y) => (y?.share == null ? 'Not known' : `${Math.round(y.share * 1000) / 10}%`);
  nodes.push(
    table(
      'The practice audit',
      ['Audit', 'Last year', 'This year'],
      [
        ['Cases audited', c.audit.previous?.casesAudited, c.audit.current?.casesAudited],
        ['Graded good or better', share(c.audit.previous), share(c.audit.current)],
      ],
      'compare-audit',
    ),
  );
  if (previous && current) nodes.push(...auditSpread(previous, current));
  const areaIds = (list) => (list.length ? list.map((d) => d.id).join(', ') : 'None');
  nodes.push(
    table(
      'What we said we would do',
      ['What', 'References'],
      [
        ['Development areas carried', areaIds(c.developmentAreas.carried)],
        ['Development areas resolved', areaIds(c.developmentAreas.resolved)],
        ['New development areas', areaIds(c.developmentAreas.new)],
        ['Actions completed', idList(c.actions.completed)],
        ['Actions carried', idList(c.actions.carried)],
        ['Actions overdue', idList(c.actions.overdue)],
        ['New actions', idList(c.actions.new)],
        ['Recommendations completed', idList(c.recommendations.completed)],
        ['Recommendations still open', idList(c.recommendations.open)],
      ],
      'compare-thread',
    ),
  );
  return nodes;
}

/** Last year's document, once chosen here: the readable document's "Since last year" part. */
let lastYear;
export const lastYearDocument = () => lastYear;

/** Compare with last year: choose last year's file, see what changed. */
export function showCompare({ comparison = null, error = null } = {}) {
  const title = 'Compare with last year';
  const input = h('input', {
    class: 'govuk-file-upload',
    id: 'previous-file',
    type: 'file',
    accept: '.json,application/json',
    'aria-describedby': 'previous-file-hint',
  });
  const form = h(
    'form',
    { novalidate: true, id: 'compare-form' },
    h(
      'div',
      { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
      h('label', { class: 'govuk-label govuk-label--s', for: 'previous-file' }, "Last year's self-evaluation"),
      h('div', { class: 'govuk-hint', id: 'previous-file-hint' }, 'The final JSON file of last year, as it was shared.'),
      error ? h('p', { class: 'govuk-error-message', id: 'previous-file-error' }, error) : null,
      input,
    ),
    h('button', { type: 'submit', class: 'govuk-button', id: 'compare', 'data-module': 'govuk-button' }, 'Compare'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return showCompare({ error: "Select last year's self-evaluation file" });
    try {
      const previous = JSON.parse(await file.text());
      const comparison = state.api.compare(previous, state.doc);
      lastYear = previous;
      showCompare({ comparison });
    } catch {
      showCompare({ error: 'The selected file is not a self-evaluation that can be compared' });
    }
  });
  mount(title, [
    h('a', { class: 'govuk-back-link', href: '#/check' }, 'Back'),
    ...pageHeading(title),
    form,
    comparison ? h('div', { id: 'comparison' }, comparisonNodes(comparison, lastYear, state.doc)) : null,
  ]);
}
