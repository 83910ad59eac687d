/**
 * Trains a language's syntax model (UPOS tagger, morphology classifier, lemma tables, arc-eager parser)
 * from the UD treebanks in ../shared/data, leaving out the project's own test part (see
 * src/syntax/treebank.ts), and writes models/syntax-<lang>.bin.gz. Reproducible: the same seed gives the
 * same model. After each parser epoch the averaged model so far is written to .tmp/, so a long run that
 * is stopped still leaves a usable model.
 *
 *   npx tsx scripts/train-syntax.ts es [--seed 1] [--tag-epochs 8] [--parse-epochs 12] [--folds 4] [--row-prune 2] [--dev]
 *
 * The parser rows whose largest weight is under --row-prune are dropped at the end (see pruneRows).
 * --dev compares settings without the own test: it also leaves out a development part of the training
 * part (isDevPart), scores it after every parser epoch and for several --row-prune bounds at the end, and
 * writes the model to .tmp/syntax-<lang>.dev.bin.gz instead of models/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { seededRandom } from '../src/core/random.js';
import { parseConllu, type ConlluSentence } from '../src/syntax/conllu.js';
import { buildLemmaTables } from '../src/syntax/lemmatizer.js';
import { encodeSyntaxModel, type SyntaxModelData } from '../src/syntax/model-file.js';
import { parse } from '../src/syntax/parser.js';
import type { ParserInput } from '../src/syntax/parser-features.js';
import { transitionCount } from '../src/syntax/parser-state.js';
import { SyntaxModel } from '../src/syntax/syntax-model.js';
import { tagMorph, tagUpos } from '../src/syntax/tagger.js';
import { TrainingWeights } from '../src/syntax/train-weights.js';
import { pruneRows } from '../src/syntax/weights.js';
import { isDevPart, isOwnTest, morphOf, multiwordSplits, TREEBANKS } from '../src/syntax/treebank.js';
import { encodeWords, type EncodedWords } from '../src/syntax/word-features.js';
import { scoreSyntax } from '../eval/syntax-score.js';

const args = process.argv.slice(2);
const lang = args[0];
if (lang !== 'es' && lang !== 'en') {
  process.stderr.write('usage: tsx scripts/train-syntax.ts es|en [--seed N] [--tag-epochs N] [--parse-epochs N] [--folds N] [--row-prune W] [--dev]\n');
  process.exit(2);
}
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SEED = opt('seed', 1);
const TAG_EPOCHS = opt('tag-epochs', 8);
const PARSE_EPOCHS = opt('parse-epochs', 12);
const FOLDS = opt('folds', 4);
const ROW_PRUNE = opt('row-prune', 2);
const DEV = args.includes('--dev');
const DATA = join(PROJECT_ROOT, '..', 'shared', 'data');
const started = Date.now();
const log = (msg: string): void => {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);
};

interface Item {
  s: ConlluSentence;
  w: EncodedWords;
  upos: Uint8Array;
  morph: Uint16Array;
  head: Int32Array;
  label: Int32Array;
  /** Jackknifed predictions, what the parser trains on (it will see predicted tags at run time). */
  predUpos: Uint8Array;
  predMorph: Uint16Array;
}

const train: ConlluSentence[] = [];
const test: ConlluSentence[] = [];
const dev: ConlluSentence[] = [];
const trainFiles: ConlluSentence[][] = [];
for (const rel of TREEBANKS[lang]) {
  const sentences = parseConllu(readFileSync(join(DATA, rel), 'utf8'), rel);
  const own = sentences.filter((_, i) => !isOwnTest(i) && !(DEV && isDevPart(i)));
  trainFiles.push(own);
  train.push(...own);
  test.push(...sentences.filter((_, i) => isOwnTest(i)));
  if (DEV) dev.push(...sentences.filter((_, i) => isDevPart(i)));
}
log(`${lang}: ${train.length} training sentences (${train.reduce((a, s) => a + s.words.length, 0)} words), ${DEV ? `${dev.length} dev` : `${test.length} own-test`}`);

