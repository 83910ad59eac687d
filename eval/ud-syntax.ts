/**
 * The shipped syntax models on the project's own test part of the UD treebanks (every tenth block of 50
 * sentences, never trained on: see src/syntax/treebank.ts), per language and per treebank. Words are the
 * gold words (as the UD evaluation script's gold tokenisation); every word counts, punctuation included.
 */
import { readFileSync } from 'node:fs';
import { parseConllu } from '../src/syntax/conllu.js';
import { syntaxModel } from '../src/syntax/models.js';
import { isOwnTest, TREEBANKS } from '../src/syntax/treebank.js';
import { DATA_ROOT, type Evaluator, type Figures } from './harness.js';
import { scoreSyntax } from './syntax-score.js';

export const udSyntaxEvaluator: Evaluator = {
  name: 'ud-syntax',
  description: 'UPOS, morphology, lemma, UAS and LAS of the syntax models on their own held-out test part',
  needs: [...TREEBANKS.es, ...TREEBANKS.en],
  run() {
    const figures: Figures = {};
    for (const lang of ['es', 'en'] as const) {
      const model = syntaxModel(lang);
      const all = [];
      for (const rel of TREEBANKS[lang]) {
        const test = parseConllu(readFileSync(DATA_ROOT + rel, 'utf8'), rel).filter((_, i) => isOwnTest(i));
        all.push(...test);
        // A file of fewer than 450 sentences has no tenth block (GSD test, GUM news): all of it is training data.
        if (test.length === 0) continue;
        const s = scoreSyntax(model, test);
        const bank = rel.split('/')[1]!.replace(/-ud-.*$/, '') + rel.replace(/^.*-ud-(\w+)\.conllu$/, '-$1');
        figures[`${bank} UAS/LAS`] = `${s.uas} / ${s.las}`;
      }
      const s = scoreSyntax(model, all);
      figures[`${lang} words`] = s.words;
      figures[`${lang} UPOS`] = s.upos;
      figures[`${lang} morphology (exact)`] = s.morph;
      figures[`${lang} lemma`] = s.lemma;
      figures[`${lang} UAS`] = s.uas;
      figures[`${lang} LAS`] = s.las;
      figures[`${lang} LAS with subtypes`] = s.lasFull;
    }
    return figures;
  },
};
