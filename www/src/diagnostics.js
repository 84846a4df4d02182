// A section's diagnostics on its page: each error and warning at its field (or the nearest
// field drawn above it), the error summary and the "Things to check" list linking to them, and
// a disclosure finding shown where it is without repeating it.
import { h, hidden, idFor } from './dom.js';
import { state } from './shell.js';

const inputErrorClass = (el) =>
  el.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : el.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error';

function addDescribedBy(el, id) {
  const now = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  if (!now.includes(id)) el.setAttribute('aria-describedby', [...now, id].join(' '));
}

/**
 * Where in the answer an identifying detail is, without repeating it: an excerpt of the text
 * around it with the detail itself masked (one • per UTF-16 code unit of the span), and a
 * button that selects the span in the box itself.
 */
function whereBlock(input, spans, baseId) {
  const box = h(
    'div',
    { class: 'app-disclosure', id: `${baseId}-where`, 'data-where-for': input.id },
    h(
      'p',
      { class: 'govuk-body-s app-disclosure__title' },
      spans.length > 1 ? 'Where they are in your answer (hidden here):' : 'Where it is in your answer (hidden here):',
    ),
  );
  const value = input.value;
  const safeCut = (i) => (i > 0 && i < value.length && /[\udc00-\udfff]/.test(value[i]) ? i - 1 : i);
  spans.forEach((span, k) => {
    const from = safeCut(Math.max(0, span.start - 40));
    const to = safeCut(
      Math.min(value.length, span.end + 40) + (span.end + 40 < value.length && /[\ud800-\udbff]/.test(value[span.end + 39]) ? 1 : 0),
    );
    const excerpt = h('p', { class: 'govuk-body app-disclosure__excerpt', 'data-start': span.start, 'data-end': span.end });
    if (from > 0) excerpt.append('…');
    // Mask every finding inside the excerpt, not only this one.
    let at = from;
    for (const other of spans) {
      const s = Math.max(other.start, from);
      const e = Math.min(other.end, to);
      if (e <= s || s < at) continue;
      excerpt.append(document.createTextNode(value.slice(at, s)));
      const mark = h('mark', { class: 'app-disclosure__mark', 'data-start': other.start, 'data-end': other.end }, '•'.repeat(e - s));
      mark.append(hidden(' (identifying detail, hidden here)'));
      excerpt.append(mark);
      at = e;
    }
    excerpt.append(document.createTextNode(value.slice(at, to)));
    if (to < value.length) excerpt.append('…');
    const button = h(
      'button',
      {
        type: 'button',
        class: 'govuk-button govuk-button--secondary app-disclosure__show',
        'data-start': span.start,
        'data-end': span.end,
        on: {
          click: () => {
            input.focus();
            input.setSelectionRange(span.start, span.end);
          },
        },
      },
      spans.length > 1 ? `Select finding ${k + 1} in the answer` : 'Select it in the answer',
    );
    box.append(h('div', { class: 'app-disclosure__finding' }, excerpt, button));
  });
  return box;
}

function disclosureFinder(entry) {
  const input = entry.textInput;
  const baseId = idFor(input.dataset.pointer);
  const update = () => {
    const findings = state.api.scanDisclosure(input.value);
    const old = entry.group.querySelector('.app-disclosure');
    const fresh = findings.length
      ? whereBlock(input, findings, baseId)
      : h(
          'div',
          { class: 'app-disclosure', id: `${baseId}-where` },
          h('p', { class: 'govuk-body' }, 'No identifying details found in this answer now. Save to check the section again.'),
        );
    old.replaceWith(fresh);
  };
  input.addEventListener('input', update);
}

