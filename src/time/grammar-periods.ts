import { daypartSuffix } from './grammar-clock.js';
import { yearAfter, type Piece } from './grammar-dates.js';
import { ABBR, AMBIGUOUS, OF, PLURAL, POST, PRE, relativeYear, type AtomReader, type MonthHit } from './reader.js';
import { NO_YEAR, type Deixis, type Match, type Part, type PeriodKind, type Sem, type Unit, type YearRef } from './sem.js';

type MonthSem = Extract<Sem, { t: 'month' }>;
type YearSem = Extract<Sem, { t: 'year' }>;
type RelSem = Extract<Sem, { t: 'rel' }>;

function deixisBefore(r: AtomReader, k: number): { dx: Deixis; e: number } | null {
  const h = r.hit(k, 'deixis');
  return h && h.flags & PRE ? { dx: h.val as Deixis, e: k + h.len } : null;
}

function deixisAfter(r: AtomReader, k: number): { dx: Deixis; e: number } | null {
  const h = r.hit(k, 'deixis');
  return h && h.flags & POST ? { dx: h.val as Deixis, e: k + h.len } : null;
}

/**
 * A month standing alone is only a month when nothing says it is a name: Spanish writes months in lower
 * case ("Grupo Marzo", "el ministro Mayo" are names), English needs a preposition ("in May", not
 * "Theresa May").
 */
function standaloneMonth(r: AtomReader, i: number, mo: MonthHit): boolean {
  const cue = r.hitEndingAt(i, 'yearcue');
  if (r.lang === 'es') {
    if (!mo.cap) return true;
    return cue !== undefined && cue.hit.val === 'strong' && !r.a[cue.start]!.cap;
  }
  const before = cue ?? r.hitEndingAt(i, 'rangefrom') ?? r.hitEndingAt(i, 'rangeto');
  if (!before || r.hit(before.start, 'det')) return false;
  return !(before.hit.val === 'weak' && before.start > 0 && r.a[before.start - 1]!.cap && !r.sentenceStart(before.start - 1));
}

/** "en marzo", "marzo de 2025", "el pasado marzo", "el mes de marzo", "March 2026", "last March". */
export function monthExpr(r: AtomReader, i: number, inPart: boolean): Piece<MonthSem> | null {
  let k = i;
  const det = r.hit(k, 'det');
  if (det) k += det.len;
  let dx: Deixis | null = null;
  const pre = deixisBefore(r, k);
  if (pre) {
    dx = pre.dx;
    k = pre.e;
  }
  let named = false;
  const mw = r.hit(k, 'monthword');
  if (mw) {
    const c = r.hit(k + mw.len, 'conn');
    if (!c) return null;
    k += mw.len + c.len;
    named = true;
  }
  const mo = r.month(k);
  if (!mo) return null;
  let j = mo.e;
  if (!dx) {
    const post = deixisAfter(r, j);
    if (post) {
      dx = post.dx;
      j = post.e;
    }
  }
  if (dx === 'past') dx = 'last';
  let year: YearRef = NO_YEAR;
  const ya = yearAfter(r, j);
  if (ya) {
    year = ya.year;
    j = ya.e;
  }
  const bare = !dx && !named && year === NO_YEAR;
  if (mo.abbr && year === NO_YEAR) return null;
  if (det && !dx && !named) return null;
  if (bare && !inPart && !standaloneMonth(r, k, mo)) return null;
  return { e: j, sem: { t: 'month', year, m: mo.m, part: null, dx } };
}

export function pMonth(r: AtomReader, i: number): Match | null {
  const p = monthExpr(r, i, false);
  return p ? { s: i, e: p.e, sem: p.sem, rule: p.sem.dx ? `month.${p.sem.dx}` : 'month' } : null;
}

/**
 * A bare four-digit number is a year only after a word that introduces one ("en 2024", "desde 2019",
 * "the 2024 election"); after a weak cue ("de", "el") only when no quantity word comes before and no
 * noun follows ("más de 2026 personas" is a count).
 */
function yearCue(r: AtomReader, k: number, y: number): boolean {
  const next = r.a[k + 1];
  if (next && next.kind === 'mark' && (next.norm === '%' || (next.norm === '€' || next.norm === '$'))) return false;
  let best: string | null = null;
  let start = -1;
  for (let back = 1; back <= 4 && k - back >= 0 && best !== 'strong'; back++) {
    for (const h of r.hits(k - back)) {
      if (h.cat === 'yearcue' && h.len === back && best !== 'strong') {
        best = h.val;
        start = k - back;
      }
    }
  }
  if (!best || r.hitEndingAt(start, 'qty')) return false;
  if (best === 'strong') return y >= 1000 && y <= 2199;
  if (y < 1900 || y > 2100) return false;
  // "de 1990 a 2010 euros": the range rule did not take it, so it is a span of quantities
  const to = r.hit(k + 1, 'rangeto');
  if (to && r.isNumber(k + 1 + to.len)) return false;
  return !(next && next.kind !== 'mark' && next.kind !== 'number' && !next.cap && r.hits(k + 1).length === 0);
}

