/**
 * Token keys and capitalisation classes shared by the lexicon builder and the matcher, so a lexicon form
 * and a text token meet on exactly the same key: lowercase, accents dropped ("Moscú" and "Moscu" are
 * one key), typographic apostrophes and dashes folded to their ASCII forms.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

function foldSlow(lower: string): string {
  return lower.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').normalize('NFC');
}

/** Folded forms of the Latin-1 and Latin Extended-A letters (U+00C0–U+017F), computed once: news text rarely needs more. */
const LATIN_FOLD: readonly string[] = Array.from({ length: 0x180 - 0xc0 }, (_, i) => foldSlow(String.fromCharCode(0xc0 + i).toLowerCase()));

export function normKey(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) out += lower[i];
    else if (c >= 0xc0 && c < 0x180) out += LATIN_FOLD[c - 0xc0];
    else return foldSlow(lower);
  }
  return out;
}

/**
 * How a text token is capitalised: Lower (no letter, or a lowercase first letter), Capitalised (first
 * letter uppercase and some later letter lowercase: "Moscú", "Xi"), Upper (every letter uppercase:
 * "ONU", "RUSIA", "U").
 */
export const TokenCase = { Lower: 0, Capitalised: 1, Upper: 2 } as const;
export type TokenCase = (typeof TokenCase)[keyof typeof TokenCase];

const LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const NOT_LETTER = /[^\p{L}]/gu;

export function tokenCase(text: string): TokenCase {
  const c0 = text.charCodeAt(0);
  if (c0 < 0x80) {
    if (c0 < 65 || c0 > 90) return TokenCase.Lower;
  } else if (!UPPER_START.test(text)) {
    return TokenCase.Lower;
  }
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 97 && c <= 122 : LOWER.test(text[i]!)) return TokenCase.Capitalised;
  }
  return TokenCase.Upper;
}

/**
 * What a lexicon form's token asks of the text token it meets: Any; Capital (capitalised or all
 * capitals: "Chile", "CHILE", not "chile"); Upper (an acronym: "ONU", "US", not "us" or "Us");
 * CapitalisedOnly (a short name that in capitals reads as a numeral or acronym: "Xi", not "XI").
 */
export const CaseNeed = { Any: 0, Capital: 1, Upper: 2, CapitalisedOnly: 3 } as const;
export type CaseNeed = (typeof CaseNeed)[keyof typeof CaseNeed];

/** The need a lexicon form's token imposes, from how the form is written. */
export function caseNeed(formToken: string): CaseNeed {
  const c = tokenCase(formToken);
  if (c === TokenCase.Lower) return CaseNeed.Any;
  const letters = formToken.replace(NOT_LETTER, '');
  if (c === TokenCase.Upper) return letters.length >= 2 ? CaseNeed.Upper : CaseNeed.Capital;
  return letters.length <= 3 ? CaseNeed.CapitalisedOnly : CaseNeed.Capital;
}

export function caseFits(need: CaseNeed, actual: TokenCase): boolean {
  switch (need) {
    case CaseNeed.Any: return true;
    case CaseNeed.Capital: return actual !== TokenCase.Lower;
    case CaseNeed.Upper: return actual === TokenCase.Upper;
    case CaseNeed.CapitalisedOnly: return actual === TokenCase.Capitalised;
  }
}
