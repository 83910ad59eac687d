import type { Lang, Span } from '../core/analysis.js';

/** Sentence boundaries inside text[start, end). */
export function splitSentences(text: string, start: number, end: number, _lang: Lang): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?]+[.!?]*/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const s = start + m.index + lead;
    spans.push({ start: s, end: s + trimmed.length });
  }
  return spans;
}
