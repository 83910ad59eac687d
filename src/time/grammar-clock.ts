import { pDMY, pHoliday, pMDY, pWeekday } from './grammar-dates.js';
import { pRelday } from './grammar-periods.js';
import type { AtomReader } from './reader.js';
import { wordTense } from './tense.js';
import type { Match, Sem } from './sem.js';

/** "(el lunes) por la tarde", "(ayer) en la noche", "(Tuesday) morning": a part of the day that only narrows the day. */
export function daypartSuffix(r: AtomReader, j: number): number {
  const link = r.hit(j, 'daypartlink');
  if (link) {
    const d = r.hit(j + link.len, 'daypart');
    if (d) return j + link.len + d.len;
  }
  const d = r.hit(j, 'daypart');
  return d && r.lang === 'en' ? j + d.len : j;
}

/** "la noche del lunes", "la madrugada de este miércoles", "the night of Feb. 3". */
export function pDaypartOf(r: AtomReader, i: number): Match | null {
  const k = r.skipDet(i);
  if (k === i) return null;
  const d = r.hit(k, 'daypart');
  const c = d ? r.hit(k + d.len, 'conn') : undefined;
  if (!d || !c) return null;
  const j = k + d.len + c.len;
  const t = pWeekday(r, j) ?? pRelday(r, j) ?? pDMY(r, j) ?? pMDY(r, j) ?? pHoliday(r, j);
  return t && t.sem.t !== 'set' ? { s: i, e: t.e, sem: t.sem, rule: `${t.rule}.daypart` } : null;
}

const AFTERNOON = new Set(['afternoon']);
const EVENING = new Set(['evening', 'night']);

interface Clock {
  h: number;
  min: number;
  e: number;
  zone: string | null;
  /** Something marks it as a clock time by itself (a colon, "horas" after minutes, a.m., "o'clock"…). */
  marked: boolean;
  /** The hour was moved into the afternoon or evening by a.m./p.m. or "de la tarde". */
  shifted: boolean;
  /** a.m./p.m. or a part of the day was given. */
  explicit: boolean;
  /** "horas", "h" after it. */
  hourword: boolean;
}

/**
 * The clock time at k: an hour in digits or words, minutes (":30", ".30", "y media"), "horas", a.m./p.m.,
 * "de la tarde", a zone. With `det` an article ("las", "la") stands before it.
 */
