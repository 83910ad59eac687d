/** Lower case without accents ("Energía" -> "energia"): the key topic terms and tokens are compared by. */
export function foldKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
