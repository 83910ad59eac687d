import type { TokenKind } from '../core/doc.js';
import { sentenceLexicon, type SentenceLexicon } from './sentence-lexicon.js';
import { emailEnd, tagEnd, urlEnd } from './token-web.js';
import { CharClass, charClassAt, isLetterClass, isWordClass } from './token-chars.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const DOT = 0x2e;
const AT = 0x40;

/** Letters glued to a number that still make one number: 1st, 20th, 1990s, 2do, 3er, 1º, 2ª. */
const NUMBER_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's', 'er', 'ro', 'do', 'to', 'vo', 'mo', 'no', 'ra', 'da', 'ta', 'va', 'na', 'ma', 'º', 'ª']);
/** English clitics split from their host: Xi's → Xi 's, they're → they 're. */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
/** Letters without vowels and with some lowercase ("Sr", "Ltd", "Sgt"): abbreviations that keep their period. */
const VOWELLESS = /^(?=.*\p{Ll})[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZñÑçÇ]{2,5}$/u;

/**
 * Tokens inside text[start, end): words, numbers, punctuation and symbols with their offsets. Kept whole:
 * URLs, e-mails, #hashtags and @handles; dotted abbreviations ("EE.UU.", "U.S.") and listed ones with their
 * period ("Sr.", "núm."); initials before more text ("J."); numbers with decimal or thousands separators
 * ("3,5", "10.30", "1.200.000"); hyphenated words ("franco-alemán"). Split: "25%" → 25 %, English
 * clitics ("Xi's" → Xi 's, "don't" → do n't) and every quotation mark.
 */
export function tokenize(text: string, start: number, end: number): RawToken[] {
  const lex = sentenceLexicon('und');
  const out: RawToken[] = [];
  let nextAt = text.indexOf('@', start);
  let i = start;
  while (i < end) {
    const k = charClassAt(text, i);
    if (k === CharClass.Space) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    let e = urlEnd(text, i, end);
    if (e < 0 && nextAt >= 0 && nextAt < end) {
      if (nextAt < i) nextAt = text.indexOf('@', i);
      if (nextAt >= i && nextAt < end) e = c === AT ? -1 : emailEnd(text, i, nextAt, end);
    }
    if (e < 0 && (c === 0x23 || c === AT)) e = tagEnd(text, i, start, end);
    if (e > i) {
      out.push({ start: i, end: e, kind: 'word' });
      i = e;
      continue;
    }
    if (k === CharClass.Digit) {
      e = numberEnd(text, i, end);
      out.push({ start: i, end: e, kind: 'number' });
    } else if (isWordClass(k)) {
      e = isNegation(text, i, start, end) ? i + 3 : wordEnd(text, i, end, lex);
      out.push({ start: i, end: e, kind: 'word' });
    } else {
      e = clitic(text, i, start, end);
      if (e > i) {
        out.push({ start: i, end: e, kind: 'word' });
      } else {
        e = punctEnd(text, i, end);
        out.push({ start: i, end: e, kind: k === CharClass.Punct ? 'punct' : 'symbol' });
      }
    }
    i = e;
  }
  return out;
}

/** Digits with decimal, thousands, date or time separators between digits, and an ordinal suffix. */
function numberEnd(text: string, i: number, end: number): number {
  let e = digitsEnd(text, i, end);
  for (;;) {
    const c = e + 1 < end ? text.charCodeAt(e) : 0;
    if ((c === DOT || c === 0x2c || c === 0x2f || c === 0x3a) && charClassAt(text, e + 1) === CharClass.Digit) {
      e = digitsEnd(text, e + 1, end);
    } else {
      break;
    }
  }
  if (e < end && isLetterClass(charClassAt(text, e))) {
    let s = e;
    while (s < end && isLetterClass(charClassAt(text, s))) s++;
    return NUMBER_SUFFIXES.has(text.slice(e, s).toLowerCase()) ? s : e;
  }
  if (e + 1 < end && text.charCodeAt(e) === DOT && (text.charCodeAt(e + 1) === 0xba || text.charCodeAt(e + 1) === 0xaa)) return e + 2;
  return e;
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end && charClassAt(text, i) === CharClass.Digit) i++;
  return i;
}

