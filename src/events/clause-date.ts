import type { TimeExpr } from '../core/analysis.js';
import type { SentenceTree } from '../syntax/sentence-tree.js';
import type { SentenceView } from './view.js';
import { DATING_KINDS, type EventDate } from './when-where.js';

/** How far up the tree a time expression's word is followed to the predicate it modifies. */
const MAX_HOPS = 12;

/** Whether a word heads a clause of its own (a verb, or a predicate a clause relation attaches). */
function isPredicate(tree: SentenceTree, w: number): boolean {
  const word = tree.words[w]!;
  return word.upos === 'VERB' || (word.upos === 'AUX' && word.deprel !== 'aux' && word.deprel !== 'aux:pass' && word.deprel !== 'cop');
}

/** The predicate a word belongs to: the first word up its chain of heads that is the trigger or a predicate, or -1. */
function predicateOf(tree: SentenceTree, w: number, trigger: number): number {
  for (let at = w, hops = 0; at >= 0 && hops < MAX_HOPS; hops++) {
    if (at === trigger || (at !== w && isPredicate(tree, at))) return at;
    at = tree.head[at]!;
  }
  return -1;
}

/** How many heads up from `w` lies `ancestor` (0 for itself), or -1 when it is not an ancestor. */
function distanceUp(tree: SentenceTree, w: number, ancestor: number): number {
  for (let at = w, hops = 0; at >= 0 && hops < MAX_HOPS; hops++) {
    if (at === ancestor) return hops;
    at = tree.head[at]!;
  }
  return -1;
}

/** The sentence-local token a character offset falls in, or -1. */
function tokenAt(view: SentenceView, offset: number): number {
  const tokens = view.doc.tokens;
  for (let i = 0; i < view.count; i++) {
    const t = tokens[view.offset + i]!;
    if (t.end > offset) return t.start <= offset ? i : -1;
  }
  return -1;
}

/**
 * The date of the event headed by tree word `trigger`, from its own clause: a time expression counts when
 * the predicate it modifies is the trigger itself or a clause the trigger depends on ("el lunes dijo que
 * firmarían"), nearest first; one modifying another predicate does not ("liberó el jueves a los rehenes
 * capturados en marzo de 2019": March 2019 dates the capture, not the release). Null when no expression
 * of the sentence dates this clause: the caller falls back to the publication date.
 */
export function clauseDate(view: SentenceView, tree: SentenceTree, trigger: number, times: readonly TimeExpr[]): EventDate | null {
  let best: TimeExpr | null = null;
  let bestScore = Infinity;
  for (const t of times) {
    if (!DATING_KINDS.has(t.kind)) continue;
    const token = tokenAt(view, t.start);
    const word = token >= 0 ? tree.wordAt[token]! : -1;
    if (word < 0) continue;
    const predicate = predicateOf(tree, word, trigger);
    if (predicate < 0) continue;
    const up = distanceUp(tree, trigger, predicate);
    if (up < 0) continue;
    // Own clause first, then the nearest clause above it; within one, the expression nearest the trigger.
    const score = up * 1e6 + Math.abs(word - trigger);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best ? { date: best.value, dateFrom: best.id } : null;
}
