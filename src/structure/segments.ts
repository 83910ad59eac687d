import type { Lang, Segment } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';

/** Splits the text into blocks separated by line breaks and classifies each. */
export function segmentText(text: string, _lang: Lang, _trace: Tracer): Segment[] {
  const segments: Segment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    segments.push({ kind: segments.length === 0 ? 'title' : 'body', start, end: start + trimmed.length });
  }
  return segments;
}
