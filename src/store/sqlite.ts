import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AtalayaError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { migrateToLatest, MIGRATIONS } from './migrations.js';
import type { Database } from './schema.js';
import { SqliteRowWriter } from './sqlite-row-writer.js';

/**
 * A SQLite file (or ":memory:"). WAL with synchronous=NORMAL: a committed batch survives the process
 * being killed; a busy database is waited for rather than failing at once.
 */
export async function openSqliteStore(path: string, options: { readOnly?: boolean } = {}): Promise<KyselyStore> {
  let raw: BetterSqlite3.Database;
  try {
    // Read-only (the query commands) changes nothing: no journal mode, no migration, so a read-only file can be queried.
    raw = options.readOnly ? new BetterSqlite3(path, { readonly: true, fileMustExist: true }) : new BetterSqlite3(path);
    if (!options.readOnly) {
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
    }
    raw.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new AtalayaError(`cannot open the SQLite database: ${(err as Error).message}`, path);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    if (options.readOnly) checkSchema(raw, path);
    else await migrateToLatest(db as Kysely<unknown>, 'sqlite');
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

/** A store opened read-only must already have every migration: it cannot apply them. */
function checkSchema(raw: BetterSqlite3.Database, path: string): void {
  let applied: Set<string>;
  try {
    applied = new Set((raw.prepare('SELECT name FROM kysely_migration').all() as Array<{ name: string }>).map((r) => r.name));
  } catch {
    throw new AtalayaError('not an Atalaya database (no schema)', path);
  }
  const missing = MIGRATIONS.filter((m) => !applied.has(m.name)).length;
  if (missing > 0) throw new AtalayaError(`the database is ${missing} schema version${missing === 1 ? '' : 's'} behind: run \`atalaya ingest\` on it once to upgrade it`, path);
}
