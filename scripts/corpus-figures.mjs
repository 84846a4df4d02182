// Prints, as Markdown, what the built package's disclosure checks get on the labelled corpus
// (tests/disclosure-corpus/corpus.json): the same table as tests/disclosure-corpus.test.mjs.
// `node scripts/corpus-figures.mjs` after `npm run build`.
import fs from 'node:fs';
import { scanDisclosure } from 'sefcheck';
import { CORPUS_PATH } from '../tests/disclosure-corpus/generate.mjs';
import { measure, table } from '../tests/disclosure-corpus/measure.mjs';

const corpus = JSON.parse(fs.readFileSync(CORPUS_PATH, 'utf8'));
console.log(table(measure(corpus, scanDisclosure)).join('\n'));
