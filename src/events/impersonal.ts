import type { EventActor, EventRecord } from '../core/analysis.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';

/** How many sentences back an impersonal event looks for the actor of the same kind of happening. */
const CONTEXT_SENTENCES = 2;

/**
 * Whether the Spanish verb w is used with an impersonal or passive "se" ("se firmó un acuerdo", "se
 * detuvo a tres dirigentes", "se detuvieron tres dirigentes"): a "se" of its own that the trigger pattern
 * does not include (a pronominal verb's "se", as in "se reunieron" or "se manifestaron", is in its
 * pattern; an enclitic one is the verb's own) and no subject before the verb. The noun after such a verb
 * is what was done, not who did it.
 */
export function impersonalSe(tree: SentenceTree, w: number, trigger: readonly number[]): boolean {
  let se = false;
  for (const c of tree.children[w]!) {
    const r = baseRel(tree.words[c]!.deprel);
    if (r === 'nsubj' && c < w) return false;
    // An enclitic "se" ("manifestándose", "reunirse") belongs to a pronominal verb's infinitive or gerund.
    const enclitic = tree.token[c] === tree.token[w];
    if (r === 'expl' && tree.words[c]!.form.toLowerCase() === 'se' && !trigger.includes(c) && !enclitic) se = true;
  }
  return se;
}

/**
 * The actor an impersonal event takes from its article: that of the latest event of the same CAMEO root
 * in this sentence or the few before it ("la policía detuvo a dos estudiantes; después se detuvo a tres
 * dirigentes"), or none: who signed what "se firmó" is left unsaid.
 */
export function actorFromContext(events: readonly EventRecord[], root: string, sentence: number): EventActor[] {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (sentence - e.sentence > CONTEXT_SENTENCES) break;
    if (e.cameo.slice(0, 2) === root && e.actor.length > 0) return e.actor;
  }
  return [];
}
