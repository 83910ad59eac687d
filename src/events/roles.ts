import type { EventActor, Mention } from '../core/analysis.js';
import type { SentenceView } from './view.js';

/** Words a noun phrase's governing preposition is looked for through ("el gobierno de Rusia"). */
const TRANSPARENT = new Set(['de', 'del', 'of']);
const CONTRACTIONS: Record<string, string> = { al: 'a', del: 'de' };
/** How many ordinary words may separate a mention from the preposition governing its phrase. */
const PHRASE_REACH = 4;

/**
 * The actors a mention stands for: itself and any mention over exactly the same words (coreference
 * splits "ambas naciones" into one mention per country).
 */
export function actorsAt(view: SentenceView, index: number): EventActor[] {
  const mentions = view.doc.mentions;
  const m = mentions[index]!;
  const out: EventActor[] = [];
  for (const other of view.sameSpan.get(index) ?? [index]) {
    const a = actorOf(mentions, other, view.mentionById);
    if (a && !(other !== index && mentions[other]!.start !== m.start)) out.push(a);
  }
  return out;
}

/** A mention that can fill a role: it names (or corefers with) an actor, or is a person or organisation. */
export function actorOf(mentions: readonly Mention[], index: number, byIndex: ReadonlyMap<string, number>): EventActor | null {
  let m = mentions[index];
  const own = m;
  const byId = (id: string): Mention | undefined => mentions[byIndex.get(id) ?? -1];
  for (let hops = 0; m && !m.actor && m.refersTo && hops < 5; hops++) m = byId(m.refersTo);
  if (!own) return null;
  if (m?.actor) return { ...m.actor, mention: own.id };
  if (own.type === 'PER' || own.type === 'ORG') return { country: null, org: null, sector: null, name: own.text, wikidata: null, mention: own.id };
  return null;
}

/**
 * The preposition governing the phrase a mention starts at token i belongs to (scanning left through
 * "de", coordination and other mentions), "obj" when the scan reaches `stop` (the trigger) first, or
 * null when none governs it (a subject).
 */
export function governingPrep(view: SentenceView, i: number, stop: number): string | null {
  let words = 0;
  for (let j = i - 1; j >= 0; j--) {
    const w = view.norm[j]!;
    // A trigger ending in its preposition ("comercializando con") governs the phrase after it.
    if (j === stop) return view.tables.words.get('prep')?.has(w) || TRANSPARENT.has(w) ? (CONTRACTIONS[w] ?? w) : 'obj';
    if (view.boundary[j] || view.comma[j]) return null;
    if (TRANSPARENT.has(w) || view.mention[j]! >= 0 || view.tables.words.get('coord')?.has(w)) continue;
    if (view.tables.words.get('prep')?.has(w)) return CONTRACTIONS[w] ?? w;
    // A verb right before the phrase makes it that verb's object; a subordinator starts a new clause.
    if (view.tables.verbMarkers.has(w)) return 'obj';
    if (view.subAt[j]) return null;
    if (++words > PHRASE_REACH) return null;
  }
  return null;
}

/** Distinct mentions (by index) whose first token lies in [from, to). */
function mentionsIn(view: SentenceView, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(from, 0); i < to; i++) {
    const mi = view.mention[i]!;
    if (mi >= 0 && (i === 0 || view.mention[i - 1] !== mi)) out.push(i);
  }
  return out;
}

/** The key two actors are the same by: a named actor and its country alone collapse into the named one. */
export function mergeActors(actors: EventActor[]): EventActor[] {
  const out: EventActor[] = [];
  for (const a of actors) {
    const same = out.findIndex(
      (b) => (a.name !== null && a.name === b.name) || (a.country !== null && a.country === b.country && (!a.name || !b.name) && a.org === b.org),
    );
    if (same < 0) out.push(a);
    else if (a.name && !out[same]!.name) out[same] = a;
  }
  return out;
}

