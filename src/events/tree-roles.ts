import type { EventActor } from '../core/analysis.js';
import { foldWord } from '../core/fold.js';
import type { CompiledRoles } from './compiled.js';
import { actorsAt, mergeActors } from './roles.js';
import { clauseRelativeRoot } from './clause-relative.js';
import { baseRel, type SentenceTree } from '../syntax/sentence-tree.js';
import type { SentenceView } from './view.js';

/** Relations whose dependents are clauses of their own: a phrase's actors are never looked for inside them. */
const CLAUSAL = new Set(['acl', 'advcl', 'ccomp', 'csubj', 'parataxis', 'xcomp', 'dislocated', 'vocative', 'reparandum']);
/** Dependents that carry a noun phrase's owner when its head names no actor ("el gobierno de Rusia"). */
const OWNER = new Set(['nmod', 'compound', 'flat', 'amod']);
/** Case markers of an owner: "el gobierno de Rusia", "the government of Russia", "Cairo's security chief". */
const OWNER_CASE = new Set(['de', 'of', "'s", "'", '’s', '’']);
/** Case markers of the place a group is in. */
const PLACE_CASE = new Set(['en', 'in']);
/** How a clause without a subject of its own takes its parent's: control, coordination, a non-finite adjunct. */
const INHERITS = new Set(['xcomp', 'conj', 'advcl', 'acl']);
/** Labels a noun phrase dependent of a verb may carry. */
const NOMINAL_DEPENDENT = new Set(['obl', 'obj', 'iobj', 'nmod']);
/** Auxiliaries that make a participle passive. */
const PASSIVE_AUX = new Set(['ser', 'be']);
const RELATIVE_LEMMAS = new Set(['que', 'quien', 'cual', 'cuyo', 'who', 'which', 'that', 'whom']);
/** Prepositions of a passive's agent. */
const AGENT_CASE: Readonly<Record<string, string>> = { es: 'por', en: 'by' };

/** What the tree says of a trigger's participants. */
export interface TreeRoles {
  /** The clause's grammatical subject (a passive's is its patient), inherited through control, coordination and relatives. */
  subject: EventActor[];
  /** Whether the subject is the trigger's own (not inherited), which makes a dropped subject a pro-drop one. */
  ownSubject: boolean;
  passive: boolean;
  /** A passive's agent ("por la policía", "by the EU"). */
  agent: EventActor[];
  /** The first dependent introduced by one of the frame's actor prepositions ("la visita de Sánchez"). */
  named: EventActor[];
  /** The first dependent the frame names as recipient (bare object, or a preposition), with those coordinated with it. */
  recipient: EventActor[];
  /** The verb's direct object whatever the frame says: a verb of victims used transitively ("desaparecieron a un campesino") has one. */
  object: EventActor[];
  /** The recipient came with "entre" / "between": the parties of a meeting, all on one footing. */
  between: boolean;
  /** The trigger heads a main clause (root, or coordinated with or set beside it): a dropped subject comes from context. */
  main: boolean;
}

function rel(tree: SentenceTree, w: number): string {
  return baseRel(tree.words[w]!.deprel);
}

/** The preposition (folded lemma of the `case` dependent) a phrase is introduced by, or null. */
function caseOf(tree: SentenceTree, w: number): string | null {
  for (const c of tree.children[w]!) if (rel(tree, c) === 'case') return tree.lemma[c]!;
  return null;
}

/** The keys a dependent answers to in a frame: "obj" for a bare object, its preposition otherwise. */
function frameKeys(tree: SentenceTree, w: number): string[] {
  const r = rel(tree, w);
  const prep = caseOf(tree, w);
  const keys: string[] = [];
  if ((r === 'obj' || r === 'iobj') && prep === null) keys.push('obj');
  if (prep !== null && (r === 'obj' || r === 'iobj' || r === 'obl' || r === 'nmod')) keys.push(prep);
  return keys;
}

/**
 * The actors of the phrase headed by word w: the mention over its head word; else the owner named inside
 * the phrase ("el gobierno de Rusia", "los mineros rusos"); with an apposed name folded into one actor
 * ("el portavoz del Gobierno, Luis Pérez,") and coordinated phrases added ("Rusia y China").
 */