function clockCore(r: AtomReader, k: number, withDet: boolean): Clock | null {
  const at = r.a[k];
  if (!at) return null;
  // "2.12:28" is a marathon time, "1.04:32" a split
  if (at.kind === 'number' && r.tight(k) && r.a[k - 1]?.kind === 'mark' && r.isNumber(k - 2)) return null;
  let h: number;
  let j: number;
  if (at.kind === 'number' && at.raw.length === 4 && r.hit(k + 1, 'zone')?.val === 'Z') {
    // "1500 GMT", the wire services' four-digit clock
    if (Math.floor(at.num / 100) > 23 || at.num % 100 > 59) return null;
    const z = r.hit(k + 1, 'zone')!;
    return { h: Math.floor(at.num / 100), min: at.num % 100, e: k + 1 + z.len, zone: 'Z', marked: true, shifted: false, explicit: false, hourword: false };
  }
  if (at.kind === 'number') {
    if (at.raw.length > 2 || at.num > 24) return null;
    h = at.num;
    j = k + 1;
  } else {
    const c = withDet ? r.num(k, true) : null;
    if (!c || !c.word || c.n < 1 || c.n > 12) return null;
    h = c.n;
    j = c.e;
  }
  let min = 0;
  let hasMin = false;
  let colon = false;
  // "21,30 horas" writes the minutes after a comma; elsewhere a comma makes a decimal
  const comma = r.isMark(j, ',') && (withDet || r.hit(j + 2, 'hourword') !== undefined);
  const sepOk = r.isMark(j, ':') || r.isMark(j, '.') || comma || (r.norm(j) === 'h' && r.isWord(j));
  if (at.kind === 'number' && sepOk && r.tight(j) && r.isNumber(j + 1) && r.tight(j + 1) && r.a[j + 1]!.raw.length === 2 && r.a[j + 1]!.num < 60) {
    colon = r.isMark(j, ':') || r.norm(j) === 'h';
    min = r.a[j + 1]!.num;
    hasMin = true;
    j += 2;
    // "2:06:45" is a race time
    if (r.isMark(j, ':') && r.tight(j) && r.isNumber(j + 1) && r.tight(j + 1)) return null;
  } else if (withDet) {
    const cm = r.hit(j, 'clockmin');
    if (cm) {
      min = cm.num;
      hasMin = true;
      j += cm.len;
    }
  }
  const hw = r.hit(j, 'zone') ? undefined : r.hit(j, 'hourword');
  if (hw) j += hw.len;
  const ap = at.kind === 'number' ? r.hit(j, 'ampm') : undefined;
  if (ap) j += ap.len;
  let dpart: string | null = null;
  const link = r.hit(j, 'daypartlink');
  const dp = link ? r.hit(j + link.len, 'daypart') : undefined;
  if (link && dp) {
    dpart = dp.val;
    j += link.len + dp.len;
  }
  let zone: string | null = null;
  const z = r.hit(j, 'zone');
  if (z) {
    zone = z.val;
    j += z.len;
  } else if (r.isMark(j, '(')) {
    const z2 = r.hit(j + 1, 'zone');
    if (z2 && r.isMark(j + 1 + z2.len, ')')) {
      zone = z2.val;
      j += z2.len + 2;
    }
  }
  if (ap && (h > 12 || h === 0)) return null;
  if (min < 0) {
    h -= 1;
    min += 60;
  }
  const before = h;
  if (ap?.val === 'pm' && h < 12) h += 12;
  else if (ap?.val === 'am' && h === 12) h = 0;
  else if (!ap && dpart) {
    if (AFTERNOON.has(dpart) && h >= 1 && h < 12) h += 12;
    else if (EVENING.has(dpart) && h >= 5 && h < 12) h += 12;
    else if (dpart === 'night' && h === 12) h = 0;
  }
  if (h === 24 && min === 0) h = 0;
  if (h > 23 || h < 0) return null;
  const marked = colon || ap !== undefined || hw?.val === 'strong' || (hasMin && hw !== undefined);
  return { h, min, e: j, zone: zone === 'Z' ? 'Z' : null, marked, shifted: h > before, explicit: ap !== undefined || dpart !== null, hourword: hw !== undefined };
}

/**
 * "a las 10.30 horas", "las 8 de la tarde", "10:30 a.m.", "a las 22.00 GMT", "a mediodía", "at noon".
 * "10.30" alone is a decimal and "las 10" alone a count ("las 10 medidas"): a clock needs a colon, a
 * preposition before the article, an a.m./p.m., or "o'clock".
 */
export function pClock(r: AtomReader, i: number): Match | null {
  let k = i;
  const det = r.hit(k, 'clockdet');
  if (det) {
    if (!r.hitEndingAt(i, 'clockprep')) return null;
    k += det.len;
  } else {
    const dp = r.hit(k, 'daypart');
    if (dp && (dp.val === 'noon' || dp.val === 'midnight')) {
      if (!r.hitEndingAt(i, 'clockprep') && !r.hitEndingAt(i, 'daypartlink')) return null;
      return { s: i, e: k + dp.len, sem: { t: 'clock', h: dp.val === 'noon' ? 12 : 0, min: 0, zone: null, date: null }, rule: `clock.${dp.val}` };
    }
  }
  const c = clockCore(r, k, det !== undefined);
  if (!c) return null;
  const prep = r.hitEndingAt(i, 'clockprep') !== undefined;
  if (!(det || c.marked || (c.explicit && prep))) return null;
  if (!c.marked && !c.explicit && c.zone === null) {
    // "entre las diez primeras" ranks, it does not tell the time: the article counts a plural word
    const next = r.a[c.e];
    if (next && next.kind === 'word' && !next.cap && next.norm.endsWith('s') && r.hits(c.e).length === 0 && wordTense(r, c.e) === null) return null;
  }
  return { s: i, e: c.e, sem: { t: 'clock', h: c.h, min: c.min, zone: c.zone, date: null }, rule: 'clock' };
}

