import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { backoffMs, fetchWithRetry, type RetryPolicy } from '../../src/watch/fetch-retry.js';
import { FetchError, retryAfter } from '../../src/watch/fetch-url.js';
import { HostLimiter } from '../../src/watch/host-limiter.js';

describe('backoffMs', () => {
  const cases: Array<[string, number, number, number]> = [
    ['the first wait is between half the base and the base', 1, 0, 50],
    ['…at most the base', 1, 0.999, 100],
    ['it doubles per failure', 3, 0.5, 300],
    ['and stops at the cap', 10, 0.999, 1000],
  ];
  for (const [what, failures, r, ms] of cases) it(what, () => assert.equal(backoffMs(failures, 100, 1000, () => r), ms));
});

describe('retryAfter', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  const cases: Array<[string | null, number | null]> = [
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 03 Dec 2026 10:01:00 GMT', 60_000],
    ['Thu, 03 Dec 2026 09:00:00 GMT', 0],
    ['pronto', null],
    ['-5', null],
    [null, null],
  ];
  for (const [value, ms] of cases) it(`reads ${JSON.stringify(value)} as ${ms}`, () => assert.equal(retryAfter(value, now), ms));
});

describe('fetchWithRetry', () => {
  let server: Server;
  let base = '';
  const hits = new Map<string, number>();
  before(async () => {
    server = createServer((req, res) => {
      const n = (hits.get(req.url!) ?? 0) + 1;
      hits.set(req.url!, n);
      if (req.url === '/flaky') n < 3 ? res.writeHead(503).end() : res.writeHead(200).end('ok');
      else if (req.url === '/reset') n < 2 ? req.socket.destroy() : res.writeHead(200).end('ok');
      else if (req.url === '/gone') res.writeHead(410).end();
      else res.writeHead(500).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => { server.closeAllConnections(); server.close(); });

  const policy: RetryPolicy = { attempts: 3, baseMs: 5, maxMs: 20, maxRetryAfterMs: 1000, random: () => 0.5 };
  const options = { timeoutMs: 500, maxBytes: 1000, maxRedirects: 5 };
  const limiter = new HostLimiter({ concurrency: 2, perHost: 2, hostDelayMs: 0 });

  it('tries again after 5xx and after a reset connection, and returns the answer', async () => {
    const retries: string[] = [];
    const got = await fetchWithRetry(`${base}/flaky`, options, policy, limiter, undefined, (e) => retries.push(e.message));
    assert.equal(got.status, 'ok');
    assert.deepEqual(retries, ['HTTP 503', 'HTTP 503']);
    assert.equal((await fetchWithRetry(`${base}/reset`, options, policy, limiter)).status, 'ok');
  });
  it('gives up after the last try with the last error, marked transient', async () => {
    await assert.rejects(fetchWithRetry(`${base}/down`, options, policy, limiter), (e: FetchError) => e.message === 'HTTP 500' && e.transient && e.status === 500);
    assert.equal(hits.get('/down'), 3);
  });
  it('does not retry a permanent failure', async () => {
    await assert.rejects(fetchWithRetry(`${base}/gone`, options, policy, limiter), (e: FetchError) => !e.transient && e.status === 410);
    assert.equal(hits.get('/gone'), 1);
  });
});
