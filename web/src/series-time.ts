/**
 * A series period as a Unix time in seconds (what uPlot's x axis takes): a day at 00:00 UTC, an ISO
 * week (2026-W06) at its Monday.
 */
export function periodSeconds(period: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return Date.parse(`${period}T00:00:00Z`) / 1000;
  const year = Number(week[1]);
  // ISO week 1 is the week with the year's first Thursday; 4 January is always in it.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return (monday1 + (Number(week[2]) - 1) * 7 * 86400000) / 1000;
}
