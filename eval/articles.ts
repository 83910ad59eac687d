/**
 * Whole articles (issue 14): how many events an article yields once the mentions of one happening are
 * merged, against how many it yielded before (one per mention), on the CoNLL-2002 Spanish dev stories
 * (EFE wire, May 2000; each story split at its agency dateline, its tokens joined back into text, one
 * sentence per paragraph). There is no gold count per article here: the figure to watch is events per
 * article against the 4–5 a human coder records (the hand-judged pages), and the share of the
 * merged events that name both sides.
 */
import { readFileSync } from 'node:fs';
import { conllDocuments, parseConll } from '../src/ner/conll.js';
import { analyze } from '../src/index.js';
import { DATA_ROOT, round, type Evaluator, type Figures } from './harness.js';

const TESTA = 'conll2002-es/esp.testa';
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', ')', '?', '!', '»', '%', '"']);
const NO_SPACE_AFTER = new Set(['(', '¿', '¡', '«']);
const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** Tokens back into running text: no space before closing punctuation or after opening. */
export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(tokens[i - 1]!)) out += ' ';
    out += t;
  }
  return out;
}

/** The story's day from its dateline ("Madrid , 23 may ( EFE )"): the wire is of 2000. */
function datelineDay(tokens: readonly string[]): string | null {
  for (let i = 0; i + 1 < Math.min(tokens.length, 12); i++) {
    const month = MONTHS.indexOf(tokens[i + 1]!.toLowerCase().slice(0, 3));
    const day = Number(tokens[i]);
    if (month >= 0 && Number.isInteger(day) && day >= 1 && day <= 31) return `2000-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

export const articlesEvaluator: Evaluator = {
  name: 'articles',
  description: 'Whole Spanish wire stories (CoNLL-2002 esp.testa): events per article after merging the mentions of one happening, and before (one per mention); background share',
  needs: [TESTA],
  run(): Figures {
    const docs = conllDocuments(parseConll(readFileSync(DATA_ROOT + TESTA, 'utf8'), TESTA, false));
    let events = 0;
    let mentions = 0;
    let background = 0;
    let bothSides = 0;
    let articles = 0;
    for (const doc of docs) {
      const sentences = doc.map((s) => s.tokens).filter((t) => !(t.length === 1 && t[0] === '-'));
      if (sentences.length === 0) continue;
      articles++;
      const a = analyze({ text: sentences.map(joinTokens).join('\n\n'), lang: 'es', published: datelineDay(sentences[0]!) });
      for (const e of a.events) {
        if (e.segment === 'teaser') continue;
        events++;
        mentions += e.mentions.length;
        if (e.background) background++;
        if (e.actor.length && e.recipient.length) bothSides++;
      }
    }
    return {
      articles,
      'events per article': round(events / articles, 2),
      'events per article before merging': round(mentions / articles, 2),
      'news events per article': round((events - background) / articles, 2),
      'background share': round(background / Math.max(1, events)),
      'both sides named': round(bothSides / Math.max(1, events)),
    };
  },
};
