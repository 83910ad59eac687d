import { finish, mixInt, mixStr, SEED } from '../ner/hash.js';

/**
 * A sentence's words as the syntax models see them, hashed once: every feature is then a mix of a few
 * of these integers (see hash.ts), with no string built per feature.
 */
export interface EncodedWords {
  n: number;
  /** Lowercased form, digits folded to 0 (years and amounts share statistics). */
  lower: Uint32Array;
  form: Uint32Array;
  /** suffix[k * n + i]: the last k + 1 letters of word i (k = 0..3). */
  suffix: Uint32Array;
  /** prefix[k * n + i]: the first k + 1 letters (k = 0..1). */
  prefix: Uint32Array;
  shape: Uint32Array;
}

export const SUFFIXES = 4;
const PREFIXES = 2;

function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

export function encodeWords(forms: readonly string[]): EncodedWords {
  const n = forms.length;
  const lower = new Uint32Array(n);
  const form = new Uint32Array(n);
  const suffix = new Uint32Array(SUFFIXES * n);
  const prefix = new Uint32Array(PREFIXES * n);
  const shape = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    const l = f.toLowerCase().replace(/\d/g, '0');
    lower[i] = mixStr(SEED, l) >>> 0;
    form[i] = mixStr(SEED ^ 0x5bd1e995, f) >>> 0;
    for (let k = 0; k < SUFFIXES; k++) suffix[k * n + i] = mixStr(mixInt(SEED, k + 1), l, Math.max(0, l.length - k - 1)) >>> 0;
    for (let k = 0; k < PREFIXES; k++) prefix[k * n + i] = mixStr(mixInt(SEED, k + 11), l, 0, Math.min(l.length, k + 1)) >>> 0;
    shape[i] = mixStr(SEED ^ 0x2545f491, shapeOf(f)) >>> 0;
  }
  return { n, lower, form, suffix, prefix, shape };
}

/** Feature keys: a template number mixed with one to four values, then spread for the hash index. */
export function key1(t: number, a: number): number {
  return finish(mixInt(mixInt(SEED, t), a));
}
export function key2(t: number, a: number, b: number): number {
  return finish(mixInt(mixInt(mixInt(SEED, t), a), b));
}
export function key3(t: number, a: number, b: number, c: number): number {
  return finish(mixInt(mixInt(mixInt(mixInt(SEED, t), a), b), c));
}
export function key4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(mixInt(mixInt(mixInt(mixInt(mixInt(SEED, t), a), b), c), d));
}

/** Stand-ins for the words before the first and after the last. */
export const BEFORE = 0x9e3779b9 >>> 0;
export const AFTER = 0x7f4a7c15 >>> 0;

/**
 * The tagger's features for word i, given the tags already chosen for the two words before it (greedy
 * left to right). Returns how many were written to out.
 */
export function taggerFeatures(w: EncodedWords, i: number, prev: number, prev2: number, out: Uint32Array): number {
  const { n, lower, suffix, prefix } = w;
  const l = lower[i]!;
  const lm1 = i > 0 ? lower[i - 1]! : BEFORE;
  const lm2 = i > 1 ? lower[i - 2]! : BEFORE;
  const lp1 = i + 1 < n ? lower[i + 1]! : AFTER;
  const lp2 = i + 2 < n ? lower[i + 2]! : AFTER;
  let k = 0;
  out[k++] = key1(1, 0);
  out[k++] = key1(2, l);
  out[k++] = key1(3, w.form[i]!);
  for (let s = 0; s < SUFFIXES; s++) out[k++] = key1(4 + s, suffix[s * n + i]!);
  out[k++] = key1(8, prefix[i]!);
  out[k++] = key1(9, prefix[n + i]!);
  out[k++] = key1(10, w.shape[i]!);
  out[k++] = key2(11, w.shape[i]!, i === 0 ? 1 : 0);
  out[k++] = key1(12, lm1);
  out[k++] = key1(13, lp1);
  out[k++] = key1(14, lm2);
  out[k++] = key1(15, lp2);
  out[k++] = key1(16, prev);
  out[k++] = key2(17, prev2, prev);
  out[k++] = key2(18, prev, l);
  out[k++] = key2(19, lm1, l);
  out[k++] = key2(20, l, lp1);
  out[k++] = key1(21, i > 0 ? suffix[2 * n + i - 1]! : BEFORE);
  out[k++] = key1(22, i + 1 < n ? suffix[2 * n + i + 1]! : AFTER);
  out[k++] = key2(23, prev, lp1);
  out[k++] = key2(24, w.shape[i]!, lp1);
  return k;
}
export const TAGGER_FEATURES = 25;

/**
 * The morphology classifier's features for word i once every word has its UPOS: the word's own form and
 * endings, its neighbours' tags (a determiner's number agrees with its noun), each conjoined with the
 * word's UPOS so that every tag learns its own endings.
 */
export function morphFeatures(w: EncodedWords, upos: Uint8Array, i: number, out: Uint32Array): number {
  const { n, lower, suffix } = w;
  const u = upos[i]!;
  const um1 = i > 0 ? upos[i - 1]! : 255;
  const up1 = i + 1 < n ? upos[i + 1]! : 254;
  let k = 0;
  out[k++] = key1(101, u);
  out[k++] = key2(102, u, lower[i]!);
  for (let s = 0; s < SUFFIXES; s++) out[k++] = key2(103 + s, u, suffix[s * n + i]!);
  out[k++] = key3(107, u, um1, up1);
  out[k++] = key2(108, u, um1);
  out[k++] = key2(109, u, up1);
  out[k++] = key2(110, u, i > 0 ? lower[i - 1]! : BEFORE);
  out[k++] = key2(111, u, i + 1 < n ? lower[i + 1]! : AFTER);
  out[k++] = key3(112, u, up1, i + 1 < n ? suffix[n + i + 1]! : AFTER);
  out[k++] = key3(113, u, um1, i > 0 ? suffix[n + i - 1]! : BEFORE);
  return k;
}
export const MORPH_FEATURES = 13;
