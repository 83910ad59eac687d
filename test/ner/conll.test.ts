import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConll } from '../../src/ner/conll.js';

describe('parseConll', () => {
  it('reads tokens and last-column tags, sentences split by blank lines', () => {
    const s = parseConll('-DOCSTART- O\n\nLima NP B-LOC\ncrece VMI O\n\n\nHoy O\r\n', 'x', true);
    assert.deepEqual(s.map((x) => [x.tokens, x.tags, x.line]), [
      [['Lima', 'crece'], ['B-LOC', 'O'], 3],
      [['Hoy'], ['O'], 7],
    ]);
  });

  it('accepts a bare token column when tags are not required', () => {
    assert.deepEqual(parseConll('Hola\nLima\n', 'x', false)[0]?.tags, ['O', 'O']);
  });

  it('names the line of a missing tag when tags are required', () => {
    assert.throws(() => parseConll('Lima B-LOC\ncrece\n', 'train.conll', true), /train\.conll:2: expected "TOKEN \.\.\. TAG"/);
  });
});
