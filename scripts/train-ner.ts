/**
 * Trains the Spanish NER model (averaged perceptron, src/ner/train.ts) on CoNLL-format data and writes
 * the compact model the tagger ships with. Deterministic: the same data and options give the same file.
 *
 *   npx tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--epochs N] [--out models/ner-es.json.gz]
 *                                [--runs N] [--seed N] [--min-count N] [--prune X] [--folds N]
 *                                [--margin X] [--alone N] [--second-pass FOLDS (0: one pass)]
 *
 * --dev is for tuning only (per-epoch F1 is printed and the final figures stored in the model's meta);
 * never pass a held-out test set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/core/resources.js';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import type { ListName } from '../src/ner/gazetteer.js';
import { documentIds, parseConll } from '../src/ner/conll.js';
import { decodeModel, encodeModel } from '../src/ner/model-file.js';
import { PerceptronTagger } from '../src/ner/perceptron-tagger.js';
import { f1 } from '../src/ner/score.js';
import { scoreTagger, trainNer, trainTwoPass, type LabeledSentence } from '../src/ner/train.js';

const DATA = `${PROJECT_ROOT}../shared/data/conll2002-es/`;

function fail(message: string): never {
  process.stderr.write(`train-ner: ${message}\n`);
  process.exit(2);
}

function number(value: string | undefined, fallback: number, name: string, integer: boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) fail(`--${name} "${value}" is not a ${integer ? 'whole ' : ''}number ≥ 0`);
  return n;
}

function read(file: string): LabeledSentence[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`${file}: cannot read (${(err as NodeJS.ErrnoException).code})`);
  }
  const name = basename(file);
  try {
    const sentences = parseConll(text, name, true);
    const docs = documentIds(sentences);
    return sentences.map((s, i) => ({ tokens: s.tokens, tags: s.tags, where: `${name}:${s.line}`, doc: docs[i]! }));
  } catch (err) {
    fail((err as Error).message);
  }
}

type Lists = Array<[string[], ListName]>;

/** Country names in Spanish and English, every variant the package knows. */
function countryNames(out: Lists): void {
  for (const locale of [es, en]) {
    countries.registerLocale(locale);
    for (const names of Object.values(countries.getNames(locale.locale, { select: 'all' }))) {
      for (const name of names) if (!/[,()]/.test(name)) out.push([name.split(/\s+/), 'LOC_LEX']);
    }
  }
}

/**
 * Names from the project's actor lexicons (data/, optional: a missing or reshaped file is skipped
 * with a note). `columns` maps a column index to the list its |-separated names go to.
 */
function lexiconNames(out: Lists, file: string, columns: Record<number, ListName | ((row: string[]) => ListName | null)>): void {
  let text: string;
  try {
    text = readFileSync(`${PROJECT_ROOT}data/${file}`, 'utf8');
  } catch {
    process.stdout.write(`lists: data/${file} absent, skipped\n`);
    return;
  }
  let count = 0;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const row = line.split('\t');
    for (const [col, list] of Object.entries(columns)) {
      const target = typeof list === 'function' ? list(row) : list;
      if (!target) continue;
      for (const name of (row[Number(col)] ?? '').split('|')) {
        const tokens = name.trim().split(/\s+/).filter(Boolean);
        if (tokens.length === 0 || tokens[0] === '-' || !/^\p{Lu}/u.test(tokens[0]!)) continue;
        out.push([tokens, target]);
        count++;
      }
    }
  }
  process.stdout.write(`lists: ${count} names from data/${file}\n`);
}

function nameLists(): Lists {
  const out: Lists = [];
  if (process.env.NOLEX) return out;
  countryNames(out);
  lexiconNames(out, 'shared/people.tsv', { 0: 'PER_LEX', 1: 'PER_LEX' });
  lexiconNames(out, 'shared/organisations.tsv', { 4: 'ORG_LEX', 5: 'ORG_LEX', 6: 'ORG_LEX' });
  for (const lang of ['es', 'en']) {
    lexiconNames(out, `${lang}/actors-countries.tsv`, { 1: 'LOC_LEX', 4: 'LOC_LEX' });
    lexiconNames(out, `${lang}/actors-places.tsv`, { 0: 'LOC_LEX' });
    lexiconNames(out, `${lang}/actors-institutions.tsv`, { 0: (row) => (row[4] === 'LOC' ? 'LOC_LEX' : row[4] === 'ORG' ? 'ORG_LEX' : null) });
  }
  return out;
}

