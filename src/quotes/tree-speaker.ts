import type { Lang, Mention } from '../core/analysis.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';
import { isSpeechLemma } from './speech-verbs.js';

/** A speech verb's subject read off the tree: its nsubj (wherever it stands), or a name apposed to it. */
export interface TreeSpeaker {
  mention: Mention;
  rule: 'tree-subject' | 'tree-apposed-name';
}

/** What the tree says of a sentence's verbs of saying. */
export interface TreeSpeech {
  /** The speaker of the verb that reports the quote, when it has a subject a mention covers. */
  speaker: TreeSpeaker | null;
  /** Whether the sentence has a verb of saying at all (outside the quote). */
  verb: boolean;
  /** Whether that verb's subject is dropped or a pronoun: the speaker comes from the context. */
  dropped: boolean;
  /** Whether that verb reports something of its own (a clause): "Así lo dijo X" reports none, so it attributes a neighbouring quote. */
  content: boolean;
}

/** Clausal dependents that carry what a verb of saying reports. */
const CONTENT = new Set(['ccomp', 'parataxis', 'xcomp', 'csubj']);
/** How a verb without a subject of its own takes its parent's ("llegó y dijo", "quiso aclarar"). */
const INHERITS = new Set(['conj', 'xcomp']);

const rel = (tree: SentenceTree, w: number): string => baseRel(tree.words[w]!.deprel);

/**
 * The speaker of a quote in one parsed sentence. The verb of saying is the one whose clause holds the
 * quote ("afirmó que la reforma es «irreversible»"), else the one hanging from the quote's own words
 * ('"…", advirtió la OMS': the parser makes the attribution a parataxis of the quoted clause), else the
 * nearest one; its speaker is its nsubj, before or after it ("…, dijo el ministro"), or a name in
 * apposition to that subject ("el portavoz, Luis Pérez, dijo"). `offset` is the sentence's first token
 * in doc.tokens order, `mentionAt` the mention over each sentence-local token (-1 for none).
 * With `quote` null, the verbs of the whole sentence are read (a neighbouring sentence of a quote).
 */
export function treeSpeech(
  tree: SentenceTree,
  quote: { start: number; end: number } | null,
  mentions: readonly Mention[],
  mentionAt: Int32Array,
  lang: Lang,
): TreeSpeech {
  const inside = (w: number): boolean => quote !== null && tree.words[w]!.start >= quote.start && tree.words[w]!.end <= quote.end;
  const verbs: number[] = [];
  for (let w = 0; w < tree.words.length; w++) {
    const word = tree.words[w]!;
    if ((word.upos === 'VERB' || word.upos === 'AUX') && !inside(w) && isSpeechLemma(tree.lemma[w]!, lang)) verbs.push(w);
  }
  if (verbs.length === 0) return { speaker: null, verb: false, dropped: false, content: false };
  const verb = quote ? reportingVerb(tree, verbs, inside, quote) : verbs[0]!;
  const content = tree.children[verb]!.some((c) => CONTENT.has(rel(tree, c)));
  const subject = subjectOf(tree, verb) >= 0 || content ? subjectOf(tree, verb) : invertedObject(tree, verb);
  if (subject < 0) return { speaker: null, verb: true, dropped: true, content };
  const apposed = apposedName(tree, subject, mentions, mentionAt);
  if (apposed) return { speaker: { mention: apposed, rule: 'tree-apposed-name' }, verb: true, dropped: false, content };
  const m = phraseMention(tree, subject, mentions, mentionAt, inside);
  if (m) return { speaker: { mention: m, rule: 'tree-subject' }, verb: true, dropped: false, content };
  return { speaker: null, verb: true, dropped: tree.words[subject]!.upos === 'PRON', content };
}

/**
 * The subject of a sentence's main verb, for a sentence that introduces the quote after it with a colon
 * ("El ministro fue tajante:"), which need not use a verb of saying.
 */
export function rootSubject(tree: SentenceTree, mentions: readonly Mention[], mentionAt: Int32Array): Mention | null {
  const root = tree.head.indexOf(-1);
  if (root < 0) return null;
  const subject = subjectOf(tree, root);
  if (subject < 0) return null;
  return apposedName(tree, subject, mentions, mentionAt) ?? phraseMention(tree, subject, mentions, mentionAt, () => false);
}

