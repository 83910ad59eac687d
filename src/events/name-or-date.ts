import type { SegmentKind, TimeExpr } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';
import type { Match } from './match.js';
import type { Pattern } from './tables.js';
import type { SentenceView } from './view.js';

export const IN_NAME_RULE = 'events:trigger-in-name';
export const IN_DATE_RULE = 'events:trigger-in-date';

const UPPER_FIRST = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;

/** Parts of a page whose lines may be written in title case ("Putin Meets Xi in Moscow"). */
const HEADLINE_PARTS: ReadonlySet<SegmentKind> = new Set(['title', 'heading', 'teaser']);

/**
 * Whether the sentence is a headline in title case: most of its words start with a capital, where a
 * capital says nothing about a word being a name.
 */
function titleCase(view: SentenceView): boolean {
  if (!HEADLINE_PARTS.has(view.doc.segments[view.doc.sentences[view.sentence]!.segment]!.kind)) return false;
  let words = 0;
  let capital = 0;
  for (let i = 0; i < view.count; i++) {
    const text = view.doc.tokens[view.offset + i]!.text;
    if (!LETTERS.test(text)) continue;
    words++;
    if (UPPER_FIRST.test(text)) capital++;
  }
  return capital * 2 > words;
}

/** Small words that join the capitalised words of one name ("Court of Appeals", "Frente de Liberación"). */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'las', 'los', 'el', 'y']);

/** Whether token i of the sentence starts with a capital. */
function capital(view: SentenceView, i: number): boolean {
  return i >= 0 && i < view.count && UPPER_FIRST.test(view.doc.tokens[view.offset + i]!.text);
}

/** Whether the next word from i in direction `step`, across joiners, is capitalised (the sentence's first word never counts: it is capitalised whatever it is). */
function capitalNext(view: SentenceView, i: number, step: -1 | 1): boolean {
  let j = i + step;
  while (j >= 0 && j < view.count && JOINERS.has(view.norm[j]!)) j += step;
  return j > 0 && capital(view, j);
}

/**
 * Why a candidate's head word is no event word at all, whatever the pattern: it lies inside a time
 * expression ("In March", "hace 15 días"), or it is a capitalised word, not the sentence's first, inside
 * a name: one the actors stage found, or a run of capitalised words ("The Canadian Press", "Court of
 * Appeals", "Ejército de Liberación Nacional"); null when none holds. Each is true of the word in any sentence, so the check needs no
 * list of words. A headline in title case says nothing by its capitals and is left alone.
 */
export function partOfNameOrDate(view: SentenceView, m: Match<Pattern>, times: readonly TimeExpr[]): string | null {
  const head = m.at[m.item.head] ?? m.first;
  if (head < 0) return null;
  const token = view.doc.tokens[view.offset + head]!;
  for (const t of times) {
    if (t.start <= token.start && token.end <= t.end) return IN_DATE_RULE;
  }
  if (head === 0 || !UPPER_FIRST.test(token.text)) return null;
  const mi = view.mention[head]!;
  const mention = mi >= 0 ? view.doc.mentions[mi]! : null;
  // A name the actors stage found must be more than the word itself (a lone capitalised trigger may follow a quote mark).
  const inMention = mention !== null && mention.end - mention.start > token.end - token.start;
  if (!inMention && !capitalNext(view, head, -1) && !capitalNext(view, head, 1)) return null;
  // A Spanish name puts its head first: a trigger opening it names a thing of its own kind, an event
  // ("la Marcha Federal", "la Huelga General"), where one inside it ("Ejército de Liberación") does not.
  if (view.tables.lang === 'es' && !capitalNext(view, head, -1) && capitalNext(view, head, 1)) return null;
  return titleCase(view) ? null : IN_NAME_RULE;
}

/**
 * Whether a candidate (in a sentence whose time expressions are `times`) is dropped before matches compete for the sentence's words (so a longer pattern
 * through a date, "hace 15 días tras protestas", leaves "protestas" to its own pattern); the drop is traced.
 */
export function notAnEventWord(view: SentenceView, m: Match<Pattern>, times: readonly TimeExpr[], trace: Tracer): boolean {
  const why = partOfNameOrDate(view, m, times);
  if (!why) return false;
  const tok = view.doc.tokens[view.offset + (m.at[m.item.head] ?? m.first)]!;
  trace.record(why, tok.start, tok.end, () => `${m.item.id} dropped: "${tok.text}" is part of ${why === IN_DATE_RULE ? 'a date' : 'a name'}`);
  return true;
}
