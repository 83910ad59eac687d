/**
 * What the grammar understood an expression to mean, before it is resolved against the anchor. Kept
 * apart from values so the anchor can be inferred from the expressions themselves (a dateline, "este
 * miércoles 4 de febrero 2026") before anything relative is resolved.
 */

export type Deixis = 'this' | 'last' | 'next' | 'past';
export type Part = 'start' | 'mid' | 'end';
export type Unit =
  | 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | 'second' | 'decade' | 'century' | 'fortnight'
  | 'weekend' | 'quarter' | 'semester';
export type PeriodKind = 'quarter' | 'third' | 'semester' | 'fortnight';

/** A year given absolutely (`y`) or relative to the anchor's year (`yoff`: "del año pasado" = -1). */
export interface YearRef {
  y: number | null;
  yoff: number | null;
}

export type Sem =
  /** A calendar day; `alt` is the day-first reading of an ambiguous English numeric date (m, d). */
  | { t: 'date'; year: YearRef; m: number; d: number; wd: number | null; dx: Deixis | null; alt: [number, number] | null; written: 'dmy' | 'mdy' | 'numeric' | 'holiday' }
  /** A day of the month without the month ("el jueves 12", "el día 15"). */
  | { t: 'dayonly'; d: number; wd: number | null; dx: Deixis | null }
  | { t: 'month'; year: YearRef; m: number; part: Part | null; dx: Deixis | null }
  | { t: 'year'; y: number; part: Part | null }
  /** A day named from the anchor ("ayer"); `wd` when a weekday stands beside it ("hoy, miércoles"). */
  | { t: 'relday'; off: number; wd: number | null }
  /** `week`: the weekday of the anchor's week moved by that many weeks ("el martes de la semana que viene"). */
  | { t: 'weekday'; wd: number; dx: Deixis | null; week: number | null }
  /** A period named from the anchor ("el mes pasado", "this week"); dx null only for a bare weekend. */
  | { t: 'rel'; unit: Unit; dx: Deixis | null; part: Part | null }
  /** n units before (dir -1) or after (dir 1) the anchor; `weak` for English "in", a duration in the past tense. */
  | { t: 'shift'; unit: Unit; n: number; dir: 1 | -1; weak: boolean }
  /**
   * n units after (dir 1) or before (dir -1) the day the text last named ("al día siguiente", "two days
   * later"); `countEnd`, when the units are counted, is where the count ends: with no day named before,
   * the count alone is read as a duration, as TimeML reads "two days" in "two days later".
   */
  | { t: 'later'; unit: Unit; n: number; dir: 1 | -1; countEnd: number | null }
  | { t: 'duration'; unit: Unit; n: number }
  | { t: 'period'; kind: PeriodKind; idx: number; year: YearRef; m: number | null }
  | { t: 'decade'; start: number }
  | { t: 'range'; a: Sem; b: Sem }
  | { t: 'clock'; h: number; min: number; zone: string | null; date: Sem | null }
  | { t: 'set'; iso: string };

export interface Match {
  /** Atom indexes, end exclusive. */
  s: number;
  e: number;
  sem: Sem;
  /** The grammar rule that produced it, for --trace. */
  rule: string;
}

export const NO_YEAR: YearRef = { y: null, yoff: null };