/** Whether `v` dominates word w (w is inside v's subtree). */
function dominates(tree: SentenceTree, v: number, w: number): boolean {
  for (let x = w, hops = 0; x >= 0 && hops < tree.words.length; x = tree.head[x]!, hops++) if (x === v) return true;
  return false;
}

function reportingVerb(tree: SentenceTree, verbs: readonly number[], inside: (w: number) => boolean, quote: { start: number; end: number }): number {
  const quoted: number[] = [];
  for (let w = 0; w < tree.words.length; w++) if (inside(w)) quoted.push(w);
  // The innermost verb whose clause holds the quote: in "dijo que el ministro aseguró «…»" it is "aseguró".
  let best = -1;
  for (const v of verbs) if (quoted.some((w) => dominates(tree, v, w)) && (best < 0 || dominates(tree, best, v))) best = v;
  if (best >= 0) return best;
  for (const v of verbs) if (quoted.some((w) => dominates(tree, w, v))) return v;
  const distance = (v: number): number => Math.min(Math.abs(tree.words[v]!.start - quote.end), Math.abs(quote.start - tree.words[v]!.end));
  return verbs.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** The verb's nsubj, or, for a verb without one, the subject it inherits through coordination or control. */
function subjectOf(tree: SentenceTree, verb: number): number {
  for (let v = verb, hops = 0; v >= 0 && hops < 3; hops++) {
    const own = tree.children[v]!.find((c) => rel(tree, c) === 'nsubj');
    if (own !== undefined) return own;
    if (!INHERITS.has(rel(tree, v))) return -1;
    v = tree.head[v]!;
  }
  return -1;
}

/**
 * '«…», dijo la jueza': a parser often reads the subject inverted after a verb of saying as its object.
 * A verb of saying that reports no clause of its own says the quote, so a bare noun phrase after it
 * (no preposition: "le dijo al embajador" is the addressee) is who spoke; -1 if none.
 */
function invertedObject(tree: SentenceTree, verb: number): number {
  for (const c of tree.children[verb]!) {
    if (c < verb || rel(tree, c) !== 'obj' || tree.children[c]!.some((x) => rel(tree, x) === 'case')) continue;
    const upos = tree.words[c]!.upos;
    if (upos === 'NOUN' || upos === 'PROPN') return c;
  }
  return -1;
}

function mentionOf(tree: SentenceTree, w: number, mentions: readonly Mention[], mentionAt: Int32Array): Mention | null {
  const t = tree.token[w]!;
  const mi = t >= 0 && t < mentionAt.length ? mentionAt[t]! : -1;
  return mi >= 0 ? mentions[mi]! : null;
}

/** "el portavoz del Gobierno, Luis Pérez,": a person's name in apposition to the subject is who spoke. */
function apposedName(tree: SentenceTree, subject: number, mentions: readonly Mention[], mentionAt: Int32Array): Mention | null {
  for (const c of tree.children[subject]!) {
    if (rel(tree, c) !== 'appos') continue;
    const m = mentionOf(tree, c, mentions, mentionAt);
    if (m && m.type === 'PER') return m;
  }
  return null;
}

/**
 * The mention of the subject phrase: the one over its head word, else the first in its subtree outside
 * clauses of its own ("la portavoz de la OMS" -> the OMS when only that is a mention).
 */
function phraseMention(tree: SentenceTree, w: number, mentions: readonly Mention[], mentionAt: Int32Array, inside: (w: number) => boolean): Mention | null {
  const own = mentionOf(tree, w, mentions, mentionAt);
  if (own) return own;
  const stack = [...tree.children[w]!];
  let first: Mention | null = null;
  while (stack.length) {
    const c = stack.pop()!;
    if (CONTENT.has(rel(tree, c)) || rel(tree, c) === 'acl' || inside(c)) continue;
    const m = mentionOf(tree, c, mentions, mentionAt);
    if (m && (!first || m.start < first.start)) first = m;
    stack.push(...tree.children[c]!);
  }
  return first;
}
