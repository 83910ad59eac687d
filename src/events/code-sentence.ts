import type { EventActor, EventRecord, SegmentKind, TimeExpr } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';
import { topicsInTokens } from '../topics/span-topics.js';
import { bestMatches, type Match } from './match.js';
import { futureOrSubjunctive, headTags, moodOf } from './modality.js';
import { treeCue, treeTags } from './tree-mood.js';
import { actorFromContext, impersonalSe } from './impersonal.js';
import { inEventSense } from './senses.js';
import { notAnEventWord } from './name-or-date.js';
import { actorsAt, clauseAround, complementAfter, mergeActors, subjectBefore } from './roles.js';
import type { Pattern } from './tables.js';
import { contentWord, treeNegated, treeRoles, unrealContent } from './tree-roles.js';
import type { SentenceTree } from '../syntax/sentence-tree.js';
import type { SentenceView } from './view.js';
import { isBackground, pastPerfect } from './background.js';
import { clauseDate } from './clause-date.js';
import { subjectBeforeQuote } from './quoted-predicate.js';
import { dateOf, placeOf, publishedDate } from './when-where.js';

/** How many words after a governing trigger ("rechazó", "amenazó con") its content event may start. */
const GOVERN_REACH = 8;
/** Verb tags of a content event a governor takes in ("rechazó firmar", "exigió que liberen"); a finite verb starts a new event. */
const NON_FINITE = new Set(['inf', 'ger', 'subj', 'part']);
const TRANSPARENT_DE = new Set(['de', 'of']);
const ACCENTED = /[áéíóúÁÉÍÓÚ]/;
/**
 * A written accent with two vowel groups after it ("crítico", "diálogo", "término"): Spanish verbs stress
 * that far back only before -mos or an enclitic pronoun, so such a word is a noun or adjective, never the
 * verb form its folded spelling equals ("critico", "dialogo", "termino").
 */
const STRESSED_EARLY = /[áéíóú][^aeiouáéíóúü]*[aeiouü]+[^aeiouáéíóúü]+[aeiouü]/i;
const VERB_ENDING_STRESSED_EARLY = /(?:mos|se|me|te|nos|os|le|les|lo|los|la|las)$/i;
const NO_WORDS: ReadonlySet<string> = new Set();
const LOW_CONFIDENCE_PARTS = new Set<SegmentKind>(['fragment', 'teaser', 'caption']);

export interface SentenceContext {
  view: SentenceView;
  segment: SegmentKind;
  times: readonly TimeExpr[];
  /** The subject carried from the previous sentence, for a subject dropped at the start of this one (worked out on demand). */
  carried: () => EventActor[];
  trace: Tracer;
  nextId: () => string;
  /** The sentence's dependency tree (parsed on first use), or null when the language has no syntax model. */
  tree: () => SentenceTree | null;
}

interface Coded {
  match: Match<Pattern>;
  cameo: string;
  suppressed: boolean;
}

/** Whether `content` is what `governor` governs: close after it, with no boundary between, and not a finite verb of its own. */
function governs(view: SentenceView, governor: Match<Pattern>, content: Match<Pattern>): boolean {
  if (content.first <= governor.last || content.first - governor.last > GOVERN_REACH) return false;
  for (let j = governor.last + 1; j < content.first; j++) if (view.boundary[j]) return false;
  const head = content.at[content.item.head] ?? content.first;
  const tags = view.tables.verbTags.get(view.norm[head]!);
  if (!tags || !view.tables.verbMarkers.has(view.norm[head]!)) return true;
  return tags.some((t) => NON_FINITE.has(t)) || headTags(view, head, true).includes('fut');
}

/** Whether an auxiliary of this kind ends at most two tokens before `head`. */
function auxBefore(view: SentenceView, kind: 'aux-passive' | 'aux-perfect', head: number): boolean {
  return (view.cues.get(kind) ?? []).some((a) => a.last < head && head - a.last <= 2);
}

/** An infinitive after a purpose cue, or a gerund: the head of an adjunct, not of a clause of its own. */
function isAdjunct(view: SentenceView, m: Match<Pattern>): boolean {
  const head = m.at[m.item.head] ?? m.first;
  const tags = view.tables.verbTags.get(view.norm[head]!) ?? [];
  if (tags.length === 1 && tags[0] === 'ger') {
    // "sigue negociando", "estaban manteniendo": a gerund completing an auxiliary is the clause's own verb.
    return !(view.cues.get('aux-progressive') ?? []).some((c) => c.last < head && head - c.last <= 2);
  }
  if (!tags.includes('inf')) return false;
  return (view.cues.get('purpose') ?? []).some((c) => c.last < head && head - c.last <= 2);
}

