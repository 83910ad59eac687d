import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

export type TableName = keyof Database & string;
export type Row<T extends TableName> = Insertable<Database[T]>;

/**
 * Where a batch's rows go, inside the caller's transaction. The engines want opposite things: SQLite is
 * in-process, so a prepared statement run per row is cheapest and lets each row be garbage at once; a
 * PostgreSQL round trip costs far more than a row, so rows are gathered into multi-row inserts.
 */
export interface RowWriter {
  /** Writes (or queues) rows of one table; `ignoreConflicts` skips a row whose key is already stored. */
  add<T extends TableName>(table: T, rows: readonly Row<T>[], ignoreConflicts?: boolean): void;
  /** Writes everything queued by `add`, in the order the tables were first given. */
  flush(): Promise<void>;
  /**
   * Inserts documents (read lazily, in order), skipping ids already stored, and returns the ids it
   * inserted: what settles a race between two workers storing the same text.
   */
  insertDocuments(rows: Iterable<Row<'documents'>>): Promise<Set<string>>;
}

/** Both engines accept at least 32,766 bound parameters per statement; stay under it. */
const MAX_PARAMS = 30000;
const DOCUMENTS_PER_INSERT = 200;

/** Multi-row inserts in chunks that fit the engine's parameter limit; `ignoreConflicts` skips rows already there. */
export async function insertRows<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Row<T>[],
  ignoreConflicts = false,
): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) {
    const q = db.insertInto(table).values(rows.slice(i, i + size) as never);
    await (ignoreConflicts ? q.onConflict((oc) => oc.doNothing()) : q).execute();
  }
}

/** Rows gathered per table and written as multi-row inserts through kysely (PostgreSQL). */
export class KyselyRowWriter implements RowWriter {
  private readonly queued = new Map<string, { table: TableName; ignoreConflicts: boolean; rows: Row<TableName>[] }>();

  constructor(private readonly trx: Kysely<Database>) {}

  add<T extends TableName>(table: T, rows: readonly Row<T>[], ignoreConflicts = false): void {
    if (rows.length === 0) return;
    const key = `${table}|${ignoreConflicts}`;
    let q = this.queued.get(key);
    if (!q) this.queued.set(key, (q = { table, ignoreConflicts, rows: [] }));
    for (const row of rows) q.rows.push(row as Row<TableName>);
  }

  async flush(): Promise<void> {
    for (const q of this.queued.values()) await insertRows(this.trx, q.table, q.rows, q.ignoreConflicts);
    this.queued.clear();
  }

  async insertDocuments(rows: Iterable<Row<'documents'>>): Promise<Set<string>> {
    const inserted = new Set<string>();
    let chunk: Row<'documents'>[] = [];
    const write = async (): Promise<void> => {
      const got = await this.trx.insertInto('documents').values(chunk).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
      for (const { id } of got) inserted.add(id);
      chunk = [];
    };
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length >= DOCUMENTS_PER_INSERT) await write();
    }
    if (chunk.length) await write();
    return inserted;
  }
}
