import { isLeft, labelOf, REDUCE, SHIFT, type ParserState } from './parser-state.js';

/**
 * Goldberg & Nivre (2012)'s dynamic oracle for arc-eager: how many gold arcs a transition makes
 * unreachable from this state (plus one for a wrong label on a gold arc). Training follows the model's
 * own mistakes and learns the best way on from them, instead of only ever seeing perfect histories.
 * For a non-projective gold tree the counts are a lower bound; training takes the cheapest transitions.
 */
export function transitionCost(st: ParserState, t: number, goldHead: Int32Array, goldLabel: Int32Array): number {
  const s0 = st.s0;
  const b = st.b;
  const n = st.n;
  const { stack, sp, heads } = st;
  let c = 0;
  if (t === SHIFT) {
    for (let k = 0; k < sp; k++) {
      const w = stack[k]!;
      if (goldHead[b] === w) c++;
      if (w > 0 && goldHead[w] === b && heads[w] === -1) c++;
    }
    return c;
  }
  if (t === REDUCE) {
    for (let k = b; k <= n; k++) if (goldHead[k] === s0) c++;
    return c;
  }
  const l = labelOf(t);
  if (isLeft(t)) {
    const h = goldHead[s0]!;
    if (h > b) c++;
    else if (h === b && goldLabel[s0] !== l) c++;
    for (let k = b; k <= n; k++) if (goldHead[k] === s0) c++;
    return c;
  }
  const h = goldHead[b]!;
  if (h === s0) {
    if (goldLabel[b] !== l) c++;
  } else if (h > b || onStack(st, h)) {
    c++;
  }
  for (let k = 0; k < sp; k++) {
    const w = stack[k]!;
    if (w > 0 && goldHead[w] === b && heads[w] === -1) c++;
  }
  return c;
}

function onStack(st: ParserState, w: number): boolean {
  for (let k = 0; k < st.sp; k++) if (st.stack[k] === w) return true;
  return false;
}
