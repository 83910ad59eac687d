import type { EventActor, EventRecord, Mention, PloverType } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';
import { calendarSpan } from '../time/calendar-span.js';

/**
 * How many earlier events of the same type a new one is compared with: an article names a happening
 * again within a few paragraphs, and the bound keeps a long document's merge linear.
 */
const LOOK_BACK = 32;
/** Types whose parties act together, so "A met B" and "B met A" are one meeting. */
const SYMMETRIC = new Set<PloverType>(['CONSULT', 'COOPERATE', 'AGREE']);
export const MERGE_RULE = 'events:same-happening';
/** The trace of an event coded in another story's headline: why it is not one of the article's events. */
export const OTHER_STORY_RULE = 'events:other-story';

/** Whether two actors can be the same party: one person, or a country (or organisation) and someone of it. */
function sameParty(a: EventActor, b: EventActor, isPerson: (a: EventActor) => boolean): boolean {
  if (a.wikidata && b.wikidata) return a.wikidata === b.wikidata;
  if (a.name && b.name && a.name.toLowerCase() === b.name.toLowerCase()) return true;
  // Two people with different names are two people, even of one country and one office.
  if (isPerson(a) && isPerson(b)) return false;
  const home = a.country ?? a.org;
  return home !== null && home === (b.country ?? b.org) && (a.sector === null || b.sector === null || a.sector === b.sector);
}

function sideFits(x: readonly EventActor[], y: readonly EventActor[], isPerson: (a: EventActor) => boolean): boolean {
  return x.length === 0 || y.length === 0 || overlaps(x, y, isPerson);
}

const ownDate = (e: EventRecord): boolean => e.date !== null && e.dateFrom !== null && e.dateFrom !== 'published';

/** Dates that can be one day: either defaulted, or calendar spans that overlap ("el 4 de febrero" and "este mes"). */
function datesFit(a: EventRecord, b: EventRecord): boolean {
  if (!ownDate(a) || !ownDate(b)) return true;
  const x = calendarSpan(a.date!);
  const y = calendarSpan(b.date!);
  if (!x || !y) return a.date === b.date;
  return x.from <= y.to && y.from <= x.to;
}

/**
 * Whether two events of an article report one happening: the same type, mood and polarity, both news or
 * both background, dates that can be the same, no two different places, and on each side parties that
 * can be the same (or none named on one of them); for a meeting or an agreement, the sides may be swapped.
 */
function sameHappening(a: EventRecord, b: EventRecord, isPerson: (a: EventActor) => boolean): boolean {
  if (a.type !== b.type || a.modality !== b.modality || a.negated !== b.negated || a.background !== b.background) return false;
  if (a.location && b.location && a.location.name !== b.location.name) return false;
  if (!datesFit(a, b)) return false;
  if (sideFits(a.actor, b.actor, isPerson) && sideFits(a.recipient, b.recipient, isPerson)) return true;
  // A swap must match a party across (an actor of one is a recipient of the other), not just fit two empty sides.
  if (!SYMMETRIC.has(a.type) || !sideFits(a.actor, b.recipient, isPerson) || !sideFits(a.recipient, b.actor, isPerson)) return false;
  return overlaps(a.actor, b.recipient, isPerson) || overlaps(a.recipient, b.actor, isPerson);
}

function overlaps(x: readonly EventActor[], y: readonly EventActor[], isPerson: (a: EventActor) => boolean): boolean {
  return x.some((a) => y.some((b) => sameParty(a, b, isPerson)));
}

/** How much of who, whom, where and when a coding says: the most complete mention gives the event its coding. */
function completeness(e: EventRecord): number {
  return (e.actor.length ? 4 : 0) + (e.recipient.length ? 4 : 0) + (e.location ? 2 : 0) + (ownDate(e) ? 2 : 0) + (e.segment === 'body' ? 1 : 0) + e.confidence;
}

/** One event from two mentions of a happening: the more complete coding, with what only the other says filled in. */
function fold(a: EventRecord, b: EventRecord): EventRecord {
  const [main, other] = completeness(b) > completeness(a) ? [b, a] : [a, b];
  const merged: EventRecord = { ...main };
  if (merged.actor.length === 0) merged.actor = other.actor;
  if (merged.recipient.length === 0) merged.recipient = other.recipient;
  if (!merged.location) merged.location = other.location;
  if (!ownDate(merged) && ownDate(other)) {
    merged.date = other.date;
    merged.dateFrom = other.dateFrom;
  }
  merged.topics = [...new Set([...main.topics, ...other.topics])];
  merged.confidence = Math.max(a.confidence, b.confidence);
  merged.mentions = [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start);
  return merged;
}

/**
 * One happening, one event: the events of an article that report the same happening (its title, its
 * lead, "la liberación" later on, a quote repeating it) become one, with every mention kept. Events in
 * teasers of other stories stay apart: they are not this article's news. Ids are renumbered in text
 * order of each event's first mention.
 */
export function mergeMentions(events: readonly EventRecord[], mentions: readonly Mention[], trace: Tracer): EventRecord[] {
  const person = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.id));
  const isPerson = (a: EventActor): boolean => a.mention !== null && person.has(a.mention);
  const kept: EventRecord[] = [];
  const byType = new Map<PloverType, number[]>();
  for (const e of events) {
    if (e.segment === 'teaser') {
      trace.record(OTHER_STORY_RULE, e.trigger.start, e.trigger.end, () => `${e.rule} (${e.cameo}) is in a teaser, another story's headline (its segment rule says which cue): kept apart, never merged, left out of the article's news`);
      kept.push(e);
      continue;
    }
    const same = byType.get(e.type) ?? [];
    let into = -1;
    for (let k = same.length - 1; k >= Math.max(0, same.length - LOOK_BACK) && into < 0; k--) {
      if (sameHappening(kept[same[k]!]!, e, isPerson)) into = same[k]!;
    }
    if (into < 0) {
      byType.set(e.type, [...same, kept.length]);
      kept.push(e);
      continue;
    }
    const before = kept[into]!;
    kept[into] = fold(before, e);
    trace.record(MERGE_RULE, e.trigger.start, e.trigger.end, () => `${e.rule} (${e.cameo}) is another mention of the ${before.type} first told at ${before.mentions[0]!.start}`);
  }
  kept.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
  return kept.map((e, i) => ({ ...e, id: `e${i}` }));
}
