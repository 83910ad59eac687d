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

// Module-level readers (not closures made per call): parserFeatures runs once per transition.
function W(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === 0 ? ROOT : x.word[i]!;
}
function P(x: ParserInput, i: number): number {
  return i < 0 ? 255 : i === 0 ? 254 : x.upos[i]!;
}
function M(x: ParserInput, i: number): number {
  return i <= 0 ? 65535 : x.morph[i]!;
}
function L(st: ParserState, i: number): number {
  return i <= 0 ? 1023 : st.labels[i]!;
}
function H(st: ParserState, i: number): number {
  return i <= 0 ? -1 : st.heads[i]!;
}
/** A dependent slot's word, or -1 when the word is missing or has none (0 = none in the state's arrays). */
function dep(arr: Int32Array, i: number): number {
  return i < 0 ? -1 : arr[i] || -1;
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
  const s0w = W(x, s0), s0p = P(x, s0), b0w = W(x, b0), b0p = P(x, b0), b1w = W(x, b1), b1p = P(x, b1), b2w = W(x, b2), b2p = P(x, b2);
  const s0h = H(st, s0), s0h2 = s0h > 0 ? H(st, s0h) : -1;
  const s0l = dep(st.left1, s0), s0l2 = dep(st.left2, s0), s0r = dep(st.right1, s0), s0r2 = dep(st.right2, s0), b0l = dep(st.left1, b0), b0l2 = dep(st.left2, b0);
  const s0hp = P(x, s0h), s0lp = P(x, s0l), s0rp = P(x, s0r), b0lp = P(x, b0l);
  const d = distance(s0, b0);
  const vl0 = s0 >= 0 ? st.leftCount[s0]! : 0;
  const vr0 = s0 >= 0 ? st.rightCount[s0]! : 0;
  const vlb = b0 > 0 ? st.leftCount[b0]! : 0;
  const s1p = P(x, s1);

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
  out[k++] = key1(39, W(x, s0h));
  out[k++] = key1(40, s0hp);
  out[k++] = key1(41, L(st, s0));
  out[k++] = key1(42, W(x, s0l));
  out[k++] = key1(43, s0lp);
  out[k++] = key1(44, L(st, s0l));
  out[k++] = key1(45, W(x, s0r));
  out[k++] = key1(46, s0rp);
  out[k++] = key1(47, L(st, s0r));
  out[k++] = key1(48, W(x, b0l));
  out[k++] = key1(49, b0lp);
  out[k++] = key1(50, L(st, b0l));
  out[k++] = key1(51, W(x, s0h2));
  out[k++] = key1(52, P(x, s0h2));
  out[k++] = key1(53, L(st, s0h));
  out[k++] = key1(54, W(x, s0l2));
  out[k++] = key1(55, P(x, s0l2));
  out[k++] = key1(56, L(st, s0l2));
  out[k++] = key1(57, W(x, s0r2));
  out[k++] = key1(58, P(x, s0r2));
  out[k++] = key1(59, L(st, s0r2));
  out[k++] = key1(60, W(x, b0l2));
  out[k++] = key1(61, P(x, b0l2));
  out[k++] = key1(62, L(st, b0l2));
  out[k++] = key3(63, s0p, s0lp, P(x, s0l2));
  out[k++] = key3(64, s0p, s0rp, P(x, s0r2));
  out[k++] = key3(65, s0p, s0hp, P(x, s0h2));
  out[k++] = key3(66, b0p, b0lp, P(x, b0l2));
  out[k++] = key2(67, M(x, s0), b0p);
  out[k++] = key2(68, s0p, M(x, b0));
  out[k++] = key2(69, M(x, s0), M(x, b0));
  out[k++] = key1(70, s1p);
  out[k++] = key1(71, W(x, s1));
  out[k++] = key3(72, s1p, s0p, b0p);
  out[k++] = key3(73, s0p, L(st, s0), b0p);
  out[k++] = key3(74, s0p, L(st, s0l), b0p);
  out[k++] = key3(75, s0p, L(st, s0r), b0p);
  out[k++] = key3(76, s0p, b0p, L(st, b0l));
  return k;
}