const uposList = [...new Set(train.flatMap((s) => s.words.map((w) => w.upos)))].sort();
const morphList = ['_', ...[...new Set(train.flatMap((s) => s.words.map((w) => morphOf(w.feats))))].filter((m) => m !== '_').sort()];
const labelList = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
const uposId = new Map(uposList.map((u, i) => [u, i]));
const morphId = new Map(morphList.map((m, i) => [m, i]));
const labelId = new Map(labelList.map((l, i) => [l, i]));
const rootLabel = labelId.get('root')!;
const allowedSets = uposList.map(() => new Set<number>());
for (const s of train) for (const w of s.words) allowedSets[uposId.get(w.upos)!]!.add(morphId.get(morphOf(w.feats))!);
const morphAllowed = allowedSets.map((set) => [...set].sort((a, b) => a - b));
const allowed = morphAllowed.map((a) => Uint16Array.from(a));

const items: Item[] = train.map((s) => {
  const n = s.words.length;
  const item: Item = {
    s, w: encodeWords(s.words.map((w) => w.form)),
    upos: Uint8Array.from(s.words.map((w) => uposId.get(w.upos)!)),
    morph: Uint16Array.from(s.words.map((w) => morphId.get(morphOf(w.feats))!)),
    head: new Int32Array(n + 1), label: new Int32Array(n + 1),
    predUpos: new Uint8Array(n), predMorph: new Uint16Array(n),
  };
  s.words.forEach((w, i) => {
    item.head[i + 1] = w.head;
    item.label[i + 1] = labelId.get(w.deprel)!;
  });
  return item;
});

function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function trainTaggers(data: readonly Item[], seed: number): { tagger: TrainingWeights; morph: TrainingWeights } {
  const rand = seededRandom(seed);
  const tagger = new TrainingWeights(uposList.length);
  const morph = new TrainingWeights(morphList.length);
  const learnT = tagger.update.bind(tagger);
  const learnM = morph.update.bind(morph);
  for (let e = 0; e < TAG_EPOCHS; e++) {
    let right = 0;
    let total = 0;
    for (const it of shuffled(data, rand)) {
      const out = new Uint8Array(it.w.n);
      tagUpos(it.w, tagger, out, it.upos, learnT);
      tagMorph(it.w, it.upos, morph, allowed, new Uint16Array(it.w.n), it.morph, learnM);
      for (let i = 0; i < it.w.n; i++) if (out[i] === it.upos[i]) right++;
      total += it.w.n;
    }
    log(`  tagger epoch ${e + 1}: training UPOS ${((100 * right) / total).toFixed(2)}`);
  }
  return { tagger, morph };
}

// Jackknifing: each fold's tags come from taggers that never saw it.
for (let f = 0; f < FOLDS; f++) {
  const held = items.filter((_, i) => i % FOLDS === f);
  const rest = items.filter((_, i) => i % FOLDS !== f);
  log(`fold ${f + 1}/${FOLDS}`);
  const { tagger, morph } = trainTaggers(rest, SEED * 100 + f);
  const t = tagger.averaged();
  const m = morph.averaged();
  for (const it of held) {
    tagUpos(it.w, t, it.predUpos);
    tagMorph(it.w, it.predUpos, m, allowed, it.predMorph);
  }
}
log('final taggers');
const finalTaggers = trainTaggers(items, SEED);
const taggerWeights = finalTaggers.tagger.averaged(1e-3);
const morphWeights = finalTaggers.morph.averaged(1e-3);

const lemmas = buildLemmaTables(train.flatMap((s) => s.words));
// A split is kept when the treebanks that split the token at all split it more often than they leave it
// whole: EWT splits "its" where a writer meant "it's" but mostly leaves the possessive whole, while
// AnCora never splits "del" (its older convention) and GSD always does.
const splitCounts = new Map<string, Map<string, number>>();
const splitTotal = new Map<string, number>();
const wholeTotal = new Map<string, number>();
for (const file of trainFiles) {
  const split = new Map<string, number>();
  const whole = new Map<string, number>();
  for (const s of file) {
    for (const { token, parts } of multiwordSplits(s)) {
      let m = splitCounts.get(token);
      if (!m) splitCounts.set(token, (m = new Map()));
      const k = parts.join(' ');
      m.set(k, (m.get(k) ?? 0) + 1);
      split.set(token, (split.get(token) ?? 0) + 1);
    }
    for (const w of s.words) whole.set(w.form.toLowerCase(), (whole.get(w.form.toLowerCase()) ?? 0) + 1);
  }
  for (const [token, n] of split) {
    splitTotal.set(token, (splitTotal.get(token) ?? 0) + n);
    wholeTotal.set(token, (wholeTotal.get(token) ?? 0) + (whole.get(token) ?? 0));
  }
}
const splits = [...splitCounts]
  .filter(([token]) => splitTotal.get(token)! >= 2 && splitTotal.get(token)! > wholeTotal.get(token)!)
  .map(([token, m]) => `${token}\t${[...m].sort((a, b) => b[1] - a[1])[0]![0]}`)
  .sort();

