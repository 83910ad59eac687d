import { ABBR, ARTICLE, type AtomReader } from './reader.js';
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
