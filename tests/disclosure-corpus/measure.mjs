// What the disclosure scanner gets on the corpus (corpus.json): the figures, the targets, and
// the table of both. Used by tests/disclosure-corpus.test.mjs (which asserts the targets) and
// scripts/corpus-figures.mjs (which prints the table as Markdown).
import { CODES, countWords } from './generate.mjs';

/** The targets, asserted by the test. */
export const TARGETS = {
  firstNameRecall: 0.95,
  schoolRecall: 0.95,
  cleanWarningsPer10k: 1,
  falseAlarmErrors: 0,
  mustReportRecall: 1,
};

/** How big the corpus must be, checked by the test. */
export const MINIMUMS = {
  words: 50_000,
  firstNames: 300,
  schools: 100,
  falseAlarms: 60,
  cleanWords: 40_000,
};

const WARNINGS = new Set([CODES.firstName, CODES.school]);

/** A finding and a label overlap when they share at least one code unit. */
const overlaps = (f, l) => f.start < l.end && l.start < f.end;

/** Where a span is, for a person reading a failure: the document and the text around it. */
export function where(doc, span) {
  const before = doc.text.slice(Math.max(0, span.start - 50), span.start);
  const after = doc.text.slice(span.end, span.end + 30);
  return `${doc.id} ${span.start}-${span.end}: …${before}«${doc.text.slice(span.start, span.end)}»${after}…`.replace(/\n/g, '⏎');
}

/** Sizes of the corpus (no scanning). */
export function census(corpus) {
  const c = { documents: 0, cleanDocuments: 0, words: 0, cleanWords: 0, firstNames: 0, distinctNames: 0, schools: 0 };
  c.falseAlarms = {};
  c.mustReport = {};
  const names = new Set();
  for (const doc of corpus.documents) {
    const words = countWords(doc.text);
    c.documents++;
    c.words += words;
    if (doc.clean) {
      c.cleanDocuments++;
      c.cleanWords += words;
    }
    for (const l of doc.labels) {
      if (l.kind === 'firstName') {
        c.firstNames++;
        names.add(doc.text.slice(l.start, l.end));
      } else if (l.kind === 'school') c.schools++;
      else if (l.kind === 'falseAlarm') c.falseAlarms[l.code] = (c.falseAlarms[l.code] ?? 0) + 1;
      else if (l.kind === 'mustReport') c.mustReport[l.code] = (c.mustReport[l.code] ?? 0) + 1;
    }
  }
  c.distinctNames = names.size;
  c.falseAlarmTotal = Object.values(c.falseAlarms).reduce((a, b) => a + b, 0);
  c.mustReportTotal = Object.values(c.mustReport).reduce((a, b) => a + b, 0);
  return c;
}

/** Runs `scan` (scanDisclosure) on every document and measures it against the labels. */
export function measure(corpus, scan) {
  const recall = () => ({ planted: 0, found: 0, missed: [] });
  const m = {
    census: census(corpus),
    firstName: recall(),
    school: recall(),
    mustReport: recall(),
    falseAlarm: { labels: 0, errors: 0, byCode: {}, hits: [] },
    clean: { words: 0, warnings: 0, hits: [], others: {} },
    /** Findings of each code anywhere in the corpus: zero says the build lacks the check. */
    findings: {},
  };
  for (const doc of corpus.documents) {
    const findings = scan(doc.text);
    for (const f of findings) m.findings[f.code] = (m.findings[f.code] ?? 0) + 1;
    if (doc.clean) {
      m.clean.words += countWords(doc.text);
      for (const f of findings) {
        if (WARNINGS.has(f.code)) {
          m.clean.warnings++;
          m.clean.hits.push(`${f.code} ${where(doc, f)}`);
        } else m.clean.others[f.code] = (m.clean.others[f.code] ?? 0) + 1;
      }
    }
    for (const l of doc.labels) {
      const hit = findings.some((f) => f.code === l.code && overlaps(f, l));
      if (l.kind === 'falseAlarm') {
        m.falseAlarm.byCode[l.code] ??= { labels: 0, errors: 0 };
        const byCode = m.falseAlarm.byCode[l.code];
        m.falseAlarm.labels++;
        byCode.labels++;
        if (hit) {
          m.falseAlarm.errors++;
          byCode.errors++;
          m.falseAlarm.hits.push(`${l.code} ${where(doc, l)}`);
        }
      } else {
        const r = m[l.kind];
        r.planted++;
        if (hit) r.found++;
        else r.missed.push(l.kind === 'mustReport' ? `${l.code} ${where(doc, l)}` : where(doc, l));
      }
    }
  }
  for (const r of [m.firstName, m.school, m.mustReport]) r.recall = r.planted === 0 ? 1 : r.found / r.planted;
  m.clean.per10k = m.clean.words === 0 ? 0 : (m.clean.warnings * 10_000) / m.clean.words;
  m.pass = {
    firstNameRecall: m.firstName.recall >= TARGETS.firstNameRecall,
    schoolRecall: m.school.recall >= TARGETS.schoolRecall,
    cleanWarningsPer10k: m.clean.per10k <= TARGETS.cleanWarningsPer10k,
    falseAlarmErrors: m.falseAlarm.errors <= TARGETS.falseAlarmErrors,
    mustReportRecall: m.mustReport.recall >= TARGETS.mustReportRecall,
  };
  return m;
}

