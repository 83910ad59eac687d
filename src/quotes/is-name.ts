/** Words that stay lower case inside a title-cased name ("Ministerio de Defensa", "Bank of England"). */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e', 'of', 'the', 'and', 'for', 'on', 'in', 'a', 'en', 'para', 'por']);
const UPPER_START = /^[\p{Lu}\d]/u;

/**
 * A quoted NAME ("Proyecto Bóveda", 'Doctrina Donroe', "Operation Sentinel") is not anybody's words:
 * a short stretch with no sentence punctuation whose every word, joiners aside, starts with a capital.
 */
export function isQuotedName(inner: string): boolean {
  if (/[.!?,;:…]$/.test(inner) || inner.length > 60) return false;
  const words = inner.split(/\s+/);
  if (words.length > 6) return false;
  let capitals = 0;
  for (const w of words) {
    if (UPPER_START.test(w)) capitals++;
    else if (!NAME_JOINERS.has(w.toLowerCase())) return false;
  }
  // One capitalised word could be a name or a one-word quote; two or more title-cased words read as a name.
  return capitals >= 2 || (capitals === 1 && words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!));
}
