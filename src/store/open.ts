import { resolve } from 'node:path';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './atalaya.db';

/** The database to use: the --db option, else $ATALAYA_DB, else ./atalaya.db. */
export function resolveDb(option: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.ATALAYA_DB || DEFAULT_DB;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Opens (creating and migrating when needed) the store at `db`: a postgres:// URL or a SQLite file path. */
export function openStore(db: string): Promise<Store> {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db === ':memory:' ? db : resolve(db));
}
