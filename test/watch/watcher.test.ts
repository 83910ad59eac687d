import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import type { FeedSpec } from '../../src/watch/feeds-file.js';
import { ingestSink } from '../../src/watch/sinks.js';
import { WatchState } from '../../src/watch/watch-state.js';
import { Watcher, type WatchOptions } from '../../src/watch/watcher.js';
import { articlePage, articleParagraphs, feedRoute, NewsServer, pageRoute, rss, type TestItem } from './news-server.js';

const pipeline = buildPipeline();
const dir = mkdtempSync(join(tmpdir(), 'atalaya-watch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Short timeouts and back-offs so that every fault costs a fraction of a second. */
const fast: WatchOptions = {
  everyMs: 60_000,
  maxItems: 50,
  batchSize: 10,
  feedConcurrency: 4,
  limiter: { concurrency: 4, perHost: 2, hostDelayMs: 0 },
  retry: { attempts: 3, baseMs: 10, maxMs: 40, maxRetryAfterMs: 2000, random: () => 0.5 },
  // Generous for loopback: the first page read loads the HTML reader, which holds the event loop a while.
  timeoutMs: 1500,
  maxBytes: 1_000_000,
  maxRedirects: 5,
  maxItemAttempts: 2,
  maxBackoffMs: 3_600_000,
};

let server: NewsServer;
let store: Store;
let log: { errors: string[]; notices: string[] };
beforeEach(async () => {
  server = await NewsServer.start();
  store = await openStore(':memory:');
  log = { errors: [], notices: [] };
});
afterEach(async () => {
  server.close();
  await store.close();
});

const spec = (path: string, lang: 'es' | 'en' | null = null): FeedSpec => ({ url: server.url(path), lang, country: null, where: `feeds.txt:${path}` });
const messages = () => ({ error: (w: string, m: string) => void log.errors.push(`${w}: ${m}`), notice: (w: string, m: string) => void log.notices.push(`${w}: ${m}`) });

async function watcher(feeds: FeedSpec[], options: Partial<WatchOptions> = {}, on: Store = store): Promise<Watcher> {
  const w = new Watcher(on, feeds, ingestSink(on, pipeline, 10, messages()), { ...fast, ...options }, { ...messages(), progress: () => undefined });
  await w.start();
  return w;
}

async function stored(on: Store = store): Promise<Array<{ url: string | null; text: string }>> {
  return on.db.selectFrom('documents').select(['url', 'text']).orderBy('seq').execute();
}

/** A feed at /feed whose items are articles `ns`, each page at /n/N; the ETag changes with the list. */
function site(ns: number[]): { set(next: number[]): void } {
  let list = ns;
  const item = (n: number): TestItem => ({ title: `Acuerdo ${n}`, link: server.url(`/n/${n}`), guid: `diario-${n}`, description: `Resumen ${n}` });
  server.routes.set('/feed', feedRoute(() => rss(list.map(item)), () => `"${list.join('-')}"`));
  const pages = (next: number[]): void => {
    for (const n of next) server.routes.set(`/n/${n}`, pageRoute(articlePage(n)));
  };
  pages(ns);
  return {
    set(next) {
      list = next;
      pages(next);
    },
  };
}

describe('Watcher', () => {
  it('stores each new item\'s page once; an unchanged feed (304) fetches nothing; a changed one only its new items', async () => {
    const news = site([1, 2]);
    const w = await watcher([spec('/feed')]);
    const first = await w.poll();
    assert.deepEqual(first.feeds.map((f) => [f.outcome, f.items, f.stored]), [['new', 2, 2]]);
    const docs = await stored();
    assert.equal(docs.length, 2);
    assert.ok(docs[0]!.text.includes(articleParagraphs(1)[0]!), 'the page\'s main text, not the feed\'s summary');
    assert.ok(!docs[0]!.text.includes('Portada'), 'without the site menu');

    const second = await w.poll(true);
    assert.deepEqual(second.feeds.map((f) => f.outcome), ['unchanged']);
    news.set([3, 1, 2]);
    const third = await w.poll(true);
    assert.deepEqual(third.feeds.map((f) => [f.outcome, f.items, f.stored]), [['new', 1, 1]]);
    assert.deepEqual([1, 2, 3].map((n) => server.hitsOf(`/n/${n}`)), [1, 1, 1], log.notices.join('\n'));
    assert.equal((await stored()).length, 3);
    assert.deepEqual(log.errors, []);
  });

  it('after a restart (a new watcher on the same database) neither refetches old items nor misses new ones', async () => {
    const path = join(dir, 'restart.db');
    const news = site([1, 2]);
    const a = await openStore(path);
    await (await watcher([spec('/feed')], {}, a)).poll();
    await a.close();
    news.set([4, 1, 2]);
    const b = await openStore(path);
    const summary = await (await watcher([spec('/feed')], {}, b)).poll(true);
    assert.deepEqual(summary.feeds.map((f) => [f.outcome, f.items]), [['new', 1]]);
    assert.deepEqual([1, 2, 4].map((n) => server.hitsOf(`/n/${n}`)), [1, 1, 1]);
    assert.equal((await stored(b)).length, 3);
    await b.close();
  });

  it('fetches and stores an item listed by two feeds once', async () => {
    site([1, 2]);
    server.routes.set('/otra', feedRoute(() => rss([{ title: 'Acuerdo 2', link: server.url('/n/2') }, { title: 'Acuerdo 5', link: server.url('/n/5') }]), () => '"o1"'));
    server.routes.set('/n/5', pageRoute(articlePage(5)));
    const w = await watcher([spec('/feed'), spec('/otra')], { feedConcurrency: 1 });
    await w.poll();
    assert.equal(server.hitsOf('/n/2'), 1);
    assert.equal((await stored()).length, 3);
  });

  it('handles at most --max-items new items per poll and keeps the rest for the next, so none is missed', async () => {
    site([1, 2, 3, 4, 5]);
    const w = await watcher([spec('/feed')], { maxItems: 2 });
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await w.poll(true)).feeds.map((f) => [f.items, f.pending])[0]);
    assert.deepEqual(counts, [[2, 3], [2, 1], [1, 0]]);
    assert.equal((await w.poll(true)).feeds[0]!.outcome, 'unchanged');
    assert.equal((await stored()).length, 5);
  });

  it('a feed that fails (500) is reported and backed off, and the others go on', async () => {
    site([1]);
    server.routes.set('/roto', (_req, res) => void res.writeHead(500).end('error'));
    let now = new Date('2026-12-03T10:00:00Z');
    const w = await watcher([spec('/feed'), spec('/roto')], { now: () => now });
    const first = await w.poll();
    const broken = first.feeds.find((f) => f.url.endsWith('/roto'))!;
    assert.deepEqual([broken.outcome, broken.error, broken.failures], ['failed', 'HTTP 500', 1]);
    assert.equal(server.hitsOf('/roto'), 3, 'tried three times');
    assert.equal(first.feeds.find((f) => f.url.endsWith('/feed'))!.stored, 1);
    assert.ok(Date.parse(broken.nextDue) >= now.getTime() + fast.everyMs);
    now = new Date(Date.parse(broken.nextDue) + 1);
    const second = (await w.poll()).feeds.find((f) => f.url.endsWith('/roto'))!;
    assert.equal(second.failures, 2);
    assert.ok(Date.parse(second.nextDue) - now.getTime() >= 2 * fast.everyMs, 'put off longer after each failure');
    assert.equal((await w.poll(true)).feeds.find((f) => f.url.endsWith('/roto'))!.outcome, 'not due', '--once keeps a failing feed\'s back-off');
    assert.ok(log.errors.some((e) => e.includes('/roto: HTTP 500; failed 2 polls in a row, next poll at')));
    const [state] = await new WatchState(store.db).feeds([server.url('/roto')]);
    assert.deepEqual([state!.failures, state!.lastError], [2, 'HTTP 500']);
  });

  it('honours Retry-After on a 429, waiting it out when short and backing the feed off when long', async () => {
    site([1]);
    let asked = 0;
    server.routes.set('/lento', (req, res) => {
      asked++;
      if (asked === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else feedRoute(() => rss([]), () => '"e"')(req, res);
    });
    server.routes.set('/cerrado', (_req, res) => void res.writeHead(503, { 'retry-after': '7200' }).end());
    const w = await watcher([spec('/lento'), spec('/cerrado')]);
    const started = performance.now();
    const s = await w.poll();
    assert.ok(performance.now() - started >= 950, 'waited the second it was asked to');
    assert.equal(s.feeds.find((f) => f.url.endsWith('/lento'))!.outcome, 'unchanged');
    const closed = s.feeds.find((f) => f.url.endsWith('/cerrado'))!;
    assert.equal(server.hitsOf('/cerrado'), 1, 'no retries within a poll when told to wait two hours');
    assert.ok(Date.parse(closed.nextDue) - Date.parse(s.started) >= 7200_000);
  });

  it('reports a server that never answers and one with broken XML, without stopping the good feed', async () => {
    site([1]);
    server.routes.set('/mudo', () => undefined);
    server.routes.set('/xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>a</title></channel></rss>'));
    const s = await (await watcher([spec('/feed'), spec('/mudo'), spec('/xml')], { timeoutMs: 300 })).poll();
    const by = (p: string) => s.feeds.find((f) => f.url.endsWith(p))!;
    assert.match(by('/mudo').error ?? '', /no complete answer within 300 ms/);
    assert.match(by('/xml').error ?? '', /^broken XML at line 1/);
    assert.equal(by('/feed').stored, 1);
  });

  it('stores the feed\'s own text when a page is gone (404), too big, a redirect loop or not HTML', async () => {
    const items: TestItem[] = [
      { title: 'Perdida', link: server.url('/n/gone'), description: articleParagraphs(11)[0] },
      { title: 'Enorme', link: server.url('/n/huge'), description: articleParagraphs(12)[0] },
      { title: 'Vuelta', link: server.url('/n/loop'), description: articleParagraphs(13)[0] },
      { title: 'Documento', link: server.url('/n/pdf'), description: articleParagraphs(14)[0] },
    ];
    server.routes.set('/feed', feedRoute(() => rss(items), () => '"x"'));
    let sent = 0;
    server.routes.set('/n/huge', (_req, res) => {
      // 50 MB announced by nothing but the stream itself: the cap must cut it off while reading.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1 << 20, 0x61);
      const write = (): void => {
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('error', () => undefined);
      write();
    });
    server.routes.set('/n/loop', (_req, res) => void res.writeHead(302, { location: '/n/loop' }).end());
    server.routes.set('/n/pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'));
    const s = await (await watcher([spec('/feed')])).poll();
    assert.deepEqual(s.feeds.map((f) => [f.items, f.stored, f.failedItems]), [[4, 4, 0]]);
    assert.ok(sent < 50, `the 50 MB page was abandoned (${sent} MB sent)`);
    const notices = log.notices.join('\n');
    for (const reason of ['HTTP 404', 'byte cap', 'more than 5 redirects', 'not an HTML page (application/pdf)']) assert.ok(notices.includes(reason), reason);
    assert.equal(server.hitsOf('/n/gone'), 1, 'a 404 is not retried');
    assert.ok((await stored()).some((d) => d.text.includes(articleParagraphs(11)[0]!)));
  });

  it('retries a page that fails for now (500s, a byte a second) on the next poll, then falls back to the feed\'s text', async () => {
    let pageOk = false;
    server.routes.set('/feed', feedRoute(() => rss([{ title: 'A', link: server.url('/n/a'), description: articleParagraphs(21)[0] }, { title: 'B', link: server.url('/n/b'), description: articleParagraphs(22)[0] }]), () => '"ab"'));
    server.routes.set('/n/a', (req, res) => (pageOk ? pageRoute(articlePage(21))(req, res) : void res.writeHead(502).end()));
    server.routes.set('/n/b', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('<')), 1000);
      res.on('close', () => clearInterval(timer));
    });
    const w = await watcher([spec('/feed')], { timeoutMs: 300 });
    const first = (await w.poll(true)).feeds[0]!;
    assert.deepEqual([first.items, first.pending], [0, 2]);
    assert.equal(server.hitsOf('/n/a'), 3);
    assert.ok(log.errors.some((e) => e.includes('/n/b: no complete answer within 300 ms (try 1 of 2; tried again next poll)')));
    pageOk = true;
    const second = (await w.poll(true)).feeds[0]!;
    assert.deepEqual([second.items, second.stored, second.pending], [2, 2, 0]);
    const docs = await stored();
    assert.ok(docs.some((d) => d.text.includes(articleParagraphs(21)[1]!)), 'A from its page once it answered');
    assert.ok(docs.some((d) => d.text.includes(articleParagraphs(22)[0]!)), 'B from the feed after its last try');
    assert.equal((await w.poll(true)).feeds[0]!.outcome, 'unchanged', 'the validators are kept once every item is handled');
  });

  it('reads a page whose declared charset is wrong, and a compressed one', async () => {
    const words = 'La cancillería de Perú anunció una reunión con España sobre pesca y navegación.';
    const html = (charset: string) => `<html lang="es"><head><meta charset="${charset}"><title>Perú</title></head><body><p>${words}</p><p>Página leída como ${charset}.</p></body></html>`;
    server.routes.set('/feed', feedRoute(() => rss([{ title: 'Uno', link: server.url('/n/latin') }, { title: 'Dos', link: server.url('/n/utf') }, { title: 'Tres', link: server.url('/n/gz') }]), () => '"c"'));
    // Windows-1252 bytes sent as UTF-8, and UTF-8 bytes sent as Latin-1.
    server.routes.set('/n/latin', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(Buffer.from(html('utf-8'), 'latin1')));
    server.routes.set('/n/utf', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(html('iso-8859-1'), 'utf8')));
    server.routes.set('/n/gz', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(html('gzip'))));
    await (await watcher([spec('/feed')])).poll();
    const docs = await stored();
    assert.equal(docs.length, 3);
    for (const d of docs) assert.ok(d.text.includes('La cancillería de Perú anunció'), d.text);
    assert.ok(docs.some((d) => d.text.includes('leída como gzip')));
  });

  it('on stop finishes the items in hand and leaves the rest for the next poll', async () => {
    site([1, 2, 3, 4]);
    const w = await watcher([spec('/feed')], { batchSize: 1, limiter: { concurrency: 1, perHost: 1, hostDelayMs: 0 } });
    server.routes.set('/n/1', (req, res) => {
      w.stop();
      pageRoute(articlePage(1))(req, res);
    });
    const s = await w.poll(true);
    assert.equal(s.interrupted, true);
    assert.deepEqual(s.feeds.map((f) => [f.items, f.pending]), [[1, 3]]);
    const again = await (await watcher([spec('/feed')])).poll(true);
    assert.deepEqual(again.feeds.map((f) => [f.items, f.pending]), [[3, 0]]);
    assert.equal((await stored()).length, 4);
  });
});
