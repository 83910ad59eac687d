import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AtalayaError } from '../core/errors.js';
import { KyselyStore } from './kysely-store.js';
import { migrateToLatest } from './migrations.js';
import { KyselyRowWriter } from './row-writer.js';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;
/** Ids and counts are far below 2^53, so 64-bit integers are read as numbers, as SQLite gives them. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

const RETRYABLE = new Set(['40P01', '40001']);

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A PostgreSQL database given by URL; a deadlock between concurrent workers is retried, not reported. */
export async function openPostgresStore(url: string): Promise<KyselyStore> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`SELECT 1`.execute(db);
  } catch (err) {
    await db.destroy();
    throw new AtalayaError(`cannot connect: ${(err as Error).message}`, location);
  }
  try {
    await migrateToLatest(db as Kysely<unknown>, 'postgres');
  } catch (err) {
    await db.destroy();
    throw new AtalayaError((err as Error).message, location);
  }
  return new KyselyStore(
    'postgres',
    db,
    location,
    async (fn) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction().execute(fn);
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw err;
          await new Promise((r) => setTimeout(r, 20 * attempt * Math.random()));
        }
      }
    },
    (trx) => new KyselyRowWriter(trx),
  );
}
