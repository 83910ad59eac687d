import { kindTable, LOWER } from './chars.js';
import { DocumentContext } from './document-context.js';
import { FeatureExtractor, lowerKey, MAX_FEATURES } from './features.js';
import { seededRandom } from '../core/random.js';
import { gazetteerOf, LISTS, spanKey, type ListName } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import { entitiesOf } from './entities.js';
import type { NerWeights } from './model-file.js';
import { PerceptronTagger } from './perceptron-tagger.js';
import { addSentence, emptyScores, f1, type EntityScores } from './score.js';
import { isInside, O, TAG_COUNT, tagIndex, TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

export interface LabeledSentence {
  tokens: readonly string[];
  tags: readonly string[];
  /** Where the sentence comes from, for error messages ("esp.train:221"). */
  where?: string;
  /**
   * The document the sentence belongs to: consecutive sentences with the same value form one, and
   * their capitalised words see each other (document-context features). Absent: its own document.
   */
  doc?: number;
}

/** [first, end) sentence ranges of the documents: runs of consecutive sentences with the same `doc`. */
export function documentRanges(sentences: readonly LabeledSentence[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = 0; a < sentences.length; ) {
    const id = sentences[a]!.doc;
    let b = a + 1;
    if (id !== undefined) while (b < sentences.length && sentences[b]!.doc === id) b++;
    out.push([a, b]);
    a = b;
  }
  return out;
}

export interface TrainOptions {
  epochs: number;
  /**
   * Independent training runs (seeds seed, seed + 1, …) whose averaged weights are averaged again:
   * an ensemble in one set of weights, steadier than any single shuffle.
   */
  runs?: number;
  /** Loss added to every wrong tag while training (0: the plain perceptron). */
  margin?: number;
  /** Seeds the shuffling of sentences between epochs, so a run is reproducible. */
  seed: number;
  /** Features seen fewer times than this in training are not given weights. */
  minCount: number;
  /**
   * A feature whose averaged weights are all smaller than this in magnitude (in perceptron update
   * units) is dropped: the model is smaller and, above all, its table fits the processor's cache.
   */
  prune: number;
  /** Scored after every epoch when given (tuning data only). */
  dev?: readonly LabeledSentence[];
  log?: (line: string) => void;
  /** Name lists from outside the training data (e.g. country names), as token sequences. */
  lists?: ReadonlyArray<readonly [readonly string[], ListName]>;
  /**
   * The training entities become a gazetteer too. While training, each sentence only sees the
   * entities of the other `folds` parts of the data, so the model learns how far the list can be
   * trusted on names it has not seen rather than learning that the list is always right.
   */
  folds: number;
  /**
   * Every `alone`-th sentence is trained a second time without its document (0: none), so that the
   * model also tags a sentence handed to it on its own.
   */
  alone?: number;
  /**
   * A first pass's tags of each sentence (indices into TAGS): the model trained is then a second pass,
   * whose capitalised words see how the first tagged their other occurrences in the document.
   */
  labels?: ReadonlyArray<ArrayLike<number>>;
}

export interface EpochReport {
  run: number;
  epoch: number;
  /** Training sentences the model got wrong during the epoch. */
  mistakes: number;
  devF1: number | null;
}

export interface TrainResult {
  weights: NerWeights;
  history: EpochReport[];
  features: number;
}

/** Gold tags as indices, repairing an I-X that follows neither B-X nor I-X into B-X (as conlleval reads it). */
function goldIndices(s: LabeledSentence): Uint8Array {
  const out = new Uint8Array(s.tags.length);
  for (let i = 0; i < s.tags.length; i++) {
    const t = tagIndex(s.tags[i]!);
    if (t === undefined) throw new Error(`${s.where ?? 'sentence'}: unknown tag "${s.tags[i]}" on token ${i + 1} (expected ${TAGS.join(', ')})`);
    const prev = i > 0 ? out[i - 1]! : O;
    out[i] = isInside(t) && prev !== t && prev !== t - 1 ? t - 1 : t;
  }
  return out;
}

/** The words the training text writes in lowercase: a capitalised token whose lowercase is one is often not a name. */
function lowerVocabulary(sentences: readonly LabeledSentence[]): Uint32Array {
  const kind = kindTable();
  const keys = new Set<number>();
  for (const s of sentences) for (const tok of s.tokens) if (kind[tok.charCodeAt(0)] === LOWER) keys.add(lowerKey(tok));
  return Uint32Array.from(keys).sort();
}

/** Entity scores of a tagger over labelled sentences, each document tagged as one. */
export function scoreTagger(tagger: PerceptronTagger, sentences: readonly LabeledSentence[]): EntityScores {
  const scores = emptyScores();
  for (const [a, b] of documentRanges(sentences)) {
    const doc = sentences.slice(a, b);
    const tagged = tagger.tagDocument(doc.map((s) => s.tokens));
    doc.forEach((s, k) => addSentence(scores, s.tags, tagged[k]!));
  }
  return scores;
}

const bit = (list: ListName): number => 1 << LISTS.indexOf(list);

/** The gazetteer the model ships (every list entry) and one per fold (leaving that fold's entities out). */
function gazetteers(sentences: readonly LabeledSentence[], options: TrainOptions): { full: Map<number, number>; perFold: Map<number, number>[] } {
  const folds = Math.max(1, options.folds);
  const external = new Map<number, number>();
  for (const [tokens, list] of options.lists ?? []) {
    const key = spanKey(tokens);
    external.set(key, (external.get(key) ?? 0) | bit(list));
  }
  if (options.folds === 0) return { full: external, perFold: [external] };
  const full = new Map(external);
  const perFold = Array.from({ length: folds }, () => new Map(external));
  const add = (key: number, b: number, sentence: number): void => {
    full.set(key, (full.get(key) ?? 0) | b);
    for (let f = 0; f < folds; f++) if (f !== sentence % folds || folds === 1) perFold[f]!.set(key, (perFold[f]!.get(key) ?? 0) | b);
  };
  sentences.forEach((s, i) => {
    for (const e of entitiesOf(s.tags)) {
      const key = spanKey(s.tokens.slice(e.start, e.end));
      add(key, bit(e.type), i);
    }
  });
  return { full, perFold };
}

/**
 * Trains an averaged structured perceptron (Collins 2002): Viterbi decoding under the current weights,
 * and on a wrong sentence +1 to the gold path's features and -1 to the predicted one's. Averaging uses
 * the usual trick of keeping Σ c·Δ beside the weights, so it costs nothing per sentence.
 */
export function trainNer(sentences: readonly LabeledSentence[], options: TrainOptions): TrainResult {
  const log = options.log ?? (() => {});
  const NT = TAG_COUNT;
  const lowerVocab = lowerVocabulary(sentences);
  const vocab = new HashIndex(lowerVocab);
  const { full, perFold } = gazetteers(sentences, options);
  const extractors = perFold.map((g) => new FeatureExtractor(vocab, gazetteerOf(g)));

  // The examples: every sentence in its document, then every `alone`-th one again without it.
  const alone = options.alone ?? 0;
  const examples = Array.from(sentences.keys());
  if (alone > 0) for (let s = alone - 1; s < sentences.length; s += alone) examples.push(s);
  // Extract every example once; features become dense ids, rare ones -1.
  const goldOf = sentences.map(goldIndices);
  const gold = examples.map((s) => goldOf[s]!);
  let total = 0;
  for (const s of examples) total += sentences[s]!.tokens.length;
  let raw = new Uint32Array(total * 40);
  const tokenStart = new Int32Array(total + 1);
  const sentStart = new Int32Array(examples.length + 1);
  let t = 0;
  let used = 0;
  const counts = new Map<number, number>();
  const docOf = new Int32Array(sentences.length);
  const ranges = documentRanges(sentences);
  const contexts = ranges.map(([a, b], d) => {
    const doc = new DocumentContext();
    for (let s = a; s < b; s++) {
      extractors[0]!.addToContext(sentences[s]!.tokens, doc, s - a);
      docOf[s] = d;
    }
    if (options.labels) for (let s = a; s < b; s++) doc.setLabels(s - a, options.labels[s]!);
    return doc;
  });
  for (let e = 0; e < examples.length; e++) {
    const s = examples[e]!;
    const toks = sentences[s]!.tokens;
    sentStart[e] = t;
    const extractor = extractors[s % extractors.length]!;
    const d = docOf[s]!;
    if (e >= sentences.length) extractor.extract(toks, null);
    else extractor.extract(toks, contexts[d]!, s - ranges[d]![0], options.labels !== undefined);
    for (let i = 0; i < toks.length; i++, t++) {
      tokenStart[t] = used;
      const c = extractor.counts[i]!;
      if (used + c > raw.length) {
        const bigger = new Uint32Array(raw.length * 2);
        bigger.set(raw);
        raw = bigger;
      }
      for (let k = 0; k < c; k++) {
        const key = extractor.feats[i * MAX_FEATURES + k]!;
        raw[used++] = key;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  tokenStart[t] = used;
  sentStart[examples.length] = t;
  const idOf = new Map<number, number>();
  const keyOf: number[] = [];
  for (const [key, n] of counts) {
    if (n < options.minCount) continue;
    idOf.set(key, keyOf.length);
    keyOf.push(key);
  }
  counts.clear();
  const ids = new Int32Array(used);
  for (let k = 0; k < used; k++) ids[k] = idOf.get(raw[k]!) ?? -1;
  raw = new Uint32Array(0);
  const F = keyOf.length;
  log(`${sentences.length} sentences (${examples.length} examples), ${total} tokens, ${F} features (seen ≥ ${options.minCount}×)`);

  let longest = 1;
  for (const s of sentences) longest = Math.max(longest, s.tokens.length);
  const emit = new Float64Array(longest * NT);
  const back = new Uint8Array(longest * NT);
  const score = new Float64Array(2 * NT);
  const pred = new Uint8Array(longest);
  const history: EpochReport[] = [];
  const runs = Math.max(1, options.runs ?? 1);
  const margin = options.margin ?? 0;
  // Weights and transitions summed over the runs so far (each run's averaged weights).
  const sumW = new Float64Array(F * NT);
  const sumT = new Float64Array((NT + 1) * NT);
  const w = new Float64Array(F * NT);
  const u = new Float64Array(F * NT);
  const tw = new Float64Array((NT + 1) * NT);
  const tu = new Float64Array((NT + 1) * NT);
  let c = 1;

  const update = (token: number, tag: number, delta: number): void => {
    for (let k = tokenStart[token]!, end = tokenStart[token + 1]!; k < end; k++) {
      const f = ids[k]!;
      if (f < 0) continue;
      w[f * NT + tag] = w[f * NT + tag]! + delta;
      u[f * NT + tag] = u[f * NT + tag]! + c * delta;
    }
  };
  /** The model so far: the finished runs plus the current one's averaged weights, pruned. */
  const averaged = (finished: number): NerWeights => {
    const weights = new Float32Array(F * NT);
    for (let f = 0; f < F; f++) {
      let max = 0;
      for (let y = f * NT; y < f * NT + NT; y++) {
        const v = (sumW[y]! + w[y]! - u[y]! / c) / (finished + 1);
        weights[y] = v;
        max = Math.max(max, Math.abs(v));
      }
      if (max < options.prune) weights.fill(0, f * NT, f * NT + NT);
    }
    return {
      keys: Uint32Array.from(keyOf),
      weights,
      transitions: Float32Array.from(tw, (v, k) => (sumT[k]! + v - tu[k]! / c) / (finished + 1)),
      lowerVocab,
      gazetteer: full,
      meta: {},
    };
  };

  for (let run = 0; run < runs; run++) {
    w.fill(0);
    u.fill(0);
    tw.fill(0);
    tu.fill(0);
    c = 1;
    const order = Array.from(examples.keys());
    const rand = seededRandom(options.seed + run);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(rand() * (k + 1));
        [order[k], order[j]] = [order[j]!, order[k]!];
      }
      let mistakes = 0;
      for (const s of order) {
        const g = gold[s]!;
        const n = g.length;
        const first = sentStart[s]!;
        emit.fill(0, 0, n * NT);
        for (let i = 0; i < n; i++) {
          for (let k = tokenStart[first + i]!, end = tokenStart[first + i + 1]!; k < end; k++) {
            const f = ids[k]!;
            if (f < 0) continue;
            for (let y = 0; y < NT; y++) emit[i * NT + y] = emit[i * NT + y]! + w[f * NT + y]!;
          }
        }
        // Cost-augmented decoding: a wrong tag gets a head start, so updates continue until the gold
        // path wins by a margin, not merely wins.
        if (margin > 0) for (let i = 0; i < n; i++) for (let y = 0; y < NT; y++) if (y !== g[i]) emit[i * NT + y] = emit[i * NT + y]! + margin;
        viterbi(emit, n, tw, back, score, pred);
        let wrong = false;
        for (let i = 0; i < n; i++) {
          const gp = i === 0 ? NT : g[i - 1]!;
          const pp = i === 0 ? NT : pred[i - 1]!;
          if (pred[i] !== g[i]) {
            wrong = true;
            update(first + i, g[i]!, 1);
            update(first + i, pred[i]!, -1);
          }
          if (pred[i] !== g[i] || gp !== pp) {
            const good = gp * NT + g[i]!;
            const bad = pp * NT + pred[i]!;
            tw[good] = tw[good]! + 1;
            tu[good] = tu[good]! + c;
            tw[bad] = tw[bad]! - 1;
            tu[bad] = tu[bad]! - c;
          }
        }
        if (wrong) mistakes++;
        c++;
      }
      let devF1: number | null = null;
      const last = epoch === options.epochs;
      if (options.dev && (last || runs === 1)) devF1 = f1(scoreTagger(new PerceptronTagger(averaged(run)), options.dev).all);
      history.push({ run: run + 1, epoch, mistakes, devF1 });
      log(`run ${run + 1} epoch ${epoch}: ${mistakes} sentences wrong${devF1 === null ? '' : `, dev F1 ${(devF1 * 100).toFixed(2)}${runs > 1 ? ` (${run + 1} run${run ? 's' : ''} averaged)` : ''}`}`);
    }
    for (let k = 0; k < sumW.length; k++) sumW[k] = sumW[k]! + w[k]! - u[k]! / c;
    for (let k = 0; k < sumT.length; k++) sumT[k] = sumT[k]! + tw[k]! - tu[k]! / c;
  }
  w.fill(0);
  u.fill(0);
  tw.fill(0);
  tu.fill(0);
  return { weights: averaged(runs - 1), history, features: F };
}

/**
 * Trains a first pass on all the data and a second pass that also reads the first pass's labels of
 * each capitalised word's other occurrences in its document ("tagged PER two sentences earlier").
 * The second pass learns from jackknifed labels: the documents are split into `folds` parts and each
 * part is tagged by a first pass (`runs` runs) trained on the others, so it learns how far labels on
 * unseen text can be trusted rather than trusting labels the first pass had memorised.
 */
export function trainTwoPass(sentences: readonly LabeledSentence[], options: TrainOptions, folds: number, runs: number): TrainResult {
  const log = options.log ?? (() => {});
  const first = trainNer(sentences, options);
  const ranges = documentRanges(sentences);
  const labels = new Array<Uint8Array>(sentences.length);
  for (let f = 0; f < folds; f++) {
    const rest: LabeledSentence[] = [];
    ranges.forEach(([a, b], d) => {
      if (d % folds !== f) for (let s = a; s < b; s++) rest.push(sentences[s]!);
    });
    const tagger = new PerceptronTagger(trainNer(rest, { ...options, runs, dev: undefined, log: undefined }).weights);
    ranges.forEach(([a, b], d) => {
      if (d % folds !== f) return;
      const tokens = sentences.slice(a, b).map((s) => s.tokens);
      const doc = tagger.context(tokens);
      for (let s = a; s < b; s++) labels[s] = tagger.tagIndices(tokens[s - a]!, doc, s - a).slice();
    });
    log(`first-pass labels of part ${f + 1} of ${folds}`);
  }
  const second = trainNer(sentences, { ...options, labels, dev: undefined });
  const { keys, weights, transitions } = second.weights;
  return {
    weights: { ...first.weights, second: { keys, weights, transitions } },
    history: [...first.history, ...second.history],
    features: first.features + second.features,
  };
}
