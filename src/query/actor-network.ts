import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import type { EventFilter } from './filter.js';
import { codingsShown, mergedEventMatches } from './matching.js';

/** An actor (a country or organisation code, as the filters take it) and the real events it is party to. */
export interface ActorCount {
  code: string;
  /** The name its reports give most often (a leader's or the country's), for labels. */
  name: string | null;
  asActor: number;
  asRecipient: number;
}

/** Who acts on whom: real events from `source` to `target`, and their mean Goldstein score. */
export interface ActorLink {
  source: string;
  target: string;
  events: number;
  goldstein: number;
}

export interface ActorNetwork {
  actors: ActorCount[];
  links: ActorLink[];
}

const num = (v: unknown): number => Number(v ?? 0);
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Actors of the events matching `filter` (by country, else organisation), with how many real events
 * each is on either side of, and the network of directed pairs. Each merged event counts once per
 * actor and pair however many articles report it; teaser codings are left out unless the filter asks.
 */
export async function actorNetwork(store: Store, filter: EventFilter, limit: number): Promise<ActorNetwork> {
  const match = mergedEventMatches(store.engine, filter);
  const shown = sql`AND ${codingsShown(filter)}`;
  const sides = sql`SELECT DISTINCT e.merged_id AS merged_id, a.role AS role, COALESCE(a.country, a.org) AS code
    FROM events e JOIN event_actors a ON a.doc_id = e.doc_id AND a.event_id = e.id
    WHERE COALESCE(a.country, a.org) IS NOT NULL ${shown}
      AND e.merged_id IN (SELECT m.id FROM merged_events m WHERE ${match})`;
  const counts = await sql<{ code: string; as_actor: number; as_recipient: number }>`
    SELECT s.code AS code,
      SUM(CASE WHEN s.role = 'actor' THEN 1 ELSE 0 END) AS as_actor,
      SUM(CASE WHEN s.role = 'recipient' THEN 1 ELSE 0 END) AS as_recipient
    FROM (${sides}) s GROUP BY s.code ORDER BY count(*) DESC, s.code LIMIT ${limit}`.execute(store.db);
  const codes = counts.rows.map((r) => r.code);
  const names = new Map<string, string>();
  if (codes.length) {
    const named = await sql<{ code: string; name: string; n: number }>`
      SELECT COALESCE(country, org) AS code, name, count(*) AS n FROM event_actors
      WHERE name IS NOT NULL AND COALESCE(country, org) IN (${sql.join(codes)})
      GROUP BY COALESCE(country, org), name ORDER BY n DESC, name`.execute(store.db);
    for (const r of named.rows) if (!names.has(r.code)) names.set(r.code, r.name);
  }
  const links = await sql<{ source: string; target: string; n: number; g: number }>`
    SELECT p.source AS source, p.target AS target, count(*) AS n, avg(m.goldstein) AS g
    FROM (SELECT DISTINCT s.merged_id AS merged_id, s.code AS source, t.code AS target
          FROM (${sides}) s JOIN (${sides}) t ON t.merged_id = s.merged_id AND t.role = 'recipient'
          WHERE s.role = 'actor' AND s.code <> t.code) p
    JOIN merged_events m ON m.id = p.merged_id
    GROUP BY p.source, p.target ORDER BY n DESC, p.source, p.target LIMIT ${limit * 4}`.execute(store.db);
  const known = new Set(codes);
  return {
    actors: counts.rows.map((r) => ({ code: r.code, name: names.get(r.code) ?? null, asActor: num(r.as_actor), asRecipient: num(r.as_recipient) })),
    links: links.rows
      .filter((l) => known.has(l.source) && known.has(l.target))
      .map((l) => ({ source: l.source, target: l.target, events: num(l.n), goldstein: round2(num(l.g)) })),
  };
}