let args;
try {
  args = parseArgs({
    options: {
      train: { type: 'string', default: `${DATA}esp.train` },
      dev: { type: 'string', default: `${DATA}esp.testa` },
      epochs: { type: 'string' },
      out: { type: 'string', default: 'models/ner-es.json.gz' },
      seed: { type: 'string' },
      'min-count': { type: 'string' },
      prune: { type: 'string' },
      folds: { type: 'string' },
      runs: { type: 'string' },
      margin: { type: 'string' },
      alone: { type: 'string' },
      'second-pass': { type: 'string' },
    },
    strict: true,
  }).values;
} catch (err) {
  fail((err as Error).message);
}
const epochs = number(args.epochs, 10, 'epochs', true);
const seed = number(args.seed, 1, 'seed', true);
const minCount = number(args['min-count'], 1, 'min-count', true);
const prune = number(args.prune, 1, 'prune', false);
const folds = number(args.folds, 10, 'folds', true);
const runs = number(args.runs, 5, 'runs', true);
const margin = number(args.margin, 0, 'margin', false);
const alone = number(args.alone, 0, 'alone', true);
const secondPass = number(args['second-pass'], 5, 'second-pass', true);
if (epochs < 1) fail('--epochs must be at least 1');

const train = read(args.train);
const dev = args.dev ? read(args.dev) : undefined;
const started = Date.now();
const trainOptions = { epochs, runs, margin, alone, seed, minCount, prune, folds, lists: nameLists(), dev, log: (l: string) => process.stdout.write(`${l}\n`) };
const result = secondPass > 0 ? trainTwoPass(train, trainOptions, secondPass, 1) : trainNer(train, trainOptions);
const seconds = (Date.now() - started) / 1000;

const meta: Record<string, unknown> = {
  model: `averaged structured perceptron, first-order Viterbi under IOB2 constraints${secondPass > 0 ? ', and a second pass over the first pass\'s labels of other occurrences in the document' : ''}`,
  trainedOn: basename(args.train),
  options: { epochs, runs, margin, alone, secondPass, seed, minCount, prune, folds },
  lists: 'LOC_LEX: i18n-iso-countries names (es, en) and data/*/actors-{countries,places,institutions}.tsv; PER_LEX: data/shared/people.tsv; ORG_LEX: data/shared/organisations.tsv and institutions',
  features: result.features,
};
const out = resolve(args.out);
let bytes = encodeModel({ ...result.weights, meta });
// Score what ships (quantised and pruned), not the in-memory weights.
const shipped = new PerceptronTagger(decodeModel(bytes, out));
if (dev) {
  const s = scoreTagger(shipped, dev);
  const r = (x: number): number => Math.round(x * 10000) / 100;
  meta.dev = {
    file: basename(args.dev!),
    f1: r(f1(s.all)),
    precision: r(s.all.tp / Math.max(1, s.all.tp + s.all.fp)),
    recall: r(s.all.tp / Math.max(1, s.all.tp + s.all.fn)),
    byType: Object.fromEntries(Object.entries(s.byType).map(([k, c]) => [k, r(f1(c))])),
  };
  bytes = encodeModel({ ...result.weights, meta });
  process.stdout.write(`shipped model on ${basename(args.dev!)}: ${JSON.stringify(meta.dev)}\n`);
}
writeFileSync(out, bytes);
process.stdout.write(`wrote ${args.out} (${(bytes.length / 1e6).toFixed(2)} MB, ${decodeModel(bytes, out).keys.length} feature rows) in ${seconds.toFixed(0)} s\n`);
