import { daypartSuffix } from './grammar-clock.js';
import { ABBR, PLURAL, POST, PRE, relativeYear, type AtomReader } from './reader.js';
import { relExpr } from './grammar-periods.js';
import { wordTense } from './tense.js';
import { NO_YEAR, type Deixis, type Match, type Sem, type YearRef } from './sem.js';

export type DateSem = Extract<Sem, { t: 'date' }>;
export interface Piece<S extends Sem = Sem> {
  e: number;
  sem: S;
}

/** "de 2026", ", 2026", " 2026", "del año pasado": the year after a day and a month. */
export function yearAfter(r: AtomReader, k: number): { year: YearRef; e: number } | null {
  const c = r.hit(k, 'conn');
  if (c) {
    const y = r.year4(k + c.len);
    if (y !== null) return { year: { y, yoff: null }, e: k + c.len + 1 };
    return relativeYear(r, k + c.len);
  }
  if (r.isMark(k, ',')) {
    const y = r.year4(k + 1);
    if (y === null) return null;
    const next = r.a[k + 2];
    // Spanish "el 3 de marzo, 1500 personas" is a count; English "the July 4, 2024 celebrations" a year
    if (r.lang === 'es' && next && next.kind === 'word' && !next.cap && r.hits(k + 2).length === 0) return null;
    return { year: { y, yoff: null }, e: k + 2 };
  }
  const y = r.year4(k);
  return y !== null && !r.tight(k) ? { year: { y, yoff: null }, e: k + 1 } : null;
}

/** A capitalised word right before i that no lexicon knows: "Avenida 9 de Julio" is a street. */
function nameBefore(r: AtomReader, i: number): boolean {
  if (r.sentenceStart(i)) return false;
  const prev = r.a[i - 1]!;
  return prev.kind === 'word' && prev.cap && !r.sentenceStart(i - 1) && r.hits(i - 1).length === 0;
}

/** Day, month, optional year: "4 de febrero de 2026", "4 February 2026", "4-feb-2026", "3 mar", "the 4th of May". */
export function dmyCore(r: AtomReader, k: number, wd: number | null): Piece<DateSem> | null {
  const day = r.day(k, r.lang === 'es');
  if (!day) return null;
  let j = day.e;
  let sep: string | null = null;
  const c = r.hit(j, 'conn');
  if (c) j += c.len;
  else if ((r.isMark(j, '-') || r.isMark(j, '/') || r.isMark(j, '.')) && r.tight(j) && r.tight(j + 1)) {
    sep = r.norm(j)!;
    j++;
  } else if (r.tight(j)) return null;
  // "el hospital Doce de Octubre": a capitalised number word inside a sentence names something
  if (day.word && (!c || (r.a[k]!.cap && !r.sentenceStart(k)))) return null;
  const mo = r.month(j);
  if (!mo || (mo.abbr && !day.digits)) return null;
  if (mo.cap && r.lang === 'es' && nameBefore(r, k)) return null;
  j = mo.e;
  let year: YearRef = NO_YEAR;
  if (sep) {
    if (r.isMark(j, sep) && r.tight(j) && r.tight(j + 1)) {
      const y = r.year4(j + 1);
      if (y !== null) {
        year = { y, yoff: null };
        j += 2;
      }
    }
  } else {
    const ya = yearAfter(r, j);
    if (ya) {
      year = ya.year;
      j = ya.e;
    }
  }
  return { e: j, sem: { t: 'date', year, m: mo.m, d: day.d, wd, dx: null, alt: null, written: 'dmy' } };
}

/** Month, day, optional year: "Feb. 4, 2026", "March 3rd", "febrero 4 de 2026". */
export function mdyCore(r: AtomReader, i: number, wd: number | null): Piece<DateSem> | null {
  const mo = r.month(i);
  if (!mo) return null;
  let j = mo.e;
  if (r.tight(j) && !mo.abbr) return null;
  const day = r.day(j, false);
  if (!day) return null;
  j = day.e;
  let year: YearRef = NO_YEAR;
  const ya = yearAfter(r, j);
  if (ya && ya.year.y !== null) {
    year = ya.year;
    j = ya.e;
  } else if (r.lang === 'en') {
    year = listYear(r, j) ?? NO_YEAR;
  }
  // Spanish rarely writes month-first: without a year, only when nothing but punctuation follows
  if (r.lang === 'es' && year.y === null && ((mo.cap && !mo.abbr && wd === null) || (j < r.n && r.a[j]!.kind !== 'mark'))) return null;
  return { e: j, sem: { t: 'date', year, m: mo.m, d: day.d, wd, dx: null, alt: null, written: 'mdy' } };
}

