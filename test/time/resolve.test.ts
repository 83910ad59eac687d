import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDay, parseIsoDate } from '../../src/time/calendar.js';
import { suggestWeekday, weekdayFrom } from '../../src/time/resolve.js';
import type { Deixis } from '../../src/time/sem.js';
import type { Tense } from '../../src/time/tense.js';

const day = (s: string): number => parseIsoDate(s)!;

describe('weekdays seen from the anchor', () => {
  // anchor Wednesday 2026-02-04; weekdays 1 = Monday … 7 = Sunday
  const cases: Array<[number, Deixis | null, Tense, string]> = [
    [1, 'this', 'past', '2026-02-02'],
    [5, 'this', null, '2026-02-06'],
    [5, 'this', 'past', '2026-01-30'],
    [1, 'this', 'future', '2026-02-09'],
    [3, 'last', null, '2026-01-28'],
    [3, 'next', null, '2026-02-11'],
    [2, 'last', 'future', '2026-02-03'],
    [1, null, 'past', '2026-02-02'],
    [1, null, 'future', '2026-02-09'],
    [3, null, 'past', '2026-02-04'],
    [6, null, null, '2026-02-07'],
    [7, null, null, '2026-02-01'],
  ];
  for (const [wd, dx, tense, expected] of cases) {
    it(`weekday ${wd}, ${dx ?? 'bare'}, ${tense ?? 'no tense'} -> ${expected}`, () => {
      assert.equal(formatDay(weekdayFrom(day('2026-02-04'), wd, dx, tense)), expected);
    });
  }
});

describe('the date a contradicted weekday most likely meant', () => {
  it('with "este": the weekday in the anchor week, whatever the date says (the seed\'s slip of the month)', () => {
    assert.equal(suggestWeekday(2026, 1, 2, 1, 'this', day('2026-02-04'), 'past'), '2026-02-02');
  });
  it('without deixis: the nearest one-slip date on that weekday', () => {
    assert.equal(suggestWeekday(2026, 1, 29, 2, null, day('2026-02-04'), 'past'), '2026-01-27');
    assert.equal(suggestWeekday(2026, 1, 2, 1, null, day('2026-02-04'), null), '2026-02-02');
  });
  it('without an anchor: the one-slip date nearest the written one', () => {
    assert.equal(suggestWeekday(2026, 1, 2, 1, null, null, null), '2026-02-02');
    assert.equal(suggestWeekday(2025, 3, 3, 2, null, null, null), '2025-03-04');
  });
});
