/**
 * Where an ISO time value (as times[].value and events' dates write it) lies on the calendar: its first
 * and last day. The timeline draws with it; the event coder measures with it how far before the
 * publication an event lies.
 */

/** How much calendar a value covers. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'year' | 'range';

const DAY = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+)?$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A day that exists (Date.UTC would roll 2026-02-30 over into March). */
function realDay(y: number, m: number, d: number): string | null {
  const date = utc(y, m, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? iso(date) : null;
}

/** The first and last day a single ISO value covers, and its precision; null for anything not on a calendar. */
function spanOfPoint(value: string): { from: string; to: string; precision: Exclude<Precision, 'range'> } | null {
  let m = DAY.exec(value);
  if (m) {
    const day = realDay(+m[1]!, +m[2]!, +m[3]!);
    return day ? { from: day, to: day, precision: m[4] ? 'time' : 'day' } : null;
  }
  if ((m = WEEK.exec(value))) {
    const week = +m[2]!;
    if (week < 1 || week > 53) return null;
    // ISO week 1 holds 4 January; its Monday starts the count.
    const jan4 = utc(+m[1]!, 1, 4);
    const monday = utc(+m[1]!, 1, 4 - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return { from: iso(monday), to: iso(sunday), precision: 'week' };
  }
  if ((m = MONTH.exec(value))) {
    const [y, mo] = [+m[1]!, +m[2]!];
    if (mo < 1 || mo > 12) return null;
    return { from: iso(utc(y, mo, 1)), to: iso(utc(y, mo + 1, 0)), precision: 'month' };
  }
  if ((m = YEAR.exec(value))) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

/** Where a time value lies on the calendar: a point (day, week, month, year) or a range of two points. */
export function calendarSpan(value: string): { from: string; to: string; precision: Precision } | null {
  const parts = value.split('/');
  if (parts.length === 1) return spanOfPoint(value);
  if (parts.length !== 2) return null;
  const a = spanOfPoint(parts[0]!);
  const b = spanOfPoint(parts[1]!);
  if (!a || !b || b.to < a.from) return null;
  return { from: a.from, to: b.to, precision: 'range' };
}
