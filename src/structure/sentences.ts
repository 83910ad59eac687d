import type { Lang, Span } from '../core/analysis.js';
import { NO_TRACE, type Tracer } from '../core/tracer.js';
import { sentenceLexicon, type SentenceLexicon } from './sentence-lexicon.js';
import { QuoteStack } from './sentence-quotes.js';
import { CharClass, charClassAt, isWordClass } from './token-chars.js';

const DOT = 0x2e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const ELLIPSIS = 0x2026;
const NEWLINE = 0x0a;
const PIPE = 0x7c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** An abbreviation made of one- or two-letter pieces, each with its period: "EE.UU.", "U.S.", "a.m.". */
const DOTTED_ACRONYM = /^(?:[\p{L}\p{M}]{1,2}\.){2,}$/u;
/** One letter and its period: an initial ("F."), a list letter ("b."). */
const INITIAL = /^\p{L}\.$/u;
/** Letters with no vowel at all and some lowercase ("Sr", "Ltd", "Sgt", "Blvd"): abbreviations. */
const VOWELLESS = /^(?=[^.]*\p{Ll})[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZñÑçÇ]{2,5}\.$/u;
const LIST_NUMBER = /^\d{1,3}\.$/;

/**
 * Sentence boundaries inside text[start, end), as trimmed spans (offsets into the whole text). A single
 * left-to-right scan: each terminator run (. ? ! … and the closing quotes or brackets right after it) is
 * a boundary candidate, decided by what precedes it (an abbreviation, an initial, a list number) and
 * what follows (a capitalised start or not); a candidate inside a quotation or bracket that closes later
 * in the span is never a boundary. Blank lines and list items on a new line always are.
 */
export function splitSentences(text: string, start: number, end: number, lang: Lang, trace: Tracer = NO_TRACE): Span[] {
  const lex = sentenceLexicon(lang);
  const spans: Span[] = [];
  const quotes = new QuoteStack();
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT || c === QUESTION || c === EXCLAMATION || c === ELLIPSIS) {
      let runEnd = i + 1;
      while (runEnd < end && isTerminator(text.charCodeAt(runEnd))) runEnd++;
      const after = quotes.closeAfter(text, runEnd, end);
      const single = runEnd === i + 1 && c === DOT;
      if (after < end && charClassAt(text, after) !== CharClass.Space) {
        if (single && after === runEnd && gluedSentenceStart(text, start, i, end)) {
          trace.enabled && trace.record('sentence:no-space', i, i + 1, () => 'period glued to a capitalised word');
          pushTrimmed(spans, text, from, i + 1);
          from = i + 1;
        }
        i = after - 1;
        continue;
      }
      const next = skipSpaces(text, after, end);
      if (next < end) {
        const quoted = quotes.inside(text, after, end);
        const rule = quoted ? null : decide(text, start, end, i, runEnd, next, from, lex);
        if (rule) {
          trace.enabled && trace.record(`sentence:${rule}`, i, after, () => `boundary before "${text.slice(next, Math.min(end, next + 12))}"`);
          pushTrimmed(spans, text, from, after);
          from = after;
        } else if (trace.enabled) {
          trace.record(quoted ? 'sentence:inside-quote' : 'sentence:no-boundary', i, after, () => `no boundary after "${text.slice(Math.max(start, i - 12), after)}"`);
        }
      }
      i = after - 1;
    } else if (c === PIPE && i > start && i + 1 < end && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)) && !quotes.inside(text, i, end)) {
      // " | " joins a page's parts (headline | section | site, an id | the text): it never sits inside a clause.
      trace.enabled && trace.record('sentence:pipe', i, i + 1, () => 'vertical bar between spaces');
      pushTrimmed(spans, text, from, i);
      from = i + 1;
    } else if (c === NEWLINE) {
      const rule = lineBreakBoundary(text, i, end);
      if (rule) {
        trace.enabled && trace.record(`sentence:${rule}`, i, i + 1, () => 'line break');
        pushTrimmed(spans, text, from, i);
        from = i;
        if (rule === 'blank-line') quotes.clear();
      }
    } else if (c < 0x80 ? c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d : isQuoteMark(c)) {
      quotes.mark(text, i, start, end);
    }
  }
  pushTrimmed(spans, text, from, end);
  return spans;
}

