import type { Lang } from '../core/analysis.js';
import { cues } from './segment-cues.js';

/** Stems are cut to this many letters: "China"/"chinos", "visado"/"visados", "energía"/"energético" meet. */
const STEM_LENGTH = 5;
const MIN_STEM = 3;

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

const ACCENTED = /[àáâäèéêëìíîïòóôöùúûüç]/g;
const PLAIN: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ä: 'a', è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i', ï: 'i',
  ò: 'o', ó: 'o', ô: 'o', ö: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ç: 'c',
};
const plain = (c: string): string => PLAIN[c] ?? c;

function fold(w: string): string {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return w.replace(ACCENTED, plain);
  return w;
}

/** The light stem of a lower-case word, or null for a stop word or a single letter. */
export function stem(lower: string, lex: WordLexicon): string | null {
  if (lower.length < 2 || lex.stop.has(lower)) return null;
  let w = fold(lower);
  if (w !== lower && lex.stop.has(w)) return null;
  for (const suffix of lex.suffixes) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
      w = w.slice(0, w.length - suffix.length);
      break;
    }
  }
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Adds the stems of the content words of text[start, end) to `out`. */
export function addStems(text: string, start: number, end: number, lex: WordLexicon, out: Set<string>): void {
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const s = stem(m[0].toLowerCase(), lex);
    if (s) out.add(s);
  }
}
