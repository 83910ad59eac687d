import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AtalayaError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';
import { SqliteRowWriter } from './sqlite-row-writer.js';

/**
 * A SQLite file (or ":memory:"). WAL with synchronous=NORMAL: a committed batch survives the process
 * being killed; a busy database is waited for rather than failing at once.
 */
export async function openSqliteStore(path: string): Promise<KyselyStore> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new AtalayaError(`cannot open the SQLite database: ${(err as Error).message}`, path);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err instanceof AtalayaError ? new AtalayaError(err.message, path) : err;
  }
  // Kysely's SQLite dialect runs every query on `raw`, so rows written straight to it join its transactions.
  const writer = new SqliteRowWriter(raw);
  return new KyselyStore(
    'sqlite',
    db,
    path,
    (fn) =>
      // BEGIN IMMEDIATE takes the write lock first, so two writers queue instead of deadlocking on an upgrade.
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const out = await fn(conn);
          await sql`commit`.execute(conn);
          return out;
        } catch (err) {
          await sql`rollback`.execute(conn);
          throw err;
        }
      }),
    () => writer,
  );
}