const count = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const percent = (x) => `${(x * 100).toFixed(1)} %`;
const verdict = (ok) => (ok ? 'pass' : '**fail**');

const FALSE_ALARM_SHAPES = {
  [CODES.dateOfBirth]: 'date of birth: cohort and range dates',
  [CODES.email]: 'email: role mailboxes, example domains',
  [CODES.phone]: 'phone: non-geographic numbers',
  [CODES.namedPerson]: 'named person: judicial titles',
};

/** The figures as a Markdown table (an array of lines), for the README. */
export function table(m) {
  const c = m.census;
  const lines = [
    `Corpus: ${count(c.words)} words in ${c.documents} documents; ${count(c.cleanWords)} words of clean prose in ${c.cleanDocuments} documents.`,
    '',
    '| Measure | Planted | Result | Target | |',
    '|---|--:|---|---|---|',
    `| First-name recall (\`${CODES.firstName}\`) | ${c.firstNames} (${c.distinctNames} names) | ${percent(m.firstName.recall)} (${m.firstName.found} found) | ≥ ${percent(TARGETS.firstNameRecall)} | ${verdict(m.pass.firstNameRecall)} |`,
    `| School recall (\`${CODES.school}\`) | ${c.schools} | ${percent(m.school.recall)} (${m.school.found} found) | ≥ ${percent(TARGETS.schoolRecall)} | ${verdict(m.pass.schoolRecall)} |`,
    `| First-name and school warnings in clean prose | ${count(m.clean.words)} words | ${m.clean.per10k.toFixed(2)} per 10,000 words (${m.clean.warnings}) | ≤ ${TARGETS.cleanWarningsPer10k} per 10,000 words | ${verdict(m.pass.cleanWarningsPer10k)} |`,
    `| Errors on false-alarm sentences | ${m.falseAlarm.labels} | ${m.falseAlarm.errors} | ${TARGETS.falseAlarmErrors} | ${verdict(m.pass.falseAlarmErrors)} |`,
  ];
  for (const [code, shape] of Object.entries(FALSE_ALARM_SHAPES)) {
    const b = m.falseAlarm.byCode[code] ?? { labels: 0, errors: 0 };
    lines.push(`| &nbsp;&nbsp;${shape} | ${b.labels} | ${b.errors} | 0 | ${verdict(b.errors === 0)} |`);
  }
  lines.push(
    `| Must-report recall (near misses) | ${m.mustReport.planted} | ${percent(m.mustReport.recall)} (${m.mustReport.found} found) | ${percent(TARGETS.mustReportRecall)} | ${verdict(m.pass.mustReportRecall)} |`,
  );
  const others = Object.entries(m.clean.others).sort(([a], [b]) => (a < b ? -1 : 1));
  lines.push(
    '',
    `Other findings in clean prose (no target): ${others.length === 0 ? 'none' : others.map(([code, n]) => `\`${code}\` ${n}`).join(', ')}.`,
  );
  return lines;
}
