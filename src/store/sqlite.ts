import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AtalayaError, messageWithCode } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { DEFAULT_BUSY_WAIT_MS, BUSY_TRY_MS, retryWhileBusy, StoreBusyError } from './busy.js';
import { migrateToLatest, MIGRATIONS } from './migrations.js';
import type { Database } from './schema.js';
import { SqliteRowWriter } from './sqlite-row-writer.js';

export interface SqliteOptions {
  /** Open for the query commands: read-only, never migrated. */
  readOnly?: boolean;
  /** How long a writer waits in all for another process's write lock (default DEFAULT_BUSY_WAIT_MS). */
  busyWaitMs?: number;
}

/**
 * A SQLite file (or ":memory:"). WAL with synchronous=NORMAL: a committed batch survives the process
 * being killed; a busy database is waited for, with backoff, up to a bound.
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<KyselyStore> {
  const busyWaitMs = options.busyWaitMs ?? DEFAULT_BUSY_WAIT_MS;
  let raw: BetterSqlite3.Database;
  try {
    // Read-only (the query commands) changes nothing: no journal mode, no migration, so a read-only file can be queried.
    raw = options.readOnly ? new BetterSqlite3(path, { readonly: true, fileMustExist: true }) : new BetterSqlite3(path);
    raw.pragma(`busy_timeout = ${options.readOnly ? 10_000 : Math.min(BUSY_TRY_MS, busyWaitMs)}`);
  } catch (err) {
    throw new AtalayaError(`cannot open the SQLite database: ${(err as Error).message}`, path);
  }
  if (!options.readOnly) {
    try {
      // Switching a new file to WAL fails at once, without waiting, while another process creating it holds a lock.
      await retryWhileBusy(() => raw.pragma('journal_mode = WAL'), busyWaitMs, path);
      raw.pragma('synchronous = NORMAL');
    } catch (err) {
      raw.close();
      throw err instanceof AtalayaError ? err : new AtalayaError(`cannot open the SQLite database: ${(err as Error).message}`, path);
    }
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    if (options.readOnly) checkSchema(raw, path);
    else await migrateSerialised(raw, db as Kysely<unknown>, busyWaitMs);
  } catch (err) {
    await db.destroy();
    // A full disk or an I/O error while creating or upgrading the schema is named with the file too.
    throw err instanceof StoreBusyError ? err : new AtalayaError(err instanceof AtalayaError ? err.message : `cannot prepare the database: ${messageWithCode(err)}`, path);
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
        // Past the bound the batch fails with one StoreBusyError line, and ingest goes on with the next.
        await retryWhileBusy(() => sql`begin immediate`.execute(conn), busyWaitMs, path);
        try {
          const out = await fn(conn);
          await sql`commit`.execute(conn);
          return out;
        } catch (err) {
          // SQLite has already rolled back after some errors (a full disk, an I/O error); a second
          // rollback would fail and hide the reason.
          if (raw.inTransaction) await sql`rollback`.execute(conn);
          throw err;
        }
      }),
    () => writer,
  );
}

/**
 * Migrates under SQLite's write lock (kysely's migration lock is a no-op on SQLite): two processes
 * creating the same new file queue, and the second finds the migrations applied instead of failing on
 * "table already exists". An up-to-date store is not locked at all, so opening never waits on a writer.
 */
async function migrateSerialised(raw: BetterSqlite3.Database, db: Kysely<unknown>, busyWaitMs: number): Promise<void> {
  if ((await retryWhileBusy(() => pendingMigrations(raw), busyWaitMs, raw.name)) === 0) return;
  await retryWhileBusy(() => raw.exec('BEGIN IMMEDIATE'), busyWaitMs, raw.name);
  try {
    await migrateToLatest(db, 'sqlite');
    raw.exec('COMMIT');
  } catch (err) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    throw err;
  }
}

/** How many migrations the file lacks (all of them when it has no migration table yet). */
function pendingMigrations(raw: BetterSqlite3.Database): number {
  const table = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return MIGRATIONS.length;
  const applied = new Set((raw.prepare('SELECT name FROM kysely_migration').all() as Array<{ name: string }>).map((r) => r.name));
  return MIGRATIONS.filter((m) => !applied.has(m.name)).length;
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
