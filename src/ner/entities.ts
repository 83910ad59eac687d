import type { EntityType } from '../core/analysis.js';

/** An entity over tokens [start, end) of a sentence. */
export interface TokenEntity {
  start: number;
  end: number;
  type: EntityType;
}

const TYPED = /^([BI])-(PER|ORG|LOC|MISC)$/;

/**
 * Entities from IOB tags the way conlleval chunks them: an entity starts at B-X, or at I-X after
 * anything that is not the same type, and runs over the I-X that follow. Unknown tags count as O.
 */
export function entitiesOf(tags: readonly string[]): TokenEntity[] {
  const out: TokenEntity[] = [];
  let open: TokenEntity | null = null;
  for (let i = 0; i < tags.length; i++) {
    const m = TYPED.exec(tags[i]!);
    if (m && m[1] === 'I' && open && open.type === m[2]) {
      open.end = i + 1;
      continue;
    }
    open = m ? { start: i, end: i + 1, type: m[2] as EntityType } : null;
    if (open) out.push(open);
  }
  return out;
}