const parser = new TrainingWeights(transitionCount(labelList.length));
const rand = seededRandom(SEED + 7);
const punctUpos = uposId.get('PUNCT') ?? -1;
const parataxis = labelId.get('parataxis') ?? 0;
const punct = labelId.get('punct') ?? 0;
const learnP = parser.update.bind(parser);
mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });

function modelData(parserWeights: ReturnType<TrainingWeights['averaged']>, meta: Record<string, unknown>): SyntaxModelData {
  return {
    lang: lang!, upos: uposList, morphs: morphList, morphAllowed, labels: labelList, rootLabel,
    tagger: taggerWeights, morph: morphWeights, parser: parserWeights,
    lemmaForms: [...lemmas.forms].map(([k, v]) => `${k}\t${v}`).sort(),
    lemmaRules: [...lemmas.rules].map(([k, v]) => `${k}\t${v}`).sort(),
    splits, meta,
  };
}

let model: SyntaxModelData | null = null;
for (let e = 0; e < PARSE_EPOCHS; e++) {
  let right = 0;
  let total = 0;
  for (const it of shuffled(items, rand)) {
    const n = it.w.n;
    const x: ParserInput = { n, word: new Uint32Array(n + 1), upos: new Int32Array(n + 1), morph: new Int32Array(n + 1) };
    x.word.set(it.w.lower, 1);
    x.upos.set(it.predUpos, 1);
    x.morph.set(it.predMorph, 1);
    const st = parse(x, parser, {
      labels: labelList.length, rootLabel,
      fallbackLabel: (i) => (it.predUpos[i - 1] === punctUpos ? punct : parataxis),
    }, {
      goldHead: it.head, goldLabel: it.label, learn: learnP,
      explore: () => e > 0 && rand() < 0.9,
    });
    for (let i = 1; i <= n; i++) if (st.heads[i] === it.head[i]) right++;
    total += n;
  }
  const size = parser.size;
  log(`  parser epoch ${e + 1}: training UAS ${((100 * right) / total).toFixed(2)} (${size.features} features, ${size.weights} weights)`);
  // Weights under 0.5 in magnitude change no decision on the own test and are a tenth of the file.
  model = modelData(parser.averaged(0.5), { epochs: e + 1 });
  writeFileSync(join(PROJECT_ROOT, '.tmp', `syntax-${lang}${DEV ? '.dev' : ''}.checkpoint.bin.gz`), encodeSyntaxModel(model));
  if (DEV) log(`    dev: ${JSON.stringify(scoreSyntax(new SyntaxModel(model), dev))}`);
}

if (DEV) {
  for (const bound of [0, 0.5, 1, 2, 4]) {
    const pruned = { ...model!, parser: pruneRows(model!.parser, bound) };
    log(`dev with --row-prune ${bound} (${pruned.parser.rows} rows): ${JSON.stringify(scoreSyntax(new SyntaxModel(pruned), dev))}`);
  }
}

model!.parser = pruneRows(model!.parser, ROW_PRUNE);
// A --dev run never looks at the own test part.
const scores = scoreSyntax(new SyntaxModel(model!), DEV ? dev : test);
model!.meta = {
  seed: SEED, tagEpochs: TAG_EPOCHS, parseEpochs: PARSE_EPOCHS, folds: FOLDS, rowPrune: ROW_PRUNE,
  treebanks: TREEBANKS[lang], trainSentences: train.length, ...(DEV ? { dev: scores } : { ownTest: scores }),
};
const bytes = encodeSyntaxModel(model!);
const out = DEV ? join('.tmp', `syntax-${lang}.dev.bin.gz`) : join('models', `syntax-${lang}.bin.gz`);
writeFileSync(join(PROJECT_ROOT, out), bytes);
log(`wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB); ${DEV ? 'dev' : 'own test'}: ${JSON.stringify(scores)}`);