/** How many more days a list may name before its month ("el 3, 4, 5 y 6 de marzo"). */
const LIST_REACH = 6;

/**
 * The first day of a list whose month comes after its last day: "el 11" of "el 11 y 12 de marzo", "3"
 * of "los días 3, 4 y 5 de marzo", "3" of "3 and 4 March". It takes the month and year of the date that
 * closes the list; the scan then goes on and reads the next day the same way, and the last as a date.
 */
function listHead(r: AtomReader, k: number): Piece<DateSem> | null {
  const first = r.day(k, false);
  if (!first || !first.digits) return null;
  let j = first.e;
  for (let n = 0; n < LIST_REACH; n++) {
    const and = r.hit(j, 'and');
    if (!and && !r.isMark(j, ',')) return null;
    j = r.skipDet(j + (and ? and.len : 1));
    const next = r.day(j, false);
    if (!next || !next.digits) return null;
    const core = dmyCore(r, j, null);
    if (core) return core.sem.year.yoff !== null || core.sem.year.y !== null || and ? { e: first.e, sem: { ...core.sem, d: first.d } } : null;
    if (and) return null;
    j = next.e;
  }
  return null;
}

/** "el 4 de febrero", "el pasado 3 de marzo", "el día 3 de marzo", and the first days of a list. */
export function pDMY(r: AtomReader, i: number): Match | null {
  let k = r.skipDet(i);
  let dx: Deixis | null = null;
  const d = r.hit(k, 'deixis');
  if (d && d.flags & PRE && (d.val === 'last' || d.val === 'next')) {
    dx = d.val;
    k += d.len;
  }
  const dw = r.hit(k, 'dayword');
  if (dw) k += dw.len;
  const core = dmyCore(r, k, null);
  if (!core) {
    const head = listHead(r, k);
    if (!head) return null;
    head.sem.dx = dx;
    return { s: i, e: head.e, sem: head.sem, rule: 'date.dmy.list' };
  }
  let e = core.e;
  if (!dx && core.sem.year === NO_YEAR) {
    // "el 16 de junio pasado"
    const post = r.hit(e, 'deixis');
    if (post && post.flags & POST && (post.val === 'last' || post.val === 'next')) {
      dx = post.val;
      e += post.len;
    }
  }
  core.sem.dx = dx;
  return { s: i, e: daypartSuffix(r, e), sem: core.sem, rule: 'date.dmy' };
}

export function pMDY(r: AtomReader, i: number): Match | null {
  const core = mdyCore(r, i, null);
  return core ? { s: i, e: daypartSuffix(r, core.e), sem: core.sem, rule: 'date.mdy' } : null;
}

/** The year written after the last day of a list that goes on at j ("3[, 4 and 5, 2025]"), if any. */
function listYear(r: AtomReader, j: number): YearRef | null {
  for (let n = 0; n < LIST_REACH; n++) {
    const and = r.hit(j, 'and');
    if (!and && !r.isMark(j, ',')) return null;
    const next = r.day(j + (and ? and.len : 1), false);
    if (!next || !next.digits) return null;
    j = next.e;
    const ya = yearAfter(r, j);
    if (ya && ya.year.y !== null) return ya.year;
  }
  return null;
}

/**
 * A later day of a list that began month first: "4" of "March 3 and 4", "5" of "Feb. 3, 4 and 5". The
 * list is read back to its month, and the year comes after the last day when it is written there.
 */
export function pMDYListTail(r: AtomReader, i: number): Match | null {
  const day = r.day(i, false);
  if (!day || !day.digits || r.month(day.e)) return null;
  // "March 3 and 4 people": a count; a verb after it ("March 3 and 4 went well") keeps the list
  const next = r.a[day.e];
  if (next && next.kind === 'word' && !next.cap && r.hits(day.e).length === 0 && !wordTense(r, day.e)) return null;
  let k = i;
  for (let n = 0; n < LIST_REACH; n++) {
    const and = r.hitEndingAt(k, 'and');
    const sep = and ? and.start : r.isMark(k - 1, ',') ? k - 1 : -1;
    if (sep < 1 || !r.isNumber(sep - 1)) return null;
    const before = r.day(sep - 1, false);
    if (!before || before.e !== sep) return null;
    // "Feb. 3": the month may end with its abbreviation's dot
    const mo = r.hitEndingAt(sep - 1, 'month') ?? (r.isMark(sep - 2, '.') ? r.hitEndingAt(sep - 2, 'month') : undefined);
    if (mo) {
      if (r.lang === 'es') return null;
      const ya = yearAfter(r, day.e);
      const year = ya && ya.year.y !== null ? ya.year : (listYear(r, day.e) ?? NO_YEAR);
      return { s: i, e: ya && ya.year.y !== null ? ya.e : day.e, sem: { t: 'date', year, m: mo.hit.num, d: day.d, wd: null, dx: null, alt: null, written: 'mdy' }, rule: 'date.mdy.list' };
    }
    k = sep - 1;
  }
  return null;
}

