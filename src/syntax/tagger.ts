import { MORPH_FEATURES, morphFeatures, TAGGER_FEATURES, taggerFeatures, type EncodedWords } from './word-features.js';

/** What tagging and parsing need of a weight set: trained (sparse rows) or in training. */
export interface Scorer {
  readonly classes: number;
  score(features: Uint32Array, n: number, scores: Float32Array): void;
}

/** Index of the highest score among the candidates (all classes when candidates is null). */
export function argmax(scores: Float32Array, classes: number, candidates: Uint16Array | null): number {
  let best = -1;
  let bestScore = -Infinity;
  if (candidates) {
    for (const c of candidates) {
      if (scores[c]! > bestScore) {
        bestScore = scores[c]!;
        best = c;
      }
    }
  } else {
    for (let c = 0; c < classes; c++) {
      if (scores[c]! > bestScore) {
        bestScore = scores[c]!;
        best = c;
      }
    }
  }
  return best;
}

const BEFORE_TAG = 1001;

/**
 * Tags a sentence greedily left to right. `gold` (training) makes each step an update toward the gold
 * tag and continues from the model's own guess, as it will at run time.
 */
export function tagUpos(
  w: EncodedWords, model: Scorer, out: Uint8Array,
  gold?: Uint8Array, learn?: (truth: number, guess: number, f: Uint32Array, n: number) => void,
): void {
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float32Array(model.classes);
  for (let i = 0; i < w.n; i++) {
    const prev = i > 0 ? out[i - 1]! : BEFORE_TAG;
    const prev2 = i > 1 ? out[i - 2]! : BEFORE_TAG;
    const k = taggerFeatures(w, i, prev, prev2, feats);
    scores.fill(0);
    model.score(feats, k, scores);
    const guess = argmax(scores, model.classes, null);
    if (gold && learn) learn(gold[i]!, guess, feats, k);
    out[i] = guess;
  }
}

/**
 * Chooses each word's morphology among those its UPOS was seen with in training (a noun never gets a
 * verb's Tense). `allowed[u]` lists them; a UPOS seen only without features needs no scoring.
 */
export function tagMorph(
  w: EncodedWords, upos: Uint8Array, model: Scorer, allowed: readonly Uint16Array[], out: Uint16Array,
  gold?: Uint16Array, learn?: (truth: number, guess: number, f: Uint32Array, n: number) => void,
): void {
  const feats = new Uint32Array(MORPH_FEATURES);
  const scores = new Float32Array(model.classes);
  for (let i = 0; i < w.n; i++) {
    const cands = allowed[upos[i]!];
    if (!cands || cands.length === 0) {
      out[i] = 0;
      continue;
    }
    if (cands.length === 1 && !learn) {
      out[i] = cands[0]!;
      continue;
    }
    const k = morphFeatures(w, upos, i, feats);
    scores.fill(0);
    model.score(feats, k, scores);
    const guess = argmax(scores, model.classes, cands);
    if (gold && learn) {
      const truth = gold[i]!;
      if (cands.includes(truth)) learn(truth, guess, feats, k);
    }
    out[i] = guess;
  }
}
