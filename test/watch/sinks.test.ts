import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openQueue } from '../../src/ingest/queue.js';
import { runWorker } from '../../src/ingest/worker.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/open.js';
import { queueSink } from '../../src/watch/sinks.js';
import { Watcher } from '../../src/watch/watcher.js';
import { pgSkip, testPg } from '../store/pg-database.js';
import { articlePage, feedRoute, NewsServer, pageRoute, rss } from './news-server.js';

describe('watch --queue on PostgreSQL', { skip: pgSkip }, () => {
  let server: NewsServer;
  before(async () => {
    server = await NewsServer.start();
  });
  after(() => server.close());

  it('queues each new item once for workers, who store it; the next poll queues only the item added', async () => {
    let list = [1, 2];
    server.routes.set('/feed', feedRoute(() => rss(list.map((n) => ({ title: `Acuerdo ${n}`, link: server.url(`/n/${n}`) }))), () => `"${list.join()}"`));
    for (const n of [1, 2, 3]) server.routes.set(`/n/${n}`, pageRoute(articlePage(n)));
    const db = await testPg.fresh();
    const store = await openStore(db);
    const boss = await openQueue(db, store.location);
    const messages = { error: (w: string, m: string) => assert.fail(`${w}: ${m}`), notice: () => undefined };
    try {
      const watcher = new Watcher(store, [{ url: server.url('/feed'), lang: null, country: null, where: 'f:1' }], queueSink(store, boss, 10, messages), {
        everyMs: 60_000, maxItems: 50, batchSize: 10, feedConcurrency: 2, limiter: { concurrency: 2, perHost: 2, hostDelayMs: 0 },
        retry: { attempts: 2, baseMs: 5, maxMs: 10, maxRetryAfterMs: 100, random: () => 0.5 },
        timeoutMs: 2000, maxBytes: 1_000_000, maxRedirects: 5, maxItemAttempts: 2, maxBackoffMs: 60_000,
      }, { ...messages, progress: () => undefined });
      await watcher.start();
      assert.deepEqual((await watcher.poll()).feeds.map((f) => [f.items, f.stored]), [[2, 2]]);
      const worked = await runWorker(store, boss, buildPipeline(), { batchSize: 5, pollSeconds: 0.2, untilEmpty: true, stop: () => false }, { error: messages.error, progress: () => undefined });
      assert.equal(worked.stored, 2);
      list = [3, 2, 1];
      assert.deepEqual((await watcher.poll(true)).feeds.map((f) => [f.items, f.stored]), [[1, 1]]);
      const jobs = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'atalaya-analyze'`.execute(store.db);
      assert.equal(jobs.rows[0]!.n, 3);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  });
});
