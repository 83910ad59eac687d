import type { ConlluSentence } from './conllu.js';

/** The treebanks each language's models learn from (relative to ../shared/data) — see models/README.md. */
export const TREEBANKS: Record<'es' | 'en', readonly string[]> = {
  es: [
    'ud-spanish/es_ancora-ud-dev.conllu', 'ud-spanish/es_ancora-ud-test.conllu',
    'ud-spanish/es_gsd-ud-dev.conllu', 'ud-spanish/es_gsd-ud-test.conllu',
  ],
  en: [
    'ud-english/en_ewt-ud-dev.conllu', 'ud-english/en_ewt-ud-test.conllu',
    'ud-english/en_gum-news-ud-dev.conllu', 'ud-english/en_gum-news-ud-test.conllu',
  ],
};

/**
 * The project's own test part: every tenth block of 50 consecutive sentences of each file. Blocks keep
 * most of a document's sentences together, so the test part is not full of near-copies of training
 * sentences from the same article.
 */
export function isOwnTest(sentenceIndex: number): boolean {
  return Math.floor(sentenceIndex / 50) % 10 === 9;
}

/**
 * A development part carved out of the training part (the fifth block of every ten), for comparing
 * training settings (`train-syntax --dev`) without looking at the own test part.
 */
export function isDevPart(sentenceIndex: number): boolean {
  return Math.floor(sentenceIndex / 50) % 10 === 4;
}

/** The morphological features the model predicts (what the event coder reads: person, tense, mood…). */
export const MORPH_KEYS: ReadonlySet<string> = new Set(['Gender', 'Number', 'Person', 'Tense', 'Mood', 'VerbForm', 'Voice', 'Polarity']);

/** A FEATS column reduced to MORPH_KEYS, in UD's alphabetical order; `_` when none is left. */
export function morphOf(feats: string): string {
  if (feats === '_' || feats === '') return '_';
  const kept = feats.split('|').filter((f) => MORPH_KEYS.has(f.slice(0, f.indexOf('='))));
  return kept.length > 0 ? kept.join('|') : '_';
}

/** Multiword tokens of a sentence with the words they split into: `del` → `de el`. */
export function multiwordSplits(s: ConlluSentence): { token: string; parts: string[] }[] {
  const out: { token: string; parts: string[] }[] = [];
  for (const e of s.extra) {
    const cols = e.line.split('\t');
    const m = /^(\d+)-(\d+)$/.exec(cols[0]!);
    if (!m) continue;
    const parts = s.words.slice(Number(m[1]) - 1, Number(m[2])).map((w) => w.form.toLowerCase());
    out.push({ token: cols[1]!.toLowerCase(), parts });
  }
  return out;
}
