import type { SentenceTree } from '../syntax/sentence-tree.js';

/** Neuter determiners that make a relative pronoun stand for a whole clause ("lo que", "lo cual"), by form: treebanks lemmatise "lo" as "el". */
const NEUTER = new Set(['lo']);

/**
 * "Arias ha sido clave, por lo que no descarta…", "Gómez indicó que…, con lo cual emplazó…": a relative
 * pronoun after a preposition and a neuter determiner links to the whole clause before it and names no
 * person, so the verb the parser makes it the subject of is about the subject of the sentence's main clause. Returns that main clause's word
 * (the root), or -1 when `w` is not such a pronoun or the sentence has no root.
 */
export function clauseRelativeRoot(tree: SentenceTree, w: number): number {
  // The parsers hang "lo" on the pronoun or on its verb: it is read by position, right before the pronoun.
  // Only after a preposition ("por lo que", "con lo cual") is it a link between clauses; "lo cual criticó
  // la oposición" has the pronoun as an argument, subject or object.
  if (w < 2 || !NEUTER.has(tree.words[w - 1]!.form.toLowerCase()) || tree.words[w - 2]!.upos !== 'ADP') return -1;
  let root = w;
  for (let steps = 0; tree.head[root]! >= 0 && steps < tree.words.length; steps++) root = tree.head[root]!;
  return root === w ? -1 : root;
}
