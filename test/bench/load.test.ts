/**
 * The load test, bounded to a few seconds (`npm run load` runs the full one: 2,000 requests over 10,000
 * articles): a store filled through the real ingest path, `atalaya serve` in its own process, a burst of
 * /api/events requests 32 at a time. No request may fail; the latencies are printed, not judged, as a
 * shared CI machine's timing says little.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { burst } from '../../bench/load-burst.js';
import { spawnServe } from '../../bench/load-server.js';
import { eventQueries, fillStore } from '../../bench/load-store.js';
import { openStore } from '../../src/store/open.js';

describe('load: a bounded burst at /api/events', { timeout: 120_000 }, () => {
  it('serves 360 requests, 32 at a time, over a store of 150 articles with no error', async (t) => {
    const db = join(mkdtempSync(join(tmpdir(), 'atalaya-load-')), 'load.db');
    const store = await openStore(db);
    let documents: number;
    try {
      documents = (await fillStore(store, 150)).documents;
      assert.equal(documents, 150, 'every generated article is distinct');
      assert.equal((await fillStore(store, 150)).ingested, null, 'a filled store is reused as it is');
    } finally {
      await store.close();
    }
    const server = await spawnServe(db);
    try {
      const urls = await eventQueries(server.url);
      assert.ok(urls.length >= 10, `a mix of queries, got ${urls.length}`);
      assert.ok(urls.some((u) => u.includes('cursor=')) && urls.some((u) => u.includes('dyad=')) && urls.some((u) => u.includes('format=csv')));
      const warm = await burst(urls, { requests: 60, concurrency: 32 });
      const r = await burst(urls, { requests: 300, concurrency: 32 });
      t.diagnostic(`${r.requests} requests over ${documents} articles: p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, ${r.requestsPerSecond} requests/s`);
      assert.deepEqual([warm.errors + r.errors, [...warm.errorSamples, ...r.errorSamples]], [0, []]);
      assert.equal(warm.requests + r.requests, 360);
    } finally {
      assert.equal(await server.stop(), 0, 'serve stops cleanly on SIGTERM');
    }
  });

  it('spawnServe reports a server that cannot start, with its reason', async () => {
    await assert.rejects(spawnServe(join(tmpdir(), 'atalaya-no-such-dir', 'none.db')), /exited \(\d+\) before serving: atalaya: .+/);
  });
});
