import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atomizeToken, type Atom } from '../../src/time/atoms.js';
import { compileLexicon, type CompiledEntry } from '../../src/time/lexicon.js';

const entries: CompiledEntry[] = [
  ['month', ['mayo'], '5', []],
  ['month', ['mar'], '3', ['abbr']],
  ['unit', ['ano'], 'year', []],
  ['holiday', ['ano', 'nuevo'], '01-01', []],
  ['holiday', ['dia', 'de', 'la', 'hispanidad'], '10-12', []],
  ['card', ['un', 'par', 'de'], '2', []],
  ['card', ['un'], '1', ['article']],
  ['det', ['el'], 'sg', []],
  ['weekday', ['martes'], '2', ['cap']],
];
const lex = compileLexicon({ lang: 'es', entries });

function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  let offset = 0;
  for (const word of text.split(' ')) {
    atomizeToken({ start: offset, end: offset + word.length, text: word, kind: 'word', sentence: 0 }, true, out);
    offset += word.length + 1;
  }
  return out;
}

describe('time lexicon: key words', () => {
  const cases: Array<[string, boolean, string]> = [
    ['mayo', true, 'a month'],
    ['ano', true, 'a unit'],
    ['hispanidad', true, 'the longest word of a holiday with no key word of its own'],
    ['par', true, 'the longest word of "un par de"'],
    ['nuevo', false, '"año nuevo" already has "año": every sentence about something new would be read'],
    ['un', false, 'an article'],
    ['el', false, 'a determiner starts expressions but holds none by itself'],
  ];
  for (const [word, key, why] of cases) it(`${word}: ${key ? 'key' : 'not a key'} (${why})`, () => assert.equal(lex.keys.has(word), key));

  it('the shape filter lets every key through', () => {
    for (const key of lex.keys) assert.equal(lex.keyShapes.mayHave(key, 0, key.length), true, key);
  });
});

describe('time lexicon: lookup', () => {
  const lookup = (text: string, i = 0): string[] => {
    const a = atoms(text);
    return lex.lookup(a, i, a.length).map((h) => `${h.cat}:${h.val}/${h.len}`);
  };
  it('gives every entry starting at an atom, longest first', () => assert.deepEqual(lookup('año nuevo feliz'), ['holiday:01-01/2', 'unit:year/1']));
  it('matches accents and capitals folded', () => assert.deepEqual(lookup('Día de la Hispanidad'), ['holiday:10-12/4']));
  it('stops at the end of the atoms given', () => {
    const a = atoms('año nuevo');
    assert.deepEqual(lex.lookup(a, 0, 1).map((h) => h.cat), ['unit']);
  });
  it('finds nothing for a word no entry starts with', () => assert.deepEqual(lookup('presidente'), []));
  it('finds nothing for an incomplete phrase', () => assert.deepEqual(lookup('día de la madre'), []));
  it('keeps entries that must be capitalised for capitalised words only', () => {
    assert.deepEqual(lookup('Martes'), ['weekday:2/1']);
    assert.deepEqual(lookup('martes'), []);
  });
});
