import type { EventActor, EventRecord, Quote } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { Tracer } from '../core/tracer.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';

export const FIRST_PERSON_RULE = 'events:quote-first-person';

/**
 * '«Denunciaremos al Gobierno», dijo el alcalde', 'La alcaldesa fue tajante: «Rechazamos el plan»': a verb
 * in the first person inside a direct quote has the speaker ("I", "we") as its actor, whatever subject the
 * tree would carry into it from a clause before ("el Gobierno nos traicionó y lo denunciaremos" is not the
 * Government's accusation). Only events whose trigger verb the tree reads as finite and first person, with
 * no named subject of its own, inside a quote whose speaker the quotes stage found; `from` is the
 * sentence's first token and `fresh` the index of its first event in `events`.
 */
export function speakerOfFirstPerson(
  doc: Doc, events: EventRecord[], fresh: number, from: number, count: number, tree: () => SentenceTree | null, trace: Tracer,
): void {
  if (fresh >= events.length || doc.quotes.length === 0) return;
  for (let i = fresh; i < events.length; i++) {
    const e = events[i]!;
    const quote = quoteAround(doc.quotes, e.trigger.start);
    if (!quote?.speaker) continue;
    const speaker = speakerActor(doc, quote.speaker);
    if (!speaker) continue;
    const t = tree();
    const verb = t ? firstPersonVerb(doc, t, from, count, e.trigger.start, e.trigger.end) : -1;
    // A subject of its own that names someone ("los maestros rechazamos") is kept; only a pronoun, an unread or a carried one is replaced.
    if (verb < 0 || t!.children[verb]!.some((c) => baseRel(t!.words[c]!.deprel) === 'nsubj' && t!.words[c]!.upos !== 'PRON')) continue;
    events[i] = { ...e, actor: [speaker] };
    trace.record(FIRST_PERSON_RULE, e.trigger.start, e.trigger.end, () => `first person in a quote: the speaker ${speaker.name ?? speaker.country ?? speaker.sector ?? '?'} is the actor`);
  }
}

function quoteAround(quotes: readonly Quote[], at: number): Quote | null {
  for (const q of quotes) if (q.start <= at && at < q.end) return q;
  return null;
}

function speakerActor(doc: Doc, id: string): EventActor | null {
  const m = doc.mentions.find((x) => x.id === id);
  return m?.actor ? { ...m.actor, mention: m.id } : null;
}

/**
 * The word of the trigger's span that is a verb in the first person, or -1: finite and first person itself,
 * with a finite first-person auxiliary or governing verb ("vamos a denunciar"), or with "I" / "we" as its
 * subject ("we will sue").
 */
function firstPersonVerb(doc: Doc, tree: SentenceTree, from: number, count: number, start: number, end: number): number {
  for (let t = from; t < from + count; t++) {
    const tok = doc.tokens[t]!;
    if (tok.end <= start) continue;
    if (tok.start >= end) break;
    const w = tree.wordAt[t - from]!;
    if (w < 0) continue;
    if (isFirstPersonFinite(tree, w)) return w;
    // "Vamos a denunciar", "queremos negociar": an infinitive completing a first-person verb.
    const head = tree.head[w]!;
    if (head >= 0 && baseRel(tree.words[w]!.deprel) === 'xcomp' && isFirstPersonFinite(tree, head)) return w;
    for (const c of tree.children[w]!) {
      const rel = baseRel(tree.words[c]!.deprel);
      if (rel === 'aux' && isFirstPersonFinite(tree, c)) return w;
      if (rel === 'nsubj' && tree.words[c]!.upos === 'PRON' && tree.words[c]!.feats.includes('Person=1')) return w;
    }
  }
  return -1;
}

function isFirstPersonFinite(tree: SentenceTree, w: number): boolean {
  const feats = tree.words[w]!.feats;
  return feats.includes('Person=1') && feats.includes('VerbForm=Fin');
}
