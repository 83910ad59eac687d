/**
 * Trains the Spanish NER model (averaged perceptron, src/ner/train.ts) on CoNLL-format data and writes
 * the compact model the tagger ships with. Deterministic: the same data and options give the same file.
 *
 *   npx tsx scripts/train-ner.ts [--train FILE] [--dev FILE] [--epochs N] [--out models/ner-es.json.gz]
 *                                [--seed N] [--min-count N] [--prune X]
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
import { parseConll } from '../src/ner/conll.js';
import { decodeModel, encodeModel } from '../src/ner/model-file.js';
import { PerceptronTagger } from '../src/ner/perceptron-tagger.js';
import { f1 } from '../src/ner/score.js';
import { scoreTagger, trainNer, type LabeledSentence } from '../src/ner/train.js';

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
    return parseConll(text, name, true).map((s) => ({ tokens: s.tokens, tags: s.tags, where: `${name}:${s.line}` }));
  } catch (err) {
    fail((err as Error).message);
  }
}

/** Country names in Spanish and English, every variant the package knows, split on spaces. */
function countryNames(): Array<[string[], ListName]> {
  const out: Array<[string[], ListName]> = [];
  for (const locale of [es, en]) {
    countries.registerLocale(locale);
    for (const names of Object.values(countries.getNames(locale.locale, { select: 'all' }))) {
      for (const name of names) if (!/[,()]/.test(name)) out.push([name.split(/\s+/), 'COUNTRY']);
    }
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
    },
    strict: true,
  }).values;
} catch (err) {
  fail((err as Error).message);
}
const epochs = number(args.epochs, 8, 'epochs', true);
const seed = number(args.seed, 1, 'seed', true);
const minCount = number(args['min-count'], 1, 'min-count', true);
const prune = number(args.prune, 0.01, 'prune', false);
const folds = number(args.folds, 10, 'folds', true);
if (epochs < 1) fail('--epochs must be at least 1');

const train = read(args.train);
const dev = args.dev ? read(args.dev) : undefined;
const started = Date.now();
const result = trainNer(train, { epochs, seed, minCount, prune, folds, lists: countryNames(), dev, log: (l) => process.stdout.write(`${l}\n`) });
const seconds = (Date.now() - started) / 1000;

const meta: Record<string, unknown> = {
  model: 'averaged structured perceptron, first-order Viterbi under IOB2 constraints',
  trainedOn: basename(args.train),
  options: { epochs, seed, minCount, prune, folds },
  lists: 'COUNTRY: i18n-iso-countries names (es, en)',
  features: result.features,
  trainingSeconds: Math.round(seconds),
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
