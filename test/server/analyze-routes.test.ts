import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { ANALYSIS_FORMAT } from '../../src/core/analysis.js';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const TEXT = 'El canciller de México se reunió el martes con su homólogo de Canadá en Ottawa.';

describe('POST /api/analyze', () => {
  let store: Store;
  let app: Hono;
  before(async () => {
    store = await openStore(':memory:');
    app = createApp(store, { webRoot: null, maxBodyBytes: 4000 });
  });
  after(() => store.close());
  const post = (payload: string, type: string | null, query = ''): Promise<Response> =>
    Promise.resolve(app.request(`/api/analyze${query}`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: payload }));

  it('analyses plain text, with the query’s metadata, and stores nothing', async () => {
    const res = await post(TEXT, 'text/plain; charset=utf-8', '?published=2026-03-03&lang=es&title=Reuni%C3%B3n');
    assert.equal(res.status, 200);
    const a = await res.json();
    assert.equal(a.format, ANALYSIS_FORMAT);
    assert.equal(a.document.text, TEXT);
    assert.deepEqual([a.document.published.value, a.document.lang, a.document.title], ['2026-03-03', 'es', 'Reunión']);
    assert.ok(a.events.length > 0, 'a meeting is coded');
    assert.equal((await store.existing([a.document.id])).size, 0);
  });

  it('takes a JSON input record and an HTML page, whose scripts are not text', async () => {
    const rec = await (await post(JSON.stringify({ id: 'r1', published: '2026-01-05', text: TEXT }, null, 2), 'application/json')).json();
    assert.deepEqual([rec.document.sourceId, rec.document.published.value], ['r1', '2026-01-05']);
    const page = `<html><body><p>${TEXT}</p><script>alert(1)</script></body></html>`;
    const html = await (await post(page, 'text/html')).json();
    assert.doesNotMatch(html.document.text, /alert|<p>/);
  });

  it('adds the trace when asked', async () => {
    const a = await (await post(TEXT, 'text/plain', '?trace=true')).json();
    assert.ok(Array.isArray(a.trace) && a.trace.length > 0);
  });

  const refusals: Array<[string, string, string | null, string, number, RegExp]> = [
    ['a body over the limit', 'x'.repeat(4001), 'text/plain', '', 413, /too large/],
    ['an empty body', '', 'text/plain', '', 400, /empty request body/],
    ['blank text', '   \n ', 'text/plain', '', 400, /unreadable document|empty/],
    ['broken JSON', '{"text": ', 'application/json', '', 400, /not valid JSON/],
    ['a record without text', '{"id": 3}', 'application/json', '', 400, /needs a "text" or an "html" field/],
    ['an unread content type', TEXT, 'application/pdf', '', 415, /unsupported content type/],
    ['a feed (one document only here)', '<rss><channel></channel></rss>', 'application/rss+xml', '', 415, /unsupported content type/],
    ['a bad language', TEXT, 'text/plain', '?lang=fr', 400, /bad query parameter "lang"/],
    ['an unknown parameter', TEXT, 'text/plain', '?fecha=2026-01-01', 400, /bad query parameter "fecha"/],
  ];
  for (const [what, payload, type, query, status, message] of refusals) {
    it(`refuses ${what} (${status})`, async () => {
      const res = await post(payload, type, query);
      assert.equal(res.status, status);
      const e = await res.json();
      assert.deepEqual(Object.keys(e), ['error', 'detail']);
      assert.match(`${e.error}: ${e.detail}`, message);
    });
  }

  it('refuses GET', async () => assert.equal((await app.request('/api/analyze')).status, 404));
});
