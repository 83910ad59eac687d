/**
 * 32-bit FNV-1a steps, so that a feature ("lowercased word two to the left = de") becomes one integer
 * without building its string. Training and tagging share these functions, so a model's keys are
 * exactly the hashes the tagger computes.
 */
const PRIME = 16777619;
export const SEED = 0x811c9dc5 | 0;

export function mixInt(h: number, n: number): number {
  h = Math.imul(h ^ (n & 0xffff), PRIME);
  return Math.imul(h ^ (n >>> 16), PRIME);
}

export function mixStr(h: number, s: string, from = 0, to = s.length): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME);
  return h;
}

/** Hashes s[from, to) through a per-code-unit table (the lowercase fold). */
export function mixMapped(h: number, s: string, table: Uint16Array, from = 0, to = s.length): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ table[s.charCodeAt(k)]!, PRIME);
  return h;
}

/** Murmur3's finaliser: spreads FNV's low bits so keys index an open-addressing table well. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
