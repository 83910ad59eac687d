/**
 * Lower-cases a word and strips the accents Spanish and English use, so lexicon keys match "Miércoles",
 * "miercoles" and "MIÉRCOLES" alike. Written as a table walk rather than String.normalize because it
 * runs on every word of every document and most words are plain ASCII.
 */
const FOLD: Record<string, string> = {
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o',
  ú: 'u', ù: 'u', û: 'u', ü: 'u',
  ñ: 'n', ç: 'c',
};

export function fold(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return slowFold(lower);
  }
  return lower;
}

function slowFold(lower: string): string {
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out;
}
