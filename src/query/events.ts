import { sql } from 'kysely';
import type { EventActor, EventLocation, Modality, PloverType, QuadClass, SegmentKind } from '../core/analysis.js';
import { selectIn } from '../store/save-batch.js';
import type { Store } from '../store/store.js';
import type { EventFilter } from './filter.js';
import { mergedEventMatches } from './matching.js';

/** One article's report of an event: where the merged event's evidence is. */
export interface EventSource {
  document: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The document's language (es, en, und). */
  language: string;
  /** The story (first of its near-duplicates) the article belongs to. */
  story: string;
  /** The event's id inside that document's analysis. */
  event: string;
  trigger: string;
  /** Where the trigger starts in the document's text (UTF-16 offset). */
  triggerStart: number;
  /** Index of the sentence in that document (0 is usually the title). */
  sentence: number;
  segment: SegmentKind;
  rule: string;
  confidence: number;
}

/**
 * One real event however many articles report it, coded as its first report codes it, with GDELT's
 * counts: NumMentions (every mention in every article: an article telling it three times counts three), NumArticles (stories: syndicated copies count once) and NumSources
 * (outlets by URL host; an article without a URL counts as its own source).
 */
export interface MergedEvent {
  id: number;
  type: PloverType;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quadClass: QuadClass;
  date: string | null;
  actor: EventActor[];
  recipient: EventActor[];
  location: EventLocation | null;
  modality: Modality;
  negated: boolean;
  /** Told as history, not news (EventRecord.background): only listed when the filter includes background. */
  background: boolean;
  topics: string[];
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** When the store first saw it (ISO timestamp): GDELT's DATEADDED. */
  firstSeen: string;
  sources: EventSource[];
}

const PAGE = 500;

/** Where a page of events ends: the last event's sort day and id (keyset paging, stable under inserts). */
export interface EventCursor {
  day: string;
  id: number;
}

/**
 * Up to `limit` merged events matching `filter` after `after`, in date order (undated last), and the
 * cursor of the next page (null when this one is the last). The CLI streams through it; the API hands
 * the cursor to its client.
 */
export async function eventPage(
  store: Store,
  filter: EventFilter,
  after: EventCursor | null,
  limit: number,
): Promise<{ events: MergedEvent[]; next: EventCursor | null }> {
  let q = store.db
    .selectFrom('merged_events as m')
    .select(['m.id', 'm.sort_day', 'm.first_seen'])
    .where(mergedEventMatches(store.engine, filter))
    .orderBy('m.sort_day')
    .orderBy('m.id')
    .limit(limit);
  if (after) q = q.where(sql<boolean>`(m.sort_day > ${after.day} OR (m.sort_day = ${after.day} AND m.id > ${after.id}))`);
  const page = await q.execute();
  const last = page[page.length - 1];
  const next = last && page.length === limit ? { day: last.sort_day, id: Number(last.id) } : null;
  return { events: await loadMerged(store, page.map((p) => ({ id: Number(p.id), firstSeen: p.first_seen })), filter), next };
}

/**
 * The merged events matching `filter`, in date order (undated last), streamed page by page with keyset
 * paging: memory holds one page whatever the store's size, and both engines page the same way.
 */
export async function* listEvents(store: Store, filter: EventFilter, limit = Infinity, from: EventCursor | null = null): AsyncGenerator<MergedEvent> {
  let after = from;
  let left = limit;
  while (left > 0) {
    const size = Math.min(PAGE, left);
    const { events, next } = await eventPage(store, filter, after, size);
    left -= size;
    yield* events;
    if (!next) return;
    after = next;
  }
}

