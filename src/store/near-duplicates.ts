/**
 * Near-duplicate detection for syndicated copies (the same wire story with a new headline, a sentence
 * cut, a byline added): a MinHash signature over word 3-shingles estimates the Jaccard similarity of two
 * texts, and locality-sensitive banding finds the candidates to compare without scanning every document.
 */

export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity of 3-shingle sets at or above which two texts are one story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;
/** Below this many shingles a text is too short to judge: only exact copies are recognised. */
const MIN_SHINGLES = 12;

const WORD = /[\p{L}\p{N}]+/gu;
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The MinHash signature of a text, or null when the text is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length - 2 < MIN_SHINGLES) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + 2 < words.length; i++) {
    const shingle = fnv1a(words[i + 2]!, fnv1a(words[i + 1]!, fnv1a(words[i]!)));
    for (let k = 0; k < HASHES; k++) {
      const v = fmix32(shingle ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** One hash per band, the band number folded in, so a single `hash IN (…)` lookup finds candidates. */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]!);
    out.push(h);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of positions where the signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export function signatureToHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function signatureFromHex(hex: string): Uint32Array | null {
  if (hex.length !== HASHES * 8) return null;
  const sig = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) sig[k] = Number.parseInt(hex.slice(k * 8, k * 8 + 8), 16);
  return sig;
}
