import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import { NO_FILTER, type EventFilter } from './filter.js';
import { mergedEventMatches } from './matching.js';

export interface QuadTotals {
  events: number;
  goldstein: number;
}

/** One period of a dyad's time series: events and Goldstein sums, in all and per quad class. */
export interface SeriesPoint {
  /** YYYY-MM-DD for days, YYYY-Www (ISO week) for weeks. */
  period: string;
  events: number;
  goldstein: number;
  quad: Record<'1' | '2' | '3' | '4', QuadTotals>;
}

/** The time series of the events one filter selects. */
export interface EventSeries {
  events: number;
  /** Events without a known day (not in the series). */
  undated: number;
  byDay: SeriesPoint[];
  byWeek: SeriesPoint[];
}

/** A directed series: what `from` did to `to`. */
export interface DirectedSeries extends EventSeries {
  from: string;
  to: string;
}

/**
 * A dyad's series (asserted events unless all modalities are asked for): the pair in all (either acting
 * on the other, or both together), then apart: A→B, B→A, and A with B acting together.
 */
export interface DyadStats extends EventSeries {
  pair: [string, string];
  /** Whether negated, intended, expected and hypothetical events were counted too. */
  allModalities: boolean;
  directed: { forward: DirectedSeries; backward: DirectedSeries; together: EventSeries };
}

/** One actor's series: every event it is on either side of. */
export interface ActorStats extends EventSeries {
  actor: string;
}

/** What the store holds. `events` counts real events (merged across articles); `codings` each article's. */
export interface Stats {
  documents: number;
  /** Documents once near-duplicates are folded into their first story. */
  stories: number;
  events: number;
  /** Events without a known day: in `events` and `eventsByType`, not in `eventsByDay`. */
  undatedEvents: number;
  codings: number;
  /** Article codings per document (news only: teasers and background left out), 0 for an empty store. */
  eventsPerArticle: number;
  /** Codings told as history (EventRecord.background): left out of every other count. */
  backgroundCodings: number;
  /** Distinct actor codes among the mentions. */
  actors: number;
  mentions: number;
  flags: number;
  flagsByKind: Record<string, number>;
  eventsByType: Record<string, number>;
  eventsByDay: Record<string, number>;
  dyad?: DyadStats;
  actor?: ActorStats;
}

const num = (v: unknown): number => Number(v ?? 0);

/** Monday-based ISO 8601 week of a YYYY-MM-DD day, e.g. 2026-02-04 -> 2026-W06. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  // The ISO year and week are those of the Thursday in the same Monday-to-Sunday week.
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function emptyPoint(period: string): SeriesPoint {
  const q = (): QuadTotals => ({ events: 0, goldstein: 0 });
  return { period, events: 0, goldstein: 0, quad: { '1': q(), '2': q(), '3': q(), '4': q() } };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export interface StatsOptions {
  dyad?: [string, string];
  actor?: string;
  /** Series count asserted events only unless this is set. */
  allModalities?: boolean;
}

