import type { Lang } from '../core/analysis.js';
import { cues } from './segment-cues.js';

/** Stems are cut to this many letters: "China"/"chinos", "visado"/"visados", "energía"/"energético" meet. */
const STEM_LENGTH = 5;
const MIN_STEM = 3;
const NO_SUFFIXES: readonly string[] = [];

export interface WordLexicon {
  stop: ReadonlySet<string>;
  dangling: ReadonlySet<string>;
  /** Longest first. */
  suffixes: readonly string[];
}

const lexicons = new Map<Lang, WordLexicon>();

/** Stop words, dangling words and suffixes for a language; "und" gets both languages' lists. */
export function wordLexicon(lang: Lang): WordLexicon {
  let lex = lexicons.get(lang);
  if (lex) return lex;
  const { words } = cues().table;
  const langs = lang === 'und' ? [words.es, words.en] : [words[lang]];
  lex = {
    stop: new Set(langs.flatMap((w) => w.stop)),
    dangling: new Set(langs.flatMap((w) => w.dangling)),
    suffixes: [...new Set(langs.flatMap((w) => w.suffixes))].sort((a, b) => b.length - a.length),
  };
  lexicons.set(lang, lex);
  return lex;
}

/** The light stem of a lower-case word, or null for a stop word or a single letter. */
export function stem(lower: string, lex: WordLexicon): string | null {
  if (lower.length < 2 || lex.stop.has(lower)) return null;
  let w = fold(lower);
  if (w !== lower && lex.stop.has(w)) return null;
  // "país", "anís": a stressed last syllable ending in s is a singular, not a plural to strip.
  const stressedFinalS = w !== lower && lower.endsWith('s') && lower.charCodeAt(lower.length - 2) > 127;
  for (const suffix of stressedFinalS ? NO_SUFFIXES : lex.suffixes) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
      w = w.slice(0, w.length - suffix.length);
      break;
    }
  }
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

/** Lower-case, accent-free letter code for Latin letters (0 for anything else), built once. */
const BASE = new Uint16Array(0x250);
for (let c = 0; c < BASE.length; c++) {
  const ch = String.fromCharCode(c);
  if (!/\p{L}/u.test(ch)) continue;
  BASE[c] = ch.normalize('NFD').toLowerCase().charCodeAt(0);
}
const OTHER_LETTER = /\p{L}|\p{M}/u;

/** A lower-case word without its accents ("energía" → "energia"); the word itself when it has none. */
function fold(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xc0 && c < 0x250 && BASE[c] !== c) {
      let out = w.slice(0, i);
      for (let j = i; j < w.length; j++) {
        const d = w.charCodeAt(j);
        out += String.fromCharCode(d < 0x250 && BASE[d] ? BASE[d]! : d);
      }
      return out;
    }
  }
  return w;
}

function isLetter(c: number): boolean {
  return c < 0x250 ? BASE[c] !== 0 : OTHER_LETTER.test(String.fromCharCode(c));
}

/** Calls `word(start, end)` for every word of text[start, end), without allocating. */
function eachWord(text: string, start: number, end: number, word: (s: number, e: number) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && isLetter(text.charCodeAt(i))) i++;
    if (i > s) word(s, i);
  }
}

/** Adds the stems of the content words of text[start, end) to `out`. */
export function addStems(text: string, start: number, end: number, lex: WordLexicon, out: Set<string>): void {
  eachWord(text, start, end, (s, e) => {
    const st = stem(text.slice(s, e).toLowerCase(), lex);
    if (st) out.add(st);
  });
}

/** The folded first `n` letters of text[s, …) as one number, the key of a stem's start. */
function prefixKey(text: string, s: number, n: number): number {
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(s + i);
    key = key * 1024 + (c < 0x250 ? BASE[c]! : c & 1023);
  }
  return key;
}

/**
 * Where each of `wanted` (stems) occurs among the spans: for every stem, the indices of the spans whose
 * words include it. A stem is a prefix of its folded word, so only words starting like a wanted stem are
 * stemmed at all — the rest of the text is a character scan.
 */
export function findStems(
  text: string, spans: ReadonlyArray<{ start: number; end: number }>, wanted: ReadonlySet<string>, lex: WordLexicon,
): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const starts = new Set<number>();
  const short = new Set<string>();
  for (const w of wanted) {
    if (w.length >= 3) starts.add(prefixKey(w, 0, 3));
    else short.add(w);
  }
  spans.forEach((span, index) => {
    eachWord(text, span.start, span.end, (s, e) => {
      const len = e - s;
      // A stem of fewer than three letters can only come from a two-letter word.
      if (len < 2 || (len === 2 ? short.size === 0 : !starts.has(prefixKey(text, s, 3)))) return;
      const st = stem(text.slice(s, e).toLowerCase(), lex);
      if (st === null || !wanted.has(st)) return;
      const list = found.get(st);
      if (!list) found.set(st, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    });
  });
  return found;
}
