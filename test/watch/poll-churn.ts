/**
 * A child process for poll-memory.test.ts (run with --expose-gc): a watcher polls a small loopback feed
 * POLLS times — mostly 304s, the feed rewritten every 5th poll with the same items, a new item every
 * 50th — and after every 50 polls the live heap is measured after a full collection. Prints the samples.
 */
import { openStore } from '../../src/store/open.js';
import { Watcher } from '../../src/watch/watcher.js';
import { articlePage, feedRoute, NewsServer, pageRoute, rss, type TestItem } from './news-server.js';

const POLLS = Number(process.argv[2] ?? 1000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const server = await NewsServer.start();
const store = await openStore(':memory:');
let version = 0;
let items: TestItem[] = [];
const addItem = (n: number): void => {
  server.routes.set(`/n/${n}`, pageRoute(articlePage(n)));
  items = [{ title: `Acuerdo ${n}`, link: server.url(`/n/${n}`), guid: `g${n}` }, ...items].slice(0, 10);
};
addItem(0);
server.routes.set('/feed', feedRoute(() => rss(items), () => `"v${version}"`));

let received = 0;
const watcher = new Watcher(
  store,
  [{ url: server.url('/feed'), lang: 'es', country: null, where: 'feeds.txt:1' }],
  async (docs) => {
    received += docs.length;
    return { stored: docs.length, duplicates: 0, failed: 0 };
  },
  {
    everyMs: 60_000, maxItems: 50, batchSize: 10, feedConcurrency: 1,
    limiter: { concurrency: 2, perHost: 2, hostDelayMs: 0 },
    retry: { attempts: 2, baseMs: 5, maxMs: 10, maxRetryAfterMs: 100, random: Math.random },
    timeoutMs: 2000, maxBytes: 1_000_000, maxRedirects: 5, maxItemAttempts: 2, maxBackoffMs: 60_000,
  },
  { error: (w, m) => process.stderr.write(`${w}: ${m}\n`), notice: () => undefined, progress: () => undefined },
);
await watcher.start();
const heapMB: number[] = [];
for (let poll = 1; poll <= POLLS; poll++) {
  if (poll % 50 === 0) addItem(poll);
  if (poll % 5 === 0) version++;
  await watcher.poll(true);
  if (poll % 50 === 0) {
    gc();
    heapMB.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
  }
}
server.close();
await store.close();
process.stdout.write(`${JSON.stringify({ polls: POLLS, received, heapMB })}\n`);
