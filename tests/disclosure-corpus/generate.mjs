// The disclosure corpus: self-evaluation prose with planted first names, schools, false-alarm
// shapes and near misses, each labelled with its exact span (UTF-16 code units, as JavaScript
// indexes strings and as scanDisclosure reports). Deterministic: a seeded PRNG and nothing
// else, so `node tests/disclosure-corpus/generate.mjs` always writes the same corpus.json, and
// tests/disclosure-corpus.test.mjs checks that the committed file is what this writes.
//
//   node tests/disclosure-corpus/generate.mjs          writes corpus.json beside this file
//   node tests/disclosure-corpus/generate.mjs --check  exits 1 if corpus.json differs
//
// The sentences are in sentences.mjs (clean prose) and planted.mjs (the planted items); the
// first names, the evaluation list, are in names.mjs and are never the scanner's table.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIRST_NAMES, WORD_NAMES } from './names.mjs';
import {
  DATE_FALSE_ALARMS,
  EMAIL_FALSE_ALARMS,
  JUDGE_FALSE_ALARMS,
  JUDGE_SURNAMES,
  JUDGE_TITLES,
  MUST_REPORT,
  NAME_FOLLOW_UPS,
  NAME_INTRODUCTIONS,
  NON_GEOGRAPHIC_NUMBERS,
  PHONE_FALSE_ALARMS,
  ROLE_MAILBOXES,
  SCHOOL_SENTENCES,
  SCHOOLS,
} from './planted.mjs';
import { AREAS, COURTS, DA_PARTNERS, JUDGES, MONTHS, PARTNERS, ROLES, THEMES } from './sentences.mjs';

export const CORPUS_PATH = fileURLToPath(new URL('./corpus.json', import.meta.url));
const SEED = 0x5ef0c0de;

/** How big the corpus is made: the test asks for at least 50,000 words, 300 planted names,
 *  100 schools, 60 false alarms and 40,000 clean words; the generator aims above each. */
const CLEAN_WORDS = 46_000;
const NAME_PARAGRAPHS = 150;
const SCHOOL_MENTIONS = 115;

export const CODES = {
  firstName: 'disclosure-first-name',
  school: 'disclosure-school',
  dateOfBirth: 'disclosure-date-of-birth',
  email: 'disclosure-email',
  phone: 'disclosure-phone',
  namedPerson: 'disclosure-named-person',
};

/** Words as the corpus counts them: maximal runs of letters and digits. */
export function countWords(text) {
  return text.match(/[\p{L}\p{Nd}]+/gu)?.length ?? 0;
}

// ------------------------------------------------------------------ randomness

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same stream. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(seed) {
    this.next = prng(seed);
  }
  /** An integer from lo to hi, both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  shuffle(list) {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** Draws without replacement, reshuffling when the items run out: every item is used about
 *  equally often. */
class Deck {
  constructor(random, items) {
    this.random = random;
    this.items = items;
    this.queue = [];
  }
  next() {
    if (this.queue.length === 0) this.queue = this.random.shuffle(this.items);
    return this.queue.pop();
  }
  /** The next item that `ok` accepts (taken out of the queue), or the plain next item. */
  nextWhere(ok) {
    for (let tries = 0; tries < 2; tries++) {
      if (this.queue.length === 0) this.queue = this.random.shuffle(this.items);
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (ok(this.queue[i])) return this.queue.splice(i, 1)[0];
      }
      this.queue = [];
    }
    throw new Error('no item fits');
  }
}

// ------------------------------------------------------------------ filling slots

const formatCount = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const ORDINAL = (d) => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
const two = (n) => String(n).padStart(2, '0');

/** A date as a number of days' worth of parts, for ordering, and its written forms. */
function makeDate(random, fromYear, toYear) {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return { year, month, day, key: year * 10000 + month * 100 + day };
}

