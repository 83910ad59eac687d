import type { MultiwordToken, SyntaxWord } from '../core/analysis.js';
import type { Stage } from '../core/stage.js';
import { syntaxModel } from './models.js';
import { parseSentence } from './parse-sentence.js';

/**
 * UPOS, lemma, morphology and a dependency tree for every sentence, from the language's trained model.
 * Documents in a language without a model (`und`) get no syntax layer, and the later stages read
 * without it. The whole layer is computed only when the caller asks for it (StageContext.syntax); the
 * event coder parses the sentences it needs on its own (src/syntax/sentence-tree.ts), which reuses the
 * layer when it is there.
 */
export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['lang', 'sentences', 'tokens'],
  provides: ['syntax'],
  run(doc, ctx) {
    const lang = doc.lang;
    if (!ctx.syntax || (lang !== 'es' && lang !== 'en')) return;
    const model = syntaxModel(lang);
    const words: SyntaxWord[] = [];
    const sentenceWords: number[] = [];
    const multiwords: MultiwordToken[] = [];
    const { tokens } = doc;
    let t = 0;
    for (let s = 0; s < doc.sentences.length; s++) {
      sentenceWords.push(words.length);
      const first = t;
      while (t < tokens.length && tokens[t]!.sentence === s) t++;
      if (t === first) continue;
      const parsed = parseSentence(tokens, first, t, s, lang, model);
      // The layer indexes words document-wide.
      const base = words.length;
      for (const w of parsed.words) words.push(w.head < 0 ? w : { ...w, head: base + w.head });
      for (const m of parsed.multiwords) multiwords.push({ ...m, first: base + m.first, last: base + m.last });
    }
    sentenceWords.push(words.length);
    doc.syntax = { model: model.name, words, multiwords, sentenceWords };
    ctx.trace.record(model.name, 0, doc.text.length, () => `${words.length} syntactic words in ${doc.sentences.length} sentences`);
  },
};
