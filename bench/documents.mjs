// The benchmark documents (docs/performance.md): `typical` is the shipped complete example;
// `large` is generated here, a complete document at every limit; the corpus is 10,000
// generated documents (complete, draft and broken ones) for the command line.
//
//   node bench/documents.mjs large            writes bench/documents/large.json
//   node bench/documents.mjs corpus DIR [N]   writes N documents (default 10,000) into DIR
//
// Everything is deterministic (a seeded generator): the same run gives the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Approves `doc` as it is, with the package's own digest (required when first needed, so that
 *  a script that only reads the paths here needs no package built). */
function approve(doc) {
  const { contentDigest } = createRequire(import.meta.url)('sefcheck');
  doc.approval.digest = contentDigest(doc);
  return doc;
}

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const typicalPath = join(repo, 'docs', 'spec', 'examples', 'complete.json');
export const draftPath = join(repo, 'docs', 'spec', 'examples', 'draft.json');
export const largePath = join(repo, 'bench', 'documents', 'large.json');

/** A small seeded generator (mulberry32): the same seed gives the same documents. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

// ---- prose ------------------------------------------------------------------------------
// Sentences of a self-evaluation, assembled from parts. No digits, no titles (Mr, Dr, ...),
// no "born", "DOB" or birthday, no @, no capitalised names: nothing a disclosure check finds.

const SUBJECTS = [
  'Family court advisers',
  'Practice supervisors',
  'Guardians in the public law teams',
  'Service managers',
  'The national practice leads',
  'Our quality assurance team',
  'Newly qualified practitioners',
  'Children and young people',
  'Parents and carers',
  'The learning and development team',
  'Local authority partners',
  'Judges and magistrates',
  'The senior leadership team',
  'Our duty teams',
  'Practitioners in the busiest service areas',
  'The performance and insight team',
];
const VERBS = [
  'now analyse',
  'consistently record',
  'regularly review',
  'are beginning to explain',
  'reliably identify',
  'carefully weigh',
  'more often discuss',
  'clearly set out',
  'increasingly test',
  'routinely share',
  'rarely overlook',
  'openly challenge',
  'thoughtfully reflect on',
  'promptly escalate',
  'closely follow',
];
const OBJECTS = [
  'the impact of domestic abuse on the child',
  'the wishes and feelings of each child',
  'the risks identified in safeguarding enquiries',
  'the quality of analysis in section seven reports',
  'the plans that local authorities put before the court',
  'what children tell us about family time',
  'the reasons for each recommendation to the court',
  'the lived experience of children in proceedings',
  'the learning from complaints and compliments',
  'the findings of thematic audits',
  'the timeliness of allocation after the first hearing',
  'the views of the young people on the board',
  'the support offered to practitioners after difficult visits',
  'the evidence behind every judgement',
  'the progress made against the previous recommendations',
  'the feedback gathered from partner agencies',
];
const CLAUSES = [
  'because managers read a sample of reports every month',
  'so that the court can rely on what we say',
  'although the picture is still uneven across service areas',
  'which the latest practice audit confirms',
  'and children say they feel listened to',
  'while caseloads remain higher than we would like',
  'as the moderation panel has observed',
  'after a year of focused reflective supervision',
  'though we know there is more to do',
  'which partners describe as a clear improvement',
  'and this is now part of induction for every new starter',
  'where the evidence shows the most need',
  'in line with the national quality standards',
  'so that no child waits longer than necessary',
];
const OPENERS = [
  'In most cases',
  'Over the year',
  'Across the service',
  'In the strongest work',
  'In public law',
  'In private law',
  'Where practice is weaker',
  'Since the last inspection',
  'In observed sessions',
  'Through the annual survey',
  'In the sample we audited',
  'During the winter months',
];

function sentence(r) {
  const opener = r() < 0.4 ? `${r.pick(OPENERS)}, ` : '';
  const subject = r.pick(SUBJECTS);
  const first = opener ? subject[0].toLowerCase() + subject.slice(1) : subject;
  // Lower-casing a subject leaves only ordinary words; no capitalised word follows a title.
  return `${opener}${opener ? first : subject} ${r.pick(VERBS)} ${r.pick(OBJECTS)}${r() < 0.6 ? ` ${r.pick(CLAUSES)}` : ''}.`;
}

/** Prose of exactly `words` words (runs of non-white space), in paragraphs. */
export function prose(r, words) {
  const out = [];
  let n = 0;
  let inParagraph = 0;
  while (n < words) {
    let s = sentence(r).split(' ');
    if (n + s.length > words) {
      s = s.slice(0, words - n);
      s[s.length - 1] = s[s.length - 1].replace(/[,.]?$/, '.');
    }
    n += s.length;
    const text = s.join(' ');
    if (out.length === 0) out.push(text);
    else if (inParagraph >= 5 + r.int(3)) {
      out.push(`\n\n${text}`);
      inParagraph = 0;
    } else out.push(` ${text}`);
    inParagraph++;
  }
  return out.join('');
}

