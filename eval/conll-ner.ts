/**
 * Named-entity recognition on CoNLL-2002 Spanish esp.testa (the tuning half; esp.testb is held out
 * elsewhere), through the same tagSentence the CLI's `tag --conll` uses: conlleval-style entity
 * scores (span and type must both match), micro-averaged and per type, and tagging speed.
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.js';
import { addSentence, emptyScores } from '../src/ner/score.js';
import { tagSentence } from '../src/ner/tagger.js';
import { DATA_ROOT, prf, type Evaluator, type Figures } from './harness.js';

const TESTA = 'conll2002-es/esp.testa';

export const conllNerEvaluator: Evaluator = {
  name: 'conll-ner',
  description: 'Spanish NER on CoNLL-2002 esp.testa: exact-match entity precision, recall, F1 (micro and per type)',
  needs: [TESTA],
  run(): Figures {
    const sentences = parseConll(readFileSync(DATA_ROOT + TESTA, 'utf8'), TESTA, true);
    tagSentence(sentences[0]?.tokens ?? ['x']);
    const scores = emptyScores();
    let tokens = 0;
    const t0 = performance.now();
    for (const s of sentences) {
      addSentence(scores, s.tags, tagSentence(s.tokens, 'es'));
      tokens += s.tokens.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    const all = prf(scores.all.tp, scores.all.fp, scores.all.fn);
    const figures: Figures = {
      sentences: sentences.length,
      entities: scores.all.tp + scores.all.fn,
      precision: all.precision,
      recall: all.recall,
      f1: all.f1,
    };
    for (const [type, c] of Object.entries(scores.byType)) figures[`f1_${type}`] = prf(c.tp, c.fp, c.fn).f1;
    figures.tokens_per_second = Math.round(tokens / seconds);
    return figures;
  },
};