export function phraseActors(view: SentenceView, tree: SentenceTree, w: number, depth = 0): EventActor[] {
  const out: EventActor[] = [];
  let own = mentionActors(view, tree, w);
  const apposed: EventActor[] = [];
  if (depth < 4) for (const c of tree.children[w]!) if (rel(tree, c) === 'appos') apposed.push(...phraseActors(view, tree, c, depth + 1));
  // A phrase whose head names no actor, or one of no known country ("los moradores de Nova Brasilia"),
  // takes the owner named inside it: the whole actor, or the country it lacks.
  if ((own.length === 0 || own.every((a) => a.country === null)) && depth < 4) {
    for (const c of tree.children[w]!) {
      if (!OWNER.has(rel(tree, c))) continue;
      const prep = caseOf(tree, c);
      // A group placed in a town ("los manifestantes en Caracas", "demonstrators in Baghdad") is from its
      // country; the place names the country only, never the actor itself.
      const placed = prep !== null && PLACE_CASE.has(prep) && own.length > 0;
      if (prep !== null && !OWNER_CASE.has(prep) && !placed) continue;
      const owner = phraseActors(view, tree, c, depth + 1);
      if (owner.length === 0) continue;
      if (own.length === 0) own = owner;
      else if (owner[0]!.country !== null) own = own.map((a) => ({ ...a, country: owner[0]!.country }));
      // A word of the head's own name ("Agraria" in "la Federación Agraria del Perú") or an owner of no
      // known country either: the country may come from a later dependent.
      else continue;
      break;
    }
  }
  if (own.length && apposed.length) {
    // One person described and named: the name from the apposition, the affiliation from the head.
    const head = own[0]!;
    const name = apposed[0]!;
    out.push({ ...head, name: name.name ?? head.name, country: head.country ?? name.country, org: head.org ?? name.org, wikidata: name.wikidata ?? head.wikidata });
    // Coordinated inside the apposition ("los presidentes de Rusia, Putin, y de China, Xi"): the others too.
    out.push(...own.slice(1), ...apposed.slice(1));
  } else out.push(...(own.length ? own : apposed));
  if (depth < 4) {
    for (const c of tree.children[w]!) {
      const r = rel(tree, c);
      if (r === 'conj' && !CLAUSAL.has(rel(tree, w))) out.push(...phraseActors(view, tree, c, depth + 1));
      // "los ministros británico y canadiense": coordinated adjectives of origin name one actor each.
      if (r === 'amod') for (const a of tree.children[c]!) if (rel(tree, a) === 'conj') out.push(...mentionActors(view, tree, a));
      // "los cancilleres de Argentina y de Chile": a plural head with coordinated owners is one of each.
      if (OWNER.has(r) && plural(tree, w)) for (const a of tree.children[c]!) if (rel(tree, a) === 'conj') out.push(...phraseActors(view, tree, a, depth + 1));
    }
  }
  return mergeActors(out);
}

function plural(tree: SentenceTree, w: number): boolean {
  return tree.words[w]!.feats.includes('Number=Plur');
}

/** The actors of the mention over word w's token, or none. */
function mentionActors(view: SentenceView, tree: SentenceTree, w: number): EventActor[] {
  const t = tree.token[w]!;
  const mi = t >= 0 && t < view.count ? view.mention[t]! : -1;
  return mi >= 0 ? actorsAt(view, mi) : [];
}

function isRelativePronoun(tree: SentenceTree, w: number): boolean {
  const word = tree.words[w]!;
  return word.feats.includes('PronType=Rel') || (word.upos === 'PRON' && RELATIVE_LEMMAS.has(tree.lemma[w]!));
}

