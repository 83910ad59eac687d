import type { TimeKind } from '../core/analysis.js';
import {
  addMonths, dayNumber, daysInMonth, describeDate, formatClock, formatDate, formatDay, formatMonth, formatWeek,
  formatYear, fromDayNumber, isValidDate, mondayOf, MONTH_NAMES, WEEKDAY_NAMES, weekdayOf,
} from './calendar.js';
import { durationIso } from './iso.js';
import type { Deixis, PeriodKind, Sem, Unit, YearRef } from './sem.js';
import type { Tense } from './tense.js';

export interface Problem {
  kind: 'weekday-mismatch' | 'impossible-date' | 'future-in-past-tense';
  message: string;
}

export interface Resolved {
  value: string;
  kind: TimeKind;
  flags: string[];
  suggestion: string | null;
  problems: Problem[];
  /** Resolution rules beyond the grammar's that decided the value ("weekday-year", "forward"), for `rule`. */
  via: string[];
}

export interface ResolveContext {
  /** The publication date as a day number, or null when neither given nor inferred. */
  anchor: number | null;
  /** The tense governing the expression (asked only when a rule needs it). */
  tense(): Tense;
  /** The tense of a verb right next to the expression, within a few words ("rose 5% in two weeks"). */
  closeTense(): Tense;
  /** The expression is introduced as a target ("para 2027", "until March"): planned, whatever the verb's tense. */
  target: boolean;
  /** English numeric dates read day first (the document writes "4 February", not "February 4"). */
  dayFirst: boolean;
  /** The day the text last named before the expression (a day number), for "al día siguiente"; null when none. */
  previous: number | null;
  /**
   * The expression follows a word that points forward ("para finales de junio", "by the end of June") and no
   * past verb stands right beside it: a period without a year is the next one from the anchor.
   */
  forward(): boolean;
  /** The year the story last wrote out before the expression ("en 2019", "el 3 de mayo de 2019"); null when none. */
  cueYear: number | null;
}

export const UNANCHORED = 'unanchored';

const ok = (value: string, kind: TimeKind, flags: string[] = []): Resolved => ({ value, kind, flags, suggestion: null, problems: [], via: [] });
const unanchored = (value: string, kind: TimeKind): Resolved => ok(value, kind, [UNANCHORED]);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Which way the text points: the deixis word first ("el pasado 3 de marzo"), then a forward word ("para"), else the tense. */
function direction(ctx: ResolveContext, dx: Deixis | null): -1 | 0 | 1 {
  if (dx === 'last' || dx === 'past') return -1;
  if (dx === 'next' || ctx.forward()) return 1;
  const t = ctx.tense();
  return t === 'past' ? -1 : t === 'future' ? 1 : 0;
}

/**
 * A date told within this many days of the anchor keeps its nearest year whatever the tense: "el acto del
 * 19 de noviembre se suspendió", written on the 17th, is about this week, not last year.
 */
const SLACK_DAYS = 7;

/** Of candidate day numbers, the one nearest the anchor in the given direction (falling back to the nearest). */
function pick(cands: number[], anchor: number, dir: -1 | 0 | 1, slack = 0): number {
  let best: number | null = null;
  for (const n of cands) if (Math.abs(n - anchor) <= slack && (best === null || Math.abs(n - anchor) < Math.abs(best - anchor))) best = n;
  if (best !== null) return best;
  for (const n of cands) {
    if (dir < 0 && n <= anchor && (best === null || n > best)) best = n;
    if (dir > 0 && n >= anchor && (best === null || n < best)) best = n;
  }
  if (best !== null) return best;
  for (const n of cands) {
    if (best === null || Math.abs(n - anchor) < Math.abs(best - anchor) || (Math.abs(n - anchor) === Math.abs(best - anchor) && n > best)) best = n;
  }
  return best!;
}

