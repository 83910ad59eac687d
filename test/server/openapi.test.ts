import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

interface Operation {
  parameters?: Array<{ in: string; name: string }>;
}

describe('GET /api/openapi.json', () => {
  let store: Store;
  let app: Hono;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
  before(async () => {
    store = await openStore(':memory:');
    app = createApp(store, { webRoot: null });
    doc = await (await app.request('/api/openapi.json')).json();
  });
  after(() => store.close());

  it('describes exactly the routes the app serves', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual([...described].sort(), [...served].sort());
  });

  it('documents every query parameter a GET route takes, and the routes refuse the undocumented', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op || path.includes('{')) continue;
      for (const p of (op.parameters ?? []).filter((x) => x.in === 'query')) {
        const res = await app.request(`${path}?${p.name}=__probe__`);
        const body = res.status === 400 ? await res.json() : null;
        assert.doesNotMatch(body?.detail ?? '', /unknown parameter/, `${path} does not take the documented "${p.name}"`);
      }
      const res = await app.request(`${path}?undocumented=1`);
      if (path !== '/api/openapi.json') assert.equal(res.status, 400, `${path} took an undocumented parameter`);
    }
  });
});
