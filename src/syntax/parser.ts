import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import { transitionCost } from './oracle.js';
import { PARSER_FEATURES, parserFeatures, type ParserInput } from './parser-features.js';
import { ParserState, REDUCE, SHIFT } from './parser-state.js';
import type { Scorer } from './tagger.js';

/** The parser's transition classifier scores these four kinds; the label of an arc is chosen apart. */
export const LEFT = 2;
export const RIGHT = 3;
export const TRANSITION_KINDS = 4;

export interface ParseOptions {
  labels: number;
  rootLabel: number;
  /** Label for a word the greedy pass left without a head (attached to the root's dependent). */
  fallbackLabel: (word: number) => number;
}

/** The two classifiers: which kind of transition (TRANSITION_KINDS classes), and the label of an arc. */
export interface ParserScorers {
  transitions: Scorer;
  labeler: Scorer;
}

/** Training hooks: gold tree, the perceptron updates, and whether to follow a wrong guess. */
export interface ParseTraining {
  goldHead: Int32Array;
  goldLabel: Int32Array;
  learn(truth: number, guess: number, f: Uint32Array, n: number): void;
  learnLabel(truth: number, guess: number, f: Uint32Array, n: number): void;
  explore(): boolean;
}

/**
 * Greedy arc-eager parsing: at each state the best-scoring valid kind of transition, then for an arc the
 * best label from the label classifier. Scoring four kinds instead of every labelled transition makes the
 * transition rows a few entries wide, and the label classifier runs once per arc with its own, smaller
 * feature set.
 */
// Scratch arrays shared by every call (parse runs to its end before another can start): a parse of a
// short sentence otherwise spends a good part of its time allocating them and collecting them after.
const feats = new Uint32Array(PARSER_FEATURES);
const labelFeats = new Uint32Array(LABEL_FEATURES);
const scores = new Float32Array(TRANSITION_KINDS);
const costs = new Int32Array(TRANSITION_KINDS);
const ok = [false, false, false, false];
let labelScores = new Float32Array(64);

export function parse(x: ParserInput, model: ParserScorers, opt: ParseOptions, training?: ParseTraining): ParserState {
  const st = new ParserState(x.n, opt.rootLabel);
  if (labelScores.length < opt.labels) labelScores = new Float32Array(opt.labels);
  // A label that is not the root's, to ask the state whether an arc of a kind is allowed at all.
  const other = opt.rootLabel === 0 ? 1 : 0;
  while (!st.done) {
    const k = parserFeatures(st, x, feats);
    scores.fill(0);
    model.transitions.score(feats, k, scores);
    const rootTop = st.s0 === 0;
    ok[SHIFT] = st.valid(SHIFT);
    ok[REDUCE] = st.valid(REDUCE);
    ok[LEFT] = st.valid(LEFT + 2 * other);
    ok[RIGHT] = st.valid(RIGHT + 2 * (rootTop ? opt.rootLabel : other));
    let guess = -1;
    for (let t = 0; t < TRANSITION_KINDS; t++) if (ok[t] && (guess < 0 || scores[t]! > scores[guess]!)) guess = t;
    if (training) {
      const { goldHead, goldLabel } = training;
      // A kind's cost is that of its best label: the gold label when the arc is gold (the oracle charges
      // a wrong label only on a gold arc), any allowed one otherwise.
      const gold = (w: number): number => (goldLabel[w] === opt.rootLabel ? other : goldLabel[w]!);
      let min = Infinity;
      for (let t = 0; t < TRANSITION_KINDS; t++) {
        let c = 1 << 30;
        if (ok[t]) {
          const l = t === LEFT ? gold(st.s0) : t === RIGHT ? (rootTop ? opt.rootLabel : gold(st.b)) : 0;
          c = transitionCost(st, t < LEFT ? t : t + 2 * l, goldHead, goldLabel);
        }
        costs[t] = c;
        if (c < min) min = c;
      }
      let best = -1;
      for (let t = 0; t < TRANSITION_KINDS; t++) if (costs[t] === min && (best < 0 || scores[t]! > scores[best]!)) best = t;
      training.learn(best, guess, feats, k);
      if (costs[guess] !== min && !training.explore()) guess = best;
    }
    if (guess < LEFT) {
      st.apply(guess);
      continue;
    }
    const head = guess === LEFT ? st.b : st.s0;
    const dependent = guess === LEFT ? st.s0 : st.b;
    let label = opt.rootLabel;
    if (head !== 0) {
      const lk = labelFeatures(st, x, head, dependent, labelFeats);
      labelScores.fill(0);
      model.labeler.score(labelFeats, lk, labelScores);
      label = -1;
      for (let l = 0; l < opt.labels; l++) if (l !== opt.rootLabel && (label < 0 || labelScores[l]! > labelScores[label]!)) label = l;
      if (training && training.goldHead[dependent] === head) training.learnLabel(training.goldLabel[dependent]!, label, labelFeats, lk);
    }
    st.apply(guess + 2 * label);
  }
  st.finish(opt.fallbackLabel);
  return st;
}
