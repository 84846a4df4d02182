// The at-a-glance charts as inline SVG (docs/spec/rendering.md, "Charts"): each an image with
// its name (role="img", <title>, aria-labelledby), drawn with SVG attributes only (no style
// attribute, no script, no reference to anything outside it), in GOV.UK colours, with text of
// 12 to 14 units at the chart's own width of 640 (about 9 to 11 points on an A4 page). Every
// text is escaped. The numbers the chart stands for are in its block's `table`, which the HTML
// writes after it.
import { escapeHtml as esc } from './escape.mjs';
import { formatNumber } from './model.mjs';

const COLOUR = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  grid: '#b1b4b6',
  light: '#f3f2f1',
  blue: '#1d70b8',
  green: '#00703c',
  orange: '#f47738',
  red: '#d4351c',
  grey: '#b1b4b6',
  purple: '#4c2c92',
};
const WIDTH = 640;
const FONT = 'font-family="Arial, Helvetica, sans-serif"';
// The most measures one SVG holds: a longer list is drawn as several, so that print can break
// between them (an SVG is never split across pages).
export const MEASURES_PER_SVG = 15;

const n = (x) => Math.round(x * 10) / 10;

/** A string cut to `max` characters, with an ellipsis: chart labels only (the table has them whole). */
function fit(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function text(x, y, content, { size = 14, anchor = 'start', fill = COLOUR.text, weight } = {}) {
  const bold = weight ? ` font-weight="${weight}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" text-anchor="${anchor}" fill="${fill}"${bold}>${esc(content)}</text>`;
}

function svg(id, title, height, body, { xmlns = false } = {}) {
  const ns = xmlns ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return (
    `<svg${ns} class="sef-chart__svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="${WIDTH}" height="${n(height)}" role="img" ` +
    `aria-labelledby="${esc(id)}-title" focusable="false" ${FONT}><title id="${esc(id)}-title">${esc(title)}</title>${body}</svg>`
  );
}

/** Marks of the grades chart: ours a filled circle, Ofsted's a hollow diamond. */
const circle = (x, y, r = 8) => `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${COLOUR.blue}"/>`;
const diamond = (x, y, r = 9) =>
  `<path d="M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r)}L${n(x - r)} ${n(y)}Z" fill="none" stroke="${COLOUR.text}" stroke-width="2.5"/>`;

function grades(chart, id, options) {
  const { scale, series, rows } = chart.data;
  const left = 200;
  const column = (WIDTH - left) / scale.length;
  const x = (grade) => left + column * (scale.findIndex((g) => g.value === grade) + 0.5);
  const top = 38;
  const rowHeight = 40;
  // Each grade's label over its column, on two lines when it is long (Requires / improvement).
  let body = scale
    .map((g, i) => {
      const words = g.label.split(' ');
      const cut = Array.from(g.label).length > 12 && words.length > 1 ? Math.ceil(words.length / 2) : words.length;
      const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')].filter(Boolean);
      return lines
        .map((line, k) =>
          text(left + column * (i + 0.5), 26 - 15 * (lines.length - 1 - k), line, { size: 13, anchor: 'middle', weight: 'bold' }),
        )
        .join('');
    })
    .join('');
  rows.forEach((r, i) => {
    const y = top + rowHeight * i + rowHeight / 2;
    body += `<line x1="0" y1="${n(y + rowHeight / 2)}" x2="${WIDTH}" y2="${n(y + rowHeight / 2)}" stroke="${COLOUR.grid}" stroke-width="1"/>`;
    body += text(0, y + 5, fit(r.label, 28));
    const same = r.ours !== null && r.ours === r.ofsted;
    if (r.ours !== null) body += circle(x(r.ours) - (same ? 12 : 0), y);
    if (r.ofsted !== null) body += diamond(x(r.ofsted) + (same ? 12 : 0), y);
  });
  const legend = top + rowHeight * rows.length + 26;
  body += circle(8, legend - 5) + text(24, legend, series[0].label, { size: 13 });
  body += diamond(228, legend - 5) + text(244, legend, series[1].label, { size: 13 });
  return [svg(id, chart.caption, legend + 12, body, options)];
}

function measures(chart, id, options) {
  const { legend, rows } = chart.data;
  const left = 160;
  const barWidth = WIDTH - left - 20;
  const rowHeight = 46;
  const parts = [];
  for (let start = 0; start < Math.max(rows.length, 1); start += MEASURES_PER_SVG) {
    const chunk = rows.slice(start, start + MEASURES_PER_SVG);
    const top = 34;
    let body = '';
    // Legend: the value's bar, the target's line, last year's circle.
    body += `<rect x="0" y="8" width="18" height="12" fill="${COLOUR.blue}"/>${text(24, 19, legend.value, { size: 13 })}`;
    body += `<line x1="170" y1="4" x2="170" y2="24" stroke="${COLOUR.text}" stroke-width="3"/>${text(180, 19, legend.target, { size: 13 })}`;
    body += `<circle cx="330" cy="14" r="6" fill="#ffffff" stroke="${COLOUR.text}" stroke-width="2"/>${text(342, 19, legend.previous, { size: 13 })}`;
    chunk.forEach((m, i) => {
      const y = top + rowHeight * i;
      const figures = [m.value, m.target, m.previous].filter((v) => v !== null && v > 0);
      const max = m.unit === 'percent' ? 100 : figures.length ? Math.max(...figures) * 1.1 : 1;
      const x = (v) => left + (Math.min(Math.max(v, 0), max) / max) * barWidth;
      body += text(0, y + 17, fit(m.id, 20), { weight: 'bold' });
      body += `<rect x="${left}" y="${y + 6}" width="${barWidth}" height="16" fill="${COLOUR.light}"/>`;
      if (m.value !== null) body += `<rect x="${left}" y="${y + 6}" width="${n(x(m.value) - left)}" height="16" fill="${COLOUR.blue}"/>`;
      if (m.target !== null)
        body += `<line x1="${n(x(m.target))}" y1="${y + 1}" x2="${n(x(m.target))}" y2="${y + 27}" stroke="${COLOUR.text}" stroke-width="3"/>`;
      if (m.previous !== null)
        body += `<circle cx="${n(x(m.previous))}" cy="${y + 14}" r="6" fill="#ffffff" stroke="${COLOUR.text}" stroke-width="2"/>`;
      const said = [
        `${legend.value} ${m.value === null ? '–' : formatNumber(m.value)}`,
        m.target === null ? null : `${legend.target} ${formatNumber(m.target)}`,
        m.previous === null ? null : `${legend.previous} ${formatNumber(m.previous)}`,
      ].filter(Boolean);
      body += text(left, y + 40, said.join(' · '), { size: 12, fill: COLOUR.secondary });
    });
    if (chunk.length === 0) body += text(0, top + 20, legend.none, { fill: COLOUR.secondary });
    const height = top + rowHeight * Math.max(chunk.length, 1) + 4;
    const title =
      rows.length > MEASURES_PER_SVG ? `${chart.caption} (${start + 1} to ${start + chunk.length} of ${rows.length})` : chart.caption;
    parts.push(svg(rows.length > MEASURES_PER_SVG ? `${id}-${start / MEASURES_PER_SVG + 1}` : id, title, height, body, options));
  }
  return parts;
}

function audit(chart, id, options) {
  const { total, rows } = chart.data;
  const colours = [COLOUR.green, COLOUR.blue, COLOUR.orange, COLOUR.red];
  const left = 200;
  const barWidth = WIDTH - left - 130;
  const rowHeight = 36;
  const max = Math.max(total ?? 0, ...rows.map((r) => r.count ?? 0), 1);
  let body = '';
  rows.forEach((r, i) => {
    const y = 8 + rowHeight * i;
    body += text(0, y + 17, fit(r.label, 26));
    body += `<rect x="${left}" y="${y + 4}" width="${barWidth}" height="18" fill="${COLOUR.light}"/>`;
    if (r.count !== null) {
      const w = (Math.max(r.count, 0) / max) * barWidth;
      body += `<rect x="${left}" y="${y + 4}" width="${n(Math.min(w, barWidth))}" height="18" fill="${colours[i % colours.length]}"/>`;
      const share = total ? ` (${formatNumber(Math.round((r.count / total) * 1000) / 10)}%)` : '';
      body += text(left + barWidth + 8, y + 18, `${formatNumber(r.count)}${share}`, { size: 13 });
    } else body += text(left + barWidth + 8, y + 18, '–', { size: 13 });
  });
  return [svg(id, chart.caption, 8 + rowHeight * rows.length + 4, body, options)];
}

function actions(chart, id, options) {
  const { areas, statuses, counts } = chart.data;
  const fills = [COLOUR.grey, COLOUR.blue, COLOUR.green, COLOUR.orange];
  const inks = [COLOUR.text, '#ffffff', '#ffffff', COLOUR.text];
  const left = 200;
  const barWidth = WIDTH - left - 50;
  const rowHeight = 36;
  const totals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const max = Math.max(...totals, 1);
  // Legend: a swatch and the label of each status.
  let body = '';
  let lx = 0;
  statuses.forEach((s, j) => {
    body += `<rect x="${lx}" y="6" width="14" height="14" fill="${fills[j % fills.length]}" stroke="${COLOUR.text}" stroke-width="1"/>`;
    body += text(lx + 20, 18, s.label, { size: 13 });
    lx += 34 + Array.from(s.label).length * 7;
  });
  const top = 32;
  areas.forEach((a, i) => {
    const y = top + rowHeight * i;
    body += text(0, y + 17, fit(a.label, 26));
    let x = left;
    counts[i].forEach((count, j) => {
      if (count === 0) return;
      const w = (count / max) * barWidth;
      body += `<rect x="${n(x)}" y="${y + 4}" width="${n(w)}" height="18" fill="${fills[j % fills.length]}" stroke="#ffffff" stroke-width="1"/>`;
      if (w >= 22) body += text(x + w / 2, y + 18, formatNumber(count), { size: 12, anchor: 'middle', fill: inks[j % inks.length] });
      x += w;
    });
    body += text(x + 8, y + 18, formatNumber(totals[i]), { size: 13, weight: 'bold' });
  });
  return [svg(id, chart.caption, top + rowHeight * areas.length + 4, body, options)];
}

const DRAW = { grades, measures, audit, actions };

/**
 * The SVG of a chart block, as one or more `<svg>` strings (a long list of measures is drawn in
 * parts of MEASURES_PER_SVG). `id` names the chart; each SVG's title has the id `ID-title`
 * (`ID-K-title` for part K). `xmlns: true` adds the SVG namespace, for an SVG used as a file.
 */
export function chartSvgs(chart, id, { xmlns = false } = {}) {
  return DRAW[chart.kind](chart, id, { xmlns });
}
