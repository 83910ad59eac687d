import { fileWriter, ParquetWriter, schemaFromColumnData, type BasicType, type ColumnSource } from 'hyparquet-writer';
import { packageVersion } from '../core/version.js';
import { CSV_COLUMNS } from './csv.js';
import type { MergedEvent } from './events.js';

type ParquetType = Extract<BasicType, 'STRING' | 'INT32' | 'INT64' | 'DOUBLE'>;

/** Numbers that are not small whole numbers. */
const DOUBLES = new Set(['goldstein', 'latitude', 'longitude']);

/**
 * The parquet export has the CSV export's columns with real types: text as UTF-8 strings (codes keep
 * their zeros), counts and classes as INT32, ids as INT64, scores and coordinates as DOUBLE, all nullable.
 */
export const PARQUET_COLUMNS: ReadonlyArray<{ name: string; type: ParquetType; get: (e: MergedEvent) => string | number | bigint | null }> = CSV_COLUMNS.map(
  ([name, kind, get]) => {
    if (kind === 'text') return { name, type: 'STRING' as const, get: (e: MergedEvent) => get(e) };
    if (name === 'id') return { name, type: 'INT64' as const, get: (e: MergedEvent) => BigInt(e.id) };
    return { name, type: DOUBLES.has(name) ? ('DOUBLE' as const) : ('INT32' as const), get: (e: MergedEvent) => get(e) };
  },
);

/** Rows held before a row group is written: memory stays bounded whatever the export's size. */
const BATCH = 50_000;

/** Writes `events` to a parquet file at `path`, one row group per `batch` events; returns how many events. */
export async function writeParquet(path: string, events: AsyncIterable<MergedEvent>, rowsPerGroup = BATCH): Promise<number> {
  const empty: ColumnSource[] = PARQUET_COLUMNS.map((c) => ({ name: c.name, data: [], type: c.type }));
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: schemaFromColumnData({ columnData: empty }), createdBy: `atalaya ${packageVersion()}` });
  let batch: MergedEvent[] = [];
  let n = 0;
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const rows = batch;
    await writer.write({ columnData: PARQUET_COLUMNS.map((c) => ({ name: c.name, type: c.type, data: rows.map(c.get) })), rowGroupSize: rowsPerGroup });
    batch = [];
  };
  for await (const e of events) {
    batch.push(e);
    n++;
    if (batch.length >= rowsPerGroup) await flush();
  }
  await flush();
  await writer.finish();
  return n;
}
