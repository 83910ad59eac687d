import { ABBR, AMBIGUOUS, ARTICLE, type AtomReader } from './reader.js';
import type { Match, Unit } from './sem.js';
import { durationIso } from './iso.js';

export interface Count {
  n: number;
  unit: Unit;
  e: number;
  /** The count is an indefinite article ("un año"), which needs a cue to be a duration. */
  article: boolean;
}

function isArticle(r: AtomReader, k: number): number {
  const h = r.hit(k, 'card');
  return h && h.flags & ARTICLE ? h.len : 0;
}

/** "y medio", "y media", "and a half" after a unit: where it ends, or null. */
function halfAfter(r: AtomReader, j: number): number | null {
  const and = r.hit(j, 'and');
  if (!and) return null;
  const k = j + and.len;
  const art = isArticle(r, k);
  const h = r.hit(k + art, 'half');
  return h ? k + art + h.len : null;
}

/** A number of units: "dos semanas", "36 horas", "un año y medio", "media hora", "two and a half years", "año y medio". */
export function countUnit(r: AtomReader, k: number): Count | null {
  const hf = r.hit(k, 'half');
  if (hf) {
    const j = k + hf.len;
    const u = r.unit(j + isArticle(r, j));
    return u && !u.plural ? { n: 0.5, unit: u.unit, e: u.e, article: false } : null;
  }
  const nm = r.num(k, true);
  if (nm) {
    if (nm.n <= 0) return null;
    let j = nm.e;
    let frac = 0;
    const and = r.hit(j, 'and');
    if (and) {
      const art = isArticle(r, j + and.len);
      const h = art ? r.hit(j + and.len + art, 'half') : undefined;
      if (h) {
        frac = 0.5;
        j += and.len + art + h.len;
      }
    }
    const u = r.unit(j);
    if (!u || (u.nocount && nm.article)) return null;
    j = u.e;
    if (!frac) {
      const f = halfAfter(r, j);
      if (f !== null) {
        frac = 0.5;
        j = f;
      }
    }
    return { n: nm.n + frac, unit: u.unit, e: j, article: nm.article && !frac };
  }
  const u = r.unit(k);
  if (u && !u.plural) {
    const f = halfAfter(r, u.e);
    if (f !== null) return { n: 1.5, unit: u.unit, e: f, article: false };
  }
  return null;
}

/** "hace dos semanas", "dentro de un mes", "two weeks ago", "in three days"; "desde hace dos años" is a duration. */
export function pShift(r: AtomReader, i: number): Match | null {
  const ago = r.hit(i, 'ago');
  const ahead = ago ? undefined : r.hit(i, 'ahead');
  const pre = (ago && ago.val === 'pre' ? ago : undefined) ?? ahead;
  if (pre) {
    let k = i + pre.len;
    const ap = r.hit(k, 'approx');
    if (ap) k += ap.len;
    const c = countUnit(r, k);
    if (!c || c.unit === 'weekend') return null;
    if (ago && r.hitEndingAt(i, 'durcue')) return { s: i, e: c.e, sem: { t: 'duration', unit: c.unit, n: c.n }, rule: 'duration.since' };
    return { s: i, e: c.e, sem: { t: 'shift', unit: c.unit, n: c.n, dir: ago ? -1 : 1, weak: !ago && r.lang === 'en' }, rule: ago ? 'shift.ago' : 'shift.ahead' };
  }
  const c = countUnit(r, i);
  if (!c || c.unit === 'weekend') return null;
  const post = r.hit(c.e, 'ago');
  if (!post || post.val !== 'post') return null;
  return { s: i, e: c.e + post.len, sem: { t: 'shift', unit: c.unit, n: c.n, dir: -1, weak: false }, rule: 'shift.ago' };
}

/**
 * A word saying "after" or "before" at k that closes the expression: "después", "later", "earlier". Those
 * that are also prepositions count only when no object follows ("dos días después de la votación",
 * "two days after the vote" are told from an event, not from a date).
 */
function laterWord(r: AtomReader, k: number): { dir: 1 | -1; e: number } | null {
  const h = r.hit(k, 'later');
  if (!h) return null;
  const e = k + h.len;
  if (h.flags & AMBIGUOUS && r.isWord(e) && r.a[e]!.sentence === r.a[k]!.sentence) {
    if (r.lang === 'en' || r.hit(e, 'conn') || r.norm(e) === 'que') return null;
  }
  return { dir: h.val === 'after' ? 1 : -1, e };
}

