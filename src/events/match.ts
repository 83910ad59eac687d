import type { Element, PatternIndex } from './tables.js';

/** A pattern found over tokens[first..last] of a sentence view; `at` holds the token of each element (-1 for gaps). */
export interface Match<P> {
  item: P;
  first: number;
  last: number;
  at: number[];
}

/** What the matcher reads of a sentence: folded words, and which tokens a gap may skip (words and numbers). */
export interface MatchInput {
  readonly norm: readonly string[];
  readonly skippable: readonly boolean[];
}

function matchFrom(elements: readonly Element[], e: number, pos: number, end: number, input: MatchInput, at: number[]): boolean {
  if (e === elements.length) return true;
  const el = elements[e]!;
  if (el.gap) {
    at[e] = -1;
    // Shortest gap first: the nearest completion is the likeliest reading.
    for (let skip = 0; skip <= el.max && pos + skip < end; skip++) {
      if (skip > 0 && !input.skippable[pos + skip - 1]) return false;
      if (matchFrom(elements, e + 1, pos + skip, end, input, at)) return true;
    }
    return false;
  }
  if (pos >= end || !el.forms.has(input.norm[pos]!)) return false;
  at[e] = pos;
  return matchFrom(elements, e + 1, pos + 1, end, input, at);
}

/** Every pattern of `index` that matches starting at token `i` (and ends before `end`). */
export function matchesAt<P extends { elements: readonly Element[] }>(
  index: PatternIndex<P>, input: MatchInput, i: number, end: number, out: Match<P>[],
): void {
  const candidates = index.byAnchor.get(input.norm[i]!);
  if (!candidates) return;
  for (const item of candidates) {
    const at = new Array<number>(item.elements.length);
    at[0] = i;
    if (matchFrom(item.elements, 1, i + 1, end, input, at)) {
      let last = i;
      for (const p of at) if (p > last) last = p;
      out.push({ item, first: i, last, at });
    }
  }
}

/**
 * All matches in tokens[from, end), then the longest non-overlapping ones (earlier first on ties): a
 * longer pattern ("tuvieron una conversación") wins over a shorter one inside it ("conversación").
 * Blocking matches (`isBlock`) are taken first, so an idiom ("puesta en marcha") is never part of a
 * longer trigger. A match `admits` refuses (a verb read as a noun) takes no token, so another pattern
 * over the same words ("la protesta" as a noun) can.
 */
export function bestMatches<P extends { elements: readonly Element[] }>(
  index: PatternIndex<P>, input: MatchInput, from: number, end: number, isBlock: (item: P) => boolean = () => false,
  admits: (m: Match<P>) => boolean = () => true,
): Match<P>[] {
  let all: Match<P>[] = [];
  for (let i = from; i < end; i++) matchesAt(index, input, i, end, all);
  if (all.length) all = all.filter(admits);
  if (all.length < 2) return all;
  all.sort((a, b) => Number(isBlock(b.item)) - Number(isBlock(a.item)) || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Set<number>();
  const kept: Match<P>[] = [];
  for (const m of all) {
    if (m.at.some((p) => p >= 0 && taken.has(p))) continue;
    for (const p of m.at) if (p >= 0) taken.add(p);
    kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
}
