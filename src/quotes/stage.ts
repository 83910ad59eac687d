import type { Stage } from '../core/stage.js';

/** Direct quotes and their speakers. Filled in by the events issue. */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['text', 'lang', 'sentences', 'tokens', 'mentions'],
  provides: ['quotes'],
  run() {},
};