/** A line of exactly `chars` characters (ASCII, so characters are code units). */
function line(r, chars, start) {
  let s = start;
  while (s.length < chars) s += ` ${r.pick(OBJECTS)}`;
  s = s.slice(0, chars);
  return s.endsWith(' ') ? `${s.slice(0, -1)}s` : s;
}

const pad = (n, w = 3) => String(n).padStart(w, '0');
const AREAS = ['privateLaw', 'publicLaw', 'leadership'];
const QUALITATIVE = [
  'audit',
  'thematicAudit',
  'childFeedback',
  'familyFeedback',
  'complaints',
  'learningReview',
  'observation',
  'partnerFeedback',
  'staffSurvey',
  'other',
];

/** A date `days` after 2026-04-01, as YYYY-MM-DD. */
function dayAfterStart(days) {
  return new Date(Date.UTC(2026, 3, 1) + days * 86400000).toISOString().slice(0, 10);
}

/**
 * `large`: a complete, shareable document in format 2 at every limit (document.md): each text at
 * its word limit, each line at its character limit, 20 strengths and 20 development areas per
 * area, 200 evidence items (each cited by every area), 200 actions (together addressing every
 * development area and recommendation), 100 measures (with last year's values), 20
 * recommendations, approved as it is.
 */
export function makeLarge(seed = 7) {
  const r = rng(seed);
  const area = (prefix) => ({
    whatWeKnow: prose(r, 1500),
    howWeKnow: prose(r, 1000),
    evidence: Array.from({ length: 200 }, (_, i) => `ev-${pad(i + 1)}`),
    strengths: Array.from({ length: 20 }, (_, i) => ({ id: `${prefix}-S${i + 1}`, text: prose(r, 150) })),
    developmentAreas: Array.from({ length: 20 }, (_, i) => ({ id: `${prefix}-D${i + 1}`, text: prose(r, 150) })),
    grade: 'good',
    gradeRationale: prose(r, 400),
    plans: prose(r, 1000),
  });
  const recommendations = Array.from({ length: 20 }, (_, i) => `ofsted-rec-${pad(i + 1, 2)}`);
  const addressable = [...recommendations, ...['PL', 'PU', 'LE'].flatMap((p) => Array.from({ length: 20 }, (_, i) => `${p}-D${i + 1}`))];
  const doc = {
    formVersion: 2,
    about: {
      periodStart: '2026-04-01',
      periodEnd: '2027-03-31',
      preparedBy: line(r, 100, 'Director of Quality and Practice Improvement, with'),
      shareBy: '2027-05-27',
      engagementMeeting: '2027-06-15',
    },
    inspection: {
      lastInspection: '2024-11-29',
      grades: { privateLaw: 'requiresImprovement', publicLaw: 'good', leadership: 'good' },
      recommendations: Array.from({ length: 20 }, (_, i) => ({
        id: recommendations[i],
        text: prose(r, 300),
        progress: prose(r, 400),
        status: ['notStarted', 'inProgress', 'completed'][i % 3],
      })),
      monitoring: prose(r, 500),
    },
    areas: { privateLaw: area('PL'), publicLaw: area('PU'), leadership: area('LE') },
    voice: {
      children: prose(r, 800),
      youngPeoplesBoard: prose(r, 500),
      familyForum: prose(r, 400),
      complaints: prose(r, 500),
    },
    evidence: Array.from({ length: 200 }, (_, i) => ({
      id: `ev-${pad(i + 1)}`,
      kind: i % 10 === 4 ? 'performanceData' : QUALITATIVE[i % QUALITATIVE.length],
      title: line(r, 150, 'Evidence on'),
      date: dayAfterStart(-150 + ((i * 7) % 500)), // from late 2025 to mid 2027, before shareBy
    })),
    actions: Array.from({ length: 200 }, (_, i) => ({
      id: `act-${pad(i + 1)}`,
      area: [...AREAS, 'crossCutting'][i % 4],
      description: prose(r, 200),
      addresses: [addressable[i % addressable.length]],
      owner: line(r, 100, 'Assistant Director, responsible for'),
      due: dayAfterStart(430 + (i % 300)), // between approvedOn and a year after shareBy
      measure: prose(r, 100),
      status: ['notStarted', 'inProgress'][i % 2],
    })),
    kpis: Array.from({ length: 100 }, (_, i) => ({
      id: `kpi-${pad(i + 1)}`,
      area: AREAS[i % 3],
      label: line(r, 120, 'Share of cases where'),
      unit: ['percent', 'days', 'weeks', 'count'][i % 4],
      value: [94.5, 12, 20, 71][i % 4],
      target: [95, 15, 26, 60][i % 4],
      previous: [93, 14, 22, 65][i % 4],
      better: ['higher', 'lower', 'lower', 'higher'][i % 4],
      commentary: prose(r, 200),
    })),
    audit: { casesAudited: 1020, outstanding: 112, good: 634, requiresImprovement: 231, inadequate: 43 },
    declarations: { noNames: true, noCaseNumbers: true, anonymisedExamples: true, smallNumbersChecked: true },
    approval: { approvedBy: line(r, 100, 'Chief Executive, after scrutiny by'), approvedOn: '2027-05-11' },
  };
  return approve(doc);
}

