import { sql, type RawBuilder } from 'kysely';
import { AtalayaError } from '../core/errors.js';
import { searchTerms, STEMMED_LANGS } from '../store/search-terms.js';
import type { Engine } from '../store/store.js';
import type { EventFilter } from './filter.js';

/**
 * The coding `e` has `code` on side `role`. Written as membership in an uncorrelated set rather than a
 * correlated EXISTS, so both engines can start from the actor indexes (few rows for one actor) instead
 * of probing every coding of the store.
 */
function actorIs(role: 'actor' | 'recipient', code: string): RawBuilder<boolean> {
  return sql<boolean>`(e.doc_id, e.id) IN (SELECT a.doc_id, a.event_id FROM event_actors a
    WHERE a.role = ${role} AND (a.country = ${code} OR a.org = ${code} OR a.code = ${code}))`;
}

/**
 * A search as clauses per document language: every clause must match, a clause being one term or a
 * phrase (terms in a row). Words in double quotes are a phrase; every other word is a clause of its own.
 */
export function searchClauses(text: string, lang: string): string[][] {
  const clauses: string[][] = [];
  text.split('"').forEach((part, i) => {
    const terms = searchTerms(part, lang, Infinity);
    if (i % 2 === 1 && terms.length > 1) clauses.push(terms);
    else for (const t of terms) clauses.push([t]);
  });
  return clauses;
}

/** Documents of each language are searched with their own stemming: Spanish, English, and the rest unstemmed. */
const LANG_GROUPS: ReadonlyArray<[string, RawBuilder<boolean>]> = [
  ...STEMMED_LANGS.map((l): [string, RawBuilder<boolean>] => [l, sql<boolean>`d.lang = ${l}`]),
  ['und', sql<boolean>`d.lang NOT IN (${sql.join(STEMMED_LANGS)})`],
];

/**
 * Documents (by the id column `docId`) matching a full-text search, the same on both engines: the
 * query's words become terms as the documents' words did (src/store/search-terms.ts: stemmed in the
 * document's language, case and accents folded) and a document matches when it has every word and
 * every quoted phrase. SQLite asks FTS5; PostgreSQL asks the tsvector of the same terms and checks a
 * phrase's terms in a row on search_text (a tsvector's positions stop at 16,383 and 256 per word).
 */
export function textMatches(engine: Engine, text: string, docId: RawBuilder<unknown> = sql.ref('e.doc_id')): RawBuilder<boolean> {
  const groups = LANG_GROUPS.map(([lang, isLang]) => ({ isLang, clauses: searchClauses(text, lang) }));
  if (groups.every((g) => g.clauses.length === 0)) throw new AtalayaError(`the search text "${text}" has no words`);
  if (engine === 'sqlite') {
    const selects = groups.map(
      (g) => sql`SELECT d.id FROM documents_search s JOIN documents d ON d.seq = s.rowid
        WHERE documents_search MATCH ${g.clauses.map((c) => `"${c.join(' ')}"`).join(' ')} AND ${g.isLang}`,
    );
    return sql<boolean>`${docId} IN (${sql.join(selects, sql` UNION ALL `)})`;
  }
  const conds = groups.map((g) => {
    const terms = [...new Set(g.clauses.flat())];
    const phrases = g.clauses.filter((c) => c.length > 1).map((c) => sql`(' ' || d.search_text || ' ') LIKE ${`% ${c.join(' ')} %`}`);
    return sql`(${g.isLang} AND d.tsv @@ ${terms.map((t) => `'${t}'`).join(' & ')}::tsquery${sql.join(phrases.map((p) => sql` AND ${p}`), sql``)})`;
  });
  return sql<boolean>`${docId} IN (SELECT d.id FROM documents d WHERE ${sql.join(conds, sql` OR `)})`;
}

/**
 * Which codings (aliased `e`) a query counts: teasers of other stories and background only when asked;
 * `AND`-able as it is.
 */
export function codingsShown(f: EventFilter): RawBuilder<boolean> {
  const teasers = f.includeTeasers ? sql`TRUE` : sql`e.segment <> 'teaser'`;
  return f.includeBackground ? sql<boolean>`${teasers}` : sql<boolean>`${teasers} AND e.background = 0`;
}

/**
 * The condition, on a merged event aliased `m`, that at least one article's coding of it matches the
 * filter's type, quad class, actors and text (teaser codings excepted). Dates are on `m` itself.
 */
export function mergedEventMatches(engine: Engine, f: EventFilter): RawBuilder<boolean> {
  const conds: RawBuilder<unknown>[] = [sql`e.merged_id = m.id`, codingsShown(f)];
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
  // With an actor or a text to match, few codings qualify: the merged ids are gathered once from them.
  // Without, nearly every coding does, and probing the codings of the page's merged events is cheaper.
  const selective = f.actor || f.recipient || f.party || f.dyad || f.text;
  const exists = selective
    ? sql<boolean>`m.id IN (SELECT e.merged_id FROM events e WHERE ${sql.join(conds.slice(1), sql` AND `)})`
    : sql<boolean>`EXISTS (SELECT 1 FROM events e WHERE ${sql.join(conds, sql` AND `)})`;
  const dates: RawBuilder<unknown>[] = [];
  if (f.since) dates.push(sql`m.day >= ${f.since}`);
  if (f.until) dates.push(sql`m.day <= ${f.until}`);
  return dates.length ? sql<boolean>`${sql.join(dates, sql` AND `)} AND ${exists}` : exists;
}
