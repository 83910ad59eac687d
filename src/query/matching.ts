import { sql, type RawBuilder } from 'kysely';
import { AtalayaError } from '../core/errors.js';
import type { Engine } from '../store/store.js';
import type { EventFilter } from './filter.js';

const WORDS = /[\p{L}\p{N}]+/gu;

function actorIs(role: 'actor' | 'recipient', code: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM event_actors a WHERE a.doc_id = e.doc_id AND a.event_id = e.id
    AND a.role = ${role} AND (a.country = ${code} OR a.org = ${code} OR a.code = ${code}))`;
}

/**
 * Documents (by the id column `docId`) matching a full-text search: FTS5 (every word, diacritics folded) on SQLite; on PostgreSQL
 * the document's own-language vector against the words stemmed as Spanish, as English, or unstemmed.
 */
export function textMatches(engine: Engine, text: string, docId: RawBuilder<unknown> = sql.ref('e.doc_id')): RawBuilder<boolean> {
  const words = text.match(WORDS);
  if (!words) throw new AtalayaError(`the search text "${text}" has no words`);
  if (engine === 'sqlite') {
    const query = words.map((w) => `"${w}"`).join(' ');
    return sql<boolean>`${docId} IN (SELECT d.id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
      WHERE documents_fts MATCH ${query})`;
  }
  const query = words.join(' ');
  return sql<boolean>`${docId} IN (SELECT d.id FROM documents d WHERE d.tsv @@ plainto_tsquery('spanish', ${query})
    OR d.tsv @@ plainto_tsquery('english', ${query}) OR d.tsv @@ plainto_tsquery('simple', ${query}))`;
}

/**
 * The condition, on a merged event aliased `m`, that at least one article's coding of it matches the
 * filter's type, quad class, actors and text (teaser codings excepted). Dates are on `m` itself.
 */
export function mergedEventMatches(engine: Engine, f: EventFilter): RawBuilder<boolean> {
  const conds: RawBuilder<unknown>[] = [sql`e.merged_id = m.id`];
  if (!f.includeTeasers) conds.push(sql`e.segment <> 'teaser'`);
  if (f.assertedOnly) conds.push(sql`e.modality = 'asserted' AND e.negated = 0`);
  if (f.type) conds.push(/^\d+$/.test(f.type) ? sql`e.cameo LIKE ${`${f.type}%`}` : sql`e.type = ${f.type}`);
  if (f.quad) conds.push(sql`e.quad_class = ${f.quad}`);
  if (f.actor) conds.push(actorIs('actor', f.actor));
  if (f.recipient) conds.push(actorIs('recipient', f.recipient));
  if (f.party) conds.push(sql`(${actorIs('actor', f.party)} OR ${actorIs('recipient', f.party)})`);
  if (f.dyad) {
    const [a, b] = f.dyad;
    // Either one acting on the other, or both acting together: PLOVER codes a meeting of two leaders
    // as one event with a compound actor and no recipient.
    conds.push(sql`((${actorIs('actor', a)} AND ${actorIs('recipient', b)}) OR (${actorIs('actor', b)} AND ${actorIs('recipient', a)})
      OR (${actorIs('actor', a)} AND ${actorIs('actor', b)}))`);
  }
  if (f.together) conds.push(sql`(${actorIs('actor', f.together[0])} AND ${actorIs('actor', f.together[1])})`);
  if (f.text) conds.push(textMatches(engine, f.text));
  const exists = sql<boolean>`EXISTS (SELECT 1 FROM events e WHERE ${sql.join(conds, sql` AND `)})`;
  const dates: RawBuilder<unknown>[] = [];
  if (f.since) dates.push(sql`m.day >= ${f.since}`);
  if (f.until) dates.push(sql`m.day <= ${f.until}`);
  return dates.length ? sql<boolean>`${sql.join(dates, sql` AND `)} AND ${exists}` : exists;
}
