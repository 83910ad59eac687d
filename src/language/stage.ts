import type { Stage } from '../core/stage.js';
import { detectLanguage } from './detect.js';

/**
 * Decides the document's language (or takes the one given). A language Atalaya does not read is
 * reported as a flag and halts the pipeline, rather than being analysed as if it were Spanish.
 */
export const languageStage: Stage = {
  name: 'language',
  requires: ['text'],
  provides: ['lang'],
  run(doc, ctx) {
    const forced = doc.input.lang;
    if (forced) {
      doc.lang = forced;
      return;
    }
    const guess = detectLanguage(doc.text);
    ctx.trace.record(`language:${guess.via}`, 0, doc.text.length, () => `detected ${guess.code}`);
    if (guess.lang) {
      doc.lang = guess.lang;
      return;
    }
    doc.lang = 'und';
    if (guess.code !== 'und') {
      doc.flags.push({
        kind: 'unsupported-language',
        start: 0,
        end: doc.text.length,
        message: `the text looks like ${guess.name} (${guess.code}), which Atalaya does not analyse`,
      });
      doc.halted = 'unsupported-language';
    }
  },
};
