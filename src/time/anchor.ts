import type { SegmentKind } from '../core/analysis.js';
import { dayNumber, daysInMonth, fromDayNumber, isValidDate, weekdayOf } from './calendar.js';
import type { AtomReader } from './reader.js';
import type { Match, Sem } from './sem.js';

/** The time expressions of one segment, with the reader that found them. */
export interface SegmentTimes {
  kind: SegmentKind;
  reader: AtomReader;
  matches: Match[];
}

export interface InferredAnchor {
  day: number;
  rule: string;
  match: Match;
  reader: AtomReader;
}

type DateSem = Extract<Sem, { t: 'date' }>;

function dateOf(sem: Sem): DateSem | null {
  if (sem.t === 'date') return sem;
  if (sem.t === 'clock' && sem.date?.t === 'date') return sem.date;
  return null;
}

/** Segments whose dates are not the story's own: another story's headline, page furniture, debris. */
const FOREIGN: ReadonlySet<SegmentKind> = new Set(['teaser', 'boilerplate', 'fragment', 'caption']);

/**
 * The publication date told by the text itself: a dateline's date ("MADRID, 3 mar (EFE)"), else the
 * first full date said to be today ("Este miércoles 4 de febrero 2026", "hoy, 4 de febrero de 2026")
 * whose weekday agrees with it. A dateline without a year takes the year that puts it nearest the
 * explicit dates of the article; with no year anywhere there is no anchor.
 */
export function inferAnchor(parts: readonly SegmentTimes[]): InferredAnchor | null {
  const line = datelineDate(parts);
  if (line) {
    const y = line.date.year.y ?? yearFromContext(line.date.m, line.date.d, parts);
    if (y !== null && isValidDate(y, line.date.m, line.date.d)) return { day: dayNumber(y, line.date.m, line.date.d), rule: 'anchor.dateline', match: line.match, reader: line.reader };
  }
  for (const p of parts) {
    if (FOREIGN.has(p.kind)) continue;
    for (let x = 0; x < p.matches.length; x++) {
      const m = p.matches[x]!;
      const d = dateOf(m.sem);
      if (d && d.dx === 'this' && d.wd !== null && d.year.y !== null && isValidDate(d.year.y, d.m, d.d)) {
        const n = dayNumber(d.year.y, d.m, d.d);
        if (weekdayOf(n) === d.wd) return { day: n, rule: 'anchor.this-weekday-date', match: m, reader: p.reader };
      }
      const next = p.matches[x + 1];
      if (m.sem.t === 'relday' && m.sem.off === 0 && next && (next.s === m.e || (next.s === m.e + 1 && p.reader.isMark(m.e, ',')))) {
        const nd = dateOf(next.sem);
        if (nd && nd.year.y !== null && isValidDate(nd.year.y, nd.m, nd.d)) {
          const n = dayNumber(nd.year.y, nd.m, nd.d);
          if (nd.wd === null || weekdayOf(n) === nd.wd) return { day: n, rule: 'anchor.today-date', match: next, reader: p.reader };
        }
      }
    }
  }
  return null;
}

export interface DatelineDate {
  date: DateSem;
  match: Match;
  reader: AtomReader;
}

/** The first date a dateline segment gives ("LIMA, 3 mar. (EFE).-"), unless told from the anchor's year. */
export function datelineDate(parts: readonly SegmentTimes[]): DatelineDate | null {
  for (const p of parts) {
    if (p.kind !== 'dateline') continue;
    for (const m of p.matches) {
      const d = dateOf(m.sem);
      if (d && d.year.yoff === null) return { date: d, match: m, reader: p.reader };
    }
  }
  return null;
}

/**
 * How far (in days) a dateline may lie from the given publication date before they conflict: wire copy
 * is dated the day it is filed, and a site often stamps it the day after, or the day before across time zones.
 */
const DATELINE_SLACK = 1;

/**
 * The dateline's day when it contradicts the given publication date (its year, or the year that puts it
 * nearest that date), else null: the given date still anchors, and the conflict is reported.
 */
export function datelineConflict(line: DatelineDate, published: number): number | null {
  const { m, d } = line.date;
  const py = fromDayNumber(published).y;
  let best: number | null = null;
  for (const y of line.date.year.y !== null ? [line.date.year.y] : [py - 1, py, py + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (best === null || Math.abs(n - published) < Math.abs(best - published)) best = n;
  }
  return best !== null && Math.abs(best - published) > DATELINE_SLACK ? best : null;
}

/** Day intervals [start, end] the text dates explicitly, by precision: 0 a day, 1 a month, 2 a year. */
function explicitSpans(sem: Sem, out: Array<[number, number, number]>): void {
  switch (sem.t) {
    case 'date':
      if (sem.year.y !== null && isValidDate(sem.year.y, sem.m, sem.d)) {
        const n = dayNumber(sem.year.y, sem.m, sem.d);
        out.push([n, n, 0]);
      }
      break;
    case 'month':
      if (sem.year.y !== null) out.push([dayNumber(sem.year.y, sem.m, 1), dayNumber(sem.year.y, sem.m, daysInMonth(sem.year.y, sem.m)), 1]);
      break;
    case 'year':
      out.push([dayNumber(sem.y, 1, 1), dayNumber(sem.y, 12, 31), 2]);
      break;
    case 'range':
      explicitSpans(sem.a, out);
      explicitSpans(sem.b, out);
      break;
    case 'clock':
      if (sem.date) explicitSpans(sem.date, out);
      break;
    default:
  }
}

/**
 * The year of a dateline's day and month, from the dates the article names with a year. The most precise
 * ones decide: full dates (the year that puts the dateline nearest one of them), else months, else the
 * year named most often (ties: the later).
 */
function yearFromContext(m: number, d: number, parts: readonly SegmentTimes[]): number | null {
  const spans: Array<[number, number, number]> = [];
  for (const p of parts) for (const x of p.matches) explicitSpans(x.sem, spans);
  if (spans.length === 0) return null;
  const precision = Math.min(...spans.map((s) => s[2]));
  const used = spans.filter((s) => s[2] === precision);
  if (precision === 2) {
    const count = new Map<number, number>();
    for (const [start] of used) {
      const y = fromDayNumber(start).y;
      count.set(y, (count.get(y) ?? 0) + 1);
    }
    let best: number | null = null;
    for (const [y, c] of count) if (best === null || c > count.get(best)! || (c === count.get(best)! && y > best)) best = y;
    return best !== null && isValidDate(best, m, d) ? best : null;
  }
  let best: number | null = null;
  let bestDist = Infinity;
  for (const [start, end] of used) {
    for (const n of [start, end]) {
      const y0 = fromDayNumber(n).y;
      for (let y = y0 - 1; y <= y0 + 1; y++) {
        if (!isValidDate(y, m, d)) continue;
        const at = dayNumber(y, m, d);
        let dist = Infinity;
        for (const [s2, e2] of used) dist = Math.min(dist, at < s2 ? s2 - at : at > e2 ? at - e2 : 0);
        if (dist < bestDist || (dist === bestDist && best !== null && y > best)) {
          best = y;
          bestDist = dist;
        }
      }
    }
  }
  return best;
}
