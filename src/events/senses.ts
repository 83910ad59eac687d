import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';
import type { Tracer } from '../core/tracer.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';
import type { Match } from './match.js';
import type { Pattern } from './tables.js';
import type { SentenceView } from './view.js';

/**
 * Word senses (issue 14): a trigger counts only in its event sense. data/<lang>/events-senses.tsv names the
 * readings of a trigger word that are not its pattern's event (an air "strike", "released a report",
 * "los precios se dispararon"), each as conditions on the trigger's dependents in the tree; a candidate
 * that fits one is dropped and the line's id is traced. Compiled by scripts/data/event-senses.ts.
 */

export const SENSE_RELATIONS = ['obj', 'subj', 'patient', 'nmod', 'amod', 'compound', 'obl', 'xcomp', 'ccomp', 'desc', 'head'] as const;
export type SenseRelation = (typeof SENSE_RELATIONS)[number];

export type SenseCondition =
  | { kind: 'reflexive'; negated: boolean }
  | {
      kind: 'dep';
      negated: boolean;
      rel: SenseRelation;
      /** Folded prepositions one of which must introduce the dependent ("-": none), or null for any or none. */
      cases: string[] | null;
      /** A class of events-sense-classes.tsv, "mention" or "*". */
      cls: string;
      /** The dependent's word must be outside the class. */
      outside: boolean;
    };

export interface CompiledSense {
  id: string;
  /** CAMEO code prefixes of the patterns the line applies to. */
  codes: string[];
  /** Folded lemmas of the trigger words. */
  lemmas: string[];
  /** Their folded forms (conjugations, plurals), as the sentence view spells them. */
  forms: string[];
  /** UPOS the trigger word must have, or null for any. */
  upos: string | null;
  /** The trigger word must NOT have `upos` ("!VERB": the adverb "back", the adjective "free"). */
  notUpos: boolean;
  conditions: SenseCondition[];
}

export interface CompiledSenses {
  lang: string;
  classes: Record<string, string[]>;
  senses: CompiledSense[];
}

interface SenseLine extends CompiledSense {
  formSet: ReadonlySet<string>;
}

interface SenseTable {
  classes: ReadonlyMap<string, ReadonlySet<string>>;
  senses: readonly SenseLine[];
  /** The lines that apply to each CAMEO code, worked out on first use (the hot path asks per candidate). */
  byCode: Map<string, readonly SenseLine[]>;
}

const cache = new Map<Lang, SenseTable>();
/** Relations of a dependent that heads a clause of its own: "desc" does not look inside them. */
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'csubj', 'parataxis', 'xcomp']);
/** Words between a noun and its preposition's object that a linear reading skips ("la amenaza de *la* sequía"). */
const SKIPPED = new Set(['DET', 'ADJ', 'NUM']);

function table(lang: Lang): SenseTable {
  let t = cache.get(lang);
  if (!t) {
    const data = loadJsonResource<CompiledSenses>(`build/events/${lang}-senses.json`);
    t = { classes: new Map(Object.entries(data.classes).map(([k, v]) => [k, new Set(v)])), senses: data.senses.map((x) => ({ ...x, formSet: new Set(x.forms) })), byCode: new Map() };
    cache.set(lang, t);
  }
  return t;
}

function caseOf(tree: SentenceTree, w: number): string | null {
  for (const c of tree.children[w]!) if (baseRel(tree.words[c]!.deprel) === 'case') return tree.lemma[c]!;
  return null;
}

/** Auxiliaries that make a participle passive whatever label the parser gave them ("fueron detenidos"). */
const PASSIVE_AUX = new Set(['ser', 'be']);

function passive(tree: SentenceTree, w: number): boolean {
  const participle = tree.words[w]!.feats.includes('VerbForm=Part');
  return tree.children[w]!.some((c) => {
    const d = tree.words[c]!.deprel;
    return d === 'aux:pass' || d === 'expl:pass' || (participle && d === 'aux' && PASSIVE_AUX.has(tree.lemma[c]!));
  }) || (participle && baseRel(tree.words[w]!.deprel) === 'acl');
}

