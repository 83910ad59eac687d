import type { Lang, Span } from '../core/analysis.js';

/** A quoted stretch: `inner` is the text between the marks, `outer` includes them. */
export interface QuotedSpan {
  inner: Span;
  outer: Span;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '‘': '’', '"': '"' };
const LETTER = /\p{L}/u;

/**
 * Quoted stretches inside text[start, end) (one segment: a quote never crosses a segment boundary).
 * Typographic pairs are matched directly; straight double quotes pair up in order; straight single
 * quotes only in Spanish and only at word edges, so English apostrophes (don't, Xi's) never open one.
 */
export function findQuotes(text: string, start: number, end: number, lang: Lang): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    let close = PAIRS[ch];
    if (ch === "'" && lang === 'es' && atWordStart(text, i, start)) close = "'";
    if (!close || (ch === '‘' && !LETTER.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    const j = findClose(text, i + 1, end, close);
    if (j < 0) {
      i++;
      continue;
    }
    const inner = trimSpan(text, i + 1, j);
    if (inner.end > inner.start) out.push({ inner, outer: { start: i, end: j + 1 } });
    i = j + 1;
  }
  return out;
}

function atWordStart(text: string, i: number, start: number): boolean {
  return (i === start || !LETTER.test(text[i - 1]!)) && LETTER.test(text[i + 1] ?? '');
}

function findClose(text: string, from: number, end: number, close: string): number {
  for (let k = from; k < end; k++) {
    if (text[k] !== close) continue;
    // A straight single quote closes only at a word's end ("'Doctrina Donroe' al"), not inside "l'Etat".
    if (close === "'" && LETTER.test(text[k + 1] ?? '')) continue;
    return k;
  }
  return -1;
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  // "…away," said X: the comma belongs to the attribution, not to the words quoted.
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
