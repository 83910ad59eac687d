import { francAll } from 'franc-min';
import type { Lang } from '../core/analysis.js';
import { functionWordVote } from './function-words.js';

export interface LanguageGuess {
  /** The supported language, or null when the text is in another language or undecidable. */
  lang: Lang | null;
  /** ISO 639-3 code of what was detected, "und" when undecidable. */
  code: string;
  name: string;
  /** What decided: "franc", "function-words", "franc+function-words", or "too-short". */
  via: string;
}

/**
 * franc's candidates: the two languages Atalaya reads, the ones Spanish and English news is most often
 * confused with, and other widely written Latin-script languages as a catch-all, so a Polish or Turkish
 * text is named as such instead of being forced onto the nearest supported language.
 */
const CANDIDATES = ['spa', 'eng', 'por', 'fra', 'ita', 'deu', 'nld', 'ron', 'pol', 'tur', 'ind', 'swe', 'hun', 'ces', 'hrv', 'vie'];
const NAMES: Record<string, string> = {
  spa: 'Spanish', eng: 'English', por: 'Portuguese', fra: 'French', ita: 'Italian', deu: 'German',
  cat: 'Catalan', glg: 'Galician', nld: 'Dutch', ron: 'Romanian', pol: 'Polish', tur: 'Turkish',
  ind: 'Indonesian', swe: 'Swedish', hun: 'Hungarian', ces: 'Czech', hrv: 'Croatian', vie: 'Vietnamese',
  rus: 'Russian', ukr: 'Ukrainian', arb: 'Arabic', cmn: 'Chinese', jpn: 'Japanese', und: 'undetermined',
};
const SUPPORTED: Record<string, Lang> = { spa: 'es', eng: 'en' };

/** The first ~1,500 characters decide: enough for a stable vote, and franc's cost grows with the sample. */
const SAMPLE_CHARS = 1500;
/** franc's trigram distances are stable well before the vote's sample ends; its cost is per character. */
const FRANC_CHARS = 400;
/** Fewer words than this (or letters than MIN_LETTERS) cannot be told apart reliably: "und". */
const MIN_WORDS = 3;
const MIN_LETTERS = 12;
/** With no function word at all, fewer words than this are a list of names, not prose: "und". */
const NO_VOTE_WORDS = 8;
/** franc's choice counts as this many distinctive function words: it breaks ties and decides when few vote. */
const FRANC_WEIGHT = 0.6;
/** Spanish and English start this far ahead (in distinctive function words). */
const SUPPORTED_PRIOR = 0.75;
/** Real Spanish or English prose has far more function words than this share; less means another language. */
const MIN_DENSITY = 0.08;
const DENSITY_WORDS = 12;

const WORD = /\p{L}+/gu;

function guess(code: string, via: string): LanguageGuess {
  return { lang: SUPPORTED[code] ?? null, code, name: NAMES[code] ?? code, via };
}

/**
 * es, en, or another language (lang null, code naming it), or und when the text is too short to tell.
 * Combines franc's trigram model, restricted to CANDIDATES, with a vote of function words weighted by how
 * distinctive each is; the vote settles short headlines franc takes for French or Portuguese and names
 * Galician and Catalan, which franc-min does not know.
 */
export function detectLanguage(text: string): LanguageGuess {
  let sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (text.length > SAMPLE_CHARS) {
    const cut = sample.lastIndexOf(' ');
    if (cut > SAMPLE_CHARS / 2) sample = sample.slice(0, cut);
  }
  const { codes, entries } = functionWordVote();
  const scores = new Float64Array(codes.length);
  let words = 0;
  let letters = 0;
  let foreignScript = 0;
  const lower = sample.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    words++;
    letters += w.length;
    const c = w.charCodeAt(0);
    if (c > 0x24f && (c < 0x1e00 || c > 0x1eff)) foreignScript++;
    const langs = entries.get(w);
    if (langs) for (const i of langs) scores[i]! += 1 / langs.length;
  }
  if (foreignScript * 2 > words) {
    const code = francAll(sample.slice(0, FRANC_CHARS), { minLength: 1 })[0]![0];
    return guess(code === 'und' ? 'und' : code, 'franc');
  }
  if (words < MIN_WORDS || letters < MIN_LETTERS) return guess('und', 'too-short');
  let total = 0;
  for (const v of scores) total += v;
  if (total === 0 && words < NO_VOTE_WORDS) return guess('und', 'too-short');

  // One score per language: its share of the function-word vote plus a prior for the languages Atalaya
  // reads (calling Spanish foreign halts its analysis, the costlier mistake) ...
  let best = -1;
  let second = -1;
  const adjusted = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    adjusted[i] = scores[i]! + (SUPPORTED[codes[i]!] ? SUPPORTED_PRIOR : 0);
    if (best < 0 || adjusted[i]! > adjusted[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || adjusted[i]! > adjusted[second]!) {
      second = i;
    }
  }
  let code = codes[best]!;
  let via = 'function-words';
  // ... plus franc's vote, which is only worth computing (it is the costly part) when it could change the
  // outcome: a close vote, typically a short text.
  if (total === 0 || adjusted[best]! - adjusted[second]! <= FRANC_WEIGHT) {
    const francCode = francAll(sample.slice(0, FRANC_CHARS), { only: CANDIDATES, minLength: 1 })[0]![0];
    const fi = codes.indexOf(francCode);
    if (fi < 0) {
      if (total === 0 || FRANC_WEIGHT > adjusted[best]!) code = francCode;
    } else if (adjusted[fi]! + FRANC_WEIGHT > adjusted[best]!) {
      code = francCode;
    }
    via = total === 0 ? 'franc' : code === francCode ? 'franc+function-words' : 'function-words';
  }
  const ci = codes.indexOf(code);
  if (words >= DENSITY_WORDS && ci >= 0 && scores[ci]! / words < MIN_DENSITY) {
    // Too few of the winner's function words for real prose: a language the lists do not cover.
    const open = francAll(sample.slice(0, FRANC_CHARS), { minLength: 1 })[0]![0];
    if (open !== 'und' && open !== code) return guess(open, 'franc');
  }
  return guess(code, via);
}
