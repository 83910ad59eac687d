/**
 * Running text from the tokens of a tokenised corpus (CoNLL-2002 keeps only tokens): the bench reads
 * text as a page prints it, so punctuation goes back against its word ("Australia ) ," -> "Australia),").
 */

/** Tokens written against the word before them. */
const CLOSING = new Set([',', '.', ';', ':', ')', ']', '}', '?', '!', '%', '»', '”', '’', '...', '…']);
/** Tokens written against the word after them. */
const OPENING = new Set(['(', '[', '{', '¿', '¡', '«', '“', '‘']);
/** Quote marks that look the same at both ends: they open and close in turn. */
const STRAIGHT_QUOTES = new Set(['"', "'"]);

/**
 * `open` holds the straight quotes left open; a document's sentences share it, since corpora split
 * sentences inside quotations.
 */
export function detokenize(tokens: readonly string[], open = new Set<string>()): string {
  let out = '';
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext || CLOSING.has(token);
    glueNext = OPENING.has(token);
    if (STRAIGHT_QUOTES.has(token)) {
      if (open.has(token)) {
        open.delete(token);
        glue = true;
      } else {
        open.add(token);
        glueNext = true;
      }
    }
    out += glue ? token : ` ${token}`;
  }
  return out;
}

/** Whether a sentence starting with `token` belongs against the one before it (a corpus split it at a closing mark). */
export function closesPrevious(token: string, open: ReadonlySet<string>): boolean {
  return CLOSING.has(token) || open.has(token);
}
