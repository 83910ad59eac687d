import { C, dep, distance, H, K, L, labelSet, M, P, S, W, type ParserInput } from './parser-features.js';
import type { ParserState } from './parser-state.js';
import { key1, key2, key3, key4 } from './word-features.js';

export const LABEL_FEATURES = 40;

/**
 * Features for naming an arc head → dependent once the parser has chosen to make it: the two words, their
 * endings, clusters, tags and morphology, direction and distance, both words' neighbours, and what the head and the
 * dependent already have attached (a verb that has its nsubj takes an obj next). Far fewer than the
 * transition features, and only computed for the arcs made (about one per word), so the label classifier
 * costs a fraction of scoring every labelled transition. Written into out; returns the count.
 */
export function labelFeatures(st: ParserState, x: ParserInput, head: number, dependent: number, out: Uint32Array): number {
  const hw = W(x, head), hp = P(x, head), hm = M(x, head);
  const dw = W(x, dependent), dp = P(x, dependent), dm = M(x, dependent);
  const right = head < dependent;
  // Direction and distance in one value: 0–7 for a dependent on the left, 8–15 on the right.
  const dd = right ? 8 + distance(head, dependent) : distance(dependent, head);
  const before = dependent > 1 ? P(x, dependent - 1) : 253;
  const after = dependent < x.n ? P(x, dependent + 1) : 253;
  // The head's nearest dependent on the same side so far, and how many it has there.
  const near = right ? dep(st.right1, head) : dep(st.left1, head);
  const count = head < 0 ? 0 : right ? st.rightCount[head]! : st.leftCount[head]!;
  const dl = dep(st.left1, dependent);
  const dr = dep(st.right1, dependent);
  const hh = H(st, head);
  const hs = S(x, head), ds = S(x, dependent);
  const headBefore = head > 1 ? P(x, head - 1) : 253;
  const headAfter = head > 0 && head < x.n ? P(x, head + 1) : 253;
  const sameSide = labelSet(right ? st.rightLabels : st.leftLabels, head);

  let k = 0;
  out[k++] = key1(1, hw);
  out[k++] = key1(2, hp);
  out[k++] = key2(3, hw, hp);
  out[k++] = key1(4, dw);
  out[k++] = key1(5, dp);
  out[k++] = key2(6, dw, dp);
  out[k++] = key2(7, hp, dp);
  out[k++] = key3(8, hw, hp, dp);
  out[k++] = key3(9, hp, dw, dp);
  out[k++] = key2(10, hw, dw);
  out[k++] = key3(11, hp, dp, dd);
  out[k++] = key2(12, dp, dd);
  out[k++] = key2(13, dw, dd);
  out[k++] = key3(14, hm, hp, dp);
  out[k++] = key3(15, hp, dp, dm);
  out[k++] = key2(16, dm, dp);
  out[k++] = key4(17, hm, dm, hp, dp);
  out[k++] = key3(18, hp, dp, L(st, head));
  out[k++] = key3(19, hp, dp, L(st, near));
  out[k++] = key4(20, hp, dp, count > 2 ? 2 : count, right ? 1 : 0);
  out[k++] = key3(21, dp, L(st, dl), P(x, dl));
  out[k++] = key3(22, dp, L(st, dr), P(x, dr));
  out[k++] = key3(23, before, dp, after);
  out[k++] = key4(24, hp, before, dp, after);
  out[k++] = key3(25, hp, dp, P(x, hh));
  out[k++] = key4(26, hp, dp, dm, dd);
  out[k++] = key3(27, dw, hp, dd);
  out[k++] = key3(28, hw, dp, dd);
  out[k++] = key2(29, dw, P(x, dl));
  out[k++] = key3(30, hp, dp, P(x, near));
  out[k++] = key2(31, ds, dp);
  out[k++] = key3(32, ds, hp, dd);
  out[k++] = key3(33, hs, hp, dp);
  out[k++] = key3(34, hp, dp, sameSide);
  out[k++] = key4(35, headBefore, hp, headAfter, dp);
  out[k++] = key3(36, dp, labelSet(st.leftLabels, dependent), labelSet(st.rightLabels, dependent));
  out[k++] = key3(37, hp, dp, P(x, st.s(1)));
  out[k++] = key2(38, C(x, dependent), dp);
  out[k++] = key3(39, K(x, head), C(x, dependent), dd);
  return k;
}
