const MARKS = /[\u0300-\u036f]/g;
const ASCII_LOWER = /^[a-z0-9]*$/;

/** Lower case without accents ("Reunió" -> "reunio"), the key lexicons are compiled with; ASCII words skip the normalisation. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return ASCII_LOWER.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}
