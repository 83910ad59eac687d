import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shouting } from '../../src/syntax/parse-sentence.js';

describe('shouting: a sentence written in capitals is parsed in lower case', () => {
  const cases: [string, string[], boolean][] = [
    ['a headline in capitals', ['MINEROS', 'RUSOS', 'EN', 'HUELGA'], true],
    ['capitals with numbers and punctuation', ['EL', '3', 'DE', 'MAYO', ':', 'PARO'], true],
    ['a normal sentence', ['Los', 'mineros', 'rusos', 'en', 'huelga'], false],
    ['acronyms inside a normal sentence', ['La', 'OTAN', 'y', 'la', 'ONU'], false],
    ['too short to tell (two words)', ['EE.', 'UU'], false],
  ];
  for (const [name, forms, expected] of cases) it(name, () => assert.equal(shouting(forms), expected));
});
