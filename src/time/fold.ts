/**
 * Lower-cases a word and strips the accents Spanish and English use, so lexicon keys match "Miércoles",
 * "miercoles" and "MIÉRCOLES" alike. Plain lower-case ASCII words (most words) come back as they are,
 * without allocating: this runs on every word of every document.
 */
const COMBINING = /[\u0300-\u036f]/g;

export function fold(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.toLowerCase().normalize('NFD').replace(COMBINING, '');
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}