/** Puts each diagnostic at its field (or the nearest drawn field above it). */
export function placeDiagnostics(diagnostics, registry) {
  const targets = [];
  const byEntry = new Map();
  for (const d of diagnostics) {
    let p = d.path;
    while (p !== '' && !registry.has(p)) p = p.slice(0, p.lastIndexOf('/'));
    const entry = registry.get(p) ?? null;
    if (entry) {
      if (!byEntry.has(entry)) byEntry.set(entry, { pointer: p, list: [] });
      byEntry.get(entry).list.push(d);
    }
    targets.push({ d, focusId: entry?.focusId ?? 'page-heading' });
  }
  for (const [entry, { pointer, list }] of byEntry) {
    const baseId = idFor(pointer);
    const nodes = [];
    let k = 0;
    for (const d of list) {
      k++;
      const id = `${baseId}-${d.severity}-${k}`;
      if (d.severity === 'error') {
        nodes.push(h('p', { class: 'govuk-error-message', id, 'data-code': d.code }, hidden('Error: '), d.message));
      } else {
        nodes.push(
          h(
            'p',
            { class: 'govuk-body app-warning', id, 'data-code': d.code },
            h('strong', { class: 'govuk-tag govuk-tag--yellow' }, 'Check'),
            ' ',
            d.message,
          ),
        );
      }
      for (const el of entry.describe ? [entry.describe] : entry.inputs) addDescribedBy(el, id);
    }
    if (list.some((d) => d.severity === 'error')) {
      entry.group.classList.add('govuk-form-group--error');
      for (const el of entry.inputs) {
        el.classList.add(inputErrorClass(el));
        el.dataset.error = 'true';
      }
    }
    if (entry.after) entry.after.after(...nodes);
    else if (entry.before) entry.before.before(...nodes);
    else entry.group.prepend(...nodes);
    const spans = list.filter((d) => d.span && d.code.startsWith('disclosure-')).map((d) => d.span);
    if (spans.length && entry.textInput) {
      const where = whereBlock(entry.textInput, spans, baseId);
      const count = entry.group.querySelector('.govuk-character-count__sr-status');
      (count ?? entry.textInput).after(where);
      addDescribedBy(entry.textInput, where.id);
      disclosureFinder(entry);
    }
  }
  return targets;
}

/** The GOV.UK error summary: each item `{ href, text, code? }` a link to what to fix. */
export function errorSummary(items) {
  return h(
    'div',
    { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', id: 'error-summary' },
    h(
      'div',
      { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h(
        'div',
        { class: 'govuk-error-summary__body' },
        h(
          'ul',
          { class: 'govuk-list govuk-error-summary__list' },
          items.map((item) => h('li', null, h('a', { href: item.href, 'data-code': item.code ?? null }, item.text))),
        ),
      ),
    ),
  );
}

/** The error summary of a section's errors, or null when it has none. */
export function summaryBox(targets) {
  const errors = targets.filter((t) => t.d.severity === 'error');
  if (!errors.length) return null;
  return errorSummary(errors.map((t) => ({ href: `#${t.focusId}`, text: t.d.message, code: t.d.code })));
}

export function warningBox(targets) {
  const warnings = targets.filter((t) => t.d.severity === 'warning');
  if (!warnings.length) return null;
  return h(
    'div',
    { class: 'govuk-notification-banner', role: 'region', 'aria-labelledby': 'warnings-title', id: 'warning-summary' },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: 'warnings-title' }, 'Things to check'),
    ),
    h(
      'div',
      { class: 'govuk-notification-banner__content' },
      h('p', { class: 'govuk-body' }, 'These do not stop you sharing, but check each one.'),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        warnings.map((t) =>
          h('li', null, h('a', { class: 'govuk-notification-banner__link', href: `#${t.focusId}`, 'data-code': t.d.code }, t.d.message)),
        ),
      ),
    ),
  );
}

/** Moves focus to an element by id (for links to fields, and the error summary's fallbacks). */
export function focusById(id) {
  const el = document.getElementById(id);
  if (!el) return false;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? el.closest('fieldset')?.querySelector('legend');
  (label ?? el).scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
  return true;
}

export function inPageLinks(root) {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const a = event.target.closest('a');
    if (!a || !root.contains(a)) return;
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.startsWith('#/')) return;
    if (focusById(href.slice(1))) event.preventDefault();
  });
}
