import type { EventActor, QuadClass } from '../core/analysis.js';
import { packageVersion } from '../core/version.js';
import { cameoLabel } from './cameo-labels.js';
import { countryCodes } from './crosswalk.js';
import { eventDay } from './event-day.js';
import type { MergedEvent } from './events.js';
import { urlHost } from './url-host.js';

/** POLECAT writes "None" where a value is missing, in a column or in one slot of a list. */
const NONE = 'None';
const QUAD_LABELS: Record<QuadClass, string> = { 1: 'VERBAL COOPERATION', 2: 'MATERIAL COOPERATION', 3: 'VERBAL CONFLICT', 4: 'MATERIAL CONFLICT' };

const value = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? NONE : String(v));
/** A list as POLECAT joins one: "; " between items, None for a missing item, None for no items. */
const list = (xs: Array<string | number | null>): string => (xs.length ? xs.map(value).join('; ') : NONE);
const cow = (x: EventActor): number | null => (x.country ? (countryCodes(x.country)?.cow?.number ?? null) : null);

function side(xs: EventActor[]): string[] {
  return [
    list(xs.map((x) => x.name)),
    list(xs.map((x) => x.country)),
    list(xs.map(cow)),
    value(xs[0]?.sector),
    list(xs.map((x) => x.sector)),
    // Title and raw name: Atalaya keeps the mention, not a title or the words as written, per actor.
    NONE,
    NONE,
    list(xs.map((x) => x.wikidata)),
  ];
}

/**
 * POLECAT's published tab-separated columns in file order (the weekly files' header; older files call
 * Event Intensity "Intensity"), then Atalaya's own columns, which POLECAT has no place for, at the end.
 */
export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
  'CAMEO', 'Goldstein', 'Modality', 'Negated', 'Background', 'Trigger',
] as const;

/** One event as a POLECAT row, values in POLECAT_COLUMNS order. */
export function polecatRow(e: MergedEvent): string[] {
  const first = e.sources[0];
  const place = e.location;
  const day = eventDay(e.date);
  return [
    String(e.id),
    // POLECAT dates every event to a day: the event's own, else its first report's publication day.
    value(day?.precision === 'day' ? day.day : first?.published),
    e.type,
    value(e.mode),
    // PLOVER's intensity scale is not CAMEO's Goldstein score: left None, Goldstein is at the end.
    NONE,
    QUAD_LABELS[e.quadClass],
    list(cameoLabel(e.cameo)?.contexts ?? []),
    ...side(e.actor),
    ...side(e.recipient),
    value(place?.name),
    NONE,
    NONE,
    NONE,
    value(place?.country),
    value(place?.lat),
    value(place?.lon),
    NONE,
    value(place?.name),
    NONE,
    value(urlHost(first?.url) ?? first?.sourceId ?? first?.document),
    value(first?.published),
    NONE,
    NONE,
    NONE,
    value(first?.language),
    `atalaya ${packageVersion()}`,
    e.cameo,
    String(e.goldstein),
    e.modality,
    e.negated ? 'True' : 'False',
    e.background ? 'True' : 'False',
    value(first?.trigger),
  ];
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
export const polecatHeader = (): string => `${POLECAT_COLUMNS.join('\t')}\n`;
export const polecatLine = (e: MergedEvent): string => `${polecatRow(e).map(clean).join('\t')}\n`;

/** Atalaya's nested POLECAT-style record (the polecat-json export): lists as lists, nulls as null. */
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
    background: e.background,
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