/** The longest field of `large` (its pointer): the first 1,500-word text. */
export const LONGEST_FIELD = '/areas/privateLaw/whatWeKnow';

export function writeLarge(path = largePath) {
  const text = `${JSON.stringify(makeLarge(), null, 2)}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}

// ---- the corpus ---------------------------------------------------------------------------

/**
 * Writes `n` documents into `dir` (names in order, `doc-00000.json` ...): about 55 % complete
 * (the example with its prose reshuffled, so each file is different), 25 % drafts, 19 %
 * broken by the rules (a missing answer, a bad date, an NHS number, an unknown key, ...) and
 * 1 % not JSON at all (cut short; in the subfolder `not-json`). Returns the counts of each kind.
 */
export function writeCorpus(dir, n = 10000, seed = 11) {
  const r = rng(seed);
  const complete = JSON.parse(readFileSync(typicalPath, 'utf8'));
  const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
  const counts = { complete: 0, draft: 0, broken: 0, notJson: 0 };
  mkdirSync(dir, { recursive: true });
  const shuffleSentences = (s) => {
    const parts = s.split('. ');
    for (let i = parts.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
    return parts.join('. ');
  };
  const vary = (doc) => {
    const d = structuredClone(doc);
    for (const a of AREAS) {
      const area = d.areas?.[a];
      if (area && typeof area.whatWeKnow === 'string') area.whatWeKnow = shuffleSentences(area.whatWeKnow);
      if (area && typeof area.plans === 'string') area.plans = shuffleSentences(area.plans);
    }
    return d;
  };
  const breakers = [
    (d) => delete d.approval.approvedBy,
    (d) => (d.about.periodEnd = '2027-02-30'),
    (d) => (d.voice.children += ' Her NHS number is 943 476 5919.'),
    (d) => (d.areas.publicLaw.whatWeKnowe = 'misspelt key'),
    (d) => (d.audit.casesAudited += 1),
    (d) => (d.declarations.noNames = false),
    (d) => (d.evidence[0].kind = 'rumour'),
    (d) => (d.actions[1].id = d.actions[0].id),
    (d) => (d.kpis[0].value = 140),
    (d) => (d.areas.leadership.strengths = []),
  ];
  for (let i = 0; i < n; i++) {
    const x = r();
    let text;
    if (x < 0.55) {
      // Reshuffled prose is another text: approved again, it is ready to share.
      text = JSON.stringify(approve(vary(complete)), null, 2);
      counts.complete++;
    } else if (x < 0.8) {
      text = JSON.stringify(vary(draft), null, 2);
      counts.draft++;
    } else if (x < 0.99) {
      const d = vary(complete);
      r.pick(breakers)(d);
      if (r() < 0.5) r.pick(breakers)(d);
      text = JSON.stringify(d, null, 2);
      counts.broken++;
    } else {
      const full = JSON.stringify(vary(complete), null, 2);
      text = full.slice(0, 1 + r.int(full.length - 2));
      counts.notJson++;
    }
    // ajv-cli stops at the first file that is not JSON: those files go into a subfolder, which
    // the command (and the read-and-parse floor) walk and ajv-cli's `DIR/*.json` does not.
    const sub = x >= 0.99 ? join(dir, 'not-json') : dir;
    if (sub !== dir) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${pad(i, 5)}.json`), `${text}\n`);
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, dir, n] = process.argv.slice(2);
  if (what === 'large') {
    const text = writeLarge();
    console.log(`${largePath}: ${text.length} bytes`);
  } else if (what === 'corpus' && dir) {
    console.log(writeCorpus(dir, n ? Number(n) : 10000));
  } else {
    console.error('usage: node bench/documents.mjs large | corpus DIR [N]');
    process.exit(2);
  }
}
