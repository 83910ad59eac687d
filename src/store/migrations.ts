import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { AtalayaError } from '../core/errors.js';
import type { Database } from './schema.js';
import { searchText } from './search-terms.js';
import type { Engine } from './store.js';

/**
 * Versioned schema changes, oldest first. A migration is plain SQL per engine (the two differ only in
 * key types and full-text search), applied once and recorded by kysely's Migrator in
 * kysely_migration, under its lock, so several workers opening one PostgreSQL at once are safe.
 * Never edit a migration that has shipped: add the next one.
 */
interface SqlMigration {
  readonly name: string;
  readonly sqlite: readonly Step[];
  readonly postgres: readonly Step[];
}

/** A SQL statement, or work SQL cannot do (terms only src/store computes), run in its place in order. */
type Step = string | ((db: Kysely<unknown>) => Promise<void>);

const common = (serial: string, real: string): string[] => [
  `CREATE TABLE document_names (doc_id TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (doc_id, name))`,
  `CREATE INDEX document_names_name ON document_names (name)`,
  `CREATE TABLE document_bands (band INTEGER NOT NULL, hash BIGINT NOT NULL, doc_id TEXT NOT NULL)`,
  `CREATE INDEX document_bands_hash ON document_bands (hash)`,
  `CREATE TABLE mentions (doc_id TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
     text TEXT NOT NULL, type TEXT NOT NULL, country TEXT, org TEXT, sector TEXT, name TEXT, wikidata TEXT, actor_code TEXT,
     refers_to TEXT, via TEXT NOT NULL, PRIMARY KEY (doc_id, id))`,
  `CREATE INDEX mentions_actor_code ON mentions (actor_code)`,
  `CREATE TABLE times (doc_id TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
     text TEXT NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL, flags TEXT NOT NULL, suggestion TEXT, PRIMARY KEY (doc_id, id))`,
  `CREATE INDEX times_value ON times (value)`,
  `CREATE TABLE quotes (doc_id TEXT NOT NULL, id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
     text TEXT NOT NULL, speaker TEXT, PRIMARY KEY (doc_id, id))`,
  `CREATE TABLE topics (doc_id TEXT NOT NULL, topic TEXT NOT NULL, score ${real} NOT NULL, PRIMARY KEY (doc_id, topic))`,
  `CREATE INDEX topics_topic ON topics (topic)`,
  `CREATE TABLE flags (doc_id TEXT NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL, span_start INTEGER NOT NULL,
     span_end INTEGER NOT NULL, message TEXT NOT NULL, PRIMARY KEY (doc_id, n))`,
  `CREATE INDEX flags_kind ON flags (kind)`,
  `CREATE TABLE merged_events (id ${serial}, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, cameo TEXT NOT NULL,
     goldstein ${real} NOT NULL, quad_class INTEGER NOT NULL, day TEXT, sort_day TEXT NOT NULL, first_seen TEXT NOT NULL)`,
  `CREATE INDEX merged_events_order ON merged_events (sort_day, id)`,
  `CREATE TABLE events (doc_id TEXT NOT NULL, id TEXT NOT NULL, merged_id BIGINT NOT NULL, type TEXT NOT NULL, mode TEXT,
     cameo TEXT NOT NULL, goldstein ${real} NOT NULL, quad_class INTEGER NOT NULL, date TEXT, day TEXT, date_from TEXT,
     location_name TEXT, location_country TEXT, lat ${real}, lon ${real}, modality TEXT NOT NULL, negated INTEGER NOT NULL,
     sentence INTEGER NOT NULL, segment TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
     trigger_text TEXT NOT NULL, topics TEXT NOT NULL, rule TEXT NOT NULL, confidence ${real} NOT NULL,
     PRIMARY KEY (doc_id, id))`,
  `CREATE INDEX events_merged ON events (merged_id)`,
  `CREATE INDEX events_type ON events (type)`,
  `CREATE INDEX events_day ON events (day)`,
  `CREATE TABLE event_actors (doc_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, n INTEGER NOT NULL,
     country TEXT, org TEXT, sector TEXT, name TEXT, wikidata TEXT, mention TEXT, code TEXT,
     PRIMARY KEY (doc_id, event_id, role, n))`,
  `CREATE INDEX event_actors_country ON event_actors (country, role)`,
  `CREATE INDEX event_actors_org ON event_actors (org, role)`,
  `CREATE INDEX event_actors_code ON event_actors (code, role)`,
];

const documentsColumns = `id TEXT NOT NULL UNIQUE, source_id TEXT, url TEXT, host TEXT, title TEXT, lang TEXT NOT NULL,
  published TEXT, published_source TEXT, story_id TEXT NOT NULL, minhash TEXT, n_events INTEGER NOT NULL,
  ingested_at TEXT NOT NULL, text TEXT NOT NULL, analysis TEXT NOT NULL`;

const documentsIndices = [
  `CREATE INDEX documents_story ON documents (story_id)`,
  `CREATE INDEX documents_source ON documents (source_id)`,
  `CREATE INDEX documents_published ON documents (published)`,
];

/** Plain types only (times are ISO text, as everywhere in the store), so both engines take the same SQL. */
const watchTables = [
  `CREATE TABLE watch_feeds (url TEXT PRIMARY KEY, lang TEXT, country TEXT, etag TEXT, last_modified TEXT,
     last_poll TEXT, last_success TEXT, last_error TEXT, failures INTEGER NOT NULL, next_due TEXT NOT NULL,
     items INTEGER NOT NULL)`,
  `CREATE TABLE watch_items (feed_url TEXT NOT NULL, key TEXT NOT NULL, done INTEGER NOT NULL, attempts INTEGER NOT NULL,
     last_error TEXT, seen_at TEXT NOT NULL, PRIMARY KEY (feed_url, key))`,
  `CREATE INDEX watch_items_key ON watch_items (key, done)`,
];

