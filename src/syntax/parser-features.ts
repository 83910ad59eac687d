import type { ParserState } from './parser-state.js';
import { key1, key2, key3, key4 } from './word-features.js';

/** What the parser knows of each word 1..n (index 0 is the root): hashed form, UPOS id, morphology id. */
export interface ParserInput {
  n: number;
  /** Length n + 1; index 0 is the root. */
  word: Uint32Array;
  upos: Int32Array;
  morph: Int32Array;
}

const NONE = 0x51ed2705;
const ROOT = 0x2f3b4c1d;

export const PARSER_FEATURES = 80;

function distance(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  const d = b - a;
  return d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7;
}

/**
 * Zhang & Nivre (2011)'s rich non-local features, minus label sets: the words and tags of the stack's
 * top two, the buffer's first three, their heads and outermost dependents, arc labels so far, distance
 * and valency. Written into out; returns the count.
 */
export function parserFeatures(st: ParserState, x: ParserInput, out: Uint32Array): number {
  const s0 = st.s0;
  const s1 = st.s(1);
  const b0 = st.b <= st.n ? st.b : -1;
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const W = (i: number): number => (i < 0 ? NONE : i === 0 ? ROOT : x.word[i]!);
  const P = (i: number): number => (i < 0 ? 255 : i === 0 ? 254 : x.upos[i]!);
  const M = (i: number): number => (i <= 0 ? 65535 : x.morph[i]!);
  const L = (i: number): number => (i <= 0 ? 1023 : st.labels[i]!);
  const H = (i: number): number => (i <= 0 ? -1 : st.heads[i]!);
  const lc1 = (i: number): number => (i < 0 ? -1 : st.left1[i] || -1);
  const lc2 = (i: number): number => (i < 0 ? -1 : st.left2[i] || -1);
  const rc1 = (i: number): number => (i < 0 ? -1 : st.right1[i] || -1);
  const rc2 = (i: number): number => (i < 0 ? -1 : st.right2[i] || -1);

  const s0w = W(s0), s0p = P(s0), b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
  const s0h = H(s0), s0h2 = s0h > 0 ? H(s0h) : -1;
  const s0l = lc1(s0), s0l2 = lc2(s0), s0r = rc1(s0), s0r2 = rc2(s0), b0l = lc1(b0), b0l2 = lc2(b0);
  const s0hp = P(s0h), s0lp = P(s0l), s0rp = P(s0r), b0lp = P(b0l);
  const d = distance(s0, b0);
  const vl0 = s0 >= 0 ? st.leftCount[s0]! : 0;
  const vr0 = s0 >= 0 ? st.rightCount[s0]! : 0;
  const vlb = b0 > 0 ? st.leftCount[b0]! : 0;
  const s1p = P(s1);

  let k = 0;
  out[k++] = key1(1, s0w);
  out[k++] = key1(2, s0p);
  out[k++] = key2(3, s0w, s0p);
  out[k++] = key1(4, b0w);
  out[k++] = key1(5, b0p);
  out[k++] = key2(6, b0w, b0p);
  out[k++] = key1(7, b1w);
  out[k++] = key1(8, b1p);
  out[k++] = key2(9, b1w, b1p);
  out[k++] = key1(10, b2w);
  out[k++] = key1(11, b2p);
  out[k++] = key2(12, b2w, b2p);
  out[k++] = key4(13, s0w, s0p, b0w, b0p);
  out[k++] = key3(14, s0w, s0p, b0w);
  out[k++] = key3(15, s0w, b0w, b0p);
  out[k++] = key3(16, s0w, s0p, b0p);
  out[k++] = key3(17, s0p, b0w, b0p);
  out[k++] = key2(18, s0w, b0w);
  out[k++] = key2(19, s0p, b0p);
  out[k++] = key2(20, b0p, b1p);
  out[k++] = key3(21, b0p, b1p, b2p);
  out[k++] = key3(22, s0p, b0p, b1p);
  out[k++] = key3(23, s0hp, s0p, b0p);
  out[k++] = key3(24, s0p, s0lp, b0p);
  out[k++] = key3(25, s0p, s0rp, b0p);
  out[k++] = key3(26, s0p, b0p, b0lp);
  out[k++] = key2(27, s0w, d);
  out[k++] = key2(28, s0p, d);
  out[k++] = key2(29, b0w, d);
  out[k++] = key2(30, b0p, d);
  out[k++] = key3(31, s0w, b0w, d);
  out[k++] = key3(32, s0p, b0p, d);
  out[k++] = key2(33, s0w, vr0);
  out[k++] = key2(34, s0p, vr0);
  out[k++] = key2(35, s0w, vl0);
  out[k++] = key2(36, s0p, vl0);
  out[k++] = key2(37, b0w, vlb);
  out[k++] = key2(38, b0p, vlb);
  out[k++] = key1(39, W(s0h));
  out[k++] = key1(40, s0hp);
  out[k++] = key1(41, L(s0));
  out[k++] = key1(42, W(s0l));
  out[k++] = key1(43, s0lp);
  out[k++] = key1(44, L(s0l));
  out[k++] = key1(45, W(s0r));
  out[k++] = key1(46, s0rp);
  out[k++] = key1(47, L(s0r));
  out[k++] = key1(48, W(b0l));
  out[k++] = key1(49, b0lp);
  out[k++] = key1(50, L(b0l));
  out[k++] = key1(51, W(s0h2));
  out[k++] = key1(52, P(s0h2));
  out[k++] = key1(53, L(s0h));
  out[k++] = key1(54, W(s0l2));
  out[k++] = key1(55, P(s0l2));
  out[k++] = key1(56, L(s0l2));
  out[k++] = key1(57, W(s0r2));
  out[k++] = key1(58, P(s0r2));
  out[k++] = key1(59, L(s0r2));
  out[k++] = key1(60, W(b0l2));
  out[k++] = key1(61, P(b0l2));
  out[k++] = key1(62, L(b0l2));
  out[k++] = key3(63, s0p, s0lp, P(s0l2));
  out[k++] = key3(64, s0p, s0rp, P(s0r2));
  out[k++] = key3(65, s0p, s0hp, P(s0h2));
  out[k++] = key3(66, b0p, b0lp, P(b0l2));
  out[k++] = key2(67, M(s0), b0p);
  out[k++] = key2(68, s0p, M(b0));
  out[k++] = key2(69, M(s0), M(b0));
  out[k++] = key1(70, s1p);
  out[k++] = key1(71, W(s1));
  out[k++] = key3(72, s1p, s0p, b0p);
  out[k++] = key3(73, s0p, L(s0), b0p);
  out[k++] = key3(74, s0p, L(s0l), b0p);
  out[k++] = key3(75, s0p, L(s0r), b0p);
  out[k++] = key3(76, s0p, b0p, L(b0l));
  return k;
}
