import type { Stage } from '../core/stage.js';

/** Event coding (PLOVER/CAMEO) and topics. Filled in by the events issue. */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'published', 'times', 'mentions', 'quotes'],
  provides: ['events', 'topics'],
  run() {},
};
