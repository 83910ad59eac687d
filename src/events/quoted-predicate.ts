import type { EventActor } from '../core/analysis.js';
import { actorsAt, governingPrep } from './roles.js';
import type { SentenceView } from './view.js';

const OPENING_QUOTES = new Set(['"', '«', '“']);

/**
 * 'la UE «condena con firmeza…»', 'el ministro "lamentó" la decisión': a quote that opens at the trigger,
 * right after a name, quotes the predicate of that name, and parsers read the quoted verb as a modifier and
 * give it no subject. The mention just before the opening mark, not governed by a preposition ("según la
 * UE «…»"), is then the subject. `head` is the trigger's sentence-local token; [] when the shape is not that.
 */
export function subjectBeforeQuote(view: SentenceView, head: number): EventActor[] {
  const q = head - 1;
  if (q < 1 || !OPENING_QUOTES.has(view.norm[q]!)) return [];
  const { tokens, text } = view.doc;
  const mark = tokens[view.offset + q]!;
  // An opening mark is glued to the word after it and spaced from the one before ('la UE "condena', not 'dijo", condena').
  if (tokens[view.offset + head]!.start !== mark.end || !/\s/.test(text[mark.start - 1] ?? '')) return [];
  const m = view.mention[q - 1]!;
  if (m < 0) return [];
  let first = q - 1;
  while (first > 0 && view.mention[first - 1] === m) first--;
  if (governingPrep(view, first, -1) !== null) return [];
  return actorsAt(view, m);
}