/** "la decisión de China de permitir": the actor of an infinitive that complements a noun is that noun's "de" phrase. */
function ownerOfInfinitive(view: SentenceView, first: number): EventActor[] | null {
  if (first < 2 || !TRANSPARENT_DE.has(view.norm[first - 1]!)) return null;
  for (let j = first - 2; j >= Math.max(0, first - 5); j--) {
    if (view.boundary[j] || view.comma[j]) return null;
    const mi = view.mention[j]!;
    if (mi >= 0) return actorsAt(view, mi);
  }
  return null;
}

/**
 * A verb pattern whose head is a form that is also a noun, right after a determiner or preposition ("la
 * protesta", "una visita"), or after "de"/"of", which no finite verb follows ("marchas de apoyo"): the
 * word is the noun, and a noun pattern may claim it instead.
 */
function readsAsNoun(view: SentenceView, m: Match<Pattern>): boolean {
  if (!m.item.verbal) return false;
  const { tables } = view;
  const head = m.at[m.item.head] ?? m.first;
  const raw = view.doc.tokens[view.offset + head]!.text;
  if (STRESSED_EARLY.test(raw) && !VERB_ENDING_STRESSED_EARLY.test(raw)) return true;
  if (head === 0) return false;
  const form = view.norm[head]!;
  const tags = tables.verbTags.get(form);
  if (!tables.nominal.has(form) && !(tags !== undefined && tags.length === 1 && tags[0] === 'part')) return false;
  const before = view.norm[head - 1]!;
  return tables.words.get('det')?.has(before) === true || tables.words.get('prep')?.has(before) === true || TRANSPARENT_DE.has(before);
}

/** The last token of the mentions the actors came from. */
function lastTokenOf(view: SentenceView, actors: readonly EventActor[]): number {
  let last = -1;
  for (let i = 0; i < view.count; i++) {
    const mi = view.mention[i]!;
    if (mi >= 0 && actors.some((a) => a.mention === view.doc.mentions[mi]!.id)) last = i;
  }
  return last;
}

function actorKey(list: readonly EventActor[]): string {
  return list.map((a) => `${a.country}/${a.org}/${a.name}`).sort().join('+');
}

