import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exportEvents, exportParquet } from '../../src/query/export-events.js';
import { TEXT_FORMATS } from '../../src/query/event-formats.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { CHN, makeAnalysis, NATO, RUS, UKR } from '../store/analyses.js';

async function withEvents<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(':memory:');
  await store.save([
    makeAnalysis({ text: 'Rusia y China conversaron el miércoles sobre comercio.', url: 'https://a.example/1', events: [{ actor: [RUS], recipient: [CHN] }] }),
    makeAnalysis({ text: 'La OTAN no sancionó a Ucrania, según fuentes diplomáticas.', url: 'https://b.example/2', events: [{ type: 'SANCTION', cameo: '163', goldstein: -8, quadClass: 4, actor: [NATO], recipient: [UKR], negated: true }] }),
  ]);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const text = async (chunks: AsyncIterable<string>): Promise<string> => {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
};
const lines = (s: string): string[] => s.split('\n').filter(Boolean);

describe('exportEvents (atalaya/export)', () => {
  it('lists only asserted events in the formats that cannot say otherwise, unless asked', () =>
    withEvents(async (store) => {
      assert.equal(lines(await text(exportEvents(store, 'gdelt'))).length, 1);
      assert.equal(lines(await text(exportEvents(store, 'gdelt', { allModalities: true }))).length, 2);
      assert.equal(lines(await text(exportEvents(store, 'jsonl'))).length, 2, 'jsonl says negation itself');
    }));

  it('filters and limits as `atalaya events` does', () =>
    withEvents(async (store) => {
      const nato = lines(await text(exportEvents(store, 'jsonl', { filter: { actor: 'NATO' } })));
      assert.equal(nato.length, 1);
      assert.equal((JSON.parse(nato[0]!) as { type: string }).type, 'SANCTION');
      assert.equal(lines(await text(exportEvents(store, 'jsonl', { limit: 1 }))).length, 1);
      assert.equal(lines(await text(exportEvents(store, 'jsonl', { filter: { actor: 'USA' } }))).length, 0);
    }));

  it('writes a header for csv even with no events', () =>
    withEvents(async (store) => {
      assert.equal(lines(await text(exportEvents(store, 'csv', { filter: { actor: 'USA' } }))).length, 1);
    }));

  it('writes Parquet to a file and says how many events', () =>
    withEvents(async (store) => {
      const path = join(mkdtempSync(join(tmpdir(), 'atalaya-export-')), 'e.parquet');
      assert.equal(await exportParquet(store, path), 2);
      assert.ok(statSync(path).size > 0);
    }));

  it('leaves out, in every format, an event coded only in another story\'s headline on the page, unless asked', async () => {
    const store = await openStore(':memory:');
    await store.save([
      makeAnalysis({ text: 'Lee también: Rusia ataca de nuevo el puerto de Odesa', events: [{ type: 'ASSAULT', cameo: '190', goldstein: -10, quadClass: 4, actor: [RUS], recipient: [UKR], segment: 'teaser' }] }),
    ]);
    try {
      for (const format of TEXT_FORMATS) {
        const none = await text(exportEvents(store, format, { filter: { actor: 'USA' } }));
        assert.equal(await text(exportEvents(store, format)), none, `${format} lists the teaser's event`);
        assert.notEqual(await text(exportEvents(store, format, { filter: { includeTeasers: true } })), none, `${format} with includeTeasers`);
      }
      assert.equal(await exportParquet(store, join(mkdtempSync(join(tmpdir(), 'atalaya-export-')), 't.parquet')), 0);
    } finally {
      await store.close();
    }
  });
});