/** Counts over the whole store (teaser-only events left out, as `events` does), and a dyad's series when asked. */
export async function computeStats(store: Store, options: StatsOptions = {}): Promise<Stats> {
  const { db, engine } = store;
  const all = mergedEventMatches(engine, NO_FILTER);
  const [docs, codings, mentions, flags, byType, byDay, flagKinds] = await Promise.all([
    db.selectFrom('documents').select([sql<number>`count(*)`.as('n'), sql<number>`count(DISTINCT story_id)`.as('stories')]).executeTakeFirstOrThrow(),
    db
      .selectFrom('events')
      .select([sql<number>`count(*) FILTER (WHERE background = 0)`.as('n'), sql<number>`count(*) FILTER (WHERE background <> 0)`.as('background')])
      .where('segment', '<>', 'teaser')
      .executeTakeFirstOrThrow(),
    db.selectFrom('mentions').select([sql<number>`count(*)`.as('n'), sql<number>`count(DISTINCT actor_code)`.as('actors')]).executeTakeFirstOrThrow(),
    db.selectFrom('flags').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('merged_events as m').select(['m.type', sql<number>`count(*)`.as('n')]).where(all).groupBy('m.type').orderBy('m.type').execute(),
    db.selectFrom('merged_events as m').select(['m.day', sql<number>`count(*)`.as('n')]).where(all).where('m.day', 'is not', null).groupBy('m.day').orderBy('m.day').execute(),
    db.selectFrom('flags').select(['kind', sql<number>`count(*)`.as('n')]).groupBy('kind').orderBy('kind').execute(),
  ]);
  const eventsByType = Object.fromEntries(byType.map((r) => [r.type, num(r.n)]));
  const events = Object.values(eventsByType).reduce((a, b) => a + b, 0);
  const eventsByDay = Object.fromEntries(byDay.map((r) => [r.day!, num(r.n)]));
  const stats: Stats = {
    documents: num(docs.n),
    stories: num(docs.stories),
    events,
    undatedEvents: events - Object.values(eventsByDay).reduce((a, b) => a + b, 0),
    codings: num(codings.n),
    eventsPerArticle: num(docs.n) ? round2(num(codings.n) / num(docs.n)) : 0,
    backgroundCodings: num(codings.background),
    actors: num(mentions.actors),
    mentions: num(mentions.n),
    flags: num(flags.n),
    flagsByKind: Object.fromEntries(flagKinds.map((r) => [r.kind, num(r.n)])),
    eventsByType,
    eventsByDay,
  };
  const allModalities = options.allModalities ?? false;
  const base: EventFilter = { ...NO_FILTER, assertedOnly: !allModalities };
  if (options.dyad) {
    const [a, b] = options.dyad;
    const [all, forward, backward, together] = await Promise.all([
      eventSeries(store, { ...base, dyad: options.dyad }),
      eventSeries(store, { ...base, actor: a, recipient: b }),
      eventSeries(store, { ...base, actor: b, recipient: a }),
      eventSeries(store, { ...base, together: options.dyad }),
    ]);
    stats.dyad = { pair: options.dyad, allModalities, ...all, directed: { forward: { from: a, to: b, ...forward }, backward: { from: b, to: a, ...backward }, together } };
  }
  if (options.actor) stats.actor = { actor: options.actor, ...(await eventSeries(store, { ...base, party: options.actor })) };
  return stats;
}

/** Events and Goldstein sums per day and ISO week, in all and per quad class, of the events `filter` selects. */
export async function eventSeries(store: Store, filter: EventFilter): Promise<EventSeries> {
  const match = mergedEventMatches(store.engine, filter);
  const rows = await store.db
    .selectFrom('merged_events as m')
    .select(['m.day', 'm.quad_class', sql<number>`count(*)`.as('n'), sql<number>`sum(m.goldstein)`.as('g')])
    .where(match)
    .groupBy(['m.day', 'm.quad_class'])
    .orderBy('m.day')
    .execute();
  const days = new Map<string, SeriesPoint>();
  const weeks = new Map<string, SeriesPoint>();
  let events = 0;
  let undated = 0;
  for (const r of rows) {
    const n = num(r.n);
    events += n;
    if (!r.day) {
      undated += n;
      continue;
    }
    const quad = String(r.quad_class) as '1' | '2' | '3' | '4';
    for (const [map, period] of [[days, r.day], [weeks, isoWeek(r.day)]] as const) {
      let p = map.get(period);
      if (!p) map.set(period, (p = emptyPoint(period)));
      p.events += n;
      p.goldstein = round2(p.goldstein + num(r.g));
      const q = p.quad[quad];
      if (q) {
        q.events += n;
        q.goldstein = round2(q.goldstein + num(r.g));
      }
    }
  }
  const sorted = (m: Map<string, SeriesPoint>): SeriesPoint[] => [...m.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  return { events, undated, byDay: sorted(days), byWeek: sorted(weeks) };
}