/** Decides a terminator run at [i, runEnd) followed by space and then `next`; returns the rule or null. */
function decide(
  text: string, start: number, end: number, i: number, runEnd: number, next: number, from: number, lex: SentenceLexicon,
): string | null {
  let questionOrExclamation = false;
  for (let k = i; k < runEnd; k++) {
    const d = text.charCodeAt(k);
    if (d === QUESTION || d === EXCLAMATION) questionOrExclamation = true;
  }
  if (questionOrExclamation) return startsSentence(text, next, end) ? 'question-exclamation' : null;
  if (runEnd - i > 1 || text.charCodeAt(i) === ELLIPSIS) {
    const before = i > start ? text.charCodeAt(i - 1) : 0;
    const closer = runEnd < end ? text.charCodeAt(runEnd) : 0;
    if ((before === 0x28 && closer === 0x29) || (before === 0x5b && closer === 0x5d)) return null;
    return capitalisedStart(text, next, end) ? 'ellipsis' : null;
  }
  return periodBoundary(text, start, end, i, next, from, lex);
}

/** A single period at `i` followed by space and then `next`. */
function periodBoundary(
  text: string, start: number, end: number, i: number, next: number, from: number, lex: SentenceLexicon,
): string | null {
  let wordStart = i;
  while (wordStart > start && charClassAt(text, wordStart - 1) !== CharClass.Space) wordStart--;
  while (wordStart < i && isOpener(text.charCodeAt(wordStart))) wordStart++;
  if (wordStart === i) return startsSentence(text, next, end) ? 'period' : null;
  const word = text.slice(wordStart, i + 1);
  if (lex.continues(word, nextToken(text, next, end))) return null;
  const kind = lex.abbreviation(word);
  if (kind === 'title') return null;
  if (kind === 'ambiguous') return ambiguousBoundary(text, next, end, lex) ? 'abbreviation-then-start' : null;
  if (kind === 'numeric' && charClassAt(text, next) === CharClass.Digit) return null;
  if (kind === undefined) {
    if (INITIAL.test(word) || DOTTED_ACRONYM.test(word)) {
      if (INITIAL.test(nextToken(text, next, end))) return null;
      return ambiguousBoundary(text, next, end, lex) ? 'initial-then-start' : null;
    }
    if (VOWELLESS.test(word)) return ambiguousBoundary(text, next, end, lex) ? 'abbreviation-then-start' : null;
    if (LIST_NUMBER.test(word) && isListPosition(text, from, wordStart)) return null;
  }
  return startsSentence(text, next, end) ? 'period' : null;
}

/** After an abbreviation that may end a sentence: only a known sentence opener or an opening mark follows a boundary. */
function ambiguousBoundary(text: string, next: number, end: number, lex: SentenceLexicon): boolean {
  const k = charClassAt(text, next);
  if (k === CharClass.Upper) {
    let e = next + 1;
    while (e < end && isWordClass(charClassAt(text, e)) && charClassAt(text, e) !== CharClass.Digit) e++;
    return lex.isStarter(text.slice(next, e));
  }
  const c = text.charCodeAt(next);
  return c === 0xbf || c === 0xa1 || c === 0xab || c === 0x201c || c === 0x22 || isDash(c) && dashOpensSentence(text, next, end);
}

/** Whether what begins at `next` can begin a sentence after a full stop, ? or !. */
function startsSentence(text: string, next: number, end: number): boolean {
  const k = charClassAt(text, next);
  if (k === CharClass.Upper || k === CharClass.Digit || k === CharClass.Letter || k === CharClass.Symbol) return true;
  if (k === CharClass.Lower) return isLetterItem(text, next, end);
  const c = text.charCodeAt(next);
  if (isDash(c)) return dashOpensSentence(text, next, end);
  return isOpener(c);
}

/** After an ellipsis only a capital (or an opening mark) starts a new sentence: "y entonces… nada". */
function capitalisedStart(text: string, next: number, end: number): boolean {
  if (charClassAt(text, next) === CharClass.Upper) return true;
  const c = text.charCodeAt(next);
  if (c === 0xbf || c === 0xa1 || c === 0xab || c === 0x201c || c === 0x22 || c === 0x28) {
    const n = next + 1 < end ? charClassAt(text, next + 1) : CharClass.Other;
    return n !== CharClass.Lower;
  }
  return false;
}

