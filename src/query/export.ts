import type { EventActor } from '../core/analysis.js';
import { actorCode } from '../store/actor-code.js';
import type { MergedEvent } from './events.js';
import { gdeltColumns } from './gdelt-columns.js';

export const EVENT_FORMATS = ['table', 'jsonl', 'csv', 'gdelt', 'polecat'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Writes a stream of events in one format: a head, one chunk per event, a tail. */
export interface EventWriter {
  begin(): string;
  row(e: MergedEvent, index: number): string;
  end(count: number): string;
}

const SPACES = /\s+/g;
/** One table cell: on one line, cut to `n` characters. */
const clip = (raw: string, n: number): string => {
  const s = raw.replace(SPACES, ' ');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};
const codes = (xs: EventActor[]): string => xs.map((x) => actorCode(x) ?? x.name ?? '?').join('+');
const names = (xs: EventActor[]): string => xs.map((x) => x.name ?? actorCode(x) ?? '?').join('; ');
const firstUrl = (e: MergedEvent): string => e.sources[0]?.url ?? e.sources[0]?.sourceId ?? e.sources[0]?.document ?? '';
/** The event's day, else the first report's publication day: GDELT needs one for every row. */
const dayOrPublished = (e: MergedEvent): string | null => e.date?.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/)?.[0] ?? e.sources[0]?.published ?? null;

function who(xs: EventActor[]): string {
  if (xs.length === 0) return '?';
  return xs.map((x) => [actorCode(x), x.name].filter(Boolean).join(' ') || '?').join(' + ');
}

const table: EventWriter = {
  begin: () => `${'DATE'.padEnd(11)}${'TYPE'.padEnd(15)}${'ACTOR -> RECIPIENT'.padEnd(58)}${'ART'.padStart(4)}${'SRC'.padStart(4)}  EVIDENCE\n`,
  row(e) {
    const mood = [e.negated ? 'not' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(',');
    const type = `${e.type} ${e.cameo}${mood ? ` (${mood})` : ''}`;
    const src = e.sources[0];
    const evidence = src ? `«${clip(src.trigger, 30)}» ${clip(src.url ?? src.sourceId ?? src.document, 50)}` : '';
    return `${(e.date ?? '????-??-??').slice(0, 10).padEnd(11)}${clip(type, 14).padEnd(15)}${clip(`${who(e.actor)} -> ${who(e.recipient)}`, 57).padEnd(58)}${String(e.numArticles).padStart(4)}${String(e.numSources).padStart(4)}  ${evidence}\n`;
  },
  end: (n) => `${n} event${n === 1 ? '' : 's'}\n`,
};

const jsonl: EventWriter = { begin: () => '', row: (e) => `${JSON.stringify(e)}\n`, end: () => '' };

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS: Array<[string, (e: MergedEvent) => string | number | boolean | null]> = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['type', (e) => e.type],
  ['mode', (e) => e.mode],
  ['cameo', (e) => e.cameo],
  ['quad_class', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein],
  ['actor_codes', (e) => codes(e.actor)],
  ['actor_names', (e) => names(e.actor)],
  ['recipient_codes', (e) => codes(e.recipient)],
  ['recipient_names', (e) => names(e.recipient)],
  ['location', (e) => e.location?.name ?? null],
  ['modality', (e) => e.modality],
  ['negated', (e) => e.negated],
  ['topics', (e) => e.topics.join(';')],
  ['num_mentions', (e) => e.numMentions],
  ['num_articles', (e) => e.numArticles],
  ['num_sources', (e) => e.numSources],
  ['first_seen', (e) => e.firstSeen],
  ['source_url', (e) => firstUrl(e)],
  ['document', (e) => e.sources[0]?.document ?? null],
  ['trigger', (e) => e.sources[0]?.trigger ?? null],
  ['rule', (e) => e.sources[0]?.rule ?? null],
];

const csv: EventWriter = {
  begin: () => `${CSV_COLUMNS.map(([name]) => name).join(',')}\n`,
  row: (e) => `${CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',')}\n`,
  end: () => '',
};

type Cell = string | number | null;
const side = (xs: EventActor[], field: 'code' | 'name' | 'country' | 'org' | 'sector'): Cell => {
  const x = xs[0];
  if (!x) return null;
  return field === 'code' ? actorCode(x) : x[field];
};

/**
 * GDELT 2.0 event columns by name. Fields Atalaya does not code (ethnic and religion codes, tone, the
 * actors' own locations, ADM codes) are left empty, as GDELT leaves unknown fields.
 */
