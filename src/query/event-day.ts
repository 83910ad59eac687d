/** How precisely an event's date is known, as analysts aggregate it. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface EventDay {
  /** The first day of the period, YYYY-MM-DD. */
  day: string;
  precision: DatePrecision;
}

/** Monday of ISO week `w` of ISO year `y`: the week with the year's first Thursday is week 1. */
function isoWeekMonday(y: number, w: number): string {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86400000 + (w - 1) * 7 * 86400000);
  return monday.toISOString().slice(0, 10);
}

/**
 * The first day and precision of an ISO 8601 event date (2026-02-04, 2026-02-04T10:00, 2026-W06, 2026-02,
 * 2026; an interval by its start), or null for a duration or no date: what a CSV or table can sort on.
 */
export function eventDay(value: string | null): EventDay | null {
  if (!value) return null;
  const start = value.split('/')[0]!;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(start))) return { day: m[1]!, precision: 'day' };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(start))) return { day: isoWeekMonday(Number(m[1]), Number(m[2])), precision: 'week' };
  if ((m = /^(\d{4})-(\d{2})$/.exec(start))) return { day: `${m[1]}-${m[2]}-01`, precision: 'month' };
  if ((m = /^(\d{4})$/.exec(start))) return { day: `${m[1]}-01-01`, precision: 'year' };
  return null;
}