/** Whether the clause headed by w is passive: a passive auxiliary or subject, a reflexive passive, or a bare participle modifying a noun. */
function isPassive(tree: SentenceTree, w: number): boolean {
  // English marks its -ing form a present participle: "is attacking" is progressive, not passive.
  const participle = tree.words[w]!.feats.includes('VerbForm=Part') && !tree.words[w]!.feats.includes('Tense=Pres');
  for (const c of tree.children[w]!) {
    const d = tree.words[c]!.deprel;
    if (d === 'aux:pass' || d === 'nsubj:pass' || d === 'csubj:pass' || d === 'expl:pass') return true;
    // "fue desplegada", "were sent": ser / be with a participle is a passive whatever label the parser gave the auxiliary.
    if (participle && d === 'aux' && PASSIVE_AUX.has(tree.lemma[c]!)) return true;
  }
  return rel(tree, w) === 'acl' && participle;
}

/**
 * The word whose dependents carry a trigger's roles: a pattern may name the auxiliary or copula ("fue
 * desplegada", "fue escenario de"), whose head in UD is the content word.
 */
export function contentWord(tree: SentenceTree, w: number): number {
  for (let hops = 0; hops < 3 && w >= 0; hops++) {
    const r = rel(tree, w);
    if (r !== 'aux' && r !== 'cop') return w;
    w = tree.head[w]!;
  }
  return w;
}

/**
 * Subjects of w: a clause has one, but a parser may split a long coordinated subject into several. With
 * `transitive` (the trigger's frame takes a bare object), a lone subject after a verb that has no object
 * is that object misread ("dijo que visitará Argelia"): Spanish puts the subject after the verb mostly
 * with verbs of saying and of motion, whose frames take none.
 */
function subjectWords(tree: SentenceTree, w: number, transitive: boolean, lang: string): number[] {
  const found = tree.children[w]!.filter((c) => (rel(tree, c) === 'nsubj' || rel(tree, c) === 'csubj') && agrees(tree, w, c, lang));
  // Beside a subject before the verb, one after it is a misread object ("que el canciller visite China").
  if (found.some((c) => c < w)) return found.filter((c) => c < w);
  if (transitive && found.length && !tree.children[w]!.some((c) => rel(tree, c) === 'obj')) return [];
  return found.slice(0, 1);
}

function feature(word: { feats: string }, name: string): string | null {
  const at = word.feats.indexOf(`${name}=`);
  if (at < 0) return null;
  const end = word.feats.indexOf('|', at);
  return word.feats.slice(at + name.length + 1, end < 0 ? undefined : end);
}

/**
 * Whether a noun can be the subject of verb w: a finite verb agrees with its subject, so a first or
 * second person verb has no noun subject ("visitaré Argelia"), and a singular common noun without
 * coordination is not the subject of a plural verb, nor a plural one of a singular verb.
 */
function agrees(tree: SentenceTree, w: number, subject: number, lang: string): boolean {
  const s = tree.words[subject]!;
  // English verbs show agreement only in the present (and the treebank marks a past verb third singular
  // whatever its subject), so only Spanish is checked.
  if (lang !== 'es' || (s.upos !== 'NOUN' && s.upos !== 'PROPN')) return true;
  const verb = tree.words[contentFinite(tree, w)]!;
  if (feature(verb, 'VerbForm') !== 'Fin') return true;
  const person = feature(verb, 'Person');
  if (person === '1' || person === '2') return false;
  const vn = feature(verb, 'Number');
  const sn = feature(s, 'Number');
  // Names plural in form take a singular verb ("Estados Unidos pidió").
  if (!vn || !sn || vn === sn || s.upos === 'PROPN') return true;
  return vn === 'Plur' && tree.children[subject]!.some((c) => rel(tree, c) === 'conj');
}

/** The finite word of w's verb group: w itself, or its auxiliary ("ha firmado", "fue detenido"). */
function contentFinite(tree: SentenceTree, w: number): number {
  if (feature(tree.words[w]!, 'VerbForm') === 'Fin') return w;
  for (const c of tree.children[w]!) if ((rel(tree, c) === 'aux' || rel(tree, c) === 'cop') && feature(tree.words[c]!, 'VerbForm') === 'Fin') return c;
  return w;
}

/** A subject after the verb that subjectWords reads as the object (see there): the first nsubj after w, or -1. */
function strayObject(tree: SentenceTree, w: number, lang: string): number {
  if (subjectWords(tree, w, true, lang).some((c) => c > w)) return -1;
  return tree.children[w]!.find((c) => rel(tree, c) === 'nsubj' && c > w) ?? -1;
}

