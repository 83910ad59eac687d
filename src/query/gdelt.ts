import type { EventActor } from '../core/analysis.js';
import { actorCode } from '../store/actor-code.js';
import { fipsOf } from './crosswalk.js';
import type { EventSource, MergedEvent } from './events.js';
import { gdeltColumns, gdeltMentionColumns, type GdeltColumn } from './gdelt-columns.js';
import { urlHost } from './url-host.js';

export type Cell = string | number | null;

/** One side of a GDELT row: at most one actor each, where Atalaya may code several acting together. */
export interface ActorPair {
  actor: EventActor | null;
  recipient: EventActor | null;
}

/** Pairs per event at most, so that `id * PAIRS + k` stays unique (GDELT ids are integers). */
export const PAIRS = 1000;

/**
 * The actor pairs GDELT would code an event as, one row each: every actor with every recipient; with no
 * recipient, every two actors acting together (a meeting of RUS and CHN is RUS with CHN); a lone actor or
 * recipient alone. Cut at PAIRS so ids stay unique.
 */
export function actorPairs(e: MergedEvent): ActorPair[] {
  const pairs: ActorPair[] = [];
  if (e.recipient.length === 0 && e.actor.length > 1) {
    for (let i = 0; i < e.actor.length; i++) for (let j = i + 1; j < e.actor.length; j++) pairs.push({ actor: e.actor[i]!, recipient: e.actor[j]! });
  } else {
    const actors = e.actor.length ? e.actor : [null];
    const recipients = e.recipient.length ? e.recipient : [null];
    for (const actor of actors) for (const recipient of recipients) pairs.push({ actor, recipient });
  }
  return pairs.slice(0, PAIRS);
}

/** An event GDELT would list: asserted by its report and not negated (GDELT has no column to say otherwise). */
export const isAsserted = (e: MergedEvent): boolean => e.modality === 'asserted' && !e.negated;

export interface GdeltRow {
  e: MergedEvent;
  pair: ActorPair;
  /** GLOBALEVENTID: the event's id × PAIRS + the pair's index. */
  id: number;
}

const firstUrl = (e: MergedEvent): string => e.sources[0]?.url ?? e.sources[0]?.sourceId ?? e.sources[0]?.document ?? '';
/** The event's day, else the first report's publication day: GDELT needs one for every row. */
const dayOrPublished = (e: MergedEvent): string | null => e.date?.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/)?.[0] ?? e.sources[0]?.published ?? null;
const dateAdded = (e: MergedEvent): string => e.firstSeen.replace(/\D/g, '').slice(0, 14);

const side = (x: EventActor | null, field: 'code' | 'name' | 'country' | 'org' | 'sector'): Cell => {
  if (!x) return null;
  return field === 'code' ? actorCode(x) : x[field];
};

/**
 * GDELT 2.0 event columns by name. Actor columns keep ISO-3 country codes, as GDELT's CAMEO actor codes
 * do; geo columns carry FIPS 10-4, as GDELT's do. Fields Atalaya does not code (ethnic and religion
 * codes, tone, the actors' own locations, ADM codes) are left empty, as GDELT leaves unknown fields.
 */
export const GDELT_FIELDS: Record<string, (r: GdeltRow) => Cell> = {
  GLOBALEVENTID: (r) => r.id,
  SQLDATE: (r) => dayOrPublished(r.e)?.replace(/-/g, '') ?? null,
  MonthYear: (r) => dayOrPublished(r.e)?.slice(0, 7).replace('-', '') ?? null,
  Year: (r) => dayOrPublished(r.e)?.slice(0, 4) ?? null,
  FractionDate: (r) => {
    const d = dayOrPublished(r.e);
    return d ? (Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) * 30 + Number(d.slice(8, 10))) / 365).toFixed(4) : null;
  },
  Actor1Code: (r) => side(r.pair.actor, 'code'),
  Actor1Name: (r) => side(r.pair.actor, 'name'),
  Actor1CountryCode: (r) => side(r.pair.actor, 'country'),
  Actor1KnownGroupCode: (r) => side(r.pair.actor, 'org'),
  Actor1EthnicCode: () => null,
  Actor1Religion1Code: () => null,
  Actor1Religion2Code: () => null,
  Actor1Type1Code: (r) => side(r.pair.actor, 'sector'),
  Actor1Type2Code: () => null,
  Actor1Type3Code: () => null,
  Actor2Code: (r) => side(r.pair.recipient, 'code'),
  Actor2Name: (r) => side(r.pair.recipient, 'name'),
  Actor2CountryCode: (r) => side(r.pair.recipient, 'country'),
  Actor2KnownGroupCode: (r) => side(r.pair.recipient, 'org'),
  Actor2EthnicCode: () => null,
  Actor2Religion1Code: () => null,
  Actor2Religion2Code: () => null,
  Actor2Type1Code: (r) => side(r.pair.recipient, 'sector'),
  Actor2Type2Code: () => null,
  Actor2Type3Code: () => null,
  // Reported in the title or lead (the first three sentences), as GDELT's root events are.
  IsRootEvent: (r) => (r.e.sources.some((s) => s.sentence <= 2) ? 1 : 0),
  EventCode: (r) => r.e.cameo,
  EventBaseCode: (r) => r.e.cameo.slice(0, 3),
  EventRootCode: (r) => r.e.cameo.slice(0, 2),
  QuadClass: (r) => r.e.quadClass,
  GoldsteinScale: (r) => r.e.goldstein,
  NumMentions: (r) => r.e.numMentions,
  NumSources: (r) => r.e.numSources,
  NumArticles: (r) => r.e.numArticles,
  AvgTone: () => null,
  Actor1Geo_Type: () => null,
  Actor1Geo_FullName: () => null,
  Actor1Geo_CountryCode: () => null,
  Actor1Geo_ADM1Code: () => null,
  Actor1Geo_ADM2Code: () => null,
  Actor1Geo_Lat: () => null,
  Actor1Geo_Long: () => null,
  Actor1Geo_FeatureID: () => null,
  Actor2Geo_Type: () => null,
  Actor2Geo_FullName: () => null,
  Actor2Geo_CountryCode: () => null,
  Actor2Geo_ADM1Code: () => null,
  Actor2Geo_ADM2Code: () => null,
  Actor2Geo_Lat: () => null,
  Actor2Geo_Long: () => null,
  Actor2Geo_FeatureID: () => null,
  // 1 = a country, 4 = a place with coordinates (GDELT's geo types; no ADM1 resolution here).
  ActionGeo_Type: (r) => (r.e.location ? (r.e.location.lat !== null ? 4 : 1) : null),
  ActionGeo_FullName: (r) => r.e.location?.name ?? null,
  ActionGeo_CountryCode: (r) => fipsOf(r.e.location?.country ?? null),
  ActionGeo_ADM1Code: () => null,
  ActionGeo_ADM2Code: () => null,
  ActionGeo_Lat: (r) => r.e.location?.lat ?? null,
  ActionGeo_Long: (r) => r.e.location?.lon ?? null,
  ActionGeo_FeatureID: () => null,
  DATEADDED: (r) => dateAdded(r.e),
  SOURCEURL: (r) => firstUrl(r.e),
};

