import type { ConlluSentence } from '../src/syntax/conllu.js';
import type { SyntaxModel } from '../src/syntax/syntax-model.js';
import { morphOf } from '../src/syntax/treebank.js';

export interface SyntaxScores {
  sentences: number;
  words: number;
  upos: number;
  /** Exact match of the predicted features (those the model predicts, see MORPH_KEYS). */
  morph: number;
  lemma: number;
  uas: number;
  /** As the CoNLL 2018 script scores it: the universal part of the relation (`nsubj` for `nsubj:pass`). */
  las: number;
  /** With subtypes. */
  lasFull: number;
}

const pct = (a: number, b: number): number => Math.round((10000 * a) / Math.max(1, b)) / 100;

/** Tags and parses the gold words of each sentence and scores every word, punctuation included. */
export function scoreSyntax(model: SyntaxModel, sentences: readonly ConlluSentence[]): SyntaxScores {
  let words = 0, upos = 0, morph = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
  for (const s of sentences) {
    const out = model.analyze(s.words.map((w) => w.form));
    s.words.forEach((g, i) => {
      const p = out[i]!;
      words++;
      if (p.upos === g.upos) upos++;
      if (p.feats === morphOf(g.feats)) morph++;
      if (p.lemma === g.lemma) lemma++;
      if (p.head === g.head) {
        uas++;
        if (p.deprel.split(':')[0] === g.deprel.split(':')[0]) las++;
        if (p.deprel === g.deprel) lasFull++;
      }
    });
  }
  return {
    sentences: sentences.length, words, upos: pct(upos, words), morph: pct(morph, words), lemma: pct(lemma, words),
    uas: pct(uas, words), las: pct(las, words), lasFull: pct(lasFull, words),
  };
}
