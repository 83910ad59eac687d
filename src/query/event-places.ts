import countryCodes from 'i18n-iso-countries';
import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import type { EventFilter } from './filter.js';
import { codingsShown, mergedEventMatches } from './matching.js';

/** A place events happened at, as the first report of each locates it. */
export interface EventPlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

/** A country (ISO alpha-3) and the real events its actors are party to, on either side. */
export interface CountryCount {
  country: string;
  /** ISO 3166-1 numeric code, as map shapes (Natural Earth, world-atlas) name countries; null when none (XKX). */
  numeric: string | null;
  events: number;
}

const num = (v: unknown): number => Number(v ?? 0);

/** Where the events matching `filter` happened and which countries act in them: what a map draws. */
export async function eventPlaces(store: Store, filter: EventFilter): Promise<{ places: EventPlace[]; countries: CountryCount[] }> {
  const match = mergedEventMatches(store.engine, filter);
  const shown = sql`AND ${codingsShown(filter)}`;
  const matched = sql`SELECT m.id FROM merged_events m WHERE ${match}`;
  const [places, countries] = await Promise.all([
    sql<{ name: string; country: string | null; lat: number | null; lon: number | null; n: number }>`
      SELECT e.location_name AS name, e.location_country AS country, e.lat AS lat, e.lon AS lon, count(DISTINCT e.merged_id) AS n
      FROM events e WHERE e.location_name IS NOT NULL ${shown} AND e.merged_id IN (${matched})
      GROUP BY e.location_name, e.location_country, e.lat, e.lon ORDER BY n DESC, e.location_name`.execute(store.db),
    sql<{ country: string; n: number }>`
      SELECT a.country AS country, count(DISTINCT e.merged_id) AS n
      FROM events e JOIN event_actors a ON a.doc_id = e.doc_id AND a.event_id = e.id
      WHERE a.country IS NOT NULL ${shown} AND e.merged_id IN (${matched})
      GROUP BY a.country ORDER BY n DESC, a.country`.execute(store.db),
  ]);
  return {
    places: places.rows.map((r) => ({ name: r.name, country: r.country, lat: r.lat === null ? null : Number(r.lat), lon: r.lon === null ? null : Number(r.lon), events: num(r.n) })),
    countries: countries.rows.map((r) => ({ country: r.country, numeric: countryCodes.alpha3ToNumeric(r.country) ?? null, events: num(r.n) })),
  };
}
