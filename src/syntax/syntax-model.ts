import { UPOS_TAGS } from '../core/analysis.js';
import type { SyntaxModelData } from './model-file.js';
import { lemmatize, type LemmaTables } from './lemmatizer.js';
import { parse } from './parser.js';
import type { ParserInput } from './parser-features.js';
import { tagMorph, tagUpos } from './tagger.js';
import { encodeWords } from './word-features.js';
import type { SplitLexicon } from './words.js';

/** One analysed syntactic word (heads are 1-based word indices within the sentence, 0 = root). */
export interface ParsedWord {
  upos: string;
  lemma: string;
  feats: string;
  head: number;
  deprel: string;
}

/**
 * The model's lemma and word lists as key/value pairs and word lists, the form Map and Set take whole:
 * building them that way is a builtin, where splitting 22,000 lines one by one took most of a model's
 * load once its weights were read in place.
 */
export interface LemmaIndex {
  /** `lower\tUPOS` → lemma. */
  forms: [string, string][];
  /** `UPOS\tending` → rule. */
  rules: [string, string][];
  /** Forms seen as VERB or AUX, and forms seen as anything else. */
  verbs: string[];
  others: string[];
  splits: [string, string[]][];
}

export function lemmaIndex(data: Pick<SyntaxModelData, 'lemmaForms' | 'lemmaRules' | 'splits'>): LemmaIndex {
  const forms: [string, string][] = [];
  const verbs: string[] = [];
  const others: string[] = [];
  for (const line of data.lemmaForms) {
    const [lower, upos, lemma] = line.split('\t') as [string, string, string];
    forms.push([`${lower}\t${upos}`, lemma]);
    (upos === 'VERB' || upos === 'AUX' ? verbs : others).push(lower);
  }
  const rules = data.lemmaRules.map((line): [string, string] => {
    const [upos, ending, rule] = line.split('\t') as [string, string, string];
    return [`${upos}\t${ending}`, rule];
  });
  const splits = data.splits.map((l): [string, string[]] => {
    const [lower, parts] = l.split('\t') as [string, string];
    return [lower, parts.split(' ')];
  });
  return { forms, rules, verbs, others, splits };
}

/** A language's tagger, lemmatiser and parser, ready to run (built once per process from the file). */
export class SyntaxModel {
  private readonly allowed: Uint16Array[];
  private readonly lemmas: LemmaTables;
  private readonly punct: number;
  private readonly fallback: number;
  /** What the word splitter needs: the treebank's multiword tokens and its verb forms. */
  readonly lexicon: SplitLexicon;
  /** How annotations name it: `syntax-es (seed 1, 15 epochs)`. */
  readonly name: string;

  /** `index`: the lemma and word tables already split out of `data` (a runtime model file stores them so). */
  constructor(readonly data: SyntaxModelData, index: LemmaIndex = lemmaIndex(data)) {
    const unknown = data.upos.filter((u) => !(UPOS_TAGS as readonly string[]).includes(u));
    if (unknown.length > 0) throw new Error(`model has UPOS tags outside UD's: ${unknown.join(', ')}`);
    this.name = `syntax-${data.lang} (seed ${String(data.meta['seed'] ?? '?')}, ${String(data.meta['parseEpochs'] ?? data.meta['epochs'] ?? '?')} epochs)`;
    this.allowed = data.morphAllowed.map((a) => Uint16Array.from(a));
    const { forms, rules, verbs, others, splits } = index;
    this.lemmas = { forms: new Map(forms), rules: new Map(rules) };
    const verbSet = new Set(verbs);
    const otherSet = new Set(others);
    this.lexicon = { splits: new Map(splits), isVerb: (w) => verbSet.has(w), isOtherWord: (w) => otherSet.has(w) && !verbSet.has(w) };
    this.punct = Math.max(0, data.labels.indexOf('punct'));
    const para = data.labels.indexOf('parataxis');
    this.fallback = para >= 0 ? para : this.punct;
  }

  /** Full analysis of one sentence's words: UPOS, morphology, lemma, head and relation per word. */
  analyze(forms: readonly string[]): ParsedWord[] {
    const n = forms.length;
    if (n === 0) return [];
    const w = encodeWords(forms);
    const upos = new Uint8Array(n);
    tagUpos(w, this.data.tagger, upos);
    const morph = new Uint16Array(n);
    tagMorph(w, upos, this.data.morph, this.allowed, morph);
    const x: ParserInput = { n, word: new Uint32Array(n + 1), upos: new Int32Array(n + 1), morph: new Int32Array(n + 1) };
    x.word.set(w.lower, 1);
    x.upos.set(upos, 1);
    x.morph.set(morph, 1);
    const punctId = this.data.upos.indexOf('PUNCT');
    const st = parse(x, this.data.parser, {
      labels: this.data.labels.length,
      rootLabel: this.data.rootLabel,
      fallbackLabel: (i) => (upos[i - 1] === punctId ? this.punct : this.fallback),
    });
    const out: ParsedWord[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const u = this.data.upos[upos[i]!]!;
      out[i] = {
        upos: u,
        lemma: lemmatize(this.lemmas, forms[i]!, u),
        feats: this.data.morphs[morph[i]!]!,
        head: st.heads[i + 1]!,
        deprel: this.data.labels[st.labels[i + 1]!]!,
      };
    }
    return out;
  }
}
