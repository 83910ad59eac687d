import { calendarSpan } from '../time/calendar-span.js';
import type { SentenceTree } from '../syntax/sentence-tree.js';

/**
 * How many days before its publication an article's news reaches: a weekly paper reports the past week.
 * An event whose date lies clearly earlier than that is history the article recalls.
 */
export const NEWS_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;
/** The past perfect's auxiliary: "había/habían firmado", "had signed". */
const PERFECT_AUX = new Set(['haber', 'have']);

/**
 * Whether an event dated `date` is background to an article published on `published`: the middle of the
 * calendar span the date covers lies more than NEWS_WINDOW_DAYS before the publication day. The middle,
 * so a coarse date counts by where it most likely falls: "el mes pasado" in early February is January
 * (background), "este año" is not, "la semana pasada" is news.
 */
export function datedBefore(date: string, published: string): boolean {
  const span = calendarSpan(date);
  const pub = calendarSpan(published);
  if (!span || !pub) return false;
  const middle = (Date.parse(span.from) + Date.parse(span.to)) / 2;
  return middle < Date.parse(pub.from) - NEWS_WINDOW_DAYS * DAY_MS;
}

/**
 * Whether the event headed by tree word `w` is told in the past perfect ("había firmado", "had signed"):
 * the auxiliary of "haber"/"have" in a past tense. Its time lies before the time the article narrates.
 */
export function pastPerfect(tree: SentenceTree, w: number): boolean {
  for (const c of tree.children[w]!) {
    const word = tree.words[c]!;
    if (word.deprel !== 'aux' || !PERFECT_AUX.has(tree.lemma[c]!)) continue;
    if (word.feats.includes('Tense=Imp') || word.feats.includes('Tense=Past')) return true;
  }
  return false;
}

/**
 * Whether an event is background: its own date lies clearly before the article's window, or, when it has
 * none of its own (it defaulted to the publication day), it is told in the past perfect.
 */
export function isBackground(date: string | null, dateFrom: string | null, published: string | null, perfect: boolean): boolean {
  if (date && dateFrom && dateFrom !== 'published' && published) return datedBefore(date, published);
  return perfect;
}
