import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atomizeToken, phraseAtoms, type Atom } from '../../src/time/atoms.js';
import { fold } from '../../src/time/fold.js';

describe('fold', () => {
  const cases: Array<[string, string]> = [
    ['miércoles', 'miercoles'],
    ['Miércoles', 'miercoles'],
    ['MIÉRCOLES', 'miercoles'],
    ['Mañana', 'manana'],
    ['sábado', 'sabado'],
    ['February', 'february'],
    ['hoy', 'hoy'],
    ['1.º', '1.º'],
  ];
  for (const [word, folded] of cases) it(`${word} -> ${folded}`, () => assert.equal(fold(word), folded));
});

describe('atoms', () => {
  const split = (text: string): Array<[string, Atom['kind'], boolean]> => {
    const out: Atom[] = [];
    atomizeToken({ start: 0, end: text.length, text, kind: 'word', sentence: 0 }, true, out);
    return out.map((a) => [a.raw, a.kind, a.gap]);
  };
  it('splits a token into letter runs, digit runs and single marks', () => {
    assert.deepEqual(split('10.30'), [['10', 'number', true], ['.', 'mark', false], ['30', 'number', false]]);
    assert.deepEqual(split('4-feb-2026'), [['4', 'number', true], ['-', 'mark', false], ['feb', 'word', false], ['-', 'mark', false], ['2026', 'number', false]]);
    assert.deepEqual(split('a.m.').map((a) => a[0]), ['a', '.', 'm', '.']);
    assert.deepEqual(split('1.º').map((a) => a[1]), ['number', 'mark', 'mark']);
  });
  it('keeps a plain word or number whole', () => {
    assert.deepEqual(split('miércoles'), [['miércoles', 'word', true]]);
    assert.deepEqual(split('2026'), [['2026', 'number', true]]);
  });
  it('reads numbers and capitals', () => {
    const out: Atom[] = [];
    atomizeToken({ start: 5, end: 9, text: 'Feb4', kind: 'word', sentence: 2 }, false, out);
    assert.equal(out[0]!.cap, true);
    assert.equal(out[1]!.num, 4);
    assert.equal(out[1]!.start, 8);
    assert.equal(out[1]!.sentence, 2);
  });
  it('splits lexicon phrases the way it splits text', () => {
    assert.deepEqual(phraseAtoms('a. m.'), ['a', '.', 'm', '.']);
    assert.deepEqual(phraseAtoms('Pasado  Mañana'), ['pasado', 'manana']);
  });
});