/** The subject of the clause headed by w, and whether it is the clause's own. */
function subjectOf(view: SentenceView, tree: SentenceTree, w: number, depth: number, transitive = false): { actors: EventActor[]; own: boolean } {
  const words = subjectWords(tree, w, transitive, view.tables.lang);
  if (words.length) {
    const actors: EventActor[] = [];
    for (const c of words) {
      const root = isRelativePronoun(tree, c) && depth < 4 ? clauseRelativeRoot(tree, c) : -1;
      if (root >= 0 && root !== w) actors.push(...subjectOf(view, tree, root, depth + 1).actors);
      else if (isRelativePronoun(tree, c) && rel(tree, w) === 'acl' && tree.head[w]! >= 0) actors.push(...phraseActors(view, tree, tree.head[w]!));
      else if (rel(tree, c) === 'nsubj') actors.push(...phraseActors(view, tree, c));
    }
    // "Iraq said it would allow…": a pronoun subject of a reported clause that names no one is the speaker.
    const pronouns = words.every((c) => tree.words[c]!.upos === 'PRON' && !isRelativePronoun(tree, c));
    if (actors.length || !pronouns || rel(tree, w) !== 'ccomp' || tree.head[w]! < 0 || depth >= 4) return { actors: mergeActors(actors), own: true };
    return { actors: subjectOf(view, tree, tree.head[w]!, depth + 1).actors, own: true };
  }
  const parent = tree.head[w]!;
  // "El Movimiento de … (MTA) anunció …" parsed with the noun phrase as the root and the verb beside it
  // (parataxis): a finite verb with no subject, set beside a nominal before it, is that nominal's predicate.
  if (parent >= 0 && parent < w && rel(tree, w) === 'parataxis' && tree.words[w]!.feats.includes('VerbForm=Fin')) {
    const upos = tree.words[parent]!.upos;
    if (upos === 'NOUN' || upos === 'PROPN') {
      const actors = phraseActors(view, tree, parent);
      if (actors.length) return { actors, own: true };
    }
  }
  // A complement clause in the indicative without a subject ("dijo que visitará Pekín") is most often
  // about the main clause's subject; one in the subjunctive ("pidió que retire") is about someone else.
  const reported = rel(tree, w) === 'ccomp' && !tree.words[w]!.feats.includes('Mood=Sub');
  if (parent < 0 || depth >= 4 || (!INHERITS.has(rel(tree, w)) && !reported)) return { actors: [], own: false };
  // A participle or infinitive modifying a noun ("las tropas enviadas", "la decisión de China de permitir")
  // is about that noun, or its owner.
  if (rel(tree, w) === 'acl') {
    const upos = tree.words[parent]!.upos;
    if (upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON') {
      return { actors: isPassive(tree, w) ? phraseActors(view, tree, parent) : ownerOf(view, tree, parent), own: false };
    }
  }
  const up = subjectOf(view, tree, parent, depth + 1);
  return { actors: up.actors, own: false };
}

/** The "de" / "of" owner of a noun ("la decisión de China"), or none. */
function ownerOf(view: SentenceView, tree: SentenceTree, noun: number): EventActor[] {
  for (const c of tree.children[noun]!) {
    if (rel(tree, c) !== 'nmod') continue;
    const prep = caseOf(tree, c);
    if (prep === 'de' || prep === 'of') return phraseActors(view, tree, c);
  }
  return [];
}

/**
 * Whether dependent c is its verb's direct object: a bare object, or in Spanish one of a person marked by
 * a lone "a" ("desaparecieron a un campesino"), whatever nominal label the parser gave it. A compound
 * preposition ("a manos de", "a favor de") introduces something else.
 */
