import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AtalayaError } from '../core/errors.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './atalaya.db';

/** The database to use: the --db option, else $ATALAYA_DB, else ./atalaya.db. */
export function resolveDb(option: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.ATALAYA_DB || DEFAULT_DB;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens (migrating when needed) the store at `db`: a postgres:// URL or a SQLite file path. A missing
 * SQLite file is created unless `mustExist` (the query commands: a mistyped path should not read as an
 * empty store; they open it read-only). `busyWaitMs` bounds a SQLite writer's wait for another's lock.
 */
export async function openStore(db: string, options: { mustExist?: boolean; busyWaitMs?: number } = {}): Promise<Store> {
  // The PostgreSQL client is loaded only for a postgres:// URL: most runs are SQLite.
  if (isPostgresUrl(db)) return (await import('./postgres.js')).openPostgresStore(db);
  // Loaded when a store is opened, not at start-up: kysely alone is a few hundred modules.
  const { openSqliteStore } = await import('./sqlite.js');
  if (db === ':memory:') return openSqliteStore(db);
  const path = resolve(db);
  if (options.mustExist && !existsSync(path)) throw new AtalayaError('no such database (`atalaya ingest` creates it)', db);
  // The query commands only read: opened read-only, without migrating, so a read-only file can be queried.
  return openSqliteStore(path, { readOnly: options.mustExist === true, busyWaitMs: options.busyWaitMs });
}
