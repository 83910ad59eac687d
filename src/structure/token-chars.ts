/**
 * Character classes for the sentence splitter and the tokenizer, looked up in a table built once (the
 * scanners ask for every character, so a regex test per character would dominate their cost). Code units
 * beyond the table (CJK, surrogates for emoji and rare scripts) fall back to Unicode-property tests.
 */
export const CharClass = {
  Other: 0,
  Space: 1,
  Lower: 2,
  Upper: 3,
  /** A letter without case (ª, º, CJK). */
  Letter: 4,
  /** Combining marks and soft hyphens: they belong to the word they sit in. */
  Mark: 5,
  Digit: 6,
  Punct: 7,
  Symbol: 8,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const TABLE_SIZE = 0x3000;
const SPACE = /^[\s\u200b\ufeff]$/u;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LETTER = /^\p{L}$/u;
const MARK = /^[\p{M}\u00ad\u200c\u200d]$/u;
const DIGIT = /^\p{Nd}$/u;
const PUNCT = /^\p{P}$/u;
const SYMBOL = /^[\p{S}\p{N}]$/u;
/** Unicode calls these punctuation; for tokens they are symbols, like $ and €. */
const SYMBOL_PUNCT = new Set(['%', '‰', '‱', '#', '@', '&', '*', '§', '¶', '†', '‡', '′', '″']);

function classify(ch: string): CharClass {
  if (SPACE.test(ch)) return CharClass.Space;
  if (LOWER.test(ch)) return CharClass.Lower;
  if (UPPER.test(ch)) return CharClass.Upper;
  if (LETTER.test(ch)) return CharClass.Letter;
  if (MARK.test(ch)) return CharClass.Mark;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (PUNCT.test(ch)) return SYMBOL_PUNCT.has(ch) ? CharClass.Symbol : CharClass.Punct;
  return SYMBOL.test(ch) ? CharClass.Symbol : CharClass.Other;
}

let table: Uint8Array | null = null;

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = classify(String.fromCharCode(c));
  return t;
}

/** The class of the code unit at `i`; a surrogate pair is classified as the character it encodes. */
export function charClassAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return (table ??= buildTable())[c] as CharClass;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff ? classify(String.fromCodePoint(cp)) : CharClass.Other;
  }
  // The second half of a pair is of its character's class too, so no token ends between the halves.
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    return high >= 0xd800 && high <= 0xdbff ? charClassAt(text, i - 1) : CharClass.Other;
  }
  return classify(String.fromCharCode(c));
}

export const isWordClass = (k: CharClass): boolean =>
  k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter || k === CharClass.Mark || k === CharClass.Digit;

export const isLetterClass = (k: CharClass): boolean =>
  k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter;
