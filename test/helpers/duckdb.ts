import { DuckDBInstance } from '@duckdb/node-api';

/** A column as DuckDB sees a file: the consumer's view of an export, not ours. */
export interface SeenColumn {
  name: string;
  type: string;
}

/** Runs `sql` in a fresh in-memory DuckDB and returns the rows as plain objects. */
export async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    c.closeSync();
  }
}

/** The columns and types DuckDB infers for `from` (e.g. "read_csv('x.csv')"). */
export async function duckColumns(from: string): Promise<SeenColumn[]> {
  const rows = await duckRows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${from})`);
  return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
