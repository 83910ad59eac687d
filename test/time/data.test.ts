import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimeFile } from '../../scripts/data/time.js';

const HEADER = '# source: test';

describe('time data files (scripts/data/time.ts)', () => {
  it('compiles forms into folded atoms with their value and flags', () => {
    const entries = parseTimeFile(`${HEADER}\nmonth\tSeptiembre\t9\nrelday\tpasado mañana\t2\nampm\ta. m.\tam\nmonth\tsept\t9\tabbr\n`, 'x.txt');
    assert.deepEqual(entries, [
      ['month', ['septiembre'], '9', []],
      ['relday', ['pasado', 'manana'], '2', []],
      ['ampm', ['a', '.', 'm', '.'], 'am', []],
      ['month', ['sept'], '9', ['abbr']],
    ]);
  });

  it('keeps tense endings with their accents', () => {
    assert.deepEqual(parseTimeFile(`${HEADER}\ntensesuffix\tÓ\tpast\n`, 'x.txt'), [['tensesuffix', ['ó'], 'past', []]]);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['no source header', 'month\tenero\t1\n', /x\.txt:1: the first line must be "# source:/],
    ['an unknown category', `${HEADER}\nmes\tenero\t1\n`, /x\.txt:2: unknown category "mes"/],
    ['a value out of range', `${HEADER}\nmonth\tenero\t13\n`, /x\.txt:2: value "13" is not a whole number from 1 to 12/],
    ['a value not in the list', `${HEADER}\ndeixis\teste\tnow\tpre\n`, /x\.txt:2: value "now" is not one of/],
    ['an unknown flag', `${HEADER}\nmonth\tene\t1\tshort\n`, /x\.txt:2: unknown flag "short"/],
    ['too few columns', `${HEADER}\n\nmonth enero 1\n`, /x\.txt:3: expected category<TAB>form<TAB>value/],
    ['a value where none is taken', `${HEADER}\nblock\thoy en día\t0\n`, /x\.txt:2: this category takes no value/],
    ['a bad month-day', `${HEADER}\nholiday\tNavidad\t25-12\n`, /x\.txt:2: value "25-12" is not MM-DD/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what}, naming the file and line`, () => assert.throws(() => parseTimeFile(text, 'x.txt'), message));
  }
});