/** A word with its hyphenated parts and inner apostrophes, plus the period of an abbreviation. */
function wordEnd(text: string, i: number, end: number, lex: SentenceLexicon): number {
  let e = wordCharsEnd(text, i, end);
  let joined = false;
  for (;;) {
    if (e + 1 >= end) break;
    const c = text.charCodeAt(e);
    const nextClass = charClassAt(text, e + 1);
    if ((c === 0x2d || c === 0x2010 || c === 0x2011) && isWordClass(nextClass)) {
      e = wordCharsEnd(text, e + 1, end);
      joined = true;
    } else if ((c === 0x27 || c === 0x2019) && isLetterClass(nextClass)) {
      const s = lettersEnd(text, e + 1, end);
      const tail = text.slice(e + 1, s).toLowerCase();
      const free = s >= end || !isWordClass(charClassAt(text, s));
      if (free && CLITICS.has(tail)) break;
      if (free && tail === 't' && e - 1 > i && (text.charCodeAt(e - 1) | 0x20) === 0x6e) return e - 1;
      e = s;
      joined = true;
    } else {
      break;
    }
  }
  if (joined || e >= end || text.charCodeAt(e) !== DOT) return e;
  return abbreviationEnd(text, i, e, end, lex);
}

/** `e` is a period after the word [i, e): the token's end with or without it. */
function abbreviationEnd(text: string, i: number, e: number, end: number, lex: SentenceLexicon): number {
  const after = e + 1 < end ? charClassAt(text, e + 1) : CharClass.Space;
  const len = e - i;
  if (len <= 2 && isLetterClass(after)) {
    // Dotted pieces of one or two letters: EE.UU., U.S., a.m., Ph.D.
    let p = e;
    let pieces = 0;
    while (p < end && text.charCodeAt(p) === DOT) {
      const q = lettersEnd(text, p + 1, end);
      if (q - p - 1 < 1 || q - p - 1 > 2 || q >= end || text.charCodeAt(q) !== DOT) break;
      p = q;
      pieces++;
    }
    if (pieces > 0) return p + 1;
    const o = text.charCodeAt(e + 1);
    if ((o === 0xba || o === 0xaa) && (e + 2 >= end || !isWordClass(charClassAt(text, e + 2)))) return e + 2;
    return e;
  }
  if (isWordClass(after)) return e;
  const word = text.slice(i, e + 1);
  if (lex.opensPair(word)) return e + 1;
  const kind = lex.abbreviation(word);
  if (kind === 'numeric') return numberFollows(text, e + 1, end) ? e + 1 : e;
  if (kind !== undefined) return e + 1;
  const more = e + 1 < end;
  if (more && len === 1 && isLetterClass(charClassAt(text, i))) return e + 1;
  if (more && VOWELLESS.test(word.slice(0, -1))) return e + 1;
  return e;
}

/** "No. 5", "núm.\u00a012": a number after optional spaces. */
function numberFollows(text: string, i: number, end: number): boolean {
  while (i < end && charClassAt(text, i) === CharClass.Space) i++;
  return i < end && charClassAt(text, i) === CharClass.Digit;
}

function wordCharsEnd(text: string, i: number, end: number): number {
  while (i < end && isWordClass(charClassAt(text, i))) i++;
  return i;
}

function lettersEnd(text: string, i: number, end: number): number {
  while (i < end && isLetterClass(charClassAt(text, i))) i++;
  return i;
}

/** "n't" after a letter: the negation clitic of don't, can't, won't. */
function isNegation(text: string, i: number, start: number, end: number): boolean {
  if (i === start || i + 2 >= end || (text.charCodeAt(i) | 0x20) !== 0x6e) return false;
  const a = text.charCodeAt(i + 1);
  if ((a !== 0x27 && a !== 0x2019) || (text.charCodeAt(i + 2) | 0x20) !== 0x74) return false;
  return isLetterClass(charClassAt(text, i - 1)) && (i + 3 >= end || !isWordClass(charClassAt(text, i + 3)));
}

/** An apostrophe and a clitic right after a word ("'s" of Xi's); the token's end, or -1. */
function clitic(text: string, i: number, start: number, end: number): number {
  const c = text.charCodeAt(i);
  if ((c !== 0x27 && c !== 0x2019) || i === start || !isWordClass(charClassAt(text, i - 1))) return -1;
  const s = lettersEnd(text, i + 1, end);
  if (s === i + 1 || (s < end && isWordClass(charClassAt(text, s)))) return -1;
  return CLITICS.has(text.slice(i + 1, s).toLowerCase()) ? s : -1;
}

/** Runs that read as one mark ("...", "?!", "--"); a surrogate pair (an emoji) is one symbol; else one character. */
function punctEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let e = i + 1;
  if (c === DOT) {
    while (e < end && text.charCodeAt(e) === DOT) e++;
  } else if (c === 0x3f || c === 0x21) {
    while (e < end && (text.charCodeAt(e) === 0x3f || text.charCodeAt(e) === 0x21)) e++;
  } else if (c === 0x2d) {
    while (e < end && text.charCodeAt(e) === 0x2d) e++;
  } else if (c >= 0xd800 && c <= 0xdbff && e < end) {
    e++;
  }
  return e;
}
