import type { Token } from '../core/doc.js';
import { fold } from './fold.js';

const WORD = 0;
const NUMBER = 1;
const MARK = 2;
const KIND = ['word', 'number', 'mark'] as const;

/**
 * The unit the time grammar reads: a run of letters, a run of digits, or one other character. Tokens
 * are split further because the tokenizer may keep "10.30", "a.m.", "4-feb-2026" or "Feb." whole, and
 * the grammar must see their parts whatever the tokenizer decides.
 */
export interface Atom {
  start: number;
  end: number;
  raw: string;
  /** Lower-cased, accent-stripped for words; the text itself otherwise. */
  norm: string;
  kind: 'word' | 'number' | 'mark';
  /** The value of a digit run, NaN otherwise. */
  num: number;
  /** First letter upper-case. */
  cap: boolean;
  /** White space (or the start of the segment) before it. */
  gap: boolean;
  sentence: number;
}

/**
 * Atom objects reused from one document to the next: a document's atoms are read while its times are
 * found and dropped right after, and allocating fresh ones for every word of every document would keep
 * the garbage collector busy. Whoever takes atoms must be done with them before the pool is reset.
 */
export class AtomPool {
  private readonly atoms: Atom[] = [];
  private used = 0;

  take(): Atom {
    let atom = this.atoms[this.used];
    if (!atom) {
      atom = { start: 0, end: 0, raw: '', norm: '', kind: 'mark', num: NaN, cap: false, gap: false, sentence: 0 };
      this.atoms.push(atom);
    }
    this.used++;
    return atom;
  }

  /** Takes every atom back; keeps at most `keep` objects, so one huge document does not hold memory for the rest of a run. */
  reset(keep: number): void {
    this.used = 0;
    if (this.atoms.length > keep) this.atoms.length = keep;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Letters by code: ASCII, Latin-1 and beyond (except × ÷ and the punctuation and symbol blocks). */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return c < 0x2000 || c > 0x2bff;
}

function classOf(c: number): number {
  return isDigit(c) ? NUMBER : isLetterCode(c) ? WORD : MARK;
}

/** Appends the atoms of one token to `out`, taking the objects from `pool` when one is given. */
export function atomizeToken(token: Token, gapBefore: boolean, out: Atom[], pool: AtomPool | null = null): void {
  const t = token.text;
  const first = classOf(t.charCodeAt(0));
  let i = 1;
  if (first !== MARK) while (i < t.length && classOf(t.charCodeAt(i)) === first) i++;
  if (i === t.length) {
    out.push(makeAtom(pool, t, token.start, first, gapBefore, token.sentence));
    return;
  }
  let runStart = 0;
  let runClass = first;
  for (; i <= t.length; i++) {
    const cls = i < t.length ? classOf(t.charCodeAt(i)) : -1;
    if (cls !== runClass || runClass === MARK) {
      out.push(makeAtom(pool, t.slice(runStart, i), token.start + runStart, runClass, runStart === 0 && gapBefore, token.sentence));
      runStart = i;
      runClass = cls;
    }
  }
}

function makeAtom(pool: AtomPool | null, raw: string, start: number, kind: number, gap: boolean, sentence: number): Atom {
  const first = raw.charCodeAt(0);
  const norm = kind === WORD ? fold(raw) : raw;
  const num = kind === NUMBER ? Number(raw) : NaN;
  const cap = kind === WORD && (first < 128 ? first >= 65 && first <= 90 : raw[0] !== raw[0]!.toLowerCase());
  if (!pool) return { start, end: start + raw.length, raw, norm, kind: KIND[kind]!, num, cap, gap, sentence };
  const atom = pool.take();
  atom.start = start;
  atom.end = start + raw.length;
  atom.raw = raw;
  atom.norm = norm;
  atom.kind = KIND[kind]!;
  atom.num = num;
  atom.cap = cap;
  atom.gap = gap;
  atom.sentence = sentence;
  return atom;
}

/** The folded atoms of a lexicon phrase ("a. m." -> a . m .), split the way document text is. */
export function phraseAtoms(phrase: string): string[] {
  const out: Atom[] = [];
  let offset = 0;
  for (const part of phrase.trim().split(/\s+/)) {
    atomizeToken({ start: offset, end: offset + part.length, text: part, kind: 'word', sentence: 0 }, true, out);
    offset += part.length + 1;
  }
  return out.map((a) => a.norm);
}
