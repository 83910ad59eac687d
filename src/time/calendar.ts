/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without Date objects:
 * the time stage resolves thousands of expressions per second and must not depend on a clock or a
 * time zone.
 */

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week (year and number) a day falls in. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekdayOf(n) + 4;
  const { y } = fromDayNumber(thursday);
  return { year: y, week: Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1 };
}

/** Monday of the ISO week containing day n. */
export const mondayOf = (n: number): number => n - weekdayOf(n) + 1;

export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + k;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
export const formatYear = (y: number): string => (y >= 0 && y < 1000 ? String(y).padStart(4, '0') : String(y));
export const formatMonth = (y: number, m: number): string => `${formatYear(y)}-${pad2(m)}`;
export const formatDate = (y: number, m: number, d: number): string => `${formatMonth(y, m)}-${pad2(d)}`;
export const formatDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return formatDate(y, m, d);
};
export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${formatYear(year)}-W${pad2(week)}`;
}
export const formatClock = (h: number, min: number): string => `${pad2(h)}:${pad2(min)}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Parses YYYY-MM-DD (a longer ISO date-time is cut to its date); null when it is not a real date. */
export function parseIsoDate(s: string): number | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "2 January 2026", for flag messages. */
export function describeDate(y: number, m: number, d: number): string {
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}
