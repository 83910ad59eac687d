import type { Stage } from '../core/stage.js';

/** Actor mentions: lexicon matches, the NER model, coreference. Filled in by the actors issue. */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'published'],
  provides: ['mentions'],
  run() {},
};
