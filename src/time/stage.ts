import type { Stage } from '../core/stage.js';
import { tagTimes } from './tagger.js';

/** Temporal expressions anchored on the publication date (given or inferred), with consistency checks. */
export const timeStage: Stage = {
  name: 'time',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens'],
  provides: ['published', 'times'],
  run(doc, ctx) {
    tagTimes(doc, ctx.trace);
  },
};
