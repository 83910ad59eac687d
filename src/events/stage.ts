import type { Stage } from '../core/stage.js';

/** Event coding (PLOVER/CAMEO). Filled in by the events issue; event topics come from src/topics/span-topics.ts. */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'published', 'times', 'mentions', 'quotes', 'topics'],
  provides: ['events'],
  run() {},
};
