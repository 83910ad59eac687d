import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MergedEvent } from '../../src/query/events.js';
import { PARQUET_COLUMNS, writeParquet } from '../../src/query/parquet.js';
import { duckColumns, duckRows } from '../helpers/duckdb.js';
import { ALL } from './merged-events.js';

async function* stream(events: MergedEvent[]): AsyncGenerator<MergedEvent> {
  yield* events;
}
const path = (): string => join(mkdtempSync(join(tmpdir(), 'atalaya-parquet-')), 'events.parquet');

describe('parquet export', () => {
  it('DuckDB reads typed columns: codes as text, ids as BIGINT, scores as DOUBLE', async () => {
    const file = path();
    assert.equal(await writeParquet(file, stream(ALL)), ALL.length);
    const types = Object.fromEntries((await duckColumns(`read_parquet('${file}')`)).map((c) => [c.name, c.type]));
    assert.deepEqual(Object.keys(types), PARQUET_COLUMNS.map((c) => c.name));
    assert.deepEqual([types.id, types.cameo, types.quad_class, types.goldstein, types.latitude, types.negated], ['BIGINT', 'VARCHAR', 'INTEGER', 'DOUBLE', 'DOUBLE', 'INTEGER']);
    const rows = await duckRows(`SELECT id, cameo, date, date_precision, latitude, negated FROM read_parquet('${file}') ORDER BY id`);
    assert.deepEqual(rows[0], { id: 42n, cameo: '041', date: '2026-02-04', date_precision: 'day', latitude: 55.75, negated: 0 });
    assert.deepEqual(rows[1], { id: 43n, cameo: '041', date: null, date_precision: null, latitude: null, negated: 0 });
  });

  it('writes one row group per batch, so a large export never sits in memory whole', async () => {
    const file = path();
    await writeParquet(file, stream(ALL), 2);
    const [groups] = await duckRows(`SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata('${file}')`);
    assert.deepEqual(groups, { n: 3n });
    assert.deepEqual(await duckRows(`SELECT count(*) AS n FROM read_parquet('${file}')`), [{ n: BigInt(ALL.length) }]);
  });

  it('writes a valid empty file for no events', async () => {
    const file = path();
    assert.equal(await writeParquet(file, stream([])), 0);
    assert.deepEqual(await duckRows(`SELECT count(*) AS n FROM read_parquet('${file}')`), [{ n: 0n }]);
  });
});
