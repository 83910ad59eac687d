import type { CueKind, VerbTag } from './compiled.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';
import type { SentenceView } from './view.js';

/** Dependents of a verb that carry its tense or a modal cue ("ha firmado", "puede atacar", "will sign", "posiblemente"). */
const VERB_GROUP = new Set(['aux', 'cop']);
const MODIFIER = new Set(['aux', 'advmod', 'amod']);
/**
 * Relations by which a clause or an event noun is the complement of the word above it ("quiere firmar",
 * "planea ir a votar", "es posible que ataquen", "anuncia más incursiones", "planes de huelga").
 */
const COMPLEMENT = new Set(['xcomp', 'ccomp', 'csubj', 'advcl', 'acl', 'nmod']);
/** How many complement relations a modal head may sit above the trigger ("planea ir a firmar"). */
const MODAL_HOPS = 2;

function feature(feats: string, name: string): string | null {
  const at = feats.indexOf(`${name}=`);
  if (at < 0) return null;
  const end = feats.indexOf('|', at);
  return feats.slice(at + name.length + 1, end < 0 ? undefined : end);
}

/** The tags one word's morphology gives: its form (infinitive, gerund, participle) or, when finite, its tense and mood. */
function wordTags(feats: string, out: VerbTag[]): void {
  const form = feature(feats, 'VerbForm');
  if (form === 'Inf') out.push('inf');
  else if (form === 'Ger') out.push('ger');
  else if (form === 'Part') out.push('part');
  if (form !== 'Fin') return;
  const mood = feature(feats, 'Mood');
  const tense = feature(feats, 'Tense');
  if (mood === 'Cnd') out.push('cond');
  else if (mood === 'Sub') out.push('subj');
  else if (tense === 'Fut') out.push('fut');
  else if (tense === 'Pres') out.push('pres');
  else if (tense === 'Past' || tense === 'Imp') out.push('past');
}

/**
 * The tense and mood of the verb group headed by word w, from the tree's morphology: the word's own
 * features and those of its auxiliaries ("habrá firmado" is a future, "ha firmado" no bare participle).
 * A noun gives none. Unaccented text makes the future and the imperfect subjunctive one form ("firmara"):
 * where the word's spelling allows both (`ambiguous`), a subjunctive outside a subordinate clause is read
 * as the future, which is where a main clause has it.
 */
export function treeTags(tree: SentenceTree, w: number, ambiguous: boolean): VerbTag[] {
  const out: VerbTag[] = [];
  wordTags(tree.words[w]!.feats, out);
  for (const c of tree.children[w]!) if (VERB_GROUP.has(baseRel(tree.words[c]!.deprel))) wordTags(tree.words[c]!.feats, out);
  if (ambiguous && out.includes('subj') && !subordinate(tree, w)) return [...new Set(out.map((t) => (t === 'subj' ? 'fut' : t)))];
  return [...new Set(out)];
}

/** Whether w heads a subordinate clause: it has a subordinator ("que firmara") or hangs below another word as a clause. */
function subordinate(tree: SentenceTree, w: number): boolean {
  if (tree.children[w]!.some((c) => baseRel(tree.words[c]!.deprel) === 'mark')) return true;
  const r = baseRel(tree.words[w]!.deprel);
  return r !== 'root' && r !== 'conj' && r !== 'parataxis';
}

/**
 * Whether a modal cue of `kind` bears on the event headed by word w, as the tree scopes it: the cue is
 * one of w's auxiliaries or modifiers ("puede atacar", "may attack", "un posible ataque"), or the word w
 * is the complement of ("quiere firmar", "planea ir a firmar", "plans to sign"). A cue in another clause
 * of the sentence does not reach it, however near ("Rusia, que planea elecciones, atacó Kiev").
 */
export function treeCue(view: SentenceView, tree: SentenceTree, w: number, kind: CueKind): boolean {
  const cues = view.cues.get(kind);
  if (!cues || cues.length === 0) return false;
  const scope = new Set<number>();
  for (const c of tree.children[w]!) {
    // An adjective qualifies the event ("un posible ataque"); a participle describes it ("la huelga
    // anunciada por los sindicatos", "el planeado desfile") and says nothing of its mood.
    if (MODIFIER.has(baseRel(tree.words[c]!.deprel)) && !tree.words[c]!.feats.includes('VerbForm=Part')) scope.add(c);
  }
  for (let x = w, hops = 0; hops < MODAL_HOPS && COMPLEMENT.has(baseRel(tree.words[x]!.deprel)) && tree.head[x]! >= 0; hops++) {
    x = tree.head[x]!;
    scope.add(x);
    for (const c of tree.children[x]!) if (baseRel(tree.words[c]!.deprel) === 'aux') scope.add(c);
  }
  for (const m of cues) {
    for (let t = m.first; t <= m.last; t++) {
      if (scope.has(tree.wordAt[t] ?? -1)) return true;
    }
  }
  return false;
}
