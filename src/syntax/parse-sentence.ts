import type { MultiwordToken, SyntaxWord, Upos } from '../core/analysis.js';
import type { Token } from '../core/doc.js';
import type { SyntaxModel } from './syntax-model.js';
import type { SyntaxLang } from './models.js';
import { syntacticWords } from './words.js';

/** One sentence's syntactic words; `head` indexes `words` of the same sentence (-1 for its root). */
export interface SentenceSyntax {
  words: SyntaxWord[];
  multiwords: MultiwordToken[];
  /** For each word, the index in doc.tokens of the token it comes from. */
  tokens: Int32Array;
}

/** Letters of at least this many words in capitals make a sentence one written in capitals (a headline, a slogan). */
const SHOUTED_WORDS = 3;

/**
 * Whether every word with a letter is in capitals: the models learnt tags from mixed case, where capitals
 * mark names, so such a sentence is read in lower case (its words keep their own forms).
 */
export function shouting(forms: readonly string[]): boolean {
  let lettered = 0;
  for (const f of forms) {
    if (f.toLowerCase() === f.toUpperCase()) continue;
    if (f !== f.toUpperCase()) return false;
    lettered++;
  }
  return lettered >= SHOUTED_WORDS;
}

/**
 * Splits doc.tokens[first, end) (one sentence) into UD words and tags, lemmatises and parses them.
 * Heads and multiword indices are local to the sentence; `sentence` is stored on every word.
 */
export function parseSentence(tokens: readonly Token[], first: number, end: number, sentence: number, lang: SyntaxLang, model: SyntaxModel): SentenceSyntax {
  const spans = syntacticWords(tokens.slice(first, end), first, lang, model.lexicon);
  const forms = spans.map((w) => w.form);
  const parsed = model.analyze(shouting(forms) ? forms.map((f) => f.toLowerCase()) : forms);
  const words: SyntaxWord[] = new Array(spans.length);
  const multiwords: MultiwordToken[] = [];
  const tokenOf = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const w = spans[i]!;
    tokenOf[i] = w.token;
    if (i + 1 < spans.length && spans[i + 1]!.token === w.token && (i === 0 || spans[i - 1]!.token !== w.token)) {
      let last = i + 1;
      while (last + 1 < spans.length && spans[last + 1]!.token === w.token) last++;
      const tok = tokens[w.token]!;
      multiwords.push({ start: tok.start, end: tok.end, first: i, last });
    }
    const p = parsed[i]!;
    words[i] = {
      start: w.start, end: w.end, form: w.form, lemma: p.lemma, upos: p.upos as Upos, feats: p.feats,
      head: p.head - 1, deprel: p.deprel, sentence,
    };
  }
  return { words, multiwords, tokens: tokenOf };
}