/** The weekday a "this/last/next <weekday>" names, seen from the anchor. */
export function weekdayFrom(anchor: number, wd: number, dx: Deixis | null, tense: Tense): number {
  const aw = weekdayOf(anchor);
  const back = (aw - wd + 7) % 7;
  const fwd = (wd - aw + 7) % 7;
  if (dx === 'this') {
    let n = mondayOf(anchor) + wd - 1;
    if (tense === 'past' && n > anchor) n -= 7;
    if (tense === 'future' && n < anchor) n += 7;
    return n;
  }
  // "el pasado lunes" is never today; a bare "el lunes anunció" may be (wire copy dates the day's own news so)
  if (dx === 'last' || dx === 'past') return anchor - (back || 7);
  if (dx === 'next') return anchor + (fwd || 7);
  if (tense === 'past') return anchor - back;
  if (tense === 'future') return anchor + fwd;
  return back <= fwd ? anchor - back : anchor + fwd;
}

/**
 * The date a writer most likely meant when the weekday contradicts the date: with "este/el pasado/el
 * próximo <weekday>" the weekday seen from the anchor; otherwise the nearest (to the anchor, else to the
 * date) of the dates one slip away — a day either side, the same day in a nearby month, the same date a
 * year either side — that falls on the weekday.
 */
export function suggestWeekday(y: number, m: number, d: number, wd: number, dx: Deixis | null, anchor: number | null, tense: Tense): string | null {
  if (anchor !== null && dx) return formatDay(weekdayFrom(anchor, wd, dx, tense));
  const base = dayNumber(y, m, d);
  const cands: number[] = [base - 2, base - 1, base + 1, base + 2];
  for (const dm of [-2, -1, 1, 2]) {
    const t = addMonths(y, m, dm);
    if (isValidDate(t.y, t.m, d)) cands.push(dayNumber(t.y, t.m, d));
  }
  for (const dy of [-1, 1]) if (isValidDate(y + dy, m, d)) cands.push(dayNumber(y + dy, m, d));
  const ref = anchor ?? base;
  let best: number | null = null;
  for (const n of cands) {
    if (weekdayOf(n) !== wd) continue;
    if (best === null || Math.abs(n - ref) < Math.abs(best - ref)) best = n;
  }
  return best === null ? null : formatDay(best);
}

function mismatch(n: number, wd: number, anchor: number | null): Problem {
  const { y, m, d } = fromDayNumber(n);
  const verb = anchor !== null && n > anchor ? 'is' : 'was';
  return { kind: 'weekday-mismatch', message: `${describeDate(y, m, d)} ${verb} a ${WEEKDAY_NAMES[weekdayOf(n) - 1]}, not a ${WEEKDAY_NAMES[wd - 1]}` };
}

function impossible(y: number | null, m: number, d: number): Problem {
  const when = `${d} ${MONTH_NAMES[m - 1]}${y === null ? '' : ` ${y}`}`;
  const leap = m === 2 && d === 29 && y !== null ? `: ${y} is not a leap year` : '';
  return { kind: 'impossible-date', message: `${when} does not exist${leap}` };
}

/** Only a verb right next to the date counts: "fijó las elecciones para 1998" is a past decision about a future date. */
function futureInPast(start: number, what: string, anchor: number, ctx: ResolveContext): Problem | null {
  if (start <= anchor || ctx.target || ctx.closeTense() !== 'past') return null;
  const a = fromDayNumber(anchor);
  return { kind: 'future-in-past-tense', message: `${what} is after the publication date (${describeDate(a.y, a.m, a.d)}) but is told in the past tense` };
}

function withProblem(r: Resolved, p: Problem | null): Resolved {
  if (p) {
    r.flags.push(p.kind);
    r.problems.push(p);
  }
  return r;
}

function anchorYear(anchor: number): number {
  return fromDayNumber(anchor).y;
}

/** The year a YearRef names, or null when it is relative and there is no anchor (undefined when none is given). */
function yearOf(ref: YearRef, anchor: number | null): number | null | undefined {
  if (ref.y !== null) return ref.y;
  if (ref.yoff !== null) return anchor === null ? null : anchorYear(anchor) + ref.yoff;
  return undefined;
}

type DateSem = Extract<Sem, { t: 'date' }>;

