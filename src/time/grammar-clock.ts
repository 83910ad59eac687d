import { NUMBER } from './atoms.js';
import { pDMY, pHoliday, pMDY, pWeekday } from './grammar-dates.js';
import { pRelday } from './grammar-periods.js';
import type { AtomReader } from './reader.js';
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
  const at = r.a[k];
  if (!at) return null;
  let h: number;
  let j: number;
  if (at.kind === NUMBER) {
    if (at.raw.length > 2 || at.num > 24) return null;
    h = at.num;
    j = k + 1;
  } else {
    const c = det ? r.num(k, true) : null;
    if (!c || !c.word || c.n < 1 || c.n > 12) return null;
    h = c.n;
    j = c.e;
  }
  let min = 0;
  let hasMin = false;
  let colon = false;
  const sepOk = r.isMark(j, ':') || r.isMark(j, '.') || (r.norm(j) === 'h' && r.isWord(j));
  if (at.kind === NUMBER && sepOk && r.tight(j) && r.isNumber(j + 1) && r.tight(j + 1) && r.a[j + 1]!.raw.length === 2 && r.a[j + 1]!.num < 60) {
    colon = r.isMark(j, ':');
    min = r.a[j + 1]!.num;
    hasMin = true;
    j += 2;
  } else if (det) {
    const cm = r.hit(j, 'clockmin');
    if (cm) {
      min = cm.num;
      hasMin = true;
      j += cm.len;
    }
  }
  const hw = r.hit(j, 'zone') ? undefined : r.hit(j, 'hourword');
  if (hw) j += hw.len;
  const ap = at.kind === NUMBER ? r.hit(j, 'ampm') : undefined;
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
  const valid =
    det !== undefined || colon || ap !== undefined || hw?.val === 'strong' || (hasMin && hw !== undefined) ||
    (dpart !== null && r.hitEndingAt(i, 'clockprep') !== undefined);
  if (!valid) return null;
  if (ap && (h > 12 || h === 0)) return null;
  if (min < 0) {
    h -= 1;
    min += 60;
  }
  if (ap?.val === 'pm' && h < 12) h += 12;
  else if (ap?.val === 'am' && h === 12) h = 0;
  else if (!ap && dpart) {
    if (AFTERNOON.has(dpart) && h >= 1 && h < 12) h += 12;
    else if (EVENING.has(dpart) && h >= 5 && h < 12) h += 12;
    else if (dpart === 'night' && h === 12) h = 0;
  }
  if (h === 24 && min === 0) h = 0;
  if (h > 23 || h < 0) return null;
  return { s: i, e: j, sem: { t: 'clock', h, min, zone: zone === 'Z' ? 'Z' : null, date: null }, rule: 'clock' };
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

/** Joins a clock time with the day next to it: "el lunes a las 10" -> 2026-02-02T10:00. */
export function mergeClocks(r: AtomReader, ms: Match[]): Match[] {
  const out: Match[] = [];
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    const next = ms[x + 1];
    if (next && adjacent(r, m, next)) {
      const clock = m.sem.t === 'clock' ? m : next.sem.t === 'clock' ? next : null;
      const day = clock === m ? next : m;
      if (clock && clock.sem.t === 'clock' && clock.sem.date === null && DATELIKE.has(day.sem.t)) {
        out.push({ s: m.s, e: next.e, sem: { ...clock.sem, date: day.sem }, rule: `${day.rule}+${clock.rule}` });
        x++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
