import isoCountries from 'i18n-iso-countries';
import type { EventActor } from '../core/analysis.js';
import { cameoLabel } from './cameo-labels.js';
import { eventDay } from './event-day.js';
import type { MergedEvent } from './events.js';
import { actorPairs, isAsserted, PAIRS } from './gdelt.js';
import { urlHost } from './url-host.js';

/** The ICEWS coded event columns in file order, Event ID … Latitude, Longitude (the Dataverse files' header). */
export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District',
  'Province', 'Country', 'Latitude', 'Longitude',
] as const;

/** ICEWS names countries in English ("Russian Federation"); XKX and other codes without an ISO name stay codes. */
const countryName = (iso3: string | null | undefined): string => (iso3 ? (isoCountries.getName(iso3, 'en') ?? iso3) : '');
const name = (x: EventActor | null): string => (x ? (x.name ?? x.org ?? countryName(x.country)) : '');

/**
 * An event as ICEWS rows: one per actor pair (ICEWS has one source and one target a row), only events
 * reported as asserted unless `allModalities` (ICEWS has no column to say otherwise). Event ID is the
 * event's id × PAIRS + the pair's index, as in the GDELT export; Intensity is CAMEO's Goldstein score; a
 * located place with coordinates is the City (Atalaya does not resolve districts or provinces).
 */
export function icewsRows(e: MergedEvent, allModalities: boolean): string[][] {
  if (!allModalities && !isAsserted(e)) return [];
  const first = e.sources[0];
  const day = eventDay(e.date);
  return actorPairs(e).map((pair, k) => [
    String(e.id * PAIRS + k),
    day?.precision === 'day' ? day.day : (first?.published ?? ''),
    name(pair.actor),
    pair.actor?.sector ?? '',
    countryName(pair.actor?.country),
    cameoLabel(e.cameo)?.description ?? '',
    e.cameo,
    String(e.goldstein),
    name(pair.recipient),
    pair.recipient?.sector ?? '',
    countryName(pair.recipient?.country),
    first?.story ?? '',
    first ? String(first.sentence + 1) : '',
    urlHost(first?.url) ?? first?.sourceId ?? '',
    e.location && e.location.lat !== null ? e.location.name : '',
    '',
    '',
    countryName(e.location?.country),
    e.location?.lat === null || e.location?.lat === undefined ? '' : String(e.location.lat),
    e.location?.lon === null || e.location?.lon === undefined ? '' : String(e.location.lon),
  ]);
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
export const icewsHeader = (): string => `${ICEWS_COLUMNS.join('\t')}\n`;
export const icewsLines = (e: MergedEvent, allModalities: boolean): string => icewsRows(e, allModalities).map((r) => `${r.map(clean).join('\t')}\n`).join('');
