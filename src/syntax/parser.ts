import { transitionCost } from './oracle.js';
import { PARSER_FEATURES, parserFeatures, type ParserInput } from './parser-features.js';
import { ParserState, REDUCE, SHIFT, transitionCount } from './parser-state.js';
import type { Scorer } from './tagger.js';

export interface ParseOptions {
  labels: number;
  rootLabel: number;
  /** Label for a word the greedy pass left without a head (attached to the root's dependent). */
  fallbackLabel: (word: number) => number;
}

/** Training hooks: gold tree, the perceptron update, and whether to follow a wrong guess. */
export interface ParseTraining {
  goldHead: Int32Array;
  goldLabel: Int32Array;
  learn(truth: number, guess: number, f: Uint32Array, n: number): void;
  explore(): boolean;
}

/** Greedy arc-eager parsing: at each state the best-scoring valid transition. */
export function parse(x: ParserInput, model: Scorer, opt: ParseOptions, training?: ParseTraining): ParserState {
  const st = new ParserState(x.n, opt.rootLabel);
  const count = transitionCount(opt.labels);
  const feats = new Uint32Array(PARSER_FEATURES);
  const scores = new Float32Array(model.classes);
  const costs = training ? new Int32Array(count) : null;
  while (!st.done) {
    const k = parserFeatures(st, x, feats);
    scores.fill(0);
    model.score(feats, k, scores);
    let guess = -1;
    // Validity depends only on the kind of transition (and the root label), so it is checked per kind
    // rather than once for each of the ~100 labelled transitions.
    const okShift = st.valid(SHIFT);
    const okReduce = st.valid(REDUCE);
    const okLeft = st.valid(2 + 2 * (opt.rootLabel === 0 ? 1 : 0));
    const rootTop = st.s0 === 0;
    const okRight = rootTop ? st.valid(3 + 2 * opt.rootLabel) : st.valid(3 + 2 * (opt.rootLabel === 0 ? 1 : 0));
    if (okShift) guess = SHIFT;
    if (okReduce && (guess < 0 || scores[REDUCE]! > scores[guess]!)) guess = REDUCE;
    for (let l = 0; l < opt.labels; l++) {
      const left = 2 + 2 * l;
      if (okLeft && l !== opt.rootLabel && (guess < 0 || scores[left]! > scores[guess]!)) guess = left;
      if (okRight && (rootTop ? l === opt.rootLabel : l !== opt.rootLabel) && (guess < 0 || scores[left + 1]! > scores[guess]!)) guess = left + 1;
    }
    if (training && costs) {
      let min = Infinity;
      for (let t = 0; t < count; t++) {
        costs[t] = st.valid(t) ? transitionCost(st, t, training.goldHead, training.goldLabel) : 1 << 30;
        if (costs[t]! < min) min = costs[t]!;
      }
      let best = -1;
      for (let t = 0; t < count; t++) {
        if (costs[t] === min && (best < 0 || scores[t]! > scores[best]!)) best = t;
      }
      training.learn(best, guess, feats, k);
      if (costs[guess] !== min && !training.explore()) guess = best;
    }
    st.apply(guess);
  }
  st.finish(opt.fallbackLabel);
  return st;
}
