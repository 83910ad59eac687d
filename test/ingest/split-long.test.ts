import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLong } from '../../src/ingest/split-long.js';

const para = (n: number, c: string): string => `${c.repeat(n - 1)}.`;

describe('splitLong', () => {
  const cases: Array<[string, string, number, string[] | null]> = [
    ['a text within the limit stays whole', 'Uno. Dos.', 20, ['Uno. Dos.']],
    ['cut at the last paragraph break that fits, the blank line kept with the first part', `${para(8, 'a')}\n\n${para(8, 'b')}\n\n${para(8, 'c')}`, 20, [`${para(8, 'a')}\n\n${para(8, 'b')}\n\n`, para(8, 'c')]],
    ['a paragraph break preferred to a later line break', `${para(6, 'a')}\n\n${para(6, 'b')}\n${para(6, 'c')}`, 18, [`${para(6, 'a')}\n\n`, `${para(6, 'b')}\n${para(6, 'c')}`]],
    ['a line break when no paragraph break fits', `${para(10, 'a')}\n${para(10, 'b')}`, 15, [`${para(10, 'a')}\n`, para(10, 'b')]],
    ['a sentence end when no line break fits', 'Rusia habló. China calló. Perú votó.', 27, ['Rusia habló. China calló. ', 'Perú votó.']],
    ['a closing quote stays with its sentence', '«Basta.» Dijo él. Luego se fue.', 20, ['«Basta.» Dijo él. ', 'Luego se fue.']],
    ['refused: no break at all within the limit', 'x'.repeat(50), 20, null],
    ['refused: a stretch without breaks after a good part', `${para(5, 'a')}\n${'y'.repeat(40)}`, 20, null],
  ];
  for (const [what, text, max, expected] of cases) {
    it(what, () => {
      const parts = splitLong(text, max);
      assert.deepEqual(parts, expected);
      if (parts) {
        assert.equal(parts.join(''), text, 'the parts put together are the text');
        for (const p of parts) assert.ok(p.length <= max, `a part of ${p.length} > ${max}`);
      }
    });
  }
});
