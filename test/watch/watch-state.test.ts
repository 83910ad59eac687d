import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { WatchState } from '../../src/watch/watch-state.js';
import { pgSkip, testPg } from '../store/pg-database.js';

const t0 = new Date('2026-12-01T10:00:00.000Z');
const later = (minutes: number): Date => new Date(t0.getTime() + minutes * 60_000);
const feed = (url: string, lang: 'es' | 'en' | null = null) => ({ url, lang, country: null, where: `f.txt:${url.length}` });

function contract(engine: string, open: () => Promise<Store>): void {
  describe(`WatchState on ${engine}`, () => {
    const stores: Store[] = [];
    after(async () => { for (const s of stores) await s.close(); });
    const state = async (): Promise<WatchState> => {
      const store = await open();
      stores.push(store);
      return new WatchState(store.db);
    };

    it('registers feeds due at once and keeps their state when registered again', async () => {
      const s = await state();
      await s.register([feed('https://a.example/rss', 'es'), feed('https://b.example/rss')], t0);
      await s.succeeded('https://a.example/rss', { etag: '"v1"' }, 3, later(1), later(16));
      await s.register([{ ...feed('https://a.example/rss', 'en'), country: 'MX' }], later(2));
      const [a, b] = await s.feeds();
      assert.deepEqual(
        { lang: a!.lang, country: a!.country, validators: a!.validators, items: a!.items, nextDue: a!.nextDue, failures: a!.failures },
        { lang: 'en', country: 'MX', validators: { etag: '"v1"' }, items: 3, nextDue: later(16).toISOString(), failures: 0 },
      );
      assert.equal(b!.nextDue, t0.toISOString());
      assert.equal(b!.lastSuccess, null);
    });

    it('counts failures in a row, keeps the reason, and clears both on the next success', async () => {
      const s = await state();
      await s.register([feed('https://c.example/rss')], t0);
      await s.failed('https://c.example/rss', 'HTTP 500', later(1), later(5));
      await s.failed('https://c.example/rss', 'HTTP 502', later(5), later(15));
      let [c] = await s.feeds(['https://c.example/rss']);
      assert.deepEqual([c!.failures, c!.lastError, c!.nextDue], [2, 'HTTP 502', later(15).toISOString()]);
      await s.succeeded('https://c.example/rss', null, 0, later(15), later(30));
      [c] = await s.feeds(['https://c.example/rss']);
      assert.deepEqual([c!.failures, c!.lastError, c!.lastSuccess], [0, null, later(15).toISOString()]);
    });

    it('remembers items by any key, across feeds; a failing item is counted but not done', async () => {
      const s = await state();
      await s.markDone('https://a.example/rss', [['guid-1', 'https://a.example/n/1']], t0);
      await s.markFailed('https://a.example/rss', ['https://a.example/n/2'], 'HTTP 503', t0);
      await s.markFailed('https://a.example/rss', ['https://a.example/n/2'], 'HTTP 503', later(1));
      const done = await s.done(['https://a.example/n/1', 'guid-1', 'https://a.example/n/2', 'unknown']);
      assert.deepEqual([...done].sort(), ['guid-1', 'https://a.example/n/1']);
      assert.equal(await s.attempts('https://a.example/rss', ['https://a.example/n/2']), 2);
      assert.equal(await s.attempts('https://b.example/rss', ['https://a.example/n/2']), 0);
      await s.markDone('https://b.example/rss', [['https://a.example/n/2']], later(2));
      assert.ok((await s.done(['https://a.example/n/2'])).has('https://a.example/n/2'));
      // Marking again (a second feed, a rerun) is harmless.
      await s.markDone('https://a.example/rss', [['guid-1']], later(3));
    });
  });
}

contract('sqlite', () => openStore(':memory:'));
describe('postgres', { skip: pgSkip }, () => {
  contract('postgres', async () => openStore(await testPg.fresh()));
});
