/**
 * Issue 16: coreference compared every person mention with every earlier one (a 9 MB record took six
 * minutes, 79% of it in sameName). Doubling a document of repeated names must at most about double its time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPipeline } from '../../src/pipeline/pipeline.js';

const pipeline = buildPipeline();

/** The faster of two runs, in ms: one slow run on a shared machine should not fail the test. */
function time(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    pipeline.analyze({ text, lang: 'es' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const cases: Array<[string, (n: number) => string]> = [
  ['the same two people named again and again', (n) => 'Pedro Sánchez habló con Putin. '.repeat(n)],
  ['a surname repeat after each full name', (n) => 'Ernesto Quintero Ruiz llegó. Quintero habló. '.repeat(n)],
];

describe('coreference cost is linear in the number of names', () => {
  for (const [what, make] of cases) {
    it(what, () => {
      time(make(200));
      // 2n stays within the largest document analysed whole (MAX_DOCUMENT_CHARS, 200,000 characters).
      const small = time(make(2000));
      const large = time(make(4000));
      assert.ok(large / small < 3, `${what}: ${small.toFixed(0)} ms for n, ${large.toFixed(0)} ms for 2n`);
    });
  }
});