function resolveDate(s: DateSem, ctx: ResolveContext): Resolved {
  const [m, d] = s.alt && ctx.dayFirst ? s.alt : [s.m, s.d];
  const { anchor } = ctx;
  const given = yearOf(s.year, anchor);
  if (given === null) return unanchored(`XXXX-${pad2(m)}-${pad2(d)}`, 'date');
  if (given !== undefined) {
    if (!isValidDate(given, m, d)) return withProblem(ok(formatMonth(given, m), 'month'), impossible(given, m, d));
    const n = dayNumber(given, m, d);
    const r = ok(formatDate(given, m, d), 'date');
    if (s.wd !== null && weekdayOf(n) !== s.wd) {
      withProblem(r, mismatch(n, s.wd, anchor));
      r.suggestion = suggestWeekday(given, m, d, s.wd, s.dx, anchor, ctx.tense());
    }
    if (anchor !== null && s.year.y !== null) withProblem(r, futureInPast(n, describeDate(given, m, d), anchor, ctx));
    return r;
  }
  if (d > daysInMonth(2024, m)) return withProblem(anchor === null ? unanchored(`XXXX-${pad2(m)}`, 'month') : ok(formatMonth(monthYear(m, anchor, direction(ctx, s.dx)), m), 'month'), impossible(null, m, d));
  if (anchor === null) {
    const y = s.wd === null ? null : weekdayYear(m, d, s.wd, ctx.cueYear);
    return y === null ? unanchored(`XXXX-${pad2(m)}-${pad2(d)}`, 'date') : byWeekday(ok(formatDate(y, m, d), 'date'));
  }
  const ay = anchorYear(anchor);
  let cands: number[] = [];
  for (let span = 1; cands.length === 0 && span <= 4; span += 3) {
    for (let y = ay - span; y <= ay + span; y++) if (isValidDate(y, m, d)) cands.push(dayNumber(y, m, d));
  }
  let wrongDay = false;
  let weekdayChose = false;
  if (s.wd !== null) {
    const fits = cands.filter((n) => weekdayOf(n) === s.wd && Math.abs(n - anchor) <= 400);
    if (fits.length) {
      weekdayChose = fits.length < cands.length;
      cands = fits;
    } else {
      // the weekday fits no year near the publication: the story may be about a year it wrote out further
      // away (years next to the anchor's were searched already: a fit there is too far from the anchor)
      const y = ctx.cueYear !== null && Math.abs(ctx.cueYear - ay) > 1 ? weekdayYear(m, d, s.wd, ctx.cueYear) : null;
      if (y !== null) return byWeekday(ok(formatDate(y, m, d), 'date'));
      wrongDay = true;
    }
  }
  const n = pick(cands, anchor, direction(ctx, s.dx), s.dx ? 0 : SLACK_DAYS);
  const { y } = fromDayNumber(n);
  const r = ok(formatDate(y, m, d), 'date');
  if (weekdayChose) byWeekday(r);
  if (wrongDay && s.wd !== null) {
    withProblem(r, mismatch(n, s.wd, anchor));
    r.suggestion = suggestWeekday(y, m, d, s.wd, s.dx, anchor, ctx.tense());
  }
  return r;
}

const byWeekday = (r: Resolved): Resolved => {
  r.via.push('weekday-year');
  return r;
};

/**
 * The year, within one of the cue year, in which day d of month m falls on weekday wd, nearest the cue
 * year (a date inside it first, else the one fewer days away from it); null without a cue or a fit. One
 * year either side and no more: a weekday fits one year in seven, so a wider search would always succeed.
 */
