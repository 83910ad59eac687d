/**
 * `npm run load`: the server under a burst. Fills a store with articles generated from the team's
 * fixtures through the real ingest path (kept in .tmp/, so a rerun measures at once), serves it with
 * `atalaya serve` in a process of its own on loopback, sends a mix of /api/events requests (filters,
 * pages, a CSV export) `--concurrency` at a time, and prints the latency percentiles, requests per
 * second and errors. Exits 1 when any request failed.
 *   npm run load -- [--articles 10000] [--requests 2000] [--concurrency 32] [--warm-up 300] [--db FILE|postgres://…]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { openStore } from '../src/store/open.js';
import { burst } from './load-burst.js';
import { spawnServe } from './load-server.js';
import { eventQueries, fillStore } from './load-store.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '32' },
    'warm-up': { type: 'string', default: '300' },
    db: { type: 'string' },
  },
});

function whole(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`load: --${name} "${value}" is not a positive whole number\n`);
    process.exit(2);
  }
  return n;
}

const articles = whole('articles', values.articles);
const requests = whole('requests', values.requests);
const concurrency = whole('concurrency', values.concurrency);
const warmUp = whole('warm-up', values['warm-up']);
mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
const db = values.db ?? join(PROJECT_ROOT, '.tmp', `load-${articles}.db`);

const store = await openStore(db);
let filled: Awaited<ReturnType<typeof fillStore>>;
try {
  const t0 = performance.now();
  filled = await fillStore(store, articles, (c) => process.stderr.write(`\rload: ingested ${c.read} of ${articles}…`));
  if (filled.ingested) process.stderr.write(`\rload: ingested ${filled.ingested.stored} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
} finally {
  await store.close();
}
const engine = store.engine;
const server = await spawnServe(db);
try {
  const urls = await eventQueries(server.url);
  // A warm-up burst, reported apart: a fresh server runs its first few hundred requests several times
  // slower (V8 has not compiled the hot paths yet, SQLite's page cache is cold), which is a one-off
  // cost of a process, not its steady latency.
  const warm = await burst(urls, { requests: warmUp, concurrency });
  const result = await burst(urls, { requests, concurrency });
  const report = { engine, documents: filled.documents, concurrency, warmUp: { requests: warm.requests, errors: warm.errors, latencyMs: warm.latencyMs }, ...result };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `load: ${result.requests} requests, ${concurrency} at a time, over ${filled.documents} articles (${engine}): ` +
      `p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms; ` +
      `${result.requestsPerSecond} requests/s; ${result.errors} errors (warm-up of ${warm.requests}: p99 ${warm.latencyMs.p99} ms, ${warm.errors} errors)\n`,
  );
  for (const e of result.errorSamples) process.stderr.write(`load: ${e}\n`);
  process.exitCode = result.errors + warm.errors > 0 ? 1 : 0;
} finally {
  await server.stop();
}
