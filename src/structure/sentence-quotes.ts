import { CharClass, charClassAt, isWordClass } from './token-chars.js';

const UNKNOWN = -2;
const NEVER = -1;
/** Deeper nesting than this is noise (stray marks), not structure; further openers are ignored. */
const MAX_DEPTH = 32;
/**
 * How far (in characters) a closing mark is looked for. A quotation that holds a few sentences closes
 * well within it; a mark left open by mistake must not swallow the boundaries of a whole document.
 */
const MAX_REACH = 500;

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
/** Each asymmetric closing mark and the opening mark it pairs with. */
const OPENER_OF = new Map([[0xbb, 0xab], [0x201d, 0x201c], [RIGHT_SINGLE, 0x2018], [0x29, 0x28], [0x5d, 0x5b]]);

/**
 * The quotations and brackets open at the splitter's position. A terminator inside one that closes
 * later in the span is not a boundary («Es así. Pero no siempre», dijo). Whether an opener closes is
 * looked up lazily, once per opener, so unmatched marks cost one search and never suppress boundaries.
 */
export class QuoteStack {
  private readonly closers: number[] = [];
  private readonly closeAt: number[] = [];

  clear(): void {
    this.closers.length = 0;
    this.closeAt.length = 0;
  }

  /** A quotation mark or bracket at `i` outside a terminator run. */
  mark(text: string, i: number, start: number, end: number): void {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0xab: return this.push(0xbb);
      case 0x201c: case 0x201e: return this.push(0x201d);
      case 0x2018: return this.push(RIGHT_SINGLE);
      case 0x28: return this.push(0x29);
      case 0x5b: return this.push(0x5d);
      case 0xbb: case 0x201d: case 0x29: case 0x5d: return this.close(c);
      case RIGHT_SINGLE:
        if (!isApostrophe(text, i, start, end)) this.close(c);
        return;
      case QUOTE:
      case APOSTROPHE: {
        if (c === APOSTROPHE && isApostrophe(text, i, start, end)) return;
        // Straight quotes do not nest: with one open, the next one closes it, however it is spaced.
        if (this.closers.includes(c)) return this.close(c);
        const prev = i > start ? charClassAt(text, i - 1) : CharClass.Space;
        const next = i + 1 < end ? charClassAt(text, i + 1) : CharClass.Space;
        if (!isWordClass(prev) && next !== CharClass.Space && (c === QUOTE || isWordClass(next))) this.push(c);
        return;
      }
      default:
    }
  }

  /**
   * Right after a terminator run ending at `from`: takes the closing marks (and further terminators) that
   * belong to the sentence ("así.»", "now?\")", "¿sí?»."), closing what they match; returns the index after them.
   */
  closeAfter(text: string, from: number, end: number): number {
    let j = from;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026) {
        j++;
      } else if (c === 0xbb || c === 0x201d || c === 0x29 || c === 0x5d) {
        this.close(c);
        j++;
      } else if (c === QUOTE || c === APOSTROPHE || c === RIGHT_SINGLE) {
        if (j + 1 < end && isWordClass(charClassAt(text, j + 1))) break;
        this.close(c);
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** True when a quotation or bracket open here closes at or after `from`, before `end`. */
  inside(text: string, from: number, end: number): boolean {
    for (let top = this.closers.length - 1; top >= 0; top--) {
      let at = this.closeAt[top]!;
      if (at === UNKNOWN || (at !== NEVER && at < from)) {
        at = findCloser(text, this.closers[top]!, from, end);
        this.closeAt[top] = at;
      }
      if (at !== NEVER) return true;
      this.closers.length = top;
      this.closeAt.length = top;
    }
    return false;
  }

  private push(closer: number): void {
    if (this.closers.length >= MAX_DEPTH) return;
    this.closers.push(closer);
    this.closeAt.push(UNKNOWN);
  }

  /** Closes the innermost open mark that `closer` ends (and anything left open inside it). */
  private close(closer: number): void {
    const at = this.closers.lastIndexOf(closer);
    if (at < 0) return;
    this.closers.length = at;
    this.closeAt.length = at;
  }
}

/**
 * Where the mark that `closer` ends closes, at or after `from` and within reach: the first closer not
 * taken by a nested pair of the same kind (straight quotes do not nest: the next one closes).
 */
function findCloser(text: string, closer: number, from: number, end: number): number {
  const opener = OPENER_OF.get(closer) ?? closer;
  const limit = Math.min(end, from + MAX_REACH);
  let depth = 0;
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === closer) {
      if ((closer === APOSTROPHE || closer === RIGHT_SINGLE) && isApostrophe(text, p, 0, end)) continue;
      if (depth === 0) return p;
      depth--;
    } else if (c === opener) {
      depth++;
    }
  }
  return NEVER;
}

/** ' or ’ between two letters (don't, Xi’s, O'Brien, l'Aquila) is part of a word, not a quotation mark. */
function isApostrophe(text: string, i: number, start: number, end: number): boolean {
  return i > start && i + 1 < end && isWordClass(charClassAt(text, i - 1)) && isWordClass(charClassAt(text, i + 1));
}