export function weekdayYear(m: number, d: number, wd: number, cue: number | null): number | null {
  if (cue === null) return null;
  const first = dayNumber(cue, 1, 1);
  const last = dayNumber(cue, 12, 31);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [cue, cue - 1, cue + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (weekdayOf(n) !== wd) continue;
    const dist = n < first ? first - n : n > last ? n - last : 0;
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** The year for a month named without one, nearest the anchor in the given direction (month granularity). */
function monthYear(m: number, anchor: number, dir: -1 | 0 | 1, strict = false): number {
  const a = fromDayNumber(anchor);
  const here = a.y * 12 + a.m - 1;
  let best = a.y;
  let bestDist = Infinity;
  for (let y = a.y - 1; y <= a.y + 1; y++) {
    const k = y * 12 + m - 1;
    const diff = k - here;
    if (dir < 0 && (strict ? diff >= 0 : diff > 0)) continue;
    if (dir > 0 && (strict ? diff <= 0 : diff < 0)) continue;
    const dist = Math.abs(diff);
    if (dist < bestDist || (dist === bestDist && y > best)) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function resolveMonth(s: Extract<Sem, { t: 'month' }>, ctx: ResolveContext): Resolved {
  const { anchor } = ctx;
  const given = yearOf(s.year, anchor);
  if (given === null || (given === undefined && anchor === null)) return unanchored(`XXXX-${pad2(s.m)}`, 'month');
  if (given !== undefined) {
    const r = ok(formatMonth(given, s.m), 'month');
    if (anchor !== null && s.year.y !== null) withProblem(r, futureInPast(dayNumber(given, s.m, 1), `${MONTH_NAMES[s.m - 1]} ${given}`, anchor, ctx));
    return r;
  }
  const y = s.dx === 'this' ? anchorYear(anchor!) : monthYear(s.m, anchor!, direction(ctx, s.dx), s.dx !== null);
  return ok(formatMonth(y, s.m), 'month');
}

function resolveYear(s: Extract<Sem, { t: 'year' }>, ctx: ResolveContext): Resolved {
  const r = ok(formatYear(s.y), 'year');
  if (ctx.anchor !== null) withProblem(r, futureInPast(dayNumber(s.y, 1, 1), String(s.y), ctx.anchor, ctx));
  return r;
}

function resolveRelday(s: Extract<Sem, { t: 'relday' }>, ctx: ResolveContext): Resolved {
  const { anchor } = ctx;
  if (anchor === null) return unanchored('XXXX-XX-XX', 'date');
  const n = anchor + s.off;
  const r = ok(formatDay(n), 'date');
  if (s.wd !== null && weekdayOf(n) !== s.wd) {
    const t = fromDayNumber(n);
    withProblem(r, mismatch(n, s.wd, anchor));
    r.suggestion = suggestWeekday(t.y, t.m, t.d, s.wd, 'this', anchor, ctx.tense());
  }
  return r;
}

function resolveDayonly(s: Extract<Sem, { t: 'dayonly' }>, ctx: ResolveContext): Resolved {
  const { anchor } = ctx;
  if (anchor === null) return unanchored(`XXXX-XX-${pad2(s.d)}`, 'date');
  const a = fromDayNumber(anchor);
  let cands: number[] = [];
  for (let dm = -1; dm <= 1; dm++) {
    const t = addMonths(a.y, a.m, dm);
    if (isValidDate(t.y, t.m, s.d)) cands.push(dayNumber(t.y, t.m, s.d));
  }
  let wrongDay = false;
  if (s.wd !== null) {
    const fits = cands.filter((n) => weekdayOf(n) === s.wd);
    if (fits.length) cands = fits;
    else wrongDay = true;
  }
  if (cands.length === 0) return unanchored(`XXXX-XX-${pad2(s.d)}`, 'date');
  const n = pick(cands, anchor, direction(ctx, s.dx), s.dx ? 0 : SLACK_DAYS);
  const r = ok(formatDay(n), 'date');
  if (wrongDay && s.wd !== null) {
    const t = fromDayNumber(n);
    withProblem(r, mismatch(n, s.wd, anchor));
    r.suggestion = suggestWeekday(t.y, t.m, t.d, s.wd, s.dx, anchor, ctx.tense());
  }
  return r;
}

const X_BY_UNIT: Partial<Record<Unit, [string, TimeKind]>> = {
  day: ['XXXX-XX-XX', 'date'],
  week: ['XXXX-WXX', 'week'],
  fortnight: ['XXXX-WXX', 'week'],
  weekend: ['XXXX-XX-XX/XXXX-XX-XX', 'range'],
  month: ['XXXX-XX', 'month'],
  quarter: ['XXXX-XX/XXXX-XX', 'range'],
  semester: ['XXXX-XX/XXXX-XX', 'range'],
  year: ['XXXX', 'year'],
  decade: ['XXXX', 'year'],
  century: ['XXXX', 'year'],
  hour: ['XXXX-XX-XX', 'date'],
  minute: ['XXXX-XX-XX', 'date'],
  second: ['XXXX-XX-XX', 'date'],
};

function monthSpan(y: number, first: number, size: number): string {
  const end = addMonths(y, first, size - 1);
  return `${formatMonth(y, first)}/${formatMonth(end.y, end.m)}`;
}

function resolveRel(s: Extract<Sem, { t: 'rel' }>, ctx: ResolveContext): Resolved | null {
  if (s.dx === 'past') return ok(durationIso(1, s.unit), 'duration');
  const { anchor } = ctx;
  if (anchor === null) {
    const x = X_BY_UNIT[s.unit];
    return x ? unanchored(x[0], x[1]) : null;
  }
  const k = s.dx === 'last' ? -1 : s.dx === 'next' ? 1 : 0;
  const a = fromDayNumber(anchor);
  switch (s.unit) {
    case 'week':
      return ok(formatWeek(anchor + 7 * k), 'week');
    case 'month': {
      const t = addMonths(a.y, a.m, k);
      return ok(formatMonth(t.y, t.m), 'month');
    }
    case 'year':
      return ok(formatYear(a.y + k), 'year');
    case 'weekend': {
      let sat = mondayOf(anchor) + 5 + 7 * k;
      if (s.dx === 'this' || s.dx === null) {
        const t = ctx.tense();
        if (t === 'past' && sat > anchor) sat -= 7;
        else if (t === 'future' && sat + 1 < anchor) sat += 7;
      }
      return ok(`${formatDay(sat)}/${formatDay(sat + 1)}`, 'range');
    }
    case 'quarter':
    case 'semester': {
      const size = s.unit === 'quarter' ? 3 : 6;
      const first = addMonths(a.y, Math.floor((a.m - 1) / size) * size + 1, size * k);
      return ok(monthSpan(first.y, first.m, size), 'range');
    }
    case 'decade': {
      const start = Math.floor(a.y / 10) * 10 + 10 * k;
      return ok(`${formatYear(start)}/${formatYear(start + 9)}`, 'range');
    }
    default:
      return null;
  }
}

const UNIT_DAYS: Partial<Record<Unit, number>> = { day: 1, week: 7, fortnight: 14, weekend: 7 };
const UNIT_MONTHS: Partial<Record<Unit, number>> = { month: 1, quarter: 3, semester: 6, year: 12 };
const UNIT_YEARS: Partial<Record<Unit, number>> = { decade: 10, century: 100 };
const UNIT_HOURS: Partial<Record<Unit, number>> = { hour: 1, minute: 1 / 60, second: 1 / 3600 };

function resolveShift(s: Extract<Sem, { t: 'shift' }>, ctx: ResolveContext): Resolved | null {
  if (s.weak && ctx.closeTense() === 'past') return ok(durationIso(s.n, s.unit), 'duration');
  const { anchor } = ctx;
  if (anchor === null) {
    const x = X_BY_UNIT[s.unit];
    return x ? unanchored(x[0], x[1]) : null;
  }
  const days = UNIT_DAYS[s.unit];
  if (days !== undefined) {
    const offset = Math.round(s.n * days) * s.dir;
    return s.unit === 'day' ? (Number.isInteger(s.n) ? ok(formatDay(anchor + offset), 'date') : null) : ok(formatWeek(anchor + offset), 'week');
  }
  const months = UNIT_MONTHS[s.unit];
  if (months !== undefined) {
    const total = s.n * months;
    if (!Number.isInteger(total)) return null;
    const a = fromDayNumber(anchor);
    if (s.unit === 'year' && Number.isInteger(s.n)) return ok(formatYear(a.y + s.n * s.dir), 'year');
    const t = addMonths(a.y, a.m, total * s.dir);
    return ok(formatMonth(t.y, t.m), 'month');
  }
  const years = UNIT_YEARS[s.unit];
  if (years !== undefined) return ok(formatYear(anchorYear(anchor) + Math.round(s.n * years) * s.dir), 'year');
  const hours = UNIT_HOURS[s.unit];
  if (hours !== undefined) return ok(formatDay(anchor + Math.floor((s.n * hours) / 24) * s.dir), 'date');
  return null;
}

/** "al día siguiente", "two weeks later": counted from the day the text last named; nothing without one. */
function resolveLater(s: Extract<Sem, { t: 'later' }>, ctx: ResolveContext): Resolved | null {
  const from = ctx.previous;
  if (from === null) return null;
  const days = UNIT_DAYS[s.unit];
  if (days !== undefined) {
    const day = from + s.n * days * s.dir;
    return s.unit === 'day' ? ok(formatDay(day), 'date') : ok(formatWeek(day), 'week');
  }
  const a = fromDayNumber(from);
  if (s.unit === 'year') return ok(formatYear(a.y + s.n * s.dir), 'year');
  const months = UNIT_MONTHS[s.unit];
  if (months !== undefined) {
    const t = addMonths(a.y, a.m, s.n * months * s.dir);
    return ok(formatMonth(t.y, t.m), 'month');
  }
  const years = UNIT_YEARS[s.unit];
  return years !== undefined ? ok(formatYear(a.y + s.n * years * s.dir), 'year') : null;
}

const PERIOD_SIZE: Record<Exclude<PeriodKind, 'fortnight'>, number> = { quarter: 3, third: 4, semester: 6 };

function resolvePeriod(s: Extract<Sem, { t: 'period' }>, ctx: ResolveContext): Resolved | null {
  const { anchor } = ctx;
  if (s.kind === 'fortnight') {
    const m = s.m!;
    const given = yearOf(s.year, anchor);
    const first = s.idx === 1 ? 1 : 16;
    if (given === null || (given === undefined && anchor === null)) {
      return unanchored(`XXXX-${pad2(m)}-${pad2(first)}/XXXX-${pad2(m)}-${s.idx === 1 ? '15' : 'XX'}`, 'range');
    }
    const y = given ?? monthYear(m, anchor!, direction(ctx, null));
    const last = s.idx === 1 ? 15 : daysInMonth(y, m);
    return ok(`${formatDate(y, m, first)}/${formatDate(y, m, last)}`, 'range');
  }
  const size = PERIOD_SIZE[s.kind];
  const firstMonth = (s.idx - 1) * size + 1;
  const given = yearOf(s.year, anchor);
  if (given === null || (given === undefined && anchor === null)) {
    return unanchored(`XXXX-${pad2(firstMonth)}/XXXX-${pad2(firstMonth + size - 1)}`, 'range');
  }
  let y = given;
  if (y === undefined) {
    const a = anchorYear(anchor!);
    const dir = direction(ctx, null);
    const cands = [a - 1, a, a + 1].map((yy) => ({ yy, start: dayNumber(yy, firstMonth, 1), end: dayNumber(yy, firstMonth + size - 1, daysInMonth(yy, firstMonth + size - 1)) }));
    const at = anchor!;
    const dist = (c: { start: number; end: number }): number => (c.start > at ? c.start - at : c.end < at ? at - c.end : 0);
    if (dir < 0) y = [...cands].reverse().find((c) => c.start <= at)!.yy;
    else if (dir > 0) y = cands.find((c) => c.end >= at)!.yy;
    else y = cands.reduce((b, c) => (dist(c) <= dist(b) ? c : b)).yy;
  }
  return ok(monthSpan(y, firstMonth, size), 'range');
}

function yearOfValue(v: string): number | null {
  const y = Number(v.slice(0, 4));
  return v.length >= 4 && Number.isInteger(y) && v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57 ? y : null;
}

function resolveRange(s: Extract<Sem, { t: 'range' }>, ctx: ResolveContext): Resolved | null {
  const { a, b } = s;
  if (a.t === 'weekday' && b.t === 'weekday') {
    if (ctx.anchor === null) return unanchored('XXXX-XX-XX/XXXX-XX-XX', 'range');
    const first = weekdayFrom(ctx.anchor, a.wd, a.dx, ctx.tense());
    const second = first + ((b.wd - a.wd + 7) % 7 || 7);
    return ok(`${formatDay(first)}/${formatDay(second)}`, 'range');
  }
  // The end of a range decides its year: a range told in the past has ended by the anchor, one told in
  // the future has not ended yet ("entre el 15 y el 20 de noviembre se celebrará", written on the 17th).
  const yearless = (x: Sem): boolean => (x.t === 'date' || x.t === 'month') && x.year.y === null && x.year.yoff === null;
  const fromEnd = yearless(a) && yearless(b);
  const first = fromEnd ? b : a;
  const second = fromEnd ? a : b;
  const r1 = resolve(first, ctx);
  if (!r1) return null;
  let other = second;
  const y1 = yearOfValue(r1.value);
  if (y1 !== null && yearless(second) && (second.t === 'date' || second.t === 'month')) {
    const before = (x: Sem, y: Sem): boolean =>
      x.t === 'date' && y.t === 'date' ? x.m < y.m || (x.m === y.m && x.d < y.d) : x.t === 'month' && y.t === 'month' && x.m < y.m;
    const shift = fromEnd ? (before(first, second) ? -1 : 0) : before(second, first) ? 1 : 0;
    other = { ...second, year: { y: y1 + shift, yoff: null } };
  }
  const r2 = resolve(other, ctx);
  if (!r2) return null;
  const [ra, rb] = fromEnd ? [r2, r1] : [r1, r2];
  // only a range that starts after the publication contradicts a past tense
  const endFlags = rb.flags.filter((f) => f !== 'future-in-past-tense');
  const flags = [...new Set([...ra.flags, ...endFlags])];
  const problems = [...ra.problems, ...rb.problems.filter((p) => p.kind !== 'future-in-past-tense')];
  return { value: `${ra.value}/${rb.value}`, kind: 'range', flags, suggestion: null, problems, via: [...new Set([...ra.via, ...rb.via])] };
}

function resolveClock(s: Extract<Sem, { t: 'clock' }>, ctx: ResolveContext): Resolved | null {
  const time = `T${formatClock(s.h, s.min)}${s.zone ?? ''}`;
  if (!s.date) return ok(time, 'time');
  const day = resolve(s.date, ctx);
  if (!day || day.kind !== 'date') return null;
  return { ...day, value: `${day.value}${time}`, kind: 'time' };
}

/** The ISO value, kind and flags of what an expression means, given the anchor and the tense. */
export function resolve(sem: Sem, ctx: ResolveContext): Resolved | null {
  switch (sem.t) {
    case 'date':
      return resolveDate(sem, ctx);
    case 'dayonly':
      return resolveDayonly(sem, ctx);
    case 'month':
      return resolveMonth(sem, ctx);
    case 'year':
      return resolveYear(sem, ctx);
    case 'relday':
      return resolveRelday(sem, ctx);
    case 'weekday':
      if (ctx.anchor === null) return unanchored('XXXX-XX-XX', 'date');
      if (sem.week !== null) return ok(formatDay(mondayOf(ctx.anchor) + 7 * sem.week + sem.wd - 1), 'date');
      return ok(formatDay(weekdayFrom(ctx.anchor, sem.wd, sem.dx, sem.dx === null && ctx.forward() ? 'future' : ctx.tense())), 'date');
    case 'rel':
      return resolveRel(sem, ctx);
    case 'shift':
      return resolveShift(sem, ctx);
    case 'later':
      return resolveLater(sem, ctx);
    case 'duration':
      return ok(durationIso(sem.n, sem.unit), 'duration');
    case 'period':
      return resolvePeriod(sem, ctx);
    case 'decade':
      return ok(`${formatYear(sem.start)}/${formatYear(sem.start + 9)}`, 'range');
    case 'range':
      return resolveRange(sem, ctx);
    case 'clock':
      return resolveClock(sem, ctx);
    case 'set':
      return ok(sem.iso, 'set');
  }
}
