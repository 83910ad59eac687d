import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestTextDate } from '../../src/actors/latest-text-date.js';
import type { TimeExpr, TimeKind } from '../../src/core/analysis.js';

const time = (value: string, kind: TimeKind): TimeExpr => ({ id: 't', start: 0, end: 1, text: 'x', value, kind, flags: [], suggestion: null, rule: 'test' });

describe('latestTextDate', () => {
  const cases: Array<[string, TimeExpr[], string | null]> = [
    ['no times', [], null],
    ['the latest of a day, a month and a year', [time('2019-05-03', 'date'), time('2020-01', 'month'), time('2018', 'year')], '2020-01'],
    ["a range's end", [time('2017-03-01/2017-03-09', 'range')], '2017-03-09'],
    ['a time of day is its day', [time('2016-04-02T10:00', 'time')], '2016-04-02'],
    ['a duration or a set is no date', [time('P2W', 'duration'), time('XXXX-WXX-1', 'set')], null],
    ['a week', [time('2021-W06', 'week')], '2021'],
  ];
  for (const [what, times, expected] of cases) it(what, () => assert.equal(latestTextDate(times), expected));
});