async function loadMerged(store: Store, page: { id: number; firstSeen: string }[], filter: EventFilter): Promise<MergedEvent[]> {
  const { db } = store;
  const codings = await selectIn(
    page.map((p) => p.id),
    (chunk) => {
      let q = db
        .selectFrom('events as e')
        .innerJoin('documents as d', 'd.id', 'e.doc_id')
        .selectAll('e')
        .select(['d.seq', 'd.source_id', 'd.url', 'd.host', 'd.title', 'd.published', 'd.story_id', 'd.lang'])
        .where('e.merged_id', 'in', chunk as number[]);
      if (!filter.includeTeasers) q = q.where('e.segment', '<>', 'teaser');
      if (!filter.includeBackground) q = q.where('e.background', '=', 0);
      if (filter.assertedOnly) q = q.where('e.modality', '=', 'asserted').where('e.negated', '=', 0);
      return q.orderBy('d.seq').orderBy('e.id').execute();
    },
  );
  const byMerged = new Map<number, typeof codings>();
  for (const c of codings) {
    const id = Number(c.merged_id);
    const list = byMerged.get(id);
    if (list) list.push(c);
    else byMerged.set(id, [c]);
  }
  // A merged event is coded as its first report codes it: only those codings' actors are read (an
  // event reported by forty articles would otherwise read the actors of every event of all forty).
  const firstKeys = new Set([...byMerged.values()].map((list) => `${list[0]!.doc_id}\u0000${list[0]!.id}`));
  const firstDocs = [...new Set([...byMerged.values()].map((list) => list[0]!.doc_id))];
  const actorRows = await selectIn(firstDocs, (chunk) =>
    db.selectFrom('event_actors').selectAll().where('doc_id', 'in', chunk as string[]).orderBy('n').execute(),
  );
  const actorsOf = new Map<string, { actor: EventActor[]; recipient: EventActor[] }>();
  for (const a of actorRows) {
    const key = `${a.doc_id}\u0000${a.event_id}`;
    if (!firstKeys.has(key)) continue;
    let sides = actorsOf.get(key);
    if (!sides) actorsOf.set(key, (sides = { actor: [], recipient: [] }));
    sides[a.role].push({ country: a.country, org: a.org, sector: a.sector as EventActor['sector'], name: a.name, wikidata: a.wikidata, mention: a.mention });
  }
  const out: MergedEvent[] = [];
  for (const { id, firstSeen } of page) {
    const list = byMerged.get(id);
    if (!list?.length) continue;
    const first = list[0]!;
    const sides = actorsOf.get(`${first.doc_id}\u0000${first.id}`) ?? { actor: [], recipient: [] };
    const topics = new Set<string>();
    for (const c of list) for (const t of JSON.parse(c.topics) as string[]) topics.add(t);
    out.push({
      id,
      type: first.type as PloverType,
      mode: first.mode,
      cameo: first.cameo,
      goldstein: Number(first.goldstein),
      quadClass: Number(first.quad_class) as QuadClass,
      date: first.date,
      actor: sides.actor,
      recipient: sides.recipient,
      location: first.location_name
        ? { name: first.location_name, country: first.location_country, lat: first.lat === null ? null : Number(first.lat), lon: first.lon === null ? null : Number(first.lon) }
        : null,
      modality: first.modality as Modality,
      negated: Boolean(first.negated),
      background: Boolean(first.background),
      topics: [...topics],
      numMentions: list.reduce((n, c) => n + Number(c.mentions), 0),
      numArticles: new Set(list.map((c) => c.story_id)).size,
      numSources: new Set(list.map((c) => c.host ?? `story:${c.story_id}`)).size,
      firstSeen,
      sources: list.map((c) => ({
        document: c.doc_id,
        sourceId: c.source_id,
        url: c.url,
        title: c.title,
        published: c.published,
        language: c.lang,
        story: c.story_id,
        event: c.id,
        trigger: c.trigger_text,
        triggerStart: Number(c.trigger_start),
        sentence: Number(c.sentence),
        segment: c.segment as SegmentKind,
        rule: c.rule,
        confidence: Number(c.confidence),
      })),
    });
  }
  return out;
}