function writeDate(d, form) {
  const name = MONTHS[d.month - 1];
  switch (form) {
    case 'long':
      return `${d.day} ${name} ${d.year}`;
    case 'numeric':
      return `${two(d.day)}/${two(d.month)}/${d.year}`;
    case 'iso':
      return `${d.year}-${two(d.month)}-${two(d.day)}`;
    case 'ordinal':
      return `${d.day}${ORDINAL(d.day)} ${name} ${d.year}`;
    case 'ordinalOf':
      return `${d.day}${ORDINAL(d.day)} of ${name} ${d.year}`;
    default:
      throw new Error(`no date form ${form}`);
  }
}

/** Two dates, the first before the second. */
function datePair(random, fromYear, toYear) {
  for (;;) {
    const a = makeDate(random, fromYear, toYear);
    const b = makeDate(random, fromYear, toYear);
    if (a.key < b.key) return [a, b];
    if (b.key < a.key) return [b, a];
  }
}

/** A period as reports give one: from the first day of a month (April for a financial year,
 *  September for an academic one, or any) to the last day of the month `months` later, or,
 *  for `months` of 60, to the same first day five years on. */
function period(random, months) {
  const r = random.next();
  const month = months !== 12 ? random.int(1, 12) : r < 0.45 ? 4 : r < 0.65 ? 9 : random.int(1, 12);
  const start = { year: random.int(2018, 2024), month, day: 1 };
  if (months === 60) return [start, { ...start, year: start.year + 5 }];
  const last = start.year * 12 + (month - 1) + months - 1;
  const end = { year: Math.floor(last / 12), month: (last % 12) + 1 };
  end.day = new Date(Date.UTC(end.year, end.month, 0)).getUTCDate();
  return [start, end];
}

/** The filler of the slots that are not planted items. One sentence's slots share `cache`,
 *  so that a slot named twice has one value and the pairs (lo < pct < hi, wlo < weeks < whi,
 *  date < date2, month < month2, nnn2 < nnn, area != area2) agree. */
function fillSlot(random, name, cache) {
  if (name in cache) return cache[name];
  let value;
  switch (name) {
    case 'area':
    case 'area2': {
      do value = random.pick(AREAS);
      while (value === cache[name === 'area' ? 'area2' : 'area']);
      break;
    }
    case 'court':
      value = random.pick(COURTS);
      break;
    case 'partner':
      value = random.pick(PARTNERS);
      break;
    case 'Partner': {
      const p = random.pick(PARTNERS);
      value = p[0].toUpperCase() + p.slice(1);
      break;
    }
    case 'daPartner':
      value = random.pick(DA_PARTNERS);
      break;
    case 'role':
      value = random.pick(ROLES);
      break;
    case 'Role': {
      const r = random.pick(ROLES);
      value = r[0].toUpperCase() + r.slice(1);
      break;
    }
    case 'judge':
      value = random.pick(JUDGES);
      break;
    case 'month':
    case 'Month':
    case 'month2': {
      const a = random.int(0, 10);
      const b = random.int(a + 1, 11);
      cache.month = cache.Month = MONTHS[a];
      cache.month2 = MONTHS[b];
      return cache[name];
    }
    case 'year':
      value = String(random.int(2022, 2025));
      break;
    case 'fy': {
      const y = random.int(2022, 2025);
      value = `${y}${random.pick(['–', '/', '-'])}${String(y + 1).slice(2)}`;
      break;
    }
    case 'date':
    case 'date2': {
      const [a, b] = datePair(random, 2024, 2025);
      cache.date = writeDate(a, 'long');
      cache.date2 = writeDate(b, 'long');
      return cache[name];
    }
    case 'lo':
    case 'pct':
    case 'hi': {
      const lo = random.int(18, 70);
      const pct = random.int(lo + 3, Math.min(lo + 25, 94));
      const hi = random.int(pct + 2, Math.min(pct + 12, 99));
      Object.assign(cache, { lo: String(lo), pct: String(pct), hi: String(hi) });
      return cache[name];
    }
    case 'wlo':
    case 'weeks':
    case 'whi': {
      const wlo = random.int(14, 30);
      const weeks = random.int(wlo + 2, wlo + 16);
      const whi = random.int(weeks + 2, weeks + 14);
      Object.assign(cache, { wlo: String(wlo), weeks: String(weeks), whi: String(whi) });
      return cache[name];
    }
    case 'n':
      value = String(random.int(2, 29));
      break;
    case 'nn':
      value = String(random.int(31, 380));
      break;
    case 'nnn':
    case 'nnn2': {
      const big = random.int(420, 9800);
      const small = random.int(120, big - 60);
      cache.nnn = formatCount(big);
      cache.nnn2 = formatCount(small);
      return cache[name];
    }
    case 'days':
      value = String(random.int(3, 21));
      break;
    case 'dec':
      value = `${random.int(4, 11)}.${random.int(1, 9)}`;
      break;
    case 'age':
      value = String(random.int(8, 16));
      break;
    default:
      throw new Error(`no filler for the slot {${name}}`);
  }
  cache[name] = value;
  return value;
}

