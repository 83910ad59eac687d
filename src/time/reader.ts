import type { Lang } from '../core/analysis.js';
import type { Atom } from './atoms.js';
import { FLAG_BIT, type Category, type Hit, type TimeLexicon } from './lexicon.js';
import type { Unit, YearRef } from './sem.js';

const NONE: readonly Hit[] = [];

export const ABBR = FLAG_BIT.abbr;
export const PLURAL = FLAG_BIT.plural;
export const NOCOUNT = FLAG_BIT.nocount;
export const PRE = FLAG_BIT.pre;
export const POST = FLAG_BIT.post;
export const OF = FLAG_BIT.of;
export const AMBIGUOUS = FLAG_BIT.ambiguous;
export const ARTICLE = FLAG_BIT.article;

export interface Num {
  n: number;
  e: number;
  /** Written as a word ("dos"), not digits. */
  word: boolean;
  /** The count is an indefinite article ("un año", "a week"). */
  article: boolean;
}

export interface Day {
  d: number;
  e: number;
  /** Written as a cardinal word ("cinco de mayo"), which needs "de" after it. */
  word: boolean;
  /** Written in digits (an abbreviated month needs them: "3 mar", not "el tercer set"). */
  digits: boolean;
}

export interface MonthHit {
  m: number;
  e: number;
  abbr: boolean;
  cap: boolean;
}

/**
 * Read access to the atoms of one segment with their lexicon hits (computed once per atom, on demand),
 * plus the small readers every rule shares: numbers, days, years, months.
 */
export class AtomReader {
  private readonly cache: Array<readonly Hit[] | undefined>;
  readonly n: number;

  constructor(
    readonly a: readonly Atom[],
    readonly lex: TimeLexicon,
    readonly lang: Lang,
  ) {
    this.n = a.length;
    this.cache = new Array<readonly Hit[] | undefined>(a.length);
  }

  hits(i: number): readonly Hit[] {
    if (i < 0 || i >= this.n) return NONE;
    let h = this.cache[i];
    if (h === undefined) {
      h = this.lex.lookup(this.a, i, this.n);
      this.cache[i] = h;
    }
    return h;
  }

  /** The longest entry of a category starting at i. */
  hit(i: number, cat: Category): Hit | undefined {
    for (const h of this.hits(i)) if (h.cat === cat) return h;
    return undefined;
  }

  /** An entry of a category that ends right before atom i ("antes de" before a year). */
  hitEndingAt(i: number, cat: Category): { hit: Hit; start: number } | undefined {
    for (let back = 1; back <= 4 && i - back >= 0; back++) {
      if (this.a[i - back]!.sentence !== this.a[i - 1]!.sentence) break;
      for (const h of this.hits(i - back)) if (h.cat === cat && h.len === back) return { hit: h, start: i - back };
    }
    return undefined;
  }

  norm(i: number): string | undefined {
    return this.a[i]?.norm;
  }

  isMark(i: number, ch: string): boolean {
    const at = this.a[i];
    return at !== undefined && at.kind === 'mark' && at.norm === ch;
  }

  isNumber(i: number): boolean {
    return this.a[i]?.kind === 'number';
  }

  isWord(i: number): boolean {
    return this.a[i]?.kind === 'word';
  }

  /** Atom i exists and touches the atom before it (no white space between). */
  tight(i: number): boolean {
    const at = this.a[i];
    return at !== undefined && !at.gap;
  }

  /** The first atom of its sentence. */
  sentenceStart(i: number): boolean {
    return i === 0 || this.a[i - 1]!.sentence !== this.a[i]!.sentence;
  }

  /** A digit run followed, with no space, by a decimal or thousands separator and more digits. */
  private numberContinues(i: number): boolean {
    return (this.isMark(i + 1, ',') || this.isMark(i + 1, '.')) && this.tight(i + 1) && this.isNumber(i + 2) && this.tight(i + 2);
  }

  private numberContinuesBack(i: number): boolean {
    return this.tight(i) && (this.isMark(i - 1, ',') || this.isMark(i - 1, '.')) && this.tight(i - 1) && this.isNumber(i - 2);
  }

