import { ENTITY_TYPES, type EntityType } from '../core/analysis.js';
import { entitiesOf } from './entities.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityScores {
  all: Counts;
  byType: Record<EntityType, Counts>;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function emptyScores(): EntityScores {
  return { all: zero(), byType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, zero()])) as Record<EntityType, Counts> };
}

/**
 * Adds one sentence to conlleval-style counts: an entity is right only when its span and type both
 * match exactly.
 */
export function addSentence(scores: EntityScores, gold: readonly string[], predicted: readonly string[]): void {
  const g = entitiesOf(gold);
  const p = entitiesOf(predicted);
  const key = (e: { start: number; end: number; type: string }): string => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(g.map(key));
  let tp = 0;
  for (const e of p) {
    if (goldKeys.has(key(e))) {
      tp++;
      scores.byType[e.type].tp++;
    } else scores.byType[e.type].fp++;
  }
  const predKeys = new Set(p.map(key));
  for (const e of g) if (!predKeys.has(key(e))) scores.byType[e.type].fn++;
  scores.all.tp += tp;
  scores.all.fp += p.length - tp;
  scores.all.fn += g.length - tp;
}

export function f1(c: Counts): number {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