export const GDELT_FIELDS: Record<string, (e: MergedEvent) => Cell> = {
  GLOBALEVENTID: (e) => e.id,
  SQLDATE: (e) => dayOrPublished(e)?.replace(/-/g, '') ?? null,
  MonthYear: (e) => dayOrPublished(e)?.slice(0, 7).replace('-', '') ?? null,
  Year: (e) => dayOrPublished(e)?.slice(0, 4) ?? null,
  FractionDate: (e) => {
    const d = dayOrPublished(e);
    return d ? (Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) * 30 + Number(d.slice(8, 10))) / 365).toFixed(4) : null;
  },
  Actor1Code: (e) => side(e.actor, 'code'),
  Actor1Name: (e) => side(e.actor, 'name'),
  Actor1CountryCode: (e) => side(e.actor, 'country'),
  Actor1KnownGroupCode: (e) => side(e.actor, 'org'),
  Actor1EthnicCode: () => null,
  Actor1Religion1Code: () => null,
  Actor1Religion2Code: () => null,
  Actor1Type1Code: (e) => side(e.actor, 'sector'),
  Actor1Type2Code: () => null,
  Actor1Type3Code: () => null,
  Actor2Code: (e) => side(e.recipient, 'code'),
  Actor2Name: (e) => side(e.recipient, 'name'),
  Actor2CountryCode: (e) => side(e.recipient, 'country'),
  Actor2KnownGroupCode: (e) => side(e.recipient, 'org'),
  Actor2EthnicCode: () => null,
  Actor2Religion1Code: () => null,
  Actor2Religion2Code: () => null,
  Actor2Type1Code: (e) => side(e.recipient, 'sector'),
  Actor2Type2Code: () => null,
  Actor2Type3Code: () => null,
  // Reported in the title or lead (the first three sentences), as GDELT's root events are.
  IsRootEvent: (e) => (e.sources.some((s) => s.sentence <= 2) ? 1 : 0),
  EventCode: (e) => e.cameo,
  EventBaseCode: (e) => e.cameo.slice(0, 3),
  EventRootCode: (e) => e.cameo.slice(0, 2),
  QuadClass: (e) => e.quadClass,
  GoldsteinScale: (e) => e.goldstein,
  NumMentions: (e) => e.numMentions,
  NumSources: (e) => e.numSources,
  NumArticles: (e) => e.numArticles,
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
  ActionGeo_Type: (e) => (e.location ? (e.location.lat !== null ? 4 : 1) : null),
  ActionGeo_FullName: (e) => e.location?.name ?? null,
  ActionGeo_CountryCode: (e) => e.location?.country ?? null,
  ActionGeo_ADM1Code: () => null,
  ActionGeo_ADM2Code: () => null,
  ActionGeo_Lat: (e) => e.location?.lat ?? null,
  ActionGeo_Long: (e) => e.location?.lon ?? null,
  ActionGeo_FeatureID: () => null,
  DATEADDED: (e) => e.firstSeen.replace(/\D/g, '').slice(0, 14),
  SOURCEURL: (e) => firstUrl(e),
};

/** A GDELT field value as it appears in the tab-separated files: no tabs or newlines inside. */
const tsvCell = (v: Cell): string => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function gdelt(): EventWriter {
  const columns = gdeltColumns();
  const getters = columns.map((c) => {
    const get = GDELT_FIELDS[c.name];
    if (!get) throw new Error(`GDELT column ${c.name} (build/gdelt-events2-columns.json) has no value mapping`);
    return get;
  });
  return { begin: () => '', row: (e) => `${getters.map((get) => tsvCell(get(e))).join('\t')}\n`, end: () => '' };
}

/** POLECAT-style record: PLOVER type, mode and contexts, actors and recipients with country and sectors. */
export function polecatRecord(e: MergedEvent): Record<string, unknown> {
  const agents = (xs: EventActor[]) => xs.map((x) => ({ name: x.name, country: x.country, organisation: x.org, sectors: x.sector ? [x.sector] : [], wikidata: x.wikidata }));
  return {
    event_id: e.id,
    event_date: e.date,
    event_type: e.type,
    event_mode: e.mode,
    contexts: e.topics,
    quad_code: e.quadClass,
    cameo: e.cameo,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    actors: agents(e.actor),
    recipients: agents(e.recipient),
    placename: e.location?.name ?? null,
    country: e.location?.country ?? null,
    latitude: e.location?.lat ?? null,
    longitude: e.location?.lon ?? null,
    num_articles: e.numArticles,
    num_sources: e.numSources,
    story_ids: [...new Set(e.sources.map((s) => s.story))],
    sources: e.sources.map((s) => ({ document: s.document, url: s.url, headline: s.title, publication_date: s.published, trigger: s.trigger })),
  };
}

const polecat: EventWriter = {
  begin: () => '[',
  row: (e, i) => `${i > 0 ? ',' : ''}\n${JSON.stringify(polecatRecord(e))}`,
  end: (n) => (n > 0 ? '\n]\n' : ']\n'),
};

export function eventWriter(format: EventFormat): EventWriter {
  switch (format) {
    case 'table':
      return table;
    case 'jsonl':
      return jsonl;
    case 'csv':
      return csv;
    case 'gdelt':
      return gdelt();
    case 'polecat':
      return polecat;
  }
}