function isDirectObject(tree: SentenceTree, c: number, lang: string): boolean {
  const r = rel(tree, c);
  if (r !== 'obj' && r !== 'iobj' && r !== 'obl') return false;
  const cases = tree.children[c]!.filter((k) => rel(tree, k) === 'case');
  if (cases.length === 0) return r === 'obj';
  // "a las diez" is a time, "a dos periodistas" a person.
  if (tree.words[c]!.upos !== 'NOUN' && tree.words[c]!.upos !== 'PROPN' && tree.words[c]!.upos !== 'PRON') return false;
  return lang === 'es' && cases.length === 1 && tree.lemma[cases[0]!] === 'a' && !tree.children[cases[0]!]!.some((k) => rel(tree, k) === 'fixed');
}

/** The first dependent of w (in word order) whose frame keys meet `keys`, skipping `skip` and the trigger's own words. */
function dependentFor(tree: SentenceTree, w: number, keys: readonly string[], skip: number, trigger: readonly number[] = []): number {
  if (keys.length === 0) return -1;
  for (const c of tree.children[w]!) {
    // "send aid to Sudan": the object "aid" is part of the trigger, not its recipient.
    if (c === skip || trigger.includes(c)) continue;
    if (frameKeys(tree, c).some((k) => keys.includes(k))) return c;
  }
  return -1;
}

/** The nearest verb a noun trigger is a dependent of ("anunció sanciones", "lanzó un ataque"), or -1. */
function governingVerb(tree: SentenceTree, w: number): number {
  let h = tree.head[w]!;
  for (let hops = 0; h >= 0 && hops < 3; hops++) {
    const upos = tree.words[h]!.upos;
    if (upos === 'VERB' || upos === 'AUX') return h;
    if (upos !== 'NOUN' && upos !== 'PROPN') return -1;
    h = tree.head[h]!;
  }
  return -1;
}

/** Whether word w heads a main clause: the root, or a clause coordinated with or set beside one. */
function isMain(tree: SentenceTree, w: number): boolean {
  for (let x = w, hops = 0; hops < 6; hops++) {
    const r = rel(tree, x);
    if (r === 'root') return true;
    if (r !== 'conj' && r !== 'parataxis') return false;
    x = tree.head[x]!;
    if (x < 0) return true;
  }
  return false;
}

/**
 * Whether the event headed by word w is negated: a negator among its own dependents ("no firmó", "did not
 * sign"), or, for a noun, among its verb's ("no hubo acuerdo"). A negator of another clause of the
 * sentence does not reach it.
 */
export function treeNegated(tree: SentenceTree, w: number, negators: ReadonlySet<string>): boolean {
  const upos = tree.words[w]!.upos;
  // A noun is negated with the verb it is the object of ("no hubo acuerdo", "no convocaron la huelga"),
  // not with one it is the subject of ("la huelga no tuvo efecto").
  const nominal = upos === 'NOUN' || upos === 'PROPN';
  if (nominal && hasNegator(tree, w, negators)) return true;
  if (nominal) return rel(tree, w) === 'obj' && tree.head[w]! >= 0 && treeNegated(tree, tree.head[w]!, negators);
  for (let at = w, hops = 0; at >= 0 && hops < 3; hops++) {
    if (hasNegator(tree, at, negators)) return true;
    // "no llegó a incendiarse", "no será necesario imponer": a negated predicate negates the verb it
    // controls or has as its subject (not a clause it reports: "no dijo que atacarían").
    const r = rel(tree, at);
    if (r !== 'xcomp' && r !== 'csubj') return false;
    at = tree.head[at]!;
  }
  return false;
}

/** Relations by which a clause or noun is the content of the word above it ("temen una invasión", "negó haber atacado", "el riesgo de una guerra"). */
const CONTENT_RELS = new Set(['obj', 'ccomp', 'xcomp', 'csubj', 'nmod', 'obl', 'acl']);

/**
 * Whether the event headed by word w is the content of a word the text does not vouch for (`unreal`
 * cues: what is feared, imagined, denied, doubted, rumoured, at risk): that word is a few content
 * relations above it. The fear is said; the invasion did not happen, as far as the text goes.
 */
export function unrealContent(tree: SentenceTree, w: number, unreal: ReadonlySet<string>): number {
  for (let at = w, hops = 0; at >= 0 && hops < 3; hops++) {
    if (!CONTENT_RELS.has(rel(tree, at))) return -1;
    at = tree.head[at]!;
    if (at >= 0 && (unreal.has(tree.lemma[at]!) || unreal.has(foldWord(tree.words[at]!.form)))) return at;
  }
  return -1;
}