/** A dash opens a sentence (a dialogue line, a list item) unless a lowercase word follows it ("—dijo"). */
function dashOpensSentence(text: string, dash: number, end: number): boolean {
  const n = skipSpaces(text, dash + 1, end);
  return n >= end || charClassAt(text, n) !== CharClass.Lower;
}

/** "dijo.El presidente": a period with no space between a lowercase word and a capitalised one. */
function gluedSentenceStart(text: string, start: number, i: number, end: number): boolean {
  if (i + 2 >= end || charClassAt(text, i + 1) !== CharClass.Upper || charClassAt(text, i + 2) !== CharClass.Lower) return false;
  let w = i;
  while (w > start && charClassAt(text, w - 1) === CharClass.Lower) w--;
  if (i - w < 2) return false;
  return w === start || charClassAt(text, w - 1) === CharClass.Space || isOpener(text.charCodeAt(w - 1));
}

/** "b) " — a lowercase letter and a closing parenthesis label a list item. */
function isLetterItem(text: string, i: number, end: number): boolean {
  return i + 2 < end && text.charCodeAt(i + 1) === 0x29 && charClassAt(text, i + 2) === CharClass.Space &&
    charClassAt(text, i) === CharClass.Lower;
}

/** "1." opens a list item when it starts the sentence or follows a colon or semicolon. */
function isListPosition(text: string, from: number, wordStart: number): boolean {
  let p = wordStart - 1;
  while (p >= from && charClassAt(text, p) === CharClass.Space) p--;
  if (p < from) return true;
  const c = text.charCodeAt(p);
  return c === 0x3a || c === 0x3b;
}

/** A line break ends a sentence when a blank line or a list item (bullet, "2." or "b)") follows it. */
function lineBreakBoundary(text: string, i: number, end: number): string | null {
  let k = i + 1;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return 'blank-line';
    if (charClassAt(text, k) !== CharClass.Space) break;
    k++;
  }
  if (k >= end) return null;
  const c = text.charCodeAt(k);
  if (c === 0x2022 || c === 0x25aa || c === 0x25cf || c === 0x25ba || c === 0x2a || c === 0xb7 || isDash(c)) {
    return k + 1 < end && charClassAt(text, k + 1) === CharClass.Space ? 'list-item' : null;
  }
  if (isLetterItem(text, k, end)) return 'list-item';
  let d = k;
  while (d < end && d - k < 3 && charClassAt(text, d) === CharClass.Digit) d++;
  if (d === k) return null;
  const m = d < end ? text.charCodeAt(d) : 0;
  return (m === DOT || m === 0x29) && d + 1 < end && charClassAt(text, d + 1) === CharClass.Space ? 'list-item' : null;
}

/** The token at `next` up to the following space, without trailing commas, colons or closing marks. */
function nextToken(text: string, next: number, end: number): string {
  let e = next;
  while (e < end && charClassAt(text, e) !== CharClass.Space) e++;
  while (e > next && isTrailingMark(text.charCodeAt(e - 1))) e--;
  return text.slice(next, e);
}

function pushTrimmed(spans: Span[], text: string, from: number, to: number): void {
  while (from < to && charClassAt(text, from) === CharClass.Space) from++;
  while (to > from && charClassAt(text, to - 1) === CharClass.Space) to--;
  if (from < to) spans.push({ start: from, end: to });
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && charClassAt(text, i) === CharClass.Space) i++;
  return i;
}

const isTerminator = (c: number): boolean => c === DOT || c === QUESTION || c === EXCLAMATION || c === ELLIPSIS;

const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;

/** Marks that open something a sentence can start with: ¿ ¡ « “ ‘ " ' ( [. */
const isOpener = (c: number): boolean =>
  c === 0xbf || c === 0xa1 || c === 0xab || c === 0x201c || c === 0x2018 || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b ||
  c === 0x201e;

const isTrailingMark = (c: number): boolean =>
  c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x22 ||
  c === 0x27;

const isQuoteMark = (c: number): boolean => c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
