/** What the reader highlights: every annotation is an offset span into document.text. */
export type MarkKind = 'mention' | 'time' | 'quote' | 'event' | 'flag';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** The annotation's id in the analysis (m3, t0, q1, e2; flags by index). */
  id: string;
}

/** A run of text under one unchanging set of marks. */
export interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) of the text at every mark boundary, so overlapping and nested annotations (a mention
 * inside a quote, a trigger over a mention) each keep their exact span. Marks outside the range, or
 * empty, are ignored; pieces cover the range with no gap and in order.
 */
export function pieces(from: number, to: number, marks: readonly Mark[]): Piece[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
