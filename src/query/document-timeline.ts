import type { Analysis, QuadClass } from '../core/analysis.js';
import { calendarSpan, type Precision } from '../time/calendar-span.js';

export type { Precision };

/** One event of the article as the timeline shows it: enough to draw and label it, its id to open it. */
export interface TimelineEvent {
  id: string;
  type: string;
  cameo: string;
  quadClass: QuadClass;
  goldstein: number;
  trigger: string;
  modality: string;
  negated: boolean;
  /** The date fell back on the publication date: the article does not say when it happened. */
  defaulted: boolean;
}

/** One point or stretch of calendar time the article speaks of, with what it says happened then. */
export interface TimelineEntry {
  /** The ISO value as the analysis gives it: 2026-02-04, 2026-02-04T10:00, 2026-W06, 2026-02, 2026, 2026-08-08/2026-08-09. */
  value: string;
  precision: Precision;
  /** The first and last day it covers (YYYY-MM-DD), so a week, a month or a range can be drawn as a bar. */
  from: string;
  to: string;
  /**
   * Days from the publication day to the nearest day the entry covers: negative when it ends before,
   * positive when it starts after, 0 when it covers the publication day; null when that is unknown.
   */
  offset: number | null;
  /** Whether this is the publication day itself. */
  publication: boolean;
  /** The time expressions with this value (ids, in text order). */
  times: string[];
  events: TimelineEvent[];
}

/** The chronology of one article: what it says happened when, against its publication date. */
export interface DocumentTimeline {
  document: string;
  published: { value: string; source: string } | null;
  /** Ordered by first day, then last day (shorter first), then value. */
  entries: TimelineEntry[];
  /** Events without a date, or with one no calendar can place (XXXX-02-04). */
  undated: TimelineEvent[];
  /**
   * Time expressions that are no place on a calendar: durations (P2W), recurrences (R/P1W) and dates
   * whose year or month the article never fixes (XXXX-02-04).
   */
  unplaced: string[];
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function offsetFrom(day: string, span: { from: string; to: string }): number {
  if (span.to < day) return daysBetween(day, span.to);
  if (span.from > day) return daysBetween(day, span.from);
  return 0;
}

/**
 * The article's chronology from its analysis alone: each calendar value its time expressions and
 * event dates take, in calendar order, with the events dated by it. Pure, so the API and a test read
 * the same thing; nothing is stored for it.
 */
export function documentTimeline(a: Analysis): DocumentTimeline {
  const published = a.document.published;
  const pubDay = published ? calendarSpan(published.value) : null;
  const entries = new Map<string, TimelineEntry>();
  const entryFor = (value: string): TimelineEntry | null => {
    let e = entries.get(value);
    if (e) return e;
    const span = calendarSpan(value);
    if (!span) return null;
    e = {
      value,
      ...span,
      offset: pubDay ? offsetFrom(pubDay.from, span) : null,
      publication: published !== null && value === published.value,
      times: [],
      events: [],
    };
    entries.set(value, e);
    return e;
  };
  if (published) entryFor(published.value);
  const unplaced: string[] = [];
  for (const t of a.times) {
    const e = entryFor(t.value);
    if (e) e.times.push(t.id);
    else unplaced.push(t.id);
  }
  const undated: TimelineEvent[] = [];
  for (const ev of a.events) {
    const item: TimelineEvent = {
      id: ev.id,
      type: ev.type,
      cameo: ev.cameo,
      quadClass: ev.quadClass,
      goldstein: ev.goldstein,
      trigger: ev.trigger.text,
      modality: ev.modality,
      negated: ev.negated,
      defaulted: ev.dateFrom === 'published',
    };
    const e = ev.date ? entryFor(ev.date) : null;
    if (e) e.events.push(item);
    else undated.push(item);
  }
  const ordered = [...entries.values()].sort(
    (x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : x.value < y.value ? -1 : x.value > y.value ? 1 : 0),
  );
  return { document: a.document.id, published, entries: ordered, undated, unplaced };
}
