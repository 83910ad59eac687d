import type { Stage } from '../core/stage.js';

/** Temporal expressions anchored on the publication date (given or inferred). Filled in by the time issue. */
export const timeStage: Stage = {
  name: 'time',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens'],
  provides: ['published', 'times'],
  run(doc) {
    if (doc.input.published) doc.published = { value: doc.input.published, source: 'metadata' };
  },
};
