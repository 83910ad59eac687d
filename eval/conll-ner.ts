/**
 * Named-entity recognition on CoNLL-2002 Spanish esp.testa (the tuning half; esp.testb is held out
 * elsewhere), through the tagger's public API: each wire story (split at its agency dateline) is
 * tagged as one document with tagDocument, as an article is; `f1_sentence_alone` is the same model
 * given each sentence on its own through tagSentence. conlleval-style entity scores (span and type
 * must both match), micro-averaged and per type, and tagging speed.
 */
import { readFileSync } from 'node:fs';
import { conllDocuments, parseConll } from '../src/ner/conll.js';
import { addSentence, emptyScores } from '../src/ner/score.js';
import { tagDocument, tagSentence } from '../src/ner/tagger.js';
import { DATA_ROOT, prf, type Evaluator, type Figures } from './harness.js';

const TESTA = 'conll2002-es/esp.testa';

export const conllNerEvaluator: Evaluator = {
  name: 'conll-ner',
  description: 'Spanish NER on CoNLL-2002 esp.testa (each wire story one document): exact-match entity precision, recall, F1 (micro and per type)',
  needs: [TESTA],
  run(): Figures {
    const sentences = parseConll(readFileSync(DATA_ROOT + TESTA, 'utf8'), TESTA, true);
    const docs = conllDocuments(sentences);
    // The sentence-by-sentence pass, and a few documents, also load the model and warm the code up
    // before the timed pass.
    const alone = emptyScores();
    for (const s of sentences) addSentence(alone, s.tags, tagSentence(s.tokens, 'es'));
    for (const doc of docs.slice(0, 10)) tagDocument(doc.map((s) => s.tokens), 'es');
    const scores = emptyScores();
    let tokens = 0;
    const t0 = performance.now();
    for (const doc of docs) {
      const tags = tagDocument(doc.map((s) => s.tokens), 'es');
      doc.forEach((s, k) => {
        addSentence(scores, s.tags, tags[k]!);
        tokens += s.tokens.length;
      });
    }
    const seconds = (performance.now() - t0) / 1000;
    const all = prf(scores.all.tp, scores.all.fp, scores.all.fn);
    const figures: Figures = {
      sentences: sentences.length,
      documents: docs.length,
      entities: scores.all.tp + scores.all.fn,
      precision: all.precision,
      recall: all.recall,
      f1: all.f1,
    };
    for (const [type, c] of Object.entries(scores.byType)) figures[`f1_${type}`] = prf(c.tp, c.fp, c.fn).f1;
    figures.f1_sentence_alone = prf(alone.all.tp, alone.all.fp, alone.all.fn).f1;
    figures.tokens_per_second = Math.round(tokens / seconds);
    return figures;
  },
};
