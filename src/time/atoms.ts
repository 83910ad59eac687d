import type { Token } from '../core/doc.js';
import { fold } from './fold.js';

export const WORD = 0;
export const NUMBER = 1;
export const MARK = 2;

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
  kind: typeof WORD | typeof NUMBER | typeof MARK;
  /** The value of a digit run, NaN otherwise. */
  num: number;
  /** First letter upper-case. */
  cap: boolean;
  /** White space (or the start of the segment) before it. */
  gap: boolean;
  sentence: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isLetter(ch: string, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function classOf(ch: string, c: number): number {
  return isDigit(c) ? NUMBER : isLetter(ch, c) ? WORD : MARK;
}

/** Appends the atoms of one token to `out`. */
export function atomizeToken(token: Token, gapBefore: boolean, out: Atom[]): void {
  const t = token.text;
  let runStart = 0;
  let runClass = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    const cls = c < 0 ? -1 : classOf(t[i]!, c);
    if (i > 0 && (cls !== runClass || runClass === MARK)) {
      out.push(makeAtom(t.slice(runStart, i), token.start + runStart, runClass, runStart === 0 && gapBefore, token.sentence));
      runStart = i;
    }
    runClass = cls;
  }
}

function makeAtom(raw: string, start: number, kind: number, gap: boolean, sentence: number): Atom {
  const first = raw.charCodeAt(0);
  return {
    start,
    end: start + raw.length,
    raw,
    norm: kind === WORD ? fold(raw) : raw,
    kind: kind as Atom['kind'],
    num: kind === NUMBER ? Number(raw) : NaN,
    cap: kind === WORD && (first < 128 ? first >= 65 && first <= 90 : raw[0] !== raw[0]!.toLowerCase()),
    gap,
    sentence,
  };
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
