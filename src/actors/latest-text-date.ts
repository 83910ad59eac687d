import type { TimeExpr } from '../core/analysis.js';

const CALENDAR = /^(\d{4})(-\d{2})?(-\d{2})?/;

/**
 * The latest calendar date an article's own time expressions give (a day, a month or a year; a range's
 * end), as ISO text, or null when it gives none. An undated article cannot be read as of today: this is
 * as far as its text vouches for, and the offices it names are read no later than that.
 */
export function latestTextDate(times: readonly TimeExpr[]): string | null {
  let latest: string | null = null;
  for (const t of times) {
    if (t.kind === 'duration' || t.kind === 'set') continue;
    const end = t.value.includes('/') ? t.value.slice(t.value.indexOf('/') + 1) : t.value;
    const m = CALENDAR.exec(end);
    if (!m) continue;
    const value = m[0]!;
    if (latest === null || value > latest) latest = value;
  }
  return latest;
}
