import type { SyntaxWord } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import { foldWord } from '../core/fold.js';
import { syntaxModel } from './models.js';
import { parseSentence } from './parse-sentence.js';

/**
 * One sentence's dependency tree as the later stages read it (quote speakers, event roles), indexed by
 * token positions within the sentence (0 = its first token). Heads are word indices within the sentence,
 * -1 for the root.
 */
export interface SentenceTree {
  readonly words: readonly SyntaxWord[];
  /** Sentence-local head of each word, or -1. */
  readonly head: Int32Array;
  /** The coder's (sentence-local) token of each word. */
  readonly token: Int32Array;
  /** The first word of each sentence-local token, or -1 (a token the splitter dropped). */
  readonly wordAt: Int32Array;
  readonly children: readonly (readonly number[])[];
  /** Folded lemma of each word (what lexicons and frames are written in). */
  readonly lemma: readonly string[];
  /** The model that produced the tree, for the annotations' `rule` trail. */
  readonly model: string;
}

function build(words: readonly SyntaxWord[], head: Int32Array, token: Int32Array, count: number, model: string): SentenceTree {
  const wordAt = new Int32Array(count).fill(-1);
  const children: number[][] = words.map(() => []);
  for (let w = 0; w < words.length; w++) {
    const t = token[w]!;
    if (t >= 0 && t < count && wordAt[t] === -1) wordAt[t] = w;
    const h = head[w]!;
    if (h >= 0) children[h]!.push(w);
  }
  return { words, head, token, wordAt, children, lemma: words.map((w) => foldWord(w.lemma)), model };
}

/** Trees parsed so far, per document: the quotes and events stages read the same sentences. */
const parsed = new WeakMap<Doc, Map<number, SentenceTree | null>>();

/**
 * The tree of sentence `sentence`, whose tokens are doc.tokens[offset, offset + count): taken from the
 * syntax layer when the caller asked for it (so both agree), else parsed now, for this sentence only and
 * once per document (the later stages read the trees of the sentences they need: a quote's, a trigger's;
 * parsing only those is what keeps the pipeline fast). Null for a language without a syntax model.
 */
export function sentenceTree(doc: Doc, sentence: number, offset: number, count: number): SentenceTree | null {
  let cache = parsed.get(doc);
  if (!cache) parsed.set(doc, (cache = new Map()));
  let tree = cache.get(sentence);
  if (tree === undefined) {
    tree = buildTree(doc, sentence, offset, count);
    cache.set(sentence, tree);
  }
  return tree;
}

function buildTree(doc: Doc, sentence: number, offset: number, count: number): SentenceTree | null {
  const lang = doc.lang;
  if (lang !== 'es' && lang !== 'en') return null;
  const layer = doc.syntax;
  if (layer) {
    const from = layer.sentenceWords[sentence]!;
    const to = layer.sentenceWords[sentence + 1]!;
    const words = layer.words.slice(from, to);
    const head = Int32Array.from(words, (w) => (w.head < 0 ? -1 : w.head - from));
    // Words lie inside their token's span: walk both in order.
    const token = new Int32Array(words.length);
    let t = 0;
    for (let w = 0; w < words.length; w++) {
      while (t < count - 1 && doc.tokens[offset + t]!.end <= words[w]!.start) t++;
      token[w] = t;
    }
    return build(words, head, token, count, layer.model);
  }
  const model = syntaxModel(lang);
  const result = parseSentence(doc.tokens, offset, offset + count, sentence, lang, model);
  const head = Int32Array.from(result.words, (w) => w.head);
  const token = Int32Array.from(result.tokens, (t) => t - offset);
  return build(result.words, head, token, count, model.name);
}

/** The relation without its subtype ("nsubj:pass" → "nsubj"). */
export function baseRel(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}
