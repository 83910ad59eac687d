import type { Token } from '../core/doc.js';
import type { ActorLexicon, TrieNode } from './lexicon.js';
import { caseFits, normKey, tokenCase, type TokenCase } from './normalize.js';

/** The lexicon's view of a document's tokens: one key and one capitalisation class per token. */
export interface TokenKeys {
  keys: string[];
  cases: TokenCase[];
}

export function tokenKeys(tokens: readonly Token[]): TokenKeys {
  const keys = new Array<string>(tokens.length);
  const cases = new Array<TokenCase>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    keys[i] = normKey(text);
    cases[i] = tokenCase(text);
  }
  return { keys, cases };
}

/** A lexicon match: tokens [start, end) of the document and the entries that fit there, preferred first. */
export interface LexItem {
  start: number;
  end: number;
  entries: number[];
}

/** The entries of `node` whose capitalisation needs the tokens from `start` on meet, or null. */
function fitting(lex: ActorLexicon, node: TrieNode, tk: TokenKeys, start: number): number[] | null {
  let out: number[] | null = null;
  for (const e of node.ends!) {
    const cases = lex.data.entries[e]!.cases;
    let ok = true;
    for (let k = 0; k < cases.length && ok; k++) ok = caseFits(cases[k]!, tk.cases[start + k]!);
    if (ok) (out ??= []).push(e);
  }
  return out;
}

/** Leftmost-longest lexicon matches over tokens [from, to) (one sentence): a trie walk from each token. */
export function matchTokens(lex: ActorLexicon, tk: TokenKeys, from: number, to: number): LexItem[] {
  const out: LexItem[] = [];
  const root = lex.root.next;
  if (!root) return out;
  let i = from;
  while (i < to) {
    let node = root.get(tk.keys[i]!);
    let best: LexItem | null = null;
    let j = i;
    while (node) {
      if (node.ends) {
        const entries = fitting(lex, node, tk, i);
        if (entries) best = { start: i, end: j + 1, entries };
      }
      j++;
      if (j >= to || !node.next) break;
      node = node.next.get(tk.keys[j]!);
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * A longer form that continues across a word inserted after its first tokens ("ministro [ruso] de
 * Exteriores"): walks the trie over tokens [start, end) and then from `resume` on, and returns the
 * longest such form (its end, and the first of its entries `accept` takes whose capitalisation fits), or null.
 */
export function continueAcross(
  lex: ActorLexicon, tk: TokenKeys, start: number, end: number, resume: number, to: number,
  accept: (entry: number) => boolean,
): { end: number; entry: number } | null {
  let node: TrieNode | undefined = lex.root;
  for (let i = start; i < end && node; i++) node = node.next?.get(tk.keys[i]!);
  let best: { end: number; entry: number } | null = null;
  for (let j = resume; j < to && node; j++) {
    node = node.next?.get(tk.keys[j]!);
    if (!node?.ends) continue;
    for (const e of node.ends) {
      const cases = lex.data.entries[e]!.cases;
      const span = end - start;
      let ok = accept(e);
      for (let k = 0; k < cases.length && ok; k++) {
        const ti = k < span ? start + k : resume + (k - span);
        ok = caseFits(cases[k]!, tk.cases[ti]!);
      }
      if (ok) {
        best = { end: j + 1, entry: e };
        break;
      }
    }
  }
  return best;
}
