/**
 * Lower-cases a word and strips the accents Spanish and English use, so lexicon keys match "Miércoles",
 * "miercoles" and "MIÉRCOLES" alike. Plain lower-case ASCII words (most words) come back as they are,
 * without allocating: this runs on every word of every document.
 */
export function fold(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return foldLatin(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

/** Latin-1 letters from U+00C0 to U+00FF, lower-cased without accents (× and ÷ kept). */
const LATIN1 = 'aaaaaaaceeeeiiiidnooooo×ouuuuyþsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy';

/** The folded form of one UTF-16 unit, as a code: fold() maps each unit of a word to exactly one unit. */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xff) return LATIN1.charCodeAt(c - 0xc0);
  return String.fromCharCode(c).toLowerCase().normalize('NFD').charCodeAt(0);
}

function foldLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xc0 && c <= 0xff) out += LATIN1[c - 0xc0];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c < 128) out += word[i];
    else out += word[i]!.toLowerCase().normalize('NFD')[0];
  }
  return out;
}
