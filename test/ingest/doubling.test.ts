/**
 * Issue 16: 2,000 nested <div>s took 29 s in Readability and 3,000 overflowed the stack. The readers'
 * cost on pathological input at most about doubles when the input doubles (test/helpers/doubling.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToDocument } from '../../src/ingest/html.js';
import { splitLong } from '../../src/ingest/split-long.js';
import { cpuMs, superlinear, timeDoubling } from '../helpers/doubling.js';

const cases: Array<[string, (n: number) => void, number]> = [
  ['10,000 nested tags', (n) => htmlToDocument(`<html><body>${'<div>'.repeat(n)}Chile votó.${'</div>'.repeat(n)}</body></html>`, 'p.html'), 10_000],
  ['10,000 unclosed nested tags', (n) => htmlToDocument(`<html><body>${'<span><b>'.repeat(n / 2)}Perú votó.</body></html>`, 'p.html'), 10_000],
  ['a page of 5,000 paragraphs', (n) => htmlToDocument(`<html><body><article>${'<p>Bolivia y Chile negociaron el acceso al mar.</p>'.repeat(n)}</article></body></html>`, 'p.html'), 5_000],
  ['splitting a text of 200,000 paragraphs', (n) => splitLong('Uruguay votó.\n\n'.repeat(n), 1000), 200_000],
  ['splitting a text of only sentence ends', (n) => splitLong('Paraguay votó. '.repeat(n), 1000), 200_000],
];

describe('readers on pathological input: doubling the input at most about doubles the time', () => {
  for (const [what, run, n] of cases) {
    it(what, () => {
      run(10);
      assert.deepEqual(superlinear(timeDoubling((size) => new Map([[what, cpuMs(() => run(size))]]), n, 2)), []);
    });
  }
});
