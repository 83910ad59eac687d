/**
 * Full-text search means the same on every engine (run by sqlite.test.ts and postgres.test.ts, issue
 * #15): the same queries find the same documents — case and accents folded, Spanish and English
 * stemmed by the document's language, quoted phrases in order — and a store made before search terms
 * existed finds its old documents once upgraded. The sentences are the team's own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { listDocuments } from '../../src/query/list-documents.js';
import { listEvents } from '../../src/query/events.js';
import { NO_FILTER } from '../../src/query/filter.js';
import { migrateUpTo } from '../../src/store/migrations.js';
import { isPostgresUrl, openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { makeAnalysis } from '../store/analyses.js';
import type { FreshDb } from './contract.js';

const DOCS = [
  { sourceId: 'es-naviera', lang: 'es' as const, text: 'El Gobierno impuso nuevas sanciones a la naviera por el transporte de crudo.' },
  { sourceId: 'es-ministra', lang: 'es' as const, text: 'La ministra sancionó a tres empresas; la Sanción llegó tarde, dijo el presidente ruso.' },
  { sourceId: 'es-peru', lang: 'es' as const, title: 'Perú vota', text: 'Las elecciones en el país se celebrarán en abril, según el jurado electoral.' },
  { sourceId: 'en-council', lang: 'en' as const, text: 'The council imposed sanctions on two shipping firms after the talks failed.' },
  { sourceId: 'en-officials', lang: 'en' as const, text: 'Sanctioned officials talked with the Russian president about the election.' },
  { sourceId: 'und-notas', lang: 'und' as const, text: 'Sanciones Perú 2026 ŁÓDŹ' },
];

/** Query -> the documents it finds, whatever the engine. */
const QUERIES: Array<[string, string[]]> = [
  ['sanción', ['es-naviera', 'es-ministra']],
  ['SANCIONES', ['es-naviera', 'es-ministra', 'und-notas']],
  ['sancion', ['es-naviera', 'es-ministra']],
  ['sanctions', ['en-council', 'en-officials']],
  ['talking', ['en-council', 'en-officials']],
  ['peru', ['es-peru', 'und-notas']],
  ['vota', ['es-peru']],
  ['elección', ['es-peru']],
  // Each document is stemmed as its own language: Porter2 makes "president" presid, Snowball Spanish
  // makes "presidente" president, so the Spanish word finds only Spanish documents, the bare English one both.
  ['presidente', ['es-ministra']],
  ['president', ['es-ministra', 'en-officials']],
  ['crudo naviera', ['es-naviera']],
  ['crudo elecciones', []],
  ['"presidente ruso"', ['es-ministra']],
  ['"ruso presidente"', []],
  ['"Russian president"', ['en-officials']],
  ['"la ministra" empresas', ['es-ministra']],
  ['"tres empresas', ['es-ministra']],
  ['łódź', ['und-notas']],
  // ł is a letter of its own, not an l with a diacritic: neither engine folds it.
  ['lodz', []],
  ['2026', ['und-notas']],
  ['criptomoneda', []],
];

const sorted = (xs: string[]): string[] => [...xs].sort();

export function searchContract(engine: string, fresh: FreshDb): void {
  describe(`search contract: ${engine}`, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await fresh());
      // One event per document, on a day of its own, so no two merge.
      await store.save(DOCS.map((d, i) => makeAnalysis({ ...d, events: [{ trigger: d.text.split(' ')[1]!, date: `2026-02-0${i + 1}` }] })));
    });
    after(() => store.close());

    const found = async (text: string): Promise<string[]> => (await listDocuments(store, { text, after: null, limit: 100 })).documents.map((d) => d.sourceId ?? '');

    for (const [query, expected] of QUERIES) {
      it(`${query} finds ${expected.join(', ') || 'nothing'}`, async () => assert.deepEqual(sorted(await found(query)), sorted(expected)));
    }

    it('the events filter searches the same way', async () => {
      const docs: string[] = [];
      for await (const e of listEvents(store, { ...NO_FILTER, text: '"presidente ruso"' })) docs.push(...e.sources.map((s) => s.sourceId ?? ''));
      assert.deepEqual(docs, ['es-ministra']);
    });

    it('a query without words is refused, naming it', async () => {
      await assert.rejects(found('¿? …'), /the search text "¿\? …" has no words/);
    });

    it('finds documents stored before search terms existed, once the store is upgraded', async () => {
      const db = await fresh();
      await storeAtFirstSchema(db, 'La cancillería convocó al embajador por las declaraciones.');
      const upgraded = await openStore(db);
      try {
        const list = await listDocuments(upgraded, { text: 'Declaración embajadores', after: null, limit: 10 });
        assert.deepEqual(list.documents.map((d) => d.sourceId), ['antigua']);
      } finally {
        await upgraded.close();
      }
    });
  });
}

/** A store at migration 0001 (before search_text) holding one Spanish document, as an old release left it. */
async function storeAtFirstSchema(db: string, text: string): Promise<void> {
  const postgres = isPostgresUrl(db);
  const k = postgres
    ? new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db, max: 1 }) }) })
    : new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(db) }) });
  try {
    await migrateUpTo(k, postgres ? 'postgres' : 'sqlite', '0001_initial');
    await sql`INSERT INTO documents (id, source_id, lang, story_id, n_events, ingested_at, text, analysis)
      VALUES ('0badc0ffee', 'antigua', 'es', '0badc0ffee', 0, '2025-01-01T00:00:00Z', ${text}, '{}')`.execute(k);
  } finally {
    await k.destroy();
  }
}
