import { ENTITY_TYPES, type EntityType } from '../core/analysis.js';

/**
 * The IOB2 tag set, in the fixed order the model's weight rows use: O, then B-/I- for each entity
 * type. Tags are small integers on the hot path and strings only at the API's edge.
 */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;
export const O = 0;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number | undefined {
  return TAG_INDEX.get(tag);
}

export const isInside = (t: number): boolean => t !== O && t % 2 === 0;
export const isBegin = (t: number): boolean => t % 2 === 1;
/** The entity type of a B- or I- tag index. */
export const typeOf = (t: number): EntityType => ENTITY_TYPES[(t - 1) >> 1]!;

/** IOB2 allows I-X only right after B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev === cur || prev === cur - 1;
}
