/**
 * The two ways a batch's rows reach the database — prepared statements per row (SQLite) and gathered
 * multi-row inserts (kysely, what PostgreSQL uses) — must write the same rows. Kysely's writer runs on
 * SQLite too, so both are compared here on the same schema without a PostgreSQL server.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../src/store/migrations.js';
import { KyselyRowWriter, type Row, type RowWriter } from '../../src/store/row-writer.js';
import type { Database } from '../../src/store/schema.js';
import { searchText } from '../../src/store/search-terms.js';
import { SqliteRowWriter } from '../../src/store/sqlite-row-writer.js';

async function open(): Promise<{ raw: BetterSqlite3.Database; db: Kysely<Database> }> {
  const raw = new BetterSqlite3(':memory:');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  return { raw, db };
}

const writers: { name: string; make: (raw: BetterSqlite3.Database, db: Kysely<Database>) => RowWriter }[] = [
  { name: 'SQLite prepared statements', make: (raw) => new SqliteRowWriter(raw) },
  { name: 'kysely multi-row inserts', make: (_raw, db) => new KyselyRowWriter(db) },
];

function doc(id: string, text: string): Row<'documents'> {
  return {
    id, source_id: `notas/${id}.txt`, url: null, host: null, title: 'Título', lang: 'es', published: '2026-02-04',
    published_source: 'text', story_id: id, minhash: null, n_events: 0, ingested_at: '2026-02-05T10:00:00.000Z', text, analysis: '{}', search_text: searchText('Título', text, 'es'),
  };
}

const topic = (doc_id: string, topic: string, score: number): Row<'topics'> => ({ doc_id, topic, score });

for (const w of writers) {
  describe(`row writer: ${w.name}`, () => {
    it('writes rows as given, an undefined column as NULL', async () => {
      const { raw, db } = await open();
      const writer = w.make(raw, db);
      writer.add('quotes', [
        { doc_id: 'd1', id: 'q0', span_start: 0, span_end: 12, text: '«Ya basta»', speaker: 'm0' },
        { doc_id: 'd1', id: 'q1', span_start: 20, span_end: 30, text: '«Seguimos»', speaker: undefined as unknown as null },
      ]);
      await writer.flush();
      const rows = raw.prepare('SELECT id, text, speaker FROM quotes ORDER BY id').all();
      assert.deepEqual(rows, [{ id: 'q0', text: '«Ya basta»', speaker: 'm0' }, { id: 'q1', text: '«Seguimos»', speaker: null }]);
      await db.destroy();
    });

    it('skips rows already stored only when asked to', async () => {
      const { raw, db } = await open();
      const writer = w.make(raw, db);
      writer.add('topics', [topic('d1', 'energía', 0.5)]);
      writer.add('topics', [topic('d1', 'energía', 0.9), topic('d1', 'diplomacia', 0.7)], true);
      await writer.flush();
      assert.deepEqual(raw.prepare('SELECT topic, score FROM topics ORDER BY topic').all(), [
        { topic: 'diplomacia', score: 0.7 },
        { topic: 'energía', score: 0.5 },
      ]);
      await assert.rejects(async () => {
        writer.add('topics', [topic('d1', 'energía', 0.1)]);
        await writer.flush();
      }, /UNIQUE/);
      await db.destroy();
    });

    it('inserts documents and says which were new', async () => {
      const { raw, db } = await open();
      const writer = w.make(raw, db);
      assert.deepEqual([...(await writer.insertDocuments([doc('a1', 'Primera nota.')]))], ['a1']);
      const got = await writer.insertDocuments([doc('a2', 'Segunda nota.'), doc('a1', 'Primera nota.'), doc('a3', 'Tercera nota.')]);
      assert.deepEqual([...got].sort(), ['a2', 'a3']);
      assert.deepEqual(raw.prepare('SELECT id FROM documents ORDER BY seq').pluck().all(), ['a1', 'a2', 'a3']);
      // The full-text index follows every insert.
      assert.deepEqual(raw.prepare("SELECT rowid FROM documents_search WHERE documents_search MATCH 'segund'").pluck().all(), [2]);
      await db.destroy();
    });

    it('writes nothing it was given once the transaction rolls back', async () => {
      const { raw, db } = await open();
      const writer = w.make(raw, db);
      raw.exec('BEGIN');
      writer.add('flags', [{ doc_id: 'd1', n: 0, kind: 'weekday-mismatch', span_start: 0, span_end: 5, message: 'no cuadra' }]);
      await writer.flush();
      raw.exec('ROLLBACK');
      assert.equal(raw.prepare('SELECT count(*) FROM flags').pluck().get(), 0);
      await db.destroy();
    });
  });
}

describe('row writer: SQLite prepared statements', () => {
  it('keeps one statement per table and column list, so rows of another shape are not misbound', async () => {
    const { raw, db } = await open();
    const writer = new SqliteRowWriter(raw);
    writer.add('topics', [topic('d1', 'energía', 0.5)]);
    // The same table with the columns in another order: a different statement, values still in place.
    writer.add('topics', [{ score: 0.25, topic: 'comercio', doc_id: 'd2' }]);
    assert.deepEqual(raw.prepare('SELECT doc_id, topic, score FROM topics ORDER BY doc_id').all(), [
      { doc_id: 'd1', topic: 'energía', score: 0.5 },
      { doc_id: 'd2', topic: 'comercio', score: 0.25 },
    ]);
    await db.destroy();
  });
});
