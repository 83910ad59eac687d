import type { Doc } from './doc.js';
import type { Tracer } from './tracer.js';

/** The layers of a Doc a stage can require or provide. */
export const LAYERS = [
  'text', 'lang', 'segments', 'sentences', 'tokens', 'syntax', 'published', 'times', 'mentions', 'quotes',
  'events', 'topics',
] as const;
export type Layer = (typeof LAYERS)[number];

export interface StageContext {
  readonly trace: Tracer;
  /**
   * The caller asked for the syntax layer. Only then does the syntax stage parse every sentence; the event
   * coder parses the sentences with a trigger itself (src/syntax/sentence-tree.ts), a third of the cost.
   */
  readonly syntax?: boolean;
}

/**
 * One step of the pipeline. A stage is pure and synchronous: it reads the layers it requires from the
 * Doc and writes the layers it provides, never does I/O per document and holds no mutable global state
 * (read-only lexicons loaded once are fine).
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  run(doc: Doc, ctx: StageContext): void;
}
