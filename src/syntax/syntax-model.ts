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

  constructor(readonly data: SyntaxModelData) {
    const unknown = data.upos.filter((u) => !(UPOS_TAGS as readonly string[]).includes(u));
    if (unknown.length > 0) throw new Error(`model has UPOS tags outside UD's: ${unknown.join(', ')}`);
    this.name = `syntax-${data.lang} (seed ${String(data.meta['seed'] ?? '?')}, ${String(data.meta['parseEpochs'] ?? data.meta['epochs'] ?? '?')} epochs)`;
    this.allowed = data.morphAllowed.map((a) => Uint16Array.from(a));
    const forms = new Map<string, string>();
    const verbs = new Set<string>();
    const others = new Set<string>();
    for (const line of data.lemmaForms) {
      const [lower, upos, lemma] = line.split('\t') as [string, string, string];
      forms.set(`${lower}\t${upos}`, lemma);
      (upos === 'VERB' || upos === 'AUX' ? verbs : others).add(lower);
    }
    const rules = new Map<string, string>();
    for (const line of data.lemmaRules) {
      const [upos, ending, rule] = line.split('\t') as [string, string, string];
      rules.set(`${upos}\t${ending}`, rule);
    }
    this.lemmas = { forms, rules };
    const splits = new Map(data.splits.map((l) => {
      const [lower, parts] = l.split('\t') as [string, string];
      return [lower, parts.split(' ')];
    }));
    this.lexicon = { splits, isVerb: (w) => verbs.has(w), isOtherWord: (w) => others.has(w) && !verbs.has(w) };
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