const NOT_FROM_A_DAY: ReadonlySet<Unit> = new Set(['weekend', 'hour', 'minute', 'second']);

/**
 * Told from the day the text last named: "al día siguiente", "la semana anterior", "el día después",
 * "dos días después", "tres meses antes", "the next day", "the following week", "the day before", "two
 * days later", "a week earlier".
 */
export function pLater(r: AtomReader, i: number): Match | null {
  const k = r.skipDet(i);
  const before = r.hit(k, 'following');
  if (before && k > i) {
    // English puts the word first, after "the"; "the next week" may be the coming one, "the next day" is not
    const u = r.unit(k + before.len);
    if (u && !u.plural && !NOT_FROM_A_DAY.has(u.unit) && (before.val === 'before' || r.norm(k) !== 'next' || u.unit === 'day')) {
      return { s: i, e: u.e, sem: { t: 'later', unit: u.unit, n: 1, dir: before.val === 'after' ? 1 : -1, countEnd: null }, rule: 'later.following' };
    }
  }
  const u = r.unit(k);
  if (u && !u.plural && !NOT_FROM_A_DAY.has(u.unit)) {
    const after = r.hit(u.e, 'following');
    // "el día anterior a la votación" is told from an event
    const toEvent = after !== undefined && (r.norm(u.e + after.len) === 'a' || r.norm(u.e + after.len) === 'al');
    if (after && !toEvent) return { s: i, e: u.e + after.len, sem: { t: 'later', unit: u.unit, n: 1, dir: after.val === 'after' ? 1 : -1, countEnd: null }, rule: 'later.following' };
    // "el día después", "the day before": only with its article
    const w = k > i ? laterWord(r, u.e) : null;
    if (w) return { s: i, e: w.e, sem: { t: 'later', unit: u.unit, n: 1, dir: w.dir, countEnd: null }, rule: 'later.word' };
  }
  const c = countUnit(r, i);
  if (!c || NOT_FROM_A_DAY.has(c.unit) || !Number.isInteger(c.n)) return null;
  const w = laterWord(r, c.e);
  return w ? { s: i, e: w.e, sem: { t: 'later', unit: c.unit, n: c.n, dir: w.dir, countEnd: c.e }, rule: 'later.count' } : null;
}

/** "36 horas", "los últimos tres años", "the past two weeks", "(durante) un año". */
export function pDuration(r: AtomReader, i: number): Match | null {
  const span = r.hit(i, 'span');
  if (span) {
    const c = countUnit(r, i + span.len);
    return c && !c.article && c.unit !== 'weekend'
      ? { s: i, e: c.e, sem: { t: 'duration', unit: c.unit, n: c.n }, rule: `duration.${span.val}` }
      : null;
  }
  const c = countUnit(r, i);
  if (!c || c.unit === 'weekend') return null;
  if (c.article && !r.hitEndingAt(i, 'durcue')) return null;
  return { s: i, e: c.e, sem: { t: 'duration', unit: c.unit, n: c.n }, rule: 'duration' };
}

/** "cada año", "todos los días", "cada dos semanas", "every Monday", "diariamente". */
export function pSet(r: AtomReader, i: number): Match | null {
  const word = r.hit(i, 'setword');
  if (word) return { s: i, e: i + word.len, sem: { t: 'set', iso: word.val }, rule: 'set.word' };
  const cue = r.hit(i, 'setcue');
  if (!cue) return null;
  const k = i + cue.len;
  const w = r.hit(k, 'weekday');
  if (w && !(w.flags & ABBR)) return { s: i, e: k + w.len, sem: { t: 'set', iso: 'R/P1W' }, rule: 'set.weekday' };
  const c = countUnit(r, k);
  if (c && !c.article) return { s: i, e: c.e, sem: { t: 'set', iso: recurrence(c.n, c.unit) }, rule: 'set.every' };
  const u = r.unit(k);
  return u ? { s: i, e: u.e, sem: { t: 'set', iso: recurrence(1, u.unit) }, rule: 'set.every' } : null;
}

function recurrence(n: number, unit: Unit): string {
  return `R/${unit === 'weekend' ? 'P1W' : durationIso(n, unit)}`;
}