/** The words below `w` that stand in relation `rel` to it. */
function dependents(tree: SentenceTree, w: number, rel: SenseRelation): number[] {
  const out: number[] = [];
  if (rel === 'head') {
    // The noun a modifier trigger belongs to ("riot police", "la policía antidisturbios"): only a modifier has one that decides its sense.
    const h = tree.head[w]!;
    const d = baseRel(tree.words[w]!.deprel);
    return h >= 0 && (d === 'compound' || d === 'amod' || d === 'nmod') ? [h] : [];
  }
  if (rel === 'desc') {
    const stack = [...tree.children[w]!];
    while (stack.length) {
      const c = stack.pop()!;
      if (CLAUSAL.has(baseRel(tree.words[c]!.deprel))) continue;
      out.push(c);
      stack.push(...tree.children[c]!);
    }
    return out;
  }
  // A passive has no direct object: a word the parser labels one there is a misparse ("fueron detenidos, humillados").
  if (rel === 'obj' && passive(tree, w)) return out;
  for (const c of tree.children[w]!) {
    const d = tree.words[c]!.deprel;
    const base = baseRel(d);
    if (rel === 'subj' ? d === 'nsubj' : rel === 'patient' ? base === 'obj' || d === 'nsubj:pass' || (d === 'nsubj' && passive(tree, w)) : base === rel) out.push(c);
  }
  // A noun's "de" / "of" complement read off the word order when the parser attached it elsewhere: the
  // first noun after the preposition that follows the trigger ("the threat of drought worries farmers").
  if (rel === 'nmod' && out.length === 0 && w + 1 < tree.words.length && tree.words[w + 1]!.upos === 'ADP') {
    let n = w + 2;
    while (n < tree.words.length && SKIPPED.has(tree.words[n]!.upos)) n++;
    // A compound's first noun is not the phrase's head ("the new port rules").
    while (n < tree.words.length && tree.words[n]!.deprel === 'compound' && tree.head[n]! > n) n = tree.head[n]!;
    const word = tree.words[n];
    if (word && (word.upos === 'NOUN' || word.upos === 'PROPN') && !out.includes(n)) out.push(n);
  }
  return out;
}

function introducedBy(tree: SentenceTree, d: number, cases: readonly string[]): boolean {
  const own = caseOf(tree, d);
  if (own !== null) return cases.includes(own);
  // "-": no preposition at all (a bare object, not "a Lima").
  if (cases.includes('-')) return true;
  // The linear complement's preposition is the word before it, past skipped words.
  let p = d - 1;
  while (p >= 0 && SKIPPED.has(tree.words[p]!.upos)) p--;
  return p >= 0 && tree.words[p]!.upos === 'ADP' && cases.includes(tree.lemma[p]!);
}

function inClass(view: SentenceView, tree: SentenceTree, t: SenseTable, d: number, cls: string): boolean {
  if (cls === '*') return true;
  if (cls === 'mention') {
    // A pronoun (or a clitic tagged as a determiner) stands for a participant ("los han matado", "received it").
    if (tree.words[d]!.upos === 'PRON' || tree.words[d]!.upos === 'DET') return true;
    const token = tree.token[d]!;
    return token >= 0 && token < view.count && view.mention[token]! >= 0;
  }
  return t.classes.get(cls)?.has(tree.lemma[d]!) === true;
}

function holds(view: SentenceView, tree: SentenceTree, t: SenseTable, w: number, c: SenseCondition): boolean {
  let found: boolean;
  if (c.kind === 'reflexive') {
    found = tree.children[w]!.some((d) => baseRel(tree.words[d]!.deprel) === 'expl' || (tree.words[d]!.upos === 'PRON' && tree.words[d]!.feats.includes('Reflex=Yes')));
  } else {
    found = dependents(tree, w, c.rel).some(
      (d) => (c.cases === null || introducedBy(tree, d, c.cases)) && inClass(view, tree, t, d, c.cls) !== c.outside,
    );
  }
  return found !== c.negated;
}

/**
 * Whether candidate `m` is in its event sense. The tree is asked for only when some line applies to the
 * pattern's code; without a tree (a language with no syntax model) every candidate stands. A rejection is
 * traced under the line's id.
 */
export function inEventSense(view: SentenceView, treeOf: () => SentenceTree | null, m: Match<Pattern>, trace: Tracer): boolean {
  const code = m.item.cameo;
  if (code === '-' || view.tables.lang === 'und') return true;
  const t = table(view.tables.lang);
  let lines = t.byCode.get(code);
  if (!lines) t.byCode.set(code, (lines = t.senses.filter((s) => s.codes.some((p) => code.startsWith(p)))));
  if (lines.length === 0) return true;
  const tree = treeOf();
  if (!tree) return true;
  for (const token of m.at) {
    if (token < 0) continue;
    const w = tree.wordAt[token]!;
    if (w < 0) continue;
    for (const s of lines) {
      if (!s.formSet.has(view.norm[token]!) && !s.lemmas.includes(tree.lemma[w]!)) continue;
      if (s.upos !== null && (tree.words[w]!.upos === s.upos) === s.notUpos) continue;
      if (!s.conditions.every((c) => holds(view, tree, t, w, c))) continue;
      const tok = view.doc.tokens[view.offset + token]!;
      trace.record(s.id, tok.start, tok.end, () => `${m.item.id} dropped: "${tree.words[w]!.form}" is not in its event sense here`);
      return false;
    }
  }
  return true;
}