export function yearExpr(r: AtomReader, i: number, inPart: boolean): Piece<YearSem> | null {
  let k = i;
  let explicit = inPart;
  const det = r.hit(k, 'det');
  if (det && r.hit(k + det.len, 'yearword')) k += det.len;
  const yw = r.hit(k, 'yearword');
  if (yw) {
    k += yw.len;
    explicit = true;
  } else if (k !== i) return null;
  const y = r.year4(k);
  if (y === null || (!explicit && !yearCue(r, k, y))) return null;
  return { e: k + 1, sem: { t: 'year', y, part: null } };
}

export function pYear(r: AtomReader, i: number): Match | null {
  const p = yearExpr(r, i, false);
  return p ? { s: i, e: p.e, sem: p.sem, rule: 'year' } : null;
}

const REL_UNITS: ReadonlySet<Unit> = new Set(['week', 'month', 'year', 'weekend', 'quarter', 'semester', 'decade']);

/** "el mes pasado", "la próxima semana", "este año", "el fin de semana", "last week", "the past year". */
export function relExpr(r: AtomReader, i: number): Piece<RelSem> | null {
  let k = r.skipDet(i);
  let dx: Deixis | null = null;
  const pre = deixisBefore(r, k);
  if (pre) {
    dx = pre.dx;
    k = pre.e;
  }
  const u = r.unit(k);
  if (!u || u.plural || !REL_UNITS.has(u.unit)) return null;
  let j = u.e;
  if (!dx) {
    const post = deixisAfter(r, j);
    if (post) {
      dx = post.dx;
      j = post.e;
    }
  }
  if (!dx && (u.unit !== 'weekend' || k === i)) return null;
  return { e: j, sem: { t: 'rel', unit: u.unit, dx, part: null } };
}

export function pRel(r: AtomReader, i: number): Match | null {
  const p = relExpr(r, i);
  return p ? { s: i, e: daypartSuffix(r, p.e), sem: p.sem, rule: `rel.${p.sem.unit}.${p.sem.dx ?? 'tense'}` } : null;
}

/** "(a finales de) la semana", "(a principios de) año": the current one, named only after a part word. */
function bareUnit(r: AtomReader, j: number): Piece<RelSem> | null {
  const u = r.unit(r.skipDet(j));
  if (!u || u.plural || (u.unit !== 'week' && u.unit !== 'month' && u.unit !== 'year')) return null;
  return { e: u.e, sem: { t: 'rel', unit: u.unit, dx: 'this', part: null } };
}

/** "finales de marzo", "principios de 2025", "mediados del año pasado", "early March", "mid-2025", "the end of next week". */
export function pPart(r: AtomReader, i: number): Match | null {
  const k = r.skipDet(i);
  const p = r.hit(k, 'part');
  // "fin de semana" is the weekend, not the end of a week
  if (!p || r.hit(k, 'unit')?.val === 'weekend') return null;
  let j = k + p.len;
  if (p.flags & OF) {
    const c = r.hit(j, 'conn');
    if (!c) return null;
    j += c.len;
  } else {
    if (k !== i) return null;
    if (r.isMark(j, '-') && r.tight(j)) j++;
  }
  const t = monthExpr(r, j, true) ?? yearExpr(r, j, true) ?? relExpr(r, j) ?? bareUnit(r, j);
  if (!t) return null;
  const sem = t.sem;
  if (sem.t === 'rel' && (sem.dx === 'past' || sem.unit === 'weekend')) return null;
  sem.part = p.val as Part;
  return { s: i, e: t.e, sem, rule: `part.${sem.t}` };
}

const PERIOD_MAX: Record<PeriodKind, number> = { quarter: 4, third: 3, semester: 2, fortnight: 2 };

