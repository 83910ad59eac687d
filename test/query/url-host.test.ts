import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlHost } from '../../src/query/url-host.js';

describe('urlHost', () => {
  const cases: Array<[string | null | undefined, string | null]> = [
    ['https://www.uno.example/politica/nota.html?x=1', 'www.uno.example'],
    ['http://dos.example:8080/a', 'dos.example'],
    ['notas/doc0.txt', null],
    ['', null],
    [null, null],
    [undefined, null],
  ];
  for (const [url, host] of cases) it(`${url} -> ${host}`, () => assert.equal(urlHost(url), host));
});
