import type { MultiwordToken, SyntaxWord, Upos } from '../core/analysis.js';
import type { Stage } from '../core/stage.js';
import { syntaxModel } from './models.js';
import { syntacticWords } from './words.js';

/**
 * UPOS, lemma, morphology and a dependency tree for every sentence, from the language's trained model.
 * Documents in a language without a model (`und`) get no syntax layer, and the later stages read
 * without it. It runs only when the caller asks for the layer (StageContext.syntax) while no later stage
 * reads the tree yet.
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
      const spans = syntacticWords(tokens.slice(first, t), first, lang, model.lexicon);
      const parsed = model.analyze(spans.map((w) => w.form));
      const base = words.length;
      for (let i = 0; i < spans.length; i++) {
        const w = spans[i]!;
        if (i + 1 < spans.length && spans[i + 1]!.token === w.token && (i === 0 || spans[i - 1]!.token !== w.token)) {
          let last = i + 1;
          while (last + 1 < spans.length && spans[last + 1]!.token === w.token) last++;
          const tok = tokens[w.token]!;
          multiwords.push({ start: tok.start, end: tok.end, first: base + i, last: base + last });
        }
        const p = parsed[i]!;
        words.push({
          start: w.start, end: w.end, form: w.form, lemma: p.lemma, upos: p.upos as Upos, feats: p.feats,
          head: p.head === 0 ? -1 : base + p.head - 1, deprel: p.deprel, sentence: s,
        });
      }
    }
    sentenceWords.push(words.length);
    doc.syntax = { model: model.name, words, multiwords, sentenceWords };
    ctx.trace.record(model.name, 0, doc.text.length, () => `${words.length} syntactic words in ${doc.sentences.length} sentences`);
  },
};