/** "el primer trimestre de 2025", "la segunda mitad del año pasado", "the third quarter", "Q1 2025", "la primera quincena de marzo". */
export function pPeriod(r: AtomReader, i: number): Match | null {
  let k = r.skipDet(i);
  let idx: number;
  let kind: PeriodKind;
  let needsYear = false;
  // "este primer trimestre", "el pasado tercer trimestre"
  const dx = deixisBefore(r, k);
  const yoff = dx?.dx === 'this' ? 0 : dx?.dx === 'last' ? -1 : dx?.dx === 'next' ? 1 : null;
  if (dx && yoff !== null) k = dx.e;
  const at = r.a[k];
  if (at && at.norm === 'q' && at.cap && r.isNumber(k + 1) && r.tight(k + 1)) {
    idx = r.a[k + 1]!.num;
    kind = 'quarter';
    k += 2;
  } else {
    const o = r.hit(k, 'ord');
    const p = o ? r.hit(k + o.len, 'period') : undefined;
    if (!o || !p) return null;
    idx = o.num;
    kind = p.val as PeriodKind;
    needsYear = (p.flags & OF) !== 0;
    k += o.len + p.len;
  }
  if (idx < 1 || idx > PERIOD_MAX[kind]) return null;
  let year: YearRef = NO_YEAR;
  let m: number | null = null;
  const c = r.hit(k, 'conn');
  if (c) {
    const j = k + c.len;
    if (kind === 'fortnight') {
      const mo = monthExpr(r, j, true);
      if (mo) {
        m = mo.sem.m;
        year = mo.sem.year;
        k = mo.e;
      }
    } else {
      const y = r.year4(j);
      const rel = y === null ? relativeYear(r, j) : null;
      const yw = r.skipDet(j);
      if (y !== null) {
        year = { y, yoff: null };
        k = j + 1;
      } else if (rel) {
        year = rel.year;
        k = rel.e;
      } else if (r.hit(yw, 'yearword')) {
        year = { y: null, yoff: 0 };
        k = yw + r.hit(yw, 'yearword')!.len;
      }
    }
  } else if (kind !== 'fortnight') {
    const y = r.year4(k);
    if (y !== null && !r.tight(k)) {
      year = { y, yoff: null };
      k++;
    }
  }
  if (kind === 'fortnight' && m === null) return null;
  if (yoff !== null && year === NO_YEAR) year = { y: null, yoff };
  // "la primera mitad" of a match is no period of the calendar: only with its year
  if (needsYear && year === NO_YEAR) return null;
  return { s: i, e: k, sem: { t: 'period', kind, idx, year, m }, rule: `period.${kind}` };
}

/** "los años noventa", "los años 90", "la década de 1990", "the 1990s", "the '90s". */
export function pDecade(r: AtomReader, i: number): Match | null {
  const dw = r.hit(i, 'decadeword');
  const decade = (start: number, e: number): Match | null =>
    start % 10 === 0 && start >= 1000 && start <= 2990 ? { s: i, e, sem: { t: 'decade', start }, rule: 'decade' } : null;
  if (dw) {
    const k = i + dw.len;
    const at = r.a[k];
    if (at?.kind === 'number') {
      if (at.raw.length === 4) return decade(at.num, k + 1);
      if (at.raw.length === 2 && at.num >= 10) return decade(1900 + at.num, k + 1);
      return null;
    }
    const c = r.hit(k, 'card');
    return c && c.num >= 20 && c.num <= 90 ? decade(1900 + c.num, k + c.len) : null;
  }
  if (r.lang !== 'en' || !r.hit(i, 'det')) return null;
  let k = i + 1;
  const apostrophe = r.isMark(k, "'") || r.isMark(k, '’');
  if (apostrophe) k++;
  const at = r.a[k];
  if (!at || at.kind !== 'number' || r.norm(k + 1) !== 's' || !r.tight(k + 1)) return null;
  if (apostrophe && at.raw.length === 2) return decade(1900 + at.num, k + 2);
  return !apostrophe && at.raw.length === 4 ? decade(at.num, k + 2) : null;
}

/** "hoy", "ayer por la tarde", "mañana" (not "por la mañana"), "yesterday morning". */
export function pRelday(r: AtomReader, i: number): Match | null {
  const h = r.hit(i, 'relday');
  if (!h) return null;
  if (h.flags & AMBIGUOUS && h.len === 1 && r.hitEndingAt(i, 'daypartdet')) return null;
  let e = i + h.len;
  // "hoy, miércoles", "ayer martes", "tomorrow, Friday": the weekday names the same day
  const k = r.isMark(e, ',') ? e + 1 : e;
  const w = r.hit(k, 'weekday');
  let wd: number | null = null;
  if (w && !(w.flags & (PLURAL | ABBR))) {
    wd = w.num;
    e = k + w.len;
  }
  e = daypartSuffix(r, e);
  return { s: i, e, sem: { t: 'relday', off: h.num, wd }, rule: wd ? 'relday.weekday' : 'relday' };
}
