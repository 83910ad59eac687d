import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/core/errors.js';
import { MAX_DOCUMENT_CHARS } from '../../src/core/limits.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';

// No stages: the bound is checked before any runs, so these cases cost nothing.
const bare = buildPipeline([]);

describe('pipeline.analyze: the largest document analysed whole (issue 16)', () => {
  const cases: Array<[string, number, boolean]> = [
    ['a short text', 40, true],
    ['a text of exactly the limit', MAX_DOCUMENT_CHARS, true],
    ['one character over the limit', MAX_DOCUMENT_CHARS + 1, false],
    ['ten times the limit', MAX_DOCUMENT_CHARS * 10, false],
  ];
  for (const [what, length, accepted] of cases) {
    it(`${what}: ${accepted ? 'analysed' : 'refused as too-long, naming the limit and the document'}`, () => {
      const input = { text: 'a'.repeat(length), sourceId: 'informe.txt' };
      if (accepted) assert.equal(bare.analyze(input).document.text.length, length);
      else
        assert.throws(
          () => bare.analyze(input),
          (e: unknown) => e instanceof InputError && /^informe\.txt: too-long: [\d,]+ characters; the largest document analysed whole is 200,000$/.test(e.describe()),
        );
    });
  }
});
