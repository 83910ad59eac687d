/**
 * Scoring of actor codes for the actor evaluators: each gold actor is a sentence, the words naming the
 * actor in it, and its country and sector (either may be unknown). The sentence goes through analyze();
 * the mentions over the words are the stage's answer. Recall counts a gold code the stage left out as a
 * miss; precision is over the gold actors the stage gave a code of that kind.
 */
import type { Lang, Mention } from '../src/core/analysis.js';
import { analyze } from '../src/index.js';
import { round, type Figures } from './harness.js';

export interface GoldActor {
  text: string;
  words: string;
  published: string | null;
  country: string | null;
  sector: string | null;
}

const LETTER = /\p{L}/u;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The mentions with an actor over the words (found accent- and case-insensitively), or null when the words are not in the sentence. */
function mentionsOver(text: string, words: string, mentions: readonly Mention[]): Mention[] | null {
  const hay = fold(text);
  const needle = fold(words);
  let at = hay.indexOf(needle);
  // Whole words only: "US" is not the "us" of "pushing".
  while (at >= 0 && (LETTER.test(hay[at - 1] ?? '') || LETTER.test(hay[at + needle.length] ?? ''))) at = hay.indexOf(needle, at + 1);
  if (at < 0) return null;
  const end = at + words.length;
  return mentions.filter((m) => m.actor && m.start < end && m.end > at);
}

export function scoreActors(golds: readonly GoldActor[], lang: Lang): Figures {
  let located = 0;
  let covered = 0;
  const country = { gold: 0, predicted: 0, correct: 0 };
  const sector = { gold: 0, predicted: 0, correct: 0 };
  const cache = new Map<string, Mention[]>();
  for (const g of golds) {
    let mentions = cache.get(g.text);
    if (!mentions) cache.set(g.text, (mentions = analyze({ text: g.text, lang, published: g.published }).mentions));
    const over = mentionsOver(g.text, g.words, mentions);
    if (!over) continue;
    located++;
    if (over.length) covered++;
    const countries = new Set<string | null>(over.map((m) => m.actor!.country).filter(Boolean));
    const sectors = new Set<string | null>(over.map((m) => m.actor!.sector).filter(Boolean));
    if (g.country) {
      country.gold++;
      if (countries.size) country.predicted++;
      if (countries.has(g.country)) country.correct++;
    }
    if (g.sector) {
      sector.gold++;
      if (sectors.size) sector.predicted++;
      if (sectors.has(g.sector)) sector.correct++;
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : round(a / b));
  return {
    goldActors: golds.length,
    locatedInText: located,
    coveredByAMention: ratio(covered, located),
    countryGold: country.gold,
    countryRecall: ratio(country.correct, country.gold),
    countryPrecision: ratio(country.correct, country.predicted),
    sectorGold: sector.gold,
    sectorRecall: ratio(sector.correct, sector.gold),
    sectorPrecision: ratio(sector.correct, sector.predicted),
  };
}
