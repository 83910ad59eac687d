import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ShapeFilter } from '../../src/time/shape-filter.js';

describe('shape filter', () => {
  const filter = new ShapeFilter();
  for (const word of ['miercoles', 'mayo', 'ano', 'dos', 'q']) filter.add(word);
  const has = (text: string): boolean => filter.mayHave(text, 0, text.length);

  const members: string[] = ['miércoles', 'Miércoles', 'MIÉRCOLES', 'miercoles', 'mayo', 'Mayo', 'año', 'AÑO', 'dos', 'Q'];
  for (const word of members) it(`lets "${word}" through (a folded member)`, () => assert.equal(has(word), true));

  // a different length, first letter or last letter from every member
  const strangers: string[] = ['martes', 'mayor', 'ayer', 'dios', 'de', 'la', 'presidente', 'x', ''];
  for (const word of strangers) it(`turns "${word}" away`, () => assert.equal(has(word), false));

  it('reads a run inside a longer text', () => {
    const text = 'el 4-mayo-2026';
    assert.equal(filter.mayHave(text, 5, 9), true);
    assert.equal(filter.mayHave(text, 0, 2), false);
  });

  it('keeps words longer than 31 letters apart from shorter ones', () => {
    const long = new ShapeFilter();
    long.add(`a${'b'.repeat(40)}c`);
    assert.equal(long.mayHave(`a${'x'.repeat(35)}c`, 0, 37), true);
    assert.equal(long.mayHave('abc', 0, 3), false);
  });
});