export interface GdeltMention {
  e: MergedEvent;
  id: number;
  source: EventSource;
}

/**
 * GDELT 2.0 Mentions columns by name: one row per article reporting the event. Offsets of the actors are
 * -1 (GDELT's "not found": the export does not carry mention offsets); the action offset is the trigger's.
 */
export const GDELT_MENTION_FIELDS: Record<string, (m: GdeltMention) => Cell> = {
  GLOBALEVENTID: (m) => m.id,
  EventTimeDate: (m) => dateAdded(m.e),
  MentionTimeDate: (m) => (m.source.published ? `${m.source.published.replace(/-/g, '')}000000` : dateAdded(m.e)),
  // 1 = WEB (the identifier is a URL), 2 = CITATIONONLY (a file or feed item without one).
  MentionType: (m) => (m.source.url ? 1 : 2),
  MentionSourceName: (m) => urlHost(m.source.url) ?? m.source.sourceId ?? m.source.document,
  MentionIdentifier: (m) => m.source.url ?? m.source.sourceId ?? m.source.document,
  SentenceID: (m) => m.source.sentence + 1,
  Actor1CharOffset: () => -1,
  Actor2CharOffset: () => -1,
  ActionCharOffset: (m) => m.source.triggerStart,
  InRawText: () => 1,
  Confidence: (m) => Math.round(m.source.confidence * 100),
  MentionDocLen: () => null,
  MentionDocTone: () => null,
  // Blank: Atalaya reads Spanish and English natively, nothing was machine-translated.
  MentionDocTranslationInfo: () => null,
  Extras: () => null,
};

/** A GDELT field value as it appears in the tab-separated files: no tabs or newlines inside. */
export const tsvCell = (v: Cell): string => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** The getters of `columns` in file order, failing at once if the data file names a column with no mapping. */
export function gettersFor<T>(columns: readonly GdeltColumn[], fields: Record<string, (r: T) => Cell>, file: string): Array<(r: T) => Cell> {
  return columns.map((c) => {
    const get = fields[c.name];
    if (!get) throw new Error(`GDELT column ${c.name} (${file}) has no value mapping`);
    return get;
  });
}

/** The GDELT rows of one event: one per actor pair, none for an event GDELT would not list unless `allModalities`. */
export function gdeltRows(e: MergedEvent, allModalities: boolean): GdeltRow[] {
  if (!allModalities && !isAsserted(e)) return [];
  return actorPairs(e).map((pair, k) => ({ e, pair, id: e.id * PAIRS + k }));
}

export const gdeltEventGetters = (): Array<(r: GdeltRow) => Cell> => gettersFor(gdeltColumns(), GDELT_FIELDS, 'build/gdelt-events2-columns.json');
export const gdeltMentionGetters = (): Array<(m: GdeltMention) => Cell> =>
  gettersFor(gdeltMentionColumns(), GDELT_MENTION_FIELDS, 'build/gdelt-mentions-columns.json');

/** The Mentions rows of one event: every report of it, under each of its GDELT rows' ids. */
export function gdeltMentions(e: MergedEvent, allModalities: boolean): GdeltMention[] {
  return gdeltRows(e, allModalities).flatMap((r) => e.sources.map((source) => ({ e, id: r.id, source })));
}