const NUMERIC_SEPS = new Set(['/', '-', '.', '–']);

/** "04/02/2026", "2026-02-04", "4.2.2026", and year spans "2020-2024". */
export function pNumeric(r: AtomReader, i: number): Match | null {
  if (!r.isNumber(i) || !r.tight(i + 1) || !r.tight(i + 2) || !r.isNumber(i + 2)) return null;
  const sep = r.norm(i + 1)!;
  if (!NUMERIC_SEPS.has(sep)) return null;
  // part of a longer chain of numbers (a phone number, a version, a score)
  if (r.tight(i) && r.a[i - 1]?.kind === 'mark' && r.isNumber(i - 2)) return null;
  const n1 = r.a[i]!;
  const n2 = r.a[i + 2]!;
  if (r.isMark(i + 3, sep) && r.tight(i + 3) && r.isNumber(i + 4) && r.tight(i + 4)) {
    const n3 = r.a[i + 4]!;
    if (r.tight(i + 5) && r.a[i + 5]?.kind === 'mark' && r.isNumber(i + 6) && r.tight(i + 6)) return null;
    const date = (y: number, m: number, d: number, alt: [number, number] | null): Match | null =>
      m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 2999
        ? { s: i, e: i + 5, sem: { t: 'date', year: { y, yoff: null }, m, d, wd: null, dx: null, alt, written: 'numeric' }, rule: 'date.numeric' }
        : null;
    if (n1.raw.length === 4 && n2.raw.length <= 2 && n3.raw.length <= 2 && sep !== '.') return date(n1.num, n2.num, n3.num, null);
    if (n1.raw.length > 2 || n2.raw.length > 2) return null;
    let y: number;
    if (n3.raw.length === 4) y = n3.num;
    else if (n3.raw.length === 2 && sep === '/') y = n3.num < 50 ? 2000 + n3.num : 1900 + n3.num;
    else return null;
    const a = n1.num;
    const b = n2.num;
    if (r.lang === 'es' || sep === '.') return b > 12 && a <= 12 ? date(y, a, b, null) : date(y, b, a, null);
    if (a > 12) return date(y, b, a, null);
    return date(y, a, b, b <= 12 && a !== b ? [b, a] : null);
  }
  if (sep !== '.' && n1.raw.length === 4 && n2.raw.length === 4) {
    const y1 = r.year4(i);
    const y2 = n2.num;
    if (y1 === null || y2 <= y1 || y2 - y1 > 50) return null;
    return { s: i, e: i + 3, sem: { t: 'range', a: { t: 'year', y: y1, part: null }, b: { t: 'year', y: y2, part: null } }, rule: 'range.years' };
  }
  return null;
}