  /** A count: digits (a one-digit decimal "1,5" too) or number words ("treinta y seis", "twenty-five"). */
  num(i: number, article: boolean): Num | null {
    const at = this.a[i];
    if (!at) return null;
    if (at.kind === 'number') {
      if (at.raw.length > 4 || this.numberContinuesBack(i)) return null;
      if (this.numberContinues(i)) {
        const frac = this.a[i + 2]!;
        if (frac.raw.length !== 1 || this.numberContinues(i + 2)) return null;
        return { n: at.num + frac.num / 10, e: i + 3, word: false, article: false };
      }
      return { n: at.num, e: i + 1, word: false, article: false };
    }
    const h = this.hit(i, 'card');
    if (!h) return null;
    const isArticle = (h.flags & ARTICLE) !== 0;
    if (isArticle && !article) return null;
    let n = h.num;
    let e = i + h.len;
    if (n >= 20 && n <= 90 && n % 10 === 0) {
      let k = e;
      const joined = this.hit(k, 'and') !== undefined || (this.isMark(k, '-') && this.tight(k));
      if (joined) k++;
      const u = this.hit(k, 'card');
      if (u && u.num >= 1 && u.num <= 9 && (joined || !(u.flags & ARTICLE))) {
        n += u.num;
        e = k + u.len;
      }
    }
    return { n, e, word: true, article: isArticle && e === i + h.len };
  }

  /** A day of the month: 1-31 in digits (with an ordinal ending), an ordinal word, or (when `words`) a cardinal word. */
  day(i: number, words: boolean): Day | null {
    const at = this.a[i];
    if (!at) return null;
    if (at.kind === 'number') {
      if (at.raw.length > 2 || at.num < 1 || at.num > 31 || this.numberContinues(i) || this.numberContinuesBack(i)) return null;
      if (this.isMark(i + 1, ':') && this.tight(i + 1)) return null;
      let e = i + 1;
      const suffix = this.hit(e, 'ordsuffix');
      if (suffix && this.tight(e)) e += suffix.len;
      return { d: at.num, e, word: false, digits: true };
    }
    const o = this.hit(i, 'ord');
    if (o) return { d: o.num, e: i + o.len, word: false, digits: false };
    const tens = this.hit(i, 'card');
    if (tens && (tens.num === 20 || tens.num === 30)) {
      let k = i + tens.len;
      if (this.isMark(k, '-') && this.tight(k)) k++;
      const unit = this.hit(k, 'ord');
      if (unit && unit.num <= 9 && tens.num + unit.num <= 31) return { d: tens.num + unit.num, e: k + unit.len, word: false, digits: false };
    }
    if (!words) return null;
    const c = this.num(i, false);
    if (c && c.word && c.n >= 1 && c.n <= 31) return { d: c.n, e: c.e, word: true, digits: false };
    return null;
  }

  /** A four-digit year (1000-2999) that is not part of a longer number. */
  year4(i: number): number | null {
    const at = this.a[i];
    if (!at || at.kind !== 'number' || at.raw.length !== 4 || at.num < 1000 || at.num > 2999) return null;
    if (this.numberContinues(i) || this.numberContinuesBack(i)) return null;
    return at.num;
  }

  month(i: number): MonthHit | null {
    const h = this.hit(i, 'month');
    if (!h) return null;
    let e = i + h.len;
    const abbr = (h.flags & ABBR) !== 0;
    if (abbr && this.isMark(e, '.') && this.tight(e)) e++;
    return { m: h.num, e, abbr, cap: this.a[i]!.cap };
  }

  unit(i: number): { unit: Unit; e: number; plural: boolean; nocount: boolean } | null {
    const h = this.hit(i, 'unit');
    if (!h) return null;
    return { unit: h.val as Unit, e: i + h.len, plural: (h.flags & PLURAL) !== 0, nocount: (h.flags & NOCOUNT) !== 0 };
  }

  /** An optional article at i: returns where what follows it starts. */
  skipDet(i: number): number {
    const d = this.hit(i, 'det');
    return d ? i + d.len : i;
  }
}

/** "del año pasado", "de este año", "of last year": a year told relative to the anchor. */
export function relativeYear(r: AtomReader, i: number): { year: YearRef; e: number } | null {
  let k = r.skipDet(i);
  let dx: string | null = null;
  const pre = r.hit(k, 'deixis');
  if (pre && pre.flags & PRE) {
    dx = pre.val;
    k += pre.len;
  }
  const yw = r.hit(k, 'yearword');
  if (!yw) return null;
  k += yw.len;
  if (!dx) {
    const post = r.hit(k, 'deixis');
    if (post && post.flags & POST) {
      dx = post.val;
      k += post.len;
    }
  }
  const yoff = dx === 'this' ? 0 : dx === 'last' ? -1 : dx === 'next' ? 1 : null;
  return yoff === null ? null : { year: { y: null, yoff }, e: k };
}
