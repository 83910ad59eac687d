import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CharClass, charClassAt } from '../../src/structure/token-chars.js';

describe('charClassAt', () => {
  // Issue 16: the second half of a surrogate pair was "Other", so a word ended between the halves and a
  // mention's name held a lone surrogate (a NOT NULL failure when stored).
  const cases: Array<[string, string, number, CharClass]> = [
    ['an ASCII letter', 'a', 0, CharClass.Lower],
    ['the first half of an astral letter (𐀀, Linear B)', 'x\u{10000}', 1, CharClass.Letter],
    ['the second half of an astral letter', 'x\u{10000}', 2, CharClass.Letter],
    ['the second half of an emoji', '😀', 1, CharClass.Symbol],
    ['a lone low surrogate', 'a\udc00', 1, CharClass.Other],
    ['a lone high surrogate', '\ud800a', 0, CharClass.Other],
  ];
  for (const [what, text, i, expected] of cases) it(what, () => assert.equal(charClassAt(text, i), expected));
});
