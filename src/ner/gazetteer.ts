import { foldTable } from './chars.js';
import * as hash from './hash.js';
import { HashIndex } from './hash-index.js';

// Imported bindings are copied into locals once (a getter call per read under tsx).
const { finish, mixMapped, SEED } = hash;

/** Longest name, in tokens, a gazetteer matches. */
export const MAX_SPAN = 8;

/** The lists a gazetteer can hold, one bit each in a span's mask. */
export const LISTS = ['PER', 'ORG', 'LOC', 'MISC', 'PER_LEX', 'ORG_LEX', 'LOC_LEX'] as const;
export type ListName = (typeof LISTS)[number];
export const LIST_COUNT = LISTS.length;

/** A set of token sequences (case- and accent-folded) with a bit mask of the lists each belongs to. */
export interface Gazetteer {
  readonly index: HashIndex;
  readonly masks: Uint16Array;
}

/** Hash of tokens[from, to) as the gazetteer keys it, extended one token at a time. */
export function extendKey(h: number, token: string, first: boolean): number {
  return mixMapped(first ? h : Math.imul(h ^ 32, 16777619), token, foldTable());
}

export function spanKey(tokens: readonly string[]): number {
  let h = SEED;
  for (let i = 0; i < tokens.length; i++) h = extendKey(h, tokens[i]!, i === 0);
  return finish(h);
}

/** Builds a gazetteer from key → mask pairs. */
export function gazetteerOf(entries: Map<number, number>): Gazetteer {
  const keys = Uint32Array.from(entries.keys());
  const index = new HashIndex(keys);
  const masks = new Uint16Array(keys.length);
  for (let i = 0; i < keys.length; i++) masks[i] = entries.get(keys[i]!)!;
  return { index, masks };
}

export const EMPTY_GAZETTEER: Gazetteer = gazetteerOf(new Map());
