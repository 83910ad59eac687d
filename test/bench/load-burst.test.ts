import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { burst, percentile } from '../../bench/load-burst.js';

describe('percentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const cases: Array<[number[], number, number]> = [
    [ten, 50, 5],
    [ten, 95, 10],
    [ten, 99, 10],
    [ten, 10, 1],
    [ten, 0, 1],
    [ten, 100, 10],
    [[7], 99, 7],
    [[], 50, 0],
  ];
  for (const [xs, p, expected] of cases) it(`p${p} of ${xs.length} values is ${expected}`, () => assert.equal(percentile(xs, p), expected));
});

describe('burst', () => {
  let server: Server;
  let base: string;
  let inFlight = 0;
  let most = 0;
  before(async () => {
    server = createServer((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // A short wait so that requests overlap and the concurrency bound is what limits them.
      setTimeout(() => {
        inFlight--;
        res.writeHead(req.url === '/missing' ? 404 : req.url === '/broken' ? 500 : 200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(1000));
      }, 5);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('sends exactly the requests asked, never more at once than the concurrency, and times them', async () => {
    most = 0;
    const r = await burst([`${base}/a`, `${base}/b`], { requests: 60, concurrency: 8 });
    assert.deepEqual([r.requests, r.errors, r.errorSamples], [60, 0, []]);
    assert.ok(most <= 8 && most >= 2, `at most 8 in flight, saw ${most}`);
    assert.ok(r.latencyMs.p50 >= 4 && r.latencyMs.p50 <= r.latencyMs.p95 && r.latencyMs.p95 <= r.latencyMs.p99 && r.latencyMs.p99 <= r.latencyMs.max);
    assert.deepEqual(r.byUrl.map((u) => u.requests), [30, 30]);
    assert.ok(r.requestsPerSecond > 0);
  });

  it('counts error statuses and unanswered requests as errors, naming them', async () => {
    const r = await burst([`${base}/ok`, `${base}/missing`, `${base}/broken`], { requests: 9, concurrency: 3 });
    assert.equal(r.errors, 6);
    assert.ok(r.errorSamples.includes(`404 ${base}/missing`) && r.errorSamples.includes(`500 ${base}/broken`), r.errorSamples.join('; '));
    const refused = await burst(['http://127.0.0.1:1/'], { requests: 2, concurrency: 2, timeoutMs: 2000 });
    assert.equal(refused.errors, 2);
    assert.match(refused.errorSamples[0]!, /^error http:\/\/127\.0\.0\.1:1\/: /);
  });

  it('refuses an empty list of URLs', async () => {
    await assert.rejects(burst([], { requests: 1, concurrency: 1 }), /no URL/);
  });
});