/** Codes the events of one sentence, appending them to `out`; returns the subject to carry to the next sentence. */
export function codeSentence(ctx: SentenceContext, out: EventRecord[]): () => EventActor[] {
  const { view } = ctx;
  const { tables } = view;
  const matches = bestMatches(tables.patterns, view, 0, view.count, (p) => p.cameo === '-', (m) => !readsAsNoun(view, m) && !notAnEventWord(view, m, ctx.times, ctx.trace));
  if (matches.length === 0) return carryFrom(() => view, ctx.carried);
  const coded: Coded[] = matches.map((m) => {
    // In a text that writes accents, "rechazo" is the noun, not "rechazó".
    // Capitals often drop accents, so a word in capitals is not judged by its missing accent.
    const head = m.at[m.item.head] ?? m.first;
    const raw = view.doc.tokens[view.offset + head]!.text;
    const unaccented = view.accentedText && tables.accented.has(view.norm[head]!) && !ACCENTED.test(raw) && raw !== raw.toUpperCase();
    return { match: m, cameo: m.item.cameo, suppressed: unaccented || m.item.cameo === '-' || !inEventSense(view, ctx.tree, m, ctx.trace) };
  });
  // Nouns coordinated right after another trigger ("nuevas marchas y protestas") name the same event.
  for (let i = 1; i < coded.length; i++) {
    const c = coded[i]!;
    if (c.match.item.verbal) continue;
    const prev = coded.slice(0, i).reverse().find((x) => !x.suppressed);
    if (!prev || c.match.first - prev.match.last > 2) continue;
    let joined = true;
    for (let j = prev.match.last + 1; j < c.match.first; j++) joined &&= view.comma[j]! || tables.words.get('coord')?.has(view.norm[j]!) === true;
    if (joined) c.suppressed = true;
  }
  for (const g of coded) {
    if (g.suppressed || g.match.item.roles.governs === 'none') continue;
    for (const c of coded) {
      if (c === g || c.suppressed || c.match.item.cameo === '-' || !governs(view, g.match, c.match)) continue;
      c.suppressed = true;
      const root = c.match.item.cameo.slice(0, 2);
      const info = tables.cameo[c.match.item.cameo];
      if (g.match.item.roles.governs === 'threat' && info?.threat) g.cameo = info.threat;
      else if (g.cameo.startsWith('03') && info?.intent && root !== '03') g.cameo = info.intent;
      ctx.trace.record(`events:governs`, view.doc.tokens[view.offset + c.match.first]!.start, view.doc.tokens[view.offset + c.match.last]!.end, () => `${c.match.item.id} is the content of ${g.match.item.id}`);
    }
  }
  // A sentence that reports an action by a verb uses its event nouns as background ("dispersó la protesta").
  // An event noun inside a clause whose verb reports an event is its background ("dispersó la protesta"),
  // unless the pattern says the noun stands on its own (a strike is an event wherever it is named).
  const verbal = coded.filter((c) => !c.suppressed && c.match.item.verbal);
  const verbalClauses = verbal.map((c) => clauseAround(view, c.match.at[c.match.item.head] ?? c.match.first));
  for (const c of coded) {
    if (c.match.item.verbal || c.suppressed) continue;
    if (!c.match.item.roles.stands && verbalClauses.some((k) => k.start <= c.match.first && c.match.last < k.end)) c.suppressed = true;
  }
  // An aim ("para exigir", "a fin de negociar") or a gerund beside a finite report ("marcharon exigiendo") belongs to that report.
  const finite = coded.filter((c) => !c.suppressed && c.match.item.verbal && !isAdjunct(view, c.match));
  if (finite.length) for (const c of coded) if (!c.suppressed && c.match.item.verbal && isAdjunct(view, c.match)) c.suppressed = true;
  const firstOut = out.length;
  let lastSubject: EventActor[] = [];
  for (const c of coded) {
    if (c.suppressed) continue;
    const m = c.match;
    const p = m.item;
    const head = m.at[p.head] ?? m.first;
    const clause = clauseAround(view, head);
    const tree = ctx.tree();
    const word = tree ? contentWord(tree, tree.wordAt[head]!) : -1;
    // Tense, mood and modal verbs from the tree where there is one; from the word's ending and the words before it otherwise.
    const parsed = tree !== null && word >= 0;
    const spelt = headTags(view, head, clause.opener === 'sub');
    const tags = parsed ? treeTags(tree, word, futureOrSubjunctive(view, head)) : spelt;
    const cued = moodOf(view, head, m.last, clause, tags, parsed ? (kind) => treeCue(view, tree, word, kind) : undefined);
    // The tree scopes a negator to its own verb; without one, a negator a few words before the trigger counts.
    const mood = tree && word >= 0 ? { ...cued, negated: treeNegated(tree, word, tables.words.get('neg') ?? NO_WORDS) } : cued;
    // What is feared, imagined or denied is not asserted to have happened: at most hypothetical.
    const unreal = tree && word >= 0 ? unrealContent(tree, word, tables.words.get('unreal') ?? NO_WORDS) : -1;
    if (unreal >= 0) {
      mood.modality = 'hypothetical';
      ctx.trace.record('events:unreal-content', view.doc.tokens[view.offset + head]!.start, view.doc.tokens[view.offset + head]!.end, () => `${p.id} is the content of "${tree!.words[unreal]!.form}": hypothetical`);
    }
    let cameo = c.cameo;
    let info = tables.cameo[cameo];
    // CAMEO codes a stated intention to cooperate as 03x, and one of conflict (or a conditional one) as 13x.
    // Not for content nobody vouches for: a feared attack is no one's threat.
    const foreseen = unreal < 0 && (mood.modality === 'intended' || (mood.modality === 'hypothetical' && (tags.includes('fut') || tags.includes('cond'))));
    if (info && foreseen && !cameo.startsWith('03') && !cameo.startsWith('13')) {
      const to = info.intent ?? info.threat;
      if (to && tables.cameo[to]) {
        cameo = to;
        info = tables.cameo[to];
      }
    }
    if (!info) continue;
    // The spelling, not the parse, says whether a form can only be a participle ("detenidos"; "called" may be a past).
    const bareParticiple = spelt.length === 1 && spelt[0] === 'part' && !auxBefore(view, 'aux-passive', head) && !auxBefore(view, 'aux-perfect', head);
    // A bare participle describes ("un joven, acusado de robo"); only a deed reported that way ("tres detenidos") is an event.
    // A compound tense ("ha rechazado", "has criticised") is the clause's own verb, not a bare participle.
    if (bareParticiple && (info.quadClass === 1 || info.quadClass === 3)) continue;
    let subject: EventActor[];
    let actor: EventActor[];
    let recipient: EventActor[];
    let passive: boolean;
    let carried = false;
    if (tree && word >= 0) {
      // Roles from the dependency tree: subject, object and the frame's prepositions, voice from the auxiliaries.
      const others: number[] = [];
      for (const t of m.at) if (t >= 0 && tree.wordAt[t]! >= 0) others.push(tree.wordAt[t]!);
      const roles = treeRoles(view, tree, word, p.roles, others);
      passive = roles.passive;
      subject = roles.subject;
      const impersonal = tables.lang === 'es' && impersonalSe(tree, word, others);
      // A tree that gives the trigger no subject at all may be a misparse (a verb tagged as an adjective,
      // a name as an adverb): the ungoverned mentions before it in its clause stand in, as a fallback.
      let fallback = false;
      if (!impersonal && subject.length === 0 && !roles.ownSubject && !passive) {
        subject = subjectBefore(view, head);
        if (subject.length === 0) subject = subjectBeforeQuote(view, head);
        fallback = subject.length > 0;
      }
      if (!impersonal && subject.length === 0 && !roles.ownSubject && roles.main && !passive) {
        subject = ctx.carried();
        carried = subject.length > 0;
      }
      // A verb whose subject is its victim ("tres personas desaparecieron") used with a direct object
      // ("desaparecieron a un campesino") is active: the subject did it to the object.
      const transitiveUse = p.roles.subjectIsRecipient && !passive && roles.object.length > 0;
      if (impersonal) {
        // "se detuvo a tres dirigentes": the noun after the verb is the one acted on; who acted is the
        // context's (never the grammatical subject, nor by default the previous sentence's subject).
        actor = roles.agent.length ? roles.agent : actorFromContext(out, cameo.slice(0, 2), view.sentence);
        carried = roles.agent.length === 0 && actor.length > 0;
        recipient = mergeActors([...subject, ...(roles.recipient.length ? roles.recipient : roles.object)]);
        passive = true;
        const from = carried ? 'from the latest event of the same kind in the article' : roles.agent.length ? 'from its agent' : 'left unsaid';
        ctx.trace.record('events:impersonal-se', view.doc.tokens[view.offset + head]!.start, view.doc.tokens[view.offset + head]!.end, () => `${p.id} with an impersonal "se": actor ${from}`);
      } else if (p.roles.subjectIsActor) {
        actor = roles.agent.length ? roles.agent : subject;
        recipient = roles.recipient;
      } else if (passive || (p.roles.subjectIsRecipient && !transitiveUse)) {
        actor = roles.agent;
        recipient = subject;
      } else {
        actor = roles.named.length ? roles.named : subject;
        recipient = transitiveUse ? roles.object : roles.recipient;
      }
      // "la reunión entre los cancilleres de Chile y Perú": the phrase names all the parties; the first is the actor.
      if (roles.between && recipient.length >= 2) [actor, recipient] = [recipient.slice(0, 1), recipient.slice(1)];
      ctx.trace.record(tree.model, view.doc.tokens[view.offset + head]!.start, view.doc.tokens[view.offset + head]!.end, () => `roles of ${p.id} from the tree: head ${tree.words[word]!.form} (${tree.words[word]!.deprel})${passive ? ', passive' : ''}${fallback ? ', subject by the word-order fallback' : ''}`);
    } else {
      // No tree (no syntax model for the language): the clause is read by scanning words around the trigger.
      ctx.trace.record('events:no-tree', view.doc.tokens[view.offset + head]!.start, view.doc.tokens[view.offset + head]!.end, () => `roles and mood of ${p.id} by word order: no tree for this sentence`);
      passive =
        (tags.includes('part') && !tags.some((t) => t === 'pres' || t === 'past') && !auxBefore(view, 'aux-perfect', head)) ||
        (tables.lang === 'en' && tags.includes('part') && auxBefore(view, 'aux-passive', head));
      subject = tags.includes('inf') ? ownerOfInfinitive(view, m.first) ?? subjectBefore(view, head) : subjectBefore(view, head);
      if (subject.length === 0 && clause.opener === 'start' && !passive) {
        subject = ctx.carried();
        carried = subject.length > 0;
      }
      const agentPreps = tables.lang === 'en' ? ['by'] : ['por'];
      if (p.roles.subjectIsActor) {
        actor = subject;
        recipient = complementAfter(view, head, clause.end, p.roles.recipient);
      } else if (passive || p.roles.subjectIsRecipient) {
        actor = complementAfter(view, m.last, clause.end, agentPreps);
        recipient = subject;
      } else {
        const named = p.roles.actor.length ? complementAfter(view, m.last, clause.end, p.roles.actor) : [];
        actor = named.length ? named : subject;
        // Recipients may sit inside a gapped trigger ("permitirá a los rusos entrar"): look from the head on.
        recipient = complementAfter(view, named.length ? lastTokenOf(view, named) : head, clause.end, p.roles.recipient);
      }
    }
    if (!passive && !p.roles.subjectIsRecipient) lastSubject = subject;
    if (p.roles.mutual && actor.length + recipient.length < 2) continue;
    const actorIds = new Set(actor.map((a) => a.mention));
    recipient = recipient.filter((r) => !actorIds.has(r.mention) && !actor.some((a) => a.country !== null && a.country === r.country && a.name === r.name));
    const docFirst = view.offset + m.first;
    const docLast = view.offset + m.last;
    const start = view.doc.tokens[docFirst]!.start;
    const end = view.doc.tokens[docLast]!.end;
    // The tree dates an event from its own clause; without one, the nearest expression of its clause or sentence.
    const when = tree && word >= 0 ? (clauseDate(view, tree, word, ctx.times) ?? publishedDate(view)) : dateOf(view, ctx.times, clause.start, clause.end, head);
    const background = isBackground(when.date, when.dateFrom, view.doc.published?.value ?? null, tree !== null && word >= 0 && pastPerfect(tree, word));
    let confidence = p.confidence * (actor.length ? 1 : 0.8) * (carried ? 0.9 : 1) * (LOW_CONFIDENCE_PARTS.has(ctx.segment) ? 0.8 : 1);
    confidence = Math.round(confidence * 100) / 100;
    const record: EventRecord = {
      id: '',
      type: info.type,
      mode: info.mode,
      cameo,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      actor,
      recipient,
      date: when.date,
      dateFrom: when.dateFrom,
      location: placeOf(view, clause.start, clause.end, head, actor),
      modality: mood.modality,
      negated: mood.negated,
      sentence: view.sentence,
      segment: ctx.segment,
      trigger: { start, end, text: view.doc.text.slice(start, end) },
      topics: topicsInTokens(view.doc, view.offset + clause.start, view.offset + Math.max(clause.start, clause.end - 1)),
      rule: p.id,
      confidence,
      background,
      mentions: [{ start, end, text: view.doc.text.slice(start, end), sentence: view.sentence, segment: ctx.segment, rule: p.id, cameo }],
    };
    // The same action said twice in one sentence ("se manifestaron en una marcha") is one event: same
    // root and mood, and the same parties or none named on one side (the one with parties is kept).
    const root = cameo.slice(0, 2);
    const parties = `${actorKey(actor)}|${actorKey(recipient)}`;
    let duplicate = false;
    for (let i = firstOut; i < out.length && !duplicate; i++) {
      const e = out[i]!;
      if (e.cameo.slice(0, 2) !== root || e.modality !== mood.modality || e.negated !== mood.negated || e.background !== background) continue;
      const theirs = `${actorKey(e.actor)}|${actorKey(e.recipient)}`;
      if (theirs === parties || parties === '|') {
        e.mentions.push(...record.mentions);
        duplicate = true;
      } else if (theirs === '|') {
        record.id = e.id;
        record.mentions = [...e.mentions, ...record.mentions].sort((a, b) => a.start - b.start);
        out[i] = record;
        duplicate = true;
      }
    }
    if (duplicate) continue;
    record.id = ctx.nextId();
    out.push(record);
    ctx.trace.record(p.id, start, end, () => `${record.type} ${cameo} ${actorKey(actor) || '?'} -> ${actorKey(recipient) || '?'} ${mood.modality}${mood.negated ? ' negated' : ''}`);
  }
  return lastSubject.length ? () => lastSubject : carryFrom(() => view, () => []);
}

/** The subject a sentence hands to the next one: its last clause's, else what it was handed itself (computed once, if asked). */
export function carryFrom(viewOf: () => SentenceView, previous: () => EventActor[]): () => EventActor[] {
  let memo: EventActor[] | null = null;
  return () => {
    if (memo === null) {
      const view = viewOf();
      const own = subjectBefore(view, view.count);
      memo = own.length ? own : previous();
    }
    return memo;
  };
}
