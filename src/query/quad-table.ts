import type { EventActor } from '../core/analysis.js';
import type { Store } from '../store/store.js';
import { eventDay, type DatePrecision } from './event-day.js';
import { listEvents } from './events.js';
import { NO_FILTER, type EventFilter } from './filter.js';
import { actorPairs } from './gdelt.js';
import { isoWeek } from './stats.js';
import type { Period } from './periods.js';


const FINENESS: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** One directed dyad in one period: events per quad class, as ICEWS-based work aggregates them. */
export interface QuadRow {
  source: string;
  target: string;
  period: string;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  events: number;
  goldstein: number;
}

export interface QuadTable {
  period: Period;
  rows: QuadRow[];
  /** Events left out: no date, or a date less precise than the period (a month-only date in a daily table). */
  undated: number;
  /** Events left out because one side has no country or organisation code. */
  unpaired: number;
}

/** The period an event falls in, or null when its date is unknown or too coarse for `period`. */
export function periodOf(date: string | null, period: Period): string | null {
  const d = eventDay(date);
  if (!d || FINENESS[d.precision] > FINENESS[period]) return null;
  if (period === 'day') return d.day;
  // A week-precise date is placed in its Monday's month and year.
  if (period === 'week') return isoWeek(d.day);
  return period === 'month' ? d.day.slice(0, 7) : d.day.slice(0, 4);
}

const code = (x: EventActor | null): string | null => (x ? (x.country ?? x.org) : null);
const QUAD_FIELDS = ['verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict'] as const;

export interface QuadTableOptions {
  /** Only this pair, both directions. */
  dyad?: readonly [string, string];
  /** Also negated, intended, expected and hypothetical events (left out by default). */
  allModalities?: boolean;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Directed dyad-period quad counts (source → target by country, else organisation; a joint actor's two
 * members as a pair), asserted events only unless asked. Streams the store page by page.
 */
export async function quadTable(store: Store, period: Period, options: QuadTableOptions = {}): Promise<QuadTable> {
  const filter: EventFilter = { ...NO_FILTER, dyad: options.dyad ?? null, assertedOnly: !options.allModalities };
  const wanted = options.dyad ? new Set([`${options.dyad[0]}\u0000${options.dyad[1]}`, `${options.dyad[1]}\u0000${options.dyad[0]}`]) : null;
  const cells = new Map<string, QuadRow>();
  let undated = 0;
  let unpaired = 0;
  for await (const e of listEvents(store, filter)) {
    const p = periodOf(e.date, period);
    if (!p) {
      undated++;
      continue;
    }
    const pairs = actorPairs(e)
      .map((x) => [code(x.actor), code(x.recipient)] as const)
      .filter((x): x is readonly [string, string] => x[0] !== null && x[1] !== null);
    if (!pairs.length) unpaired++;
    for (const key of new Set(pairs.map(([s, t]) => `${s}\u0000${t}`))) {
      if (wanted && !wanted.has(key)) continue;
      const [source, target] = key.split('\u0000') as [string, string];
      const id = `${key}\u0000${p}`;
      let row = cells.get(id);
      if (!row) cells.set(id, (row = { source, target, period: p, verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0, events: 0, goldstein: 0 }));
      row[QUAD_FIELDS[e.quadClass - 1]!]++;
      row.events++;
      row.goldstein = Math.round((row.goldstein + e.goldstein) * 100) / 100;
    }
  }
  const rows = [...cells.values()].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.period, b.period));
  return { period, rows, undated, unpaired };
}

/** The table as CSV: one row per directed dyad and period, the four quad counts, the total and the Goldstein sum. */
export function quadTableCsv(t: QuadTable): string {
  const head = 'source,target,period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,events,goldstein\n';
  return head + t.rows.map((r) => `${r.source},${r.target},${r.period},${r.verbalCooperation},${r.materialCooperation},${r.verbalConflict},${r.materialConflict},${r.events},${r.goldstein}\n`).join('');
}
