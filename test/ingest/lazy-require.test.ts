import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { lazyRequire } from '../../src/ingest/lazy-require.js';

const require = createRequire(import.meta.url);

describe('lazyRequire', () => {
  it('loads nothing until first used, then the same module every time', () => {
    // fast-xml-parser: no module this test file imports loads it.
    const path = require.resolve('fast-xml-parser');
    const fxp = lazyRequire<typeof import('fast-xml-parser')>('fast-xml-parser');
    assert.equal(require.cache[path], undefined);
    const first = fxp();
    assert.ok(require.cache[path], 'loaded on first use');
    assert.equal(typeof first.XMLParser, 'function');
    assert.equal(fxp(), first);
  });

  it('reports a package that is not there when used, not when declared', () => {
    const missing = lazyRequire('atalaya-no-such-package');
    assert.throws(() => missing(), /Cannot find module 'atalaya-no-such-package'/);
  });
});