function hasNegator(tree: SentenceTree, w: number, negators: ReadonlySet<string>): boolean {
  for (const c of tree.children[w]!) {
    if (rel(tree, c) !== 'advmod' && rel(tree, c) !== 'cc') continue;
    if (negators.has(tree.lemma[c]!) || negators.has(foldWord(tree.words[c]!.form)) || tree.words[c]!.feats.includes('Polarity=Neg')) return true;
  }
  return false;
}

/** The participants of the event whose trigger's head is word w, as the tree and the pattern's frame give them. */
export function treeRoles(view: SentenceView, tree: SentenceTree, w: number, frame: CompiledRoles, others: readonly number[] = []): TreeRoles {
  const upos = tree.words[w]!.upos;
  const nominal = upos === 'NOUN' || upos === 'PROPN';
  const passive = !nominal && isPassive(tree, w);
  const transitive = frame.recipient.includes('obj');
  let { actors: subject, own } = subjectOf(view, tree, w, 0, transitive);
  const agentPrep = AGENT_CASE[view.tables.lang] ?? 'por';
  // The agent is whatever phrase "por" / "by" introduces, whichever nominal label the parser gave it.
  const agentWord = passive ? tree.children[w]!.find((c) => tree.words[c]!.deprel === 'obl:agent' || (NOMINAL_DEPENDENT.has(rel(tree, c)) && caseOf(tree, c) === agentPrep)) ?? -1 : -1;
  const agent = agentWord >= 0 ? phraseActors(view, tree, agentWord) : [];
  const namedWord = dependentFor(tree, w, frame.actor, agentWord);
  const named = namedWord >= 0 ? phraseActors(view, tree, namedWord) : [];
  let recipientWord = dependentFor(tree, w, frame.recipient, namedWord, others);
  // A trigger of several words ("impuso sanciones a", "expresó su malestar a") may have its target hung on
  // any of them.
  for (let i = 0; recipientWord < 0 && i < others.length; i++) {
    if (others[i] !== w && others[i] !== namedWord) recipientWord = dependentFor(tree, others[i]!, frame.recipient.filter((k) => k !== 'obj'), namedWord, others);
  }
  if (recipientWord < 0 && frame.recipient.includes('obj')) recipientWord = strayObject(tree, w, view.tables.lang);
  let verb = -1;
  if (nominal) {
    // "la reunión de Sánchez con Macron", "the meeting of Putin with Xi": the parser may hang the other
    // party on the owner named after the noun rather than on the noun.
    for (const c of tree.children[w]!) {
      if (recipientWord >= 0) break;
      if (rel(tree, c) === 'nmod' && (caseOf(tree, c) === 'de' || caseOf(tree, c) === 'of')) recipientWord = dependentFor(tree, c, frame.recipient.filter((k) => k !== 'obj'), -1, others);
    }
    verb = governingVerb(tree, w);
    // "lanzó un ataque contra Kiev": the parser may hang the target on the verb rather than the noun.
    if (recipientWord < 0 && verb >= 0) recipientWord = dependentFor(tree, verb, frame.recipient.filter((k) => k !== 'obj'), -1, others);
    if (subject.length === 0 && verb >= 0) ({ actors: subject, own } = subjectOf(view, tree, verb, 0));
  }
  const recipient = recipientWord >= 0 ? phraseActors(view, tree, recipientWord) : [];
  const objectWord = nominal ? -1 : tree.children[w]!.find((c) => !others.includes(c) && isDirectObject(tree, c, view.tables.lang)) ?? -1;
  const object = objectWord === recipientWord ? recipient : objectWord >= 0 ? phraseActors(view, tree, objectWord) : [];
  const prep = recipientWord >= 0 ? caseOf(tree, recipientWord) : null;
  const between = prep === 'entre' || prep === 'between';
  return { subject, ownSubject: own, passive, agent, named, recipient, object, between, main: isMain(tree, verb >= 0 ? verb : w) };
}