/** A template with its slots filled: the text, and the labels of the planted slots (their
 *  offsets relative to the text). `planted(name)` gives the planted slots' fills, as
 *  `{ text, label }` (label: { kind, code }) or a plain string; other slots are filled here. */
function render(random, template, planted = () => undefined) {
  const cache = {};
  const labels = [];
  let text = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const fill = planted(m[1]) ?? fillSlot(random, m[1], cache);
    if (typeof fill === 'string') {
      text += fill;
    } else {
      labels.push({ ...fill.label, start: text.length, end: text.length + fill.text.length, expect: fill.text });
      text += fill.text;
    }
  }
  text += template.slice(last);
  return { text, labels };
}

// ------------------------------------------------------------------ documents

const PRONOUNS = {
  m: { he: 'he', He: 'He', his: 'his', His: 'His', him: 'him', boy: 'boy' },
  f: { he: 'she', He: 'She', his: 'her', His: 'Her', him: 'her', boy: 'girl' },
};

/** Straight quotes and apostrophes made curly, as a word processor does: same length. */
function curly(text) {
  return text.replace(/'/g, '’').replace(/"/g, (_, i, s) => (i === 0 || /[\s(]/.test(s[i - 1]) ? '“' : '”'));
}

/** A document being written: paragraphs of sentences, and the labels of the planted items. */
class Writer {
  constructor(curlyQuotes) {
    this.curlyQuotes = curlyQuotes;
    this.paragraphs = [];
    this.current = null;
  }
  heading(text) {
    this.paragraphs.push([{ text, labels: [] }]);
  }
  paragraph() {
    this.current = [];
    this.paragraphs.push(this.current);
  }
  add(sentence) {
    if (!this.current) this.paragraph();
    this.current.push(sentence);
  }
  finish(id, clean) {
    let text = '';
    const labels = [];
    this.paragraphs
      .filter((p) => p.length > 0)
      .forEach((paragraph, k) => {
        if (k > 0) text += '\n\n';
        paragraph.forEach((sentence, j) => {
          if (j > 0) text += ' ';
          for (const l of sentence.labels) labels.push({ ...l, start: l.start + text.length, end: l.end + text.length });
          text += sentence.text;
        });
      });
    if (this.curlyQuotes) {
      text = curly(text);
      for (const l of labels) l.expect = l.expect.replace(/'/g, '’');
    }
    return { id, text, labels, clean };
  }
}

class Generator {
  constructor(seed) {
    this.random = new Random(seed);
    const r = this.random;
    this.seen = new Set();
    this.used = new Set();
    this.examples = 0;
    this.inDocument = new Set();
    this.themeNames = Object.keys(THEMES).filter((t) => t !== 'general');
    this.themeDeck = new Deck(r, this.themeNames);
    this.bank = Object.fromEntries(Object.entries(THEMES).map(([k, v]) => [k, new Deck(r, v.sentences)]));
    // Every name at least once, the names that are also words at least twice, then at random.
    this.nameQueue = [...r.shuffle(FIRST_NAMES), ...r.shuffle(FIRST_NAMES.filter(([n]) => WORD_NAMES.includes(n)))];
    this.nameDeck = new Deck(r, FIRST_NAMES);
    this.schoolDeck = new Deck(r, SCHOOLS);
    this.intros = new Deck(r, NAME_INTRODUCTIONS);
    this.followUps = new Deck(r, NAME_FOLLOW_UPS);
    this.schoolSentences = new Deck(r, SCHOOL_SENTENCES);
  }

  /** A clean sentence of `theme` never written before, from a template not yet used in this
   *  document (a template with no slots is used once in the corpus). */
  bankSentence(theme, ok = () => true) {
    for (let tries = 0; tries < 200; tries++) {
      const template = this.bank[theme].next();
      if (this.used.has(template) || this.inDocument.has(template) || !ok(template)) continue;
      this.inDocument.add(template);
      const sentence = render(this.random, template);
      if (!template.includes('{')) this.used.add(template);
      if (this.seen.has(sentence.text)) continue;
      this.seen.add(sentence.text);
      return sentence;
    }
    return null;
  }

  /** A new document: its templates are all different. */
  writer() {
    this.inDocument = new Set();
    return new Writer(this.random.chance(0.5));
  }

  /** Mostly the document's theme, now and then the general sentences or another theme. */
  anySentence(theme, ok) {
    const r = this.random.next();
    const from = r < 0.78 ? theme : r < 0.9 ? 'general' : this.random.pick(this.themeNames);
    // A theme whose sentences this document has used up gives way to the others.
    for (const t of [from, theme, ...this.random.shuffle(this.themeNames)]) {
      const sentence = this.bankSentence(t, ok);
      if (sentence) return sentence;
    }
    throw new Error('the sentences have run out');
  }

  /** The next child: a name and its pronouns (a name for either sex gets one at random). */
  child(sex) {
    let entry;
    if (sex) {
      const i = this.nameQueue.findIndex(([, s]) => s === sex || s === 'u');
      entry = i >= 0 ? this.nameQueue.splice(i, 1)[0] : this.nameDeck.nextWhere(([, s]) => s === sex || s === 'u');
    } else {
      entry = this.nameQueue.length > 0 ? this.nameQueue.shift() : this.nameDeck.next();
    }
    const [name, s] = entry;
    const as = sex ?? (s === 'u' ? this.random.pick(['m', 'f']) : s);
    return { name, ...PRONOUNS[as] };
  }

  /** A sentence of a case example about `child`, with its planted names and schools. */
  plantedSentence(template, child) {
    const firstName = (text) => ({ text, label: { kind: 'firstName', code: CODES.firstName } });
    const sentence = render(this.random, template, (slot) => {
      if (slot === 'N') return firstName(child.name);
      if (slot === 'B') return firstName(this.child('m').name);
      if (slot === 'G') return firstName(this.child('f').name);
      if (slot === 'S') return { text: this.schoolDeck.next(), label: { kind: 'school', code: CODES.school } };
      if (slot in PRONOUNS.m) return child[slot];
      if (slot === 'age') return String(this.random.int(4, 16));
      return undefined;
    });
    this.seen.add(sentence.text);
    return sentence;
  }

  cleanDocument(id) {
    const theme = this.themeDeck.next();
    const w = this.writer();
    if (this.random.chance(0.6)) w.heading(this.random.pick(THEMES[theme].headings));
    const paragraphs = this.random.int(2, 4);
    for (let p = 0; p < paragraphs; p++) {
      w.paragraph();
      const sentences = this.random.int(3, 5);
      for (let s = 0; s < sentences; s++) w.add(this.anySentence(theme));
    }
    return w.finish(id, true);
  }

  /** A document with one or two case examples naming children (and, with `schools`, their
   *  schools). */
  namedDocument(id, schools) {
    const theme = this.themeDeck.next();
    const w = this.writer();
    if (this.random.chance(0.4)) w.heading(this.random.pick(THEMES[theme].headings));
    w.paragraph();
    for (let s = this.random.int(1, 3); s > 0; s--) w.add(this.anySentence(theme));
    const examples = this.random.int(1, 2);
    for (let e = 0; e < examples; e++) {
      this.examples++;
      w.paragraph();
      const child = this.child();
      if (schools) {
        const withName = this.random.chance(0.5);
        const first = withName ? this.schoolSentences.nextWhere((t) => t.includes('{N}')) : this.intros.next();
        w.add(this.plantedSentence(first, child));
        for (let s = this.random.int(1, 2); s > 0; s--) {
          w.add(
            this.plantedSentence(
              this.schoolSentences.nextWhere((t) => !t.includes('{N}')),
              child,
            ),
          );
        }
        if (this.random.chance(0.5)) w.add(this.plantedSentence(this.followUps.next(), child));
      } else {
        w.add(this.plantedSentence(this.intros.next(), child));
        if (this.random.chance(0.4)) w.add(this.anySentence(theme));
        for (let s = this.random.int(1, 2); s > 0; s--) w.add(this.plantedSentence(this.followUps.next(), child));
      }
      if (this.random.chance(0.5)) w.add(this.anySentence(theme));
    }
    w.paragraph();
    for (let s = this.random.int(1, 3); s > 0; s--) w.add(this.anySentence(theme));
    return w.finish(id, false);
  }

  /** The false-alarm shapes and their near misses, each planted once or more. */
  shapeSentences() {
    const r = this.random;
    const out = [];
    const plant = (template, text, kind, code) =>
      render(r, template, (slot) => (slot === 'X' ? { text, label: { kind, code } } : undefined));
    // Dates of cohorts and ranges, each template twice, in mixed date forms.
    for (const round of [0, 1]) {
      for (const { form, months, text } of DATE_FALSE_ALARMS) {
        const [a, b] = period(r, months ?? 12);
        const style = form === 'theAnd' ? 'ordinalOf' : round === 0 ? 'long' : r.pick(['long', 'numeric', 'iso', 'ordinal']);
        const d1 = writeDate(a, style);
        const d2 = writeDate(b, style);
        const value = {
          and: `${d1} and ${d2}`,
          to: `${d1} to ${d2}`,
          until: `${d1} until ${d2}`,
          andBefore: `${d1} and before ${d2}`,
          theAnd: `${d1} and the ${d2}`,
          one: d1,
        }[form];
        out.push(plant(text, value, 'falseAlarm', CODES.dateOfBirth));
      }
    }
    const emailSentences = new Deck(r, EMAIL_FALSE_ALARMS);
    for (const [address, fits] of ROLE_MAILBOXES) {
      out.push(plant(emailSentences.nextWhere((e) => e.for === fits).text, address, 'falseAlarm', CODES.email));
    }
    const phoneSentences = new Deck(r, PHONE_FALSE_ALARMS);
    for (const number of NON_GEOGRAPHIC_NUMBERS) {
      const free = /^(\+44 (\(0\))?|0)80/.test(number);
      out.push(plant(phoneSentences.nextWhere((p) => p.free === free).text, number, 'falseAlarm', CODES.phone));
    }
    const judgeSentences = new Deck(r, JUDGE_FALSE_ALARMS);
    const surnames = new Deck(r, JUDGE_SURNAMES);
    for (const round of [0, 1, 2]) {
      for (const title of JUDGE_TITLES) {
        // The possessive form once for each title.
        const template = round === 2 ? JUDGE_FALSE_ALARMS.find((t) => t.startsWith("{X}'s")) : judgeSentences.next();
        out.push(plant(template, `${title} ${surnames.next()}`, 'falseAlarm', CODES.namedPerson));
      }
    }
    for (const { code, values, sentences } of MUST_REPORT) {
      const deck = new Deck(r, sentences);
      for (const value of values) out.push(plant(deck.next(), value, 'mustReport', code));
    }
    for (const s of out) this.seen.add(s.text);
    return r.shuffle(out);
  }

  /** Documents of clean sentences with three or four of `planted` spread among them. The clean
   *  sentences here write no dates: none may fall within a date-of-birth cue's reach. */
  shapeDocuments(planted) {
    const docs = [];
    const noDates = (t) => !t.includes('{date');
    for (let k = 0; planted.length > 0; k++) {
      const theme = this.themeDeck.next();
      const w = this.writer();
      const count = Math.min(planted.length, this.random.int(3, 4));
      for (let p = 0; p < count; p++) {
        w.paragraph();
        for (let s = this.random.int(0, 2); s > 0; s--) w.add(this.anySentence(theme, noDates));
        w.add(planted.shift());
        for (let s = this.random.int(1, 2); s > 0; s--) w.add(this.anySentence(theme, noDates));
      }
      docs.push(w.finish(`false-alarms-${String(k + 1).padStart(3, '0')}`, false));
    }
    return docs;
  }

  corpus() {
    const documents = [];
    const id = (prefix, k) => `${prefix}-${String(k).padStart(3, '0')}`;
    const planted = this.shapeSentences();
    // Names: case examples until there are NAME_PARAGRAPHS of them.
    for (let k = 1; this.examples < NAME_PARAGRAPHS; k++) documents.push(this.namedDocument(id('names', k), false));
    let schools = 0;
    for (let k = 1; schools < SCHOOL_MENTIONS; k++) {
      const doc = this.namedDocument(id('schools', k), true);
      schools += doc.labels.filter((l) => l.kind === 'school').length;
      documents.push(doc);
    }
    documents.push(...this.shapeDocuments(planted));
    let clean = 0;
    for (let k = 1; clean < CLEAN_WORDS; k++) {
      const doc = this.cleanDocument(id('clean', k));
      clean += countWords(doc.text);
      documents.push(doc);
    }
    return { version: 1, documents };
  }
}

/** Throws unless every label slices to the text it was planted as, labels are in order and
 *  apart, and clean documents carry none. */
function selfCheck(corpus) {
  for (const doc of corpus.documents) {
    let end = 0;
    for (const l of doc.labels) {
      const found = doc.text.slice(l.start, l.end);
      if (found !== l.expect) throw new Error(`${doc.id}: label ${l.kind} ${l.start}-${l.end} is «${found}», not «${l.expect}»`);
      if (l.start < end) throw new Error(`${doc.id}: labels overlap at ${l.start}`);
      end = l.end;
    }
    if (doc.clean && doc.labels.length > 0) throw new Error(`${doc.id}: a clean document with labels`);
  }
}

/** The corpus, checked, without the labels' expected texts. */
export function generate(seed = SEED) {
  const corpus = new Generator(seed).corpus();
  for (const doc of corpus.documents) doc.labels.sort((a, b) => a.start - b.start);
  selfCheck(corpus);
  return {
    version: corpus.version,
    documents: corpus.documents.map(({ id, text, labels, clean }) => ({
      id,
      text,
      labels: labels.map(({ kind, code, start, end }) => ({ kind, code, start, end })),
      clean,
    })),
  };
}

/** corpus.json's text: one document's fields a line, one label a line. */
export function serialize(corpus) {
  const docs = corpus.documents.map((d) => {
    const labels = d.labels.length === 0 ? '[]' : `[\n${d.labels.map((l) => `        ${JSON.stringify(l)}`).join(',\n')}\n      ]`;
    return [
      '    {',
      `      "id": ${JSON.stringify(d.id)},`,
      `      "text": ${JSON.stringify(d.text)},`,
      `      "labels": ${labels},`,
      `      "clean": ${d.clean}`,
      '    }',
    ].join('\n');
  });
  return `{\n  "version": ${corpus.version},\n  "documents": [\n${docs.join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const text = serialize(generate());
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(CORPUS_PATH) && fs.readFileSync(CORPUS_PATH, 'utf8') === text;
    console.log(same ? 'corpus.json is up to date' : 'corpus.json differs from what generate.mjs writes');
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(CORPUS_PATH, text);
    console.log(`wrote ${CORPUS_PATH}`);
  }
}