/**
 * How far a clause reaches on either side of its trigger, in tokens, when no boundary comes first. Real
 * clauses are far shorter; a sentence with no punctuation at all (a scraped blob) would otherwise make
 * every trigger's clause the whole sentence, and the stage quadratic in its length.
 */
const CLAUSE_REACH = 60;

export interface Clause {
  start: number;
  /** What opened the clause: the sentence start or a hard boundary, a subordinator ("que") or a relative pronoun. */
  opener: 'start' | 'sub' | 'relative';
  /** The token of the subordinator or relative pronoun, or -1. */
  openerToken: number;
  end: number;
}

/** The clause around token t: back to a hard boundary or a subordinator, forward to the next one. */
export function clauseAround(view: SentenceView, t: number): Clause {
  const from = Math.max(0, t - CLAUSE_REACH);
  let start = from;
  let opener: Clause['opener'] = 'start';
  let openerToken = -1;
  for (let j = t - 1; j >= from; j--) {
    if (view.boundary[j] || (view.inAdverbial[j] && !view.inAdverbial[t])) {
      start = j + 1;
      break;
    }
    const rel = view.relativeAt[j];
    if (rel && view.inRelative[j]) {
      start = rel.last + 1;
      opener = 'relative';
      openerToken = rel.first;
      break;
    }
    const sub = view.subAt[j];
    if (sub) {
      start = sub.last + 1;
      opener = 'sub';
      openerToken = sub.first;
      break;
    }
  }
  let end = Math.min(view.count, t + CLAUSE_REACH + 1);
  for (let j = t + 1; j < end; j++) {
    if (view.boundary[j] || (view.inRelative[j] && !view.inRelative[t]) || ((view.inRelative[t] || view.inAdverbial[t]) && view.comma[j])) {
      end = j;
      break;
    }
  }
  return { start, opener, openerToken, end };
}

/** The subject of the clause before token t: actors of the ungoverned mentions, dropped subjects followed up. */
export function subjectBefore(view: SentenceView, t: number, depth = 0): EventActor[] {
  const clause = clauseAround(view, t);
  const inside = view.inRelative[t] ?? false;
  const actors: EventActor[] = [];
  for (const i of mentionsIn(view, clause.start, t)) {
    if ((view.inRelative[i] && !inside) || view.inReport[i]) continue;
    if (governingPrep(view, i, -1) !== null) continue;
    actors.push(...actorsAt(view, view.mention[i]!));
  }
  if (actors.length) return mergeActors(actors);
  if (depth >= 3 || clause.openerToken < 0) return [];
  if (clause.opener === 'relative') {
    let p = clause.openerToken - 1;
    if (p >= 0 && view.comma[p]) p--;
    return p >= 0 && view.mention[p]! >= 0 ? actorsAt(view, view.mention[p]!) : [];
  }
  return subjectBefore(view, clause.openerToken, depth + 1);
}

/**
 * The first mention after token `after` (up to `end`) whose governing preposition is one of `preps`,
 * with the mentions coordinated with it ("a Rusia y China").
 */
export function complementAfter(view: SentenceView, after: number, end: number, preps: readonly string[]): EventActor[] {
  if (preps.length === 0) return [];
  const found: EventActor[] = [];
  let last = -1;
  for (const i of mentionsIn(view, after + 1, end)) {
    if (view.inReport[i]) continue;
    if (found.length) {
      // Only mentions coordinated with the first one join it.
      let joined = true;
      for (let j = last + 1; j < i; j++) {
        if (!view.comma[j] && !view.tables.words.get('coord')?.has(view.norm[j]!) && !TRANSPARENT.has(view.norm[j]!)) joined = false;
      }
      if (!joined) break;
    } else {
      const prep = governingPrep(view, i, after);
      if (prep === null || !preps.includes(prep)) continue;
    }
    const here = actorsAt(view, view.mention[i]!);
    if (!here.length) continue;
    found.push(...here);
    last = i;
    while (last + 1 < view.count && view.mention[last + 1] === view.mention[i]) last++;
  }
  return mergeActors(found);
}
