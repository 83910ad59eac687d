import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FetchError, fetchUrl, USER_AGENT } from '../../src/watch/fetch-url.js';

const feed = '<rss><channel><item><title>Nueva ley</title></item></channel></rss>';
let server: Server;
let base = '';
let lastAgent = '';

function route(req: IncomingMessage, res: ServerResponse): void {
  lastAgent = req.headers['user-agent'] ?? '';
  const path = req.url ?? '/';
  if (path === '/feed') {
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304).end(); return; }
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT', 'content-type': 'application/rss+xml' }).end(feed);
  } else if (path === '/moved') res.writeHead(301, { location: '/feed' }).end();
  else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
  else if (path === '/fail') res.writeHead(500).end('boom');
  else if (path === '/big') res.writeHead(200).end(Buffer.alloc(64 * 1024, 0x61));
  else if (path === '/busy') res.writeHead(429, { 'retry-after': '30' }).end();
  else if (path === '/silent') return;
  else res.writeHead(404).end();
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

const options = { timeoutMs: 500, maxBytes: 16 * 1024, maxRedirects: 5 };

describe('fetchUrl', () => {
  it('returns the body and the validators, naming Atalaya in the User-Agent', async () => {
    const got = await fetchUrl(`${base}/feed`, options);
    assert.equal(got.status, 'ok');
    if (got.status !== 'ok') return;
    assert.equal(Buffer.from(got.bytes).toString('utf8'), feed);
    assert.deepEqual(got.validators, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    assert.equal(lastAgent, USER_AGENT);
  });
  it('is unchanged when the server answers 304 to the stored ETag', async () => {
    const got = await fetchUrl(`${base}/feed`, { ...options, validators: { etag: '"v1"' } });
    assert.equal(got.status, 'unchanged');
  });
  it('follows a redirect and reports the final URL', async () => {
    const got = await fetchUrl(`${base}/moved`, options);
    assert.equal(got.url, `${base}/feed`);
  });
  const kinds: Array<[string, string, boolean, number | null, number | null]> = [
    ['a 429 asking to wait', '/busy', true, 429, 30_000],
    ['a 500', '/fail', true, 500, null],
    ['a 404', '/gone', false, 404, null],
    ['a redirect loop', '/loop', false, 302, null],
    ['a timeout', '/silent', true, null, null],
  ];
  for (const [what, path, transient, status, retryAfterMs] of kinds) {
    it(`says whether ${what} is worth retrying, its status and Retry-After`, async () => {
      await assert.rejects(fetchUrl(`${base}${path}`, options), (e: FetchError) =>
        e instanceof FetchError && e.transient === transient && e.status === status && e.retryAfterMs === retryAfterMs);
    });
  }
  const failures: Array<[string, string, RegExp]> = [
    ['a redirect loop', '/loop', /more than 5 redirects/],
    ['a 500', '/fail', /HTTP 500/],
    ['a 404', '/gone', /HTTP 404/],
    ['a body over the cap', '/big', /byte cap/],
    ['a server that never answers', '/silent', /within 500 ms/],
  ];
  for (const [what, path, reason] of failures) {
    it(`fails with a one-line reason on ${what}`, async () => {
      await assert.rejects(fetchUrl(`${base}${path}`, options), (error: Error) => reason.test(error.message) && !error.message.includes('\n'));
    });
  }
});
