import type BetterSqlite3 from 'better-sqlite3';
import type { Row, RowWriter, TableName } from './row-writer.js';

type Values = readonly unknown[];

/**
 * Rows written one at a time through prepared statements on the store's own SQLite connection (inside
 * the transaction kysely opened on it). Statements are prepared once per table and column list and
 * kept for the connection's life: building and compiling a multi-row INSERT per batch cost more than
 * SQLite's work, and held every row of the batch in memory at once.
 */
export class SqliteRowWriter implements RowWriter {
  private readonly statements = new Map<string, { columns: readonly string[]; statement: BetterSqlite3.Statement<Values> }>();

  constructor(private readonly db: BetterSqlite3.Database) {}

  add<T extends TableName>(table: T, rows: readonly Row<T>[], ignoreConflicts = false): void {
    if (rows.length === 0) return;
    // One call's rows come from one row builder (src/store/rows.ts), so they share the first row's columns.
    const { columns, statement } = this.prepared(table, Object.keys(rows[0]!), ignoreConflicts ? ' ON CONFLICT DO NOTHING' : '');
    for (const row of rows) statement.run(valuesOf(row as Record<string, unknown>, columns));
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  insertDocuments(rows: Iterable<Row<'documents'>>): Promise<Set<string>> {
    const inserted = new Set<string>();
    for (const row of rows) {
      const { columns, statement } = this.prepared('documents', Object.keys(row), ' ON CONFLICT (id) DO NOTHING');
      if (statement.run(valuesOf(row as Record<string, unknown>, columns)).changes > 0) inserted.add(row.id);
    }
    return Promise.resolve(inserted);
  }

  private prepared(table: TableName, columns: readonly string[], conflict: string) {
    const key = `${table}(${columns.join(',')})${conflict}`;
    let p = this.statements.get(key);
    if (!p) {
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${conflict}`;
      p = { columns, statement: this.db.prepare<Values>(sql) };
      this.statements.set(key, p);
    }
    return p;
  }
}

/** A row's values in column order; undefined is stored as NULL (no column has another default). */
function valuesOf(row: Record<string, unknown>, columns: readonly string[]): unknown[] {
  const out = new Array<unknown>(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = row[columns[i]!] ?? null;
  return out;
}