/** "entre las tres y las cinco de la tarde", "de 9.00 a 14.00 horas", "from 9 a.m. to 5 p.m.". */
export function pClockRange(r: AtomReader, i: number): Match | null {
  const from = r.hit(i, 'rangefrom');
  if (!from) return null;
  let k = i + from.len;
  const det1 = r.hit(k, 'clockdet');
  if (!det1 && !r.isNumber(k)) return null;
  if (det1) k += det1.len;
  const a = clockCore(r, k, det1 !== undefined);
  if (!a) return null;
  const to = r.hit(a.e, 'rangeto');
  if (!to || (from.val === 'between') !== (to.val === 'and') || to.val === 'dash') return null;
  k = a.e + to.len;
  const det2 = r.hit(k, 'clockdet');
  if (det2) k += det2.len;
  const b = clockCore(r, k, det2 !== undefined);
  // "de 10 a 12 horas" is a timetable; "jornadas de 10 a 12 horas de trabajo" count hours
  const hours = b?.hourword === true && !r.hit(b.e, 'conn');
  if (!b || !(a.marked || b.marked || b.explicit || (det1 && det2) || hours)) return null;
  let h = a.h;
  if (b.shifted && !a.explicit && h < 12 && h + 12 <= b.h) h += 12;
  const clock = (x: Clock, hour: number): Sem => ({ t: 'clock', h: hour, min: x.min, zone: x.zone ?? b.zone, date: null });
  return { s: i, e: b.e, sem: { t: 'range', a: clock(a, h), b: clock(b, b.h) }, rule: 'range.clock' };
}

const DATELIKE: ReadonlySet<Sem['t']> = new Set(['date', 'relday', 'weekday', 'dayonly']);

/** Whether only a comma, "a", "at", "on", "del"… stands between two matches in the same sentence. */
function adjacent(r: AtomReader, a: Match, b: Match): boolean {
  if (b.s - a.e > 2 || r.a[a.s]!.sentence !== r.a[b.s]!.sentence) return false;
  for (let k = a.e; k < b.s; k++) {
    if (!(r.isMark(k, ',') || r.hit(k, 'clockprep') || r.hit(k, 'conn') || r.hit(k, 'daypartlink'))) return false;
  }
  return true;
}

/** A clock time (or a span of two) not yet tied to a day. */
function isClock(sem: Sem): boolean {
  if (sem.t === 'clock') return sem.date === null;
  return sem.t === 'range' && sem.a.t === 'clock' && sem.b.t === 'clock' && sem.a.date === null;
}

function withDate(sem: Sem, date: Sem): Sem {
  if (sem.t === 'clock') return { ...sem, date };
  if (sem.t === 'range') return { t: 'range', a: withDate(sem.a, date), b: withDate(sem.b, date) };
  return sem;
}

/** Joins a clock time with the day next to it: "el lunes a las 10" -> 2026-02-02T10:00. */
export function mergeClocks(r: AtomReader, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    const next = ms[x + 1];
    if (next && adjacent(r, m, next)) {
      const clock = isClock(m.sem) ? m : isClock(next.sem) ? next : null;
      const day = clock === m ? next : m;
      if (clock && DATELIKE.has(day.sem.t)) {
        out.push({ s: m.s, e: next.e, sem: withDate(clock.sem, day.sem), rule: `${day.rule}+${clock.rule}` });
        x++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
