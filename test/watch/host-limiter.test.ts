import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from '../../src/watch/host-limiter.js';

/** Runs one task per URL, each taking `ms`; returns the most in flight at once overall and per host, and each start time. */
async function load(limiter: HostLimiter, urls: string[], ms: number) {
  let active = 0;
  let peak = 0;
  const perHost = new Map<string, number>();
  let hostPeak = 0;
  const starts: Array<[string, number]> = [];
  const t0 = performance.now();
  await Promise.all(
    urls.map((url) =>
      limiter.run(url, async () => {
        const host = new URL(url).host;
        active++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        peak = Math.max(peak, active);
        hostPeak = Math.max(hostPeak, perHost.get(host)!);
        starts.push([host, performance.now() - t0]);
        await new Promise((r) => setTimeout(r, ms));
        active--;
        perHost.set(host, perHost.get(host)! - 1);
      }),
    ),
  );
  return { peak, hostPeak, starts };
}

describe('HostLimiter', () => {
  it('keeps at most `concurrency` requests in flight and `perHost` to one host', async () => {
    const urls = ['a', 'b', 'c', 'd'].flatMap((h) => [1, 2, 3].map((n) => `http://${h}.example/${n}`));
    const r = await load(new HostLimiter({ concurrency: 3, perHost: 1, hostDelayMs: 0 }), urls, 15);
    assert.deepEqual([r.peak, r.hostPeak], [3, 1]);
  });
  it('spaces the starts of requests to one host by the delay, while other hosts go at once', async () => {
    const urls = ['http://a.example/1', 'http://a.example/2', 'http://a.example/3', 'http://b.example/1'];
    const r = await load(new HostLimiter({ concurrency: 4, perHost: 4, hostDelayMs: 60 }), urls, 1);
    const a = r.starts.filter(([h]) => h === 'a.example').map(([, t]) => t);
    for (let i = 1; i < a.length; i++) assert.ok(a[i]! - a[i - 1]! >= 55, `gap ${a[i]! - a[i - 1]!} ms`);
    assert.ok(r.starts.find(([h]) => h === 'b.example')![1] < 30, 'another host is not held up');
  });
  it('forgets hosts once idle, so its table does not grow with every host seen', async () => {
    const limiter = new HostLimiter({ concurrency: 8, perHost: 2, hostDelayMs: 0 });
    await load(limiter, Array.from({ length: 50 }, (_, i) => `http://h${i}.example/`), 1);
    assert.equal(limiter.remembered, 0);
  });
  it('passes on a task\'s failure and frees its slot', async () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 1, hostDelayMs: 0 });
    await assert.rejects(limiter.run('http://a.example/', async () => { throw new Error('caída'); }), /caída/);
    assert.equal(await limiter.run('http://a.example/', async () => 'otra'), 'otra');
  });
});
