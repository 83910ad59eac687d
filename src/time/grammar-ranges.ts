import { dmyCore, mdyCore, pWeekday, yearAfter, type DateSem } from './grammar-dates.js';
import { monthExpr } from './grammar-periods.js';
import type { AtomReader } from './reader.js';
import { wordTense } from './tense.js';
import type { Match, Sem } from './sem.js';

type EndKind = 'day' | 'date' | 'month' | 'year' | 'weekday';
interface End {
  e: number;
  kind: EndKind;
  sem: Sem;
}

/** One end of a range: a full or partial date, a month, a year, a weekday, or a bare day number. */
function endpoint(r: AtomReader, k: number): End | null {
  let best: End | null = null;
  const take = (x: End | null): void => {
    if (x && (!best || x.e > best.e)) best = x;
  };
  const dm = dmyCore(r, k, null) ?? mdyCore(r, k, null);
  if (dm) take({ e: dm.e, kind: 'date', sem: dm.sem });
  const mo = monthExpr(r, k, true);
  if (mo && mo.sem.dx === null) take({ e: mo.e, kind: 'month', sem: mo.sem });
  const wd = pWeekday(r, k);
  if (wd && wd.sem.t === 'weekday' && wd.sem.dx === null) take({ e: wd.e, kind: 'weekday', sem: wd.sem });
  const y = r.year4(k);
  if (y !== null) take({ e: k + 1, kind: 'year', sem: { t: 'year', y, part: null } });
  const d = r.day(k, false);
  if (d) take({ e: d.e, kind: 'day', sem: { t: 'dayonly', d: d.d, wd: null, dx: null } });
  return best;
}

/** Without "del"/"entre"/"from", only a dash joins the two ends ("3-5 de marzo", "March 3-5"): look for one. */
function dashAhead(r: AtomReader, i: number): boolean {
  for (let k = i + 1; k < r.n && k <= i + 5; k++) {
    if (r.isMark(k, '-') || r.isMark(k, '–')) return true;
  }
  return false;
}

const PAIR: Record<string, string> = { between: 'and', from: 'to', weak: 'to', none: 'dash' };

/**
 * "del 3 al 5 de marzo", "entre el 8 y el 9 de agosto", "de enero a marzo", "entre 2020 y 2024",
 * "from March 3 to 5", "March 3-5, 2026", "3-5 March", "del lunes al miércoles". The first end borrows
 * the month and year the second one names.
 */
export function pRange(r: AtomReader, i: number): Match | null {
  const from = r.hit(i, 'rangefrom');
  if (!from && !dashAhead(r, i)) return null;
  const k = from ? i + from.len : i;
  // "de la", "entre los": the first end must start with a number or a calendar word
  if (from && !(r.isNumber(k) || r.hit(k, 'month') || r.hit(k, 'weekday') || r.hit(k, 'ord') || r.hit(k, 'card'))) return null;
  const e1 = endpoint(r, k);
  if (!e1) return null;
  const to = r.hit(e1.e, 'rangeto');
  if (!to || PAIR[from?.val ?? 'none'] !== to.val) return null;
  const e2 = endpoint(r, e1.e + to.len);
  if (!e2) return null;
  const weak = from?.val === 'weak';
  let a = e1.sem;
  let b = e2.sem;
  const k1 = e1.kind;
  const k2 = e2.kind;
  let e = e2.e;
  if (k1 === 'day' && k2 === 'date' && b.t === 'date' && a.t === 'dayonly' && !weak) {
    const m = a.d > b.d ? b.m - 1 : b.m;
    if (m < 1) return null;
    a = { ...b, d: a.d, m, wd: null, dx: null };
  } else if (k1 === 'date' && k2 === 'day' && a.t === 'date' && b.t === 'dayonly' && !weak && a.written === 'mdy') {
    if (b.d <= a.d) return null;
    const ya = a.year.y === null ? yearAfter(r, e) : null;
    if (ya && ya.year.y !== null) {
      a = { ...a, year: ya.year };
      e = ya.e;
    }
    b = { ...(a as DateSem), d: b.d, wd: null };
  } else if (k1 === 'date' && k2 === 'date' && a.t === 'date' && b.t === 'date' && !weak) {
    if (a.year.y === null && a.year.yoff === null && (b.year.y !== null || b.year.yoff !== null)) {
      const back = a.m > b.m || (a.m === b.m && a.d > b.d);
      a = { ...a, year: b.year.y !== null ? { y: back ? b.year.y - 1 : b.year.y, yoff: null } : b.year };
    }
  } else if (k1 === 'month' && k2 === 'month' && a.t === 'month' && b.t === 'month') {
    if (a.year.y === null && a.year.yoff === null && (b.year.y !== null || b.year.yoff !== null)) {
      a = { ...a, year: b.year.y !== null && a.m > b.m ? { y: b.year.y - 1, yoff: null } : b.year };
    }
  } else if (k1 === 'year' && k2 === 'year' && a.t === 'year' && b.t === 'year') {
    // "de 1990 a 2010 euros" is a price range
    const next = r.a[e];
    if (b.y <= a.y || (weak && next && next.kind === 'word' && !next.cap && r.hits(e).length === 0 && wordTense(r, e) === null)) return null;
  } else if (k1 === 'weekday' && k2 === 'weekday' && from) {
    // "de lunes a viernes" without articles is a timetable, every week
    if (weak) return { s: i, e, sem: { t: 'set', iso: 'R/P1W' }, rule: 'set.weekdays' };
  } else {
    return null;
  }
  return { s: i, e, sem: { t: 'range', a, b }, rule: `range.${k1}-${k2}` };
}