/** "el lunes", "este miércoles 4 de febrero", "el pasado martes", "Wednesday, Feb. 4", "el jueves 12", "los lunes". */
export function pWeekday(r: AtomReader, i: number): Match | null {
  let k = r.skipDet(i);
  const det = k > i ? r.hit(i, 'det') : undefined;
  let dx: Deixis | null = null;
  const pre = r.hit(k, 'deixis');
  if (pre && pre.flags & PRE) {
    dx = pre.val as Deixis;
    k += pre.len;
  }
  const w = r.hit(k, 'weekday');
  if (!w) return null;
  // "Black Friday", "the film Man Friday": a bare capitalised weekday after a capitalised unknown word is a
  // name; Spanish writes weekdays in lower case, so a bare capitalised one inside a sentence ("Domingo
  // Vásquez", "Martes y Trece") is a name unless punctuation sets it off ("Mañana, Sábado, ...")
  if (k === i && r.a[k]!.cap) {
    if (!r.sentenceStart(k) && (nameBefore(r, k) || (r.lang === 'es' && r.a[k - 1]!.kind !== 'mark'))) return null;
    // "Domingo Siro", "Friday Harbor": a capitalised unknown word after it makes a name
    const after = r.a[k + w.len];
    if (after && after.kind === 'word' && after.cap && r.hits(k + w.len).length === 0) return null;
  }
  let j = k + w.len;
  const abbr = (w.flags & ABBR) !== 0;
  if (abbr && r.isMark(j, '.') && r.tight(j)) j++;
  if (w.flags & PLURAL || (det?.val === 'pl' && !dx)) {
    return dx || abbr ? null : { s: i, e: j, sem: { t: 'set', iso: 'R/P1W' }, rule: 'set.weekday' };
  }
  if (!dx) {
    const post = r.hit(j, 'deixis');
    if (post && post.flags & POST) {
      dx = post.val as Deixis;
      j += post.len;
    }
  }
  if (dx === 'past') dx = 'last';
  const k2 = r.isMark(j, ',') ? j + 1 : j;
  const full = dmyCore(r, k2, w.num) ?? mdyCore(r, k2, w.num);
  if (full) {
    full.sem.dx = dx;
    return { s: i, e: daypartSuffix(r, full.e), sem: full.sem, rule: 'date.weekday' };
  }
  if (abbr) return null;
  if (k2 === j && r.isNumber(j)) {
    const day = r.day(j, false);
    const next = day ? r.a[day.e] : undefined;
    // "el lunes 3 personas" counts people; "el jueves 12 votará" dates the vote
    if (day && !(next && next.kind === 'word' && !next.cap && r.hits(day.e).length === 0 && wordTense(r, day.e) === null)) {
      return { s: i, e: daypartSuffix(r, day.e), sem: { t: 'dayonly', d: day.d, wd: w.num, dx }, rule: 'date.weekday-day' };
    }
  }
  // "el martes de la semana que viene", "Monday of next week"
  const c = dx ? undefined : r.hit(j, 'conn');
  const rel = c ? relExpr(r, j + c.len) : null;
  if (c && rel && rel.sem.unit === 'week' && rel.sem.dx !== 'past') {
    const week = rel.sem.dx === 'last' ? -1 : rel.sem.dx === 'next' ? 1 : 0;
    return { s: i, e: daypartSuffix(r, rel.e), sem: { t: 'weekday', wd: w.num, dx: null, week }, rule: 'weekday.week' };
  }
  return { s: i, e: daypartSuffix(r, j), sem: { t: 'weekday', wd: w.num, dx, week: null }, rule: dx ? `weekday.${dx}` : 'weekday' };
}

/** "Navidad", "la pasada Nochevieja", "Christmas Eve 2025". */
export function pHoliday(r: AtomReader, i: number): Match | null {
  let k = r.skipDet(i);
  let dx: Deixis | null = null;
  const pre = r.hit(k, 'deixis');
  if (pre && pre.flags & PRE) {
    dx = pre.val as Deixis;
    k += pre.len;
  }
  const h = r.hit(k, 'holiday');
  if (!h) return null;
  let j = k + h.len;
  if (!dx) {
    const post = r.hit(j, 'deixis');
    if (post && post.flags & POST) {
      dx = post.val as Deixis;
      j += post.len;
    }
  }
  if (dx === 'past') dx = 'last';
  let year: YearRef = NO_YEAR;
  const ya = yearAfter(r, j);
  if (ya) {
    year = ya.year;
    j = ya.e;
  }
  const m = Number(h.val.slice(0, 2));
  const d = Number(h.val.slice(3));
  return { s: i, e: j, sem: { t: 'date', year, m, d, wd: null, dx, alt: null, written: 'holiday' }, rule: 'date.holiday' };
}

/** "el día 15", "el próximo día 14": a day of a month the anchor decides. */
export function pDayonly(r: AtomReader, i: number): Match | null {
  let k = r.skipDet(i);
  let dx: Deixis | null = null;
  const pre = r.hit(k, 'deixis');
  if (pre && pre.flags & PRE && (pre.val === 'last' || pre.val === 'next')) {
    dx = pre.val;
    k += pre.len;
  }
  const dw = r.hit(k, 'dayword');
  if (!dw || !r.isNumber(k + dw.len)) return null;
  const day = r.day(k + dw.len, false);
  if (!day) return null;
  return { s: i, e: daypartSuffix(r, day.e), sem: { t: 'dayonly', d: day.d, wd: null, dx }, rule: 'date.day' };
}