const eventMentionColumns = [
  `ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0`,
  `ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1`,
];

const analyserVersionColumn = [
  `ALTER TABLE documents ADD COLUMN analyser_version TEXT`,
  `CREATE INDEX documents_analyser_version ON documents (analyser_version)`,
];

export const MIGRATIONS: readonly SqlMigration[] = [
  {
    name: '0001_initial',
    sqlite: [
      `CREATE TABLE documents (seq INTEGER PRIMARY KEY, ${documentsColumns})`,
      ...documentsIndices,
      ...common('INTEGER PRIMARY KEY', 'REAL'),
      // External-content FTS5 over title and text; diacritics folded so "politica" finds "política".
      `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq',
         tokenize='unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END`,
      `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
         INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`,
    ],
    postgres: [
      `CREATE TABLE documents (seq BIGSERIAL PRIMARY KEY, ${documentsColumns},
         tsv tsvector GENERATED ALWAYS AS (
           to_tsvector(CASE lang WHEN 'es' THEN 'spanish'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
             coalesce(title, '') || ' ' || left(text, 200000))) STORED)`,
      ...documentsIndices,
      `CREATE INDEX documents_tsv ON documents USING gin (tsv)`,
      ...common('BIGSERIAL PRIMARY KEY', 'DOUBLE PRECISION'),
    ],
  },
  {
    // Search that means the same on both engines (src/store/search-terms.ts): both index the terms
    // computed once in search_text. SQLite's FTS5 tokenizer only splits them on spaces (no folding of
    // its own, which PostgreSQL would not share); PostgreSQL takes them as lexemes as they are, with no
    // parser in between, and checks phrases on search_text itself (see src/query/matching.ts).
    name: '0002_search_terms',
    sqlite: [
      `ALTER TABLE documents ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`,
      backfillSearchText,
      `DROP TRIGGER documents_fts_insert`,
      `DROP TRIGGER documents_fts_delete`,
      `DROP TABLE documents_fts`,
      `CREATE VIRTUAL TABLE documents_search USING fts5(search_text, content='documents', content_rowid='seq',
         tokenize='unicode61 remove_diacritics 0')`,
      `CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_search (rowid, search_text) VALUES (new.seq, new.search_text); END`,
      `CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
         INSERT INTO documents_search (documents_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text); END`,
      `CREATE TRIGGER documents_search_update AFTER UPDATE OF search_text ON documents BEGIN
         INSERT INTO documents_search (documents_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
         INSERT INTO documents_search (rowid, search_text) VALUES (new.seq, new.search_text); END`,
      `INSERT INTO documents_search (documents_search) VALUES ('rebuild')`,
    ],
    postgres: [
      `ALTER TABLE documents DROP COLUMN tsv`,
      `ALTER TABLE documents ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`,
      backfillSearchText,
      `ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(search_text, ' '))) STORED`,
      `CREATE INDEX documents_tsv ON documents USING gin (tsv)`,
    ],
  },
  {
    // `atalaya watch`: the feeds followed, their validators and health, and the items already handled.
    name: '0003_watch',
    sqlite: watchTables,
    postgres: watchTables,
  },
  {
    // One happening, one event (issue 14): how many times the article tells each event, and whether it
    // tells it as history. Codings stored before this know neither: one mention, news.
    name: '0004_event_mentions',
    sqlite: eventMentionColumns,
    postgres: eventMentionColumns,
  },
  {
    // Which analyser wrote each stored analysis (src/core/analyser-version.ts), so `reanalyze` can find
    // the stale ones; null for analyses stored before it was recorded, which count as stale.
    name: '0005_analyser_version',
    sqlite: analyserVersionColumn,
    postgres: analyserVersionColumn,
  },
];

/** Fills search_text of documents stored before it existed, a thousand at a time in store order. */
async function backfillSearchText(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Database>;
  for (let after = -1; ; ) {
    const rows = await db.selectFrom('documents').select(['seq', 'title', 'text', 'lang']).where('seq', '>', after).orderBy('seq').limit(1000).execute();
    if (rows.length === 0) return;
    for (const r of rows) {
      await db.updateTable('documents').set({ search_text: searchText(r.title, r.text, r.lang) }).where('seq', '=', r.seq).execute();
    }
    after = Number(rows[rows.length - 1]!.seq);
  }
}

function provider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of MIGRATIONS) {
        out[m.name] = {
          async up(db) {
            for (const step of m[engine]) {
              if (typeof step === 'string') await sql.raw(step).execute(db);
              else await step(db);
            }
          },
        };
      }
      return out;
    },
  };
}

/** Brings the database up to the latest schema; a failure names the migration and the reason. */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: provider(engine) }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new AtalayaError(
      `cannot migrate the database${failed ? ` (migration ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Brings the database up to the migration named `name` and no further (to test an upgrade from it). */
export async function migrateUpTo(db: Kysely<unknown>, engine: Engine, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider: provider(engine) }).migrateTo(name);
  if (error) throw new AtalayaError(`cannot migrate the database to ${name}: ${error instanceof Error ? error.message : String(error)}`);
}
