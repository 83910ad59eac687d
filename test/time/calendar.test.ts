import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMonths, dayNumber, formatDay, formatWeek, fromDayNumber, isValidDate, parseIsoDate, weekdayOf,
} from '../../src/time/calendar.js';

describe('calendar', () => {
  const days: Array<[number, number, number, number]> = [
    // y, m, d, ISO weekday (proleptic Gregorian, as ISO 8601 counts)
    [1970, 1, 1, 4],
    [2000, 2, 29, 2],
    [2024, 6, 30, 7],
    [2025, 11, 17, 1],
    [2026, 1, 2, 5],
    [2026, 2, 4, 3],
    [1492, 10, 12, 3],
    [2100, 3, 1, 1],
  ];
  for (const [y, m, d, wd] of days) {
    it(`${y}-${m}-${d} round-trips and falls on weekday ${wd}`, () => {
      const n = dayNumber(y, m, d);
      assert.deepEqual(fromDayNumber(n), { y, m, d });
      assert.equal(weekdayOf(n), wd);
    });
  }

  const weeks: Array<[string, string]> = [
    ['2026-02-04', '2026-W06'],
    ['2025-12-31', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
  ];
  for (const [day, week] of weeks) {
    it(`${day} is in ISO week ${week}`, () => assert.equal(formatWeek(parseIsoDate(day)!), week));
  }

  it('knows which dates exist', () => {
    assert.ok(isValidDate(2024, 2, 29));
    assert.ok(!isValidDate(2025, 2, 29));
    assert.ok(!isValidDate(2100, 2, 29));
    assert.ok(isValidDate(2000, 2, 29));
    assert.ok(!isValidDate(2026, 4, 31));
    assert.ok(!isValidDate(2026, 13, 1));
    assert.ok(!isValidDate(2026, 0, 10));
  });

  it('adds months across years', () => {
    assert.deepEqual(addMonths(2026, 1, -1), { y: 2025, m: 12 });
    assert.deepEqual(addMonths(2025, 12, 1), { y: 2026, m: 1 });
    assert.deepEqual(addMonths(2026, 2, -18), { y: 2024, m: 8 });
  });

  it('parses YYYY-MM-DD and cuts a date-time to its date; rejects the rest', () => {
    assert.equal(formatDay(parseIsoDate('2026-02-04')!), '2026-02-04');
    assert.equal(formatDay(parseIsoDate('2026-02-04T10:00:00Z')!), '2026-02-04');
    for (const bad of ['2026-02-30', '2026-2-4', 'yesterday', '04/02/2026', '', '2026-13-01']) assert.equal(parseIsoDate(bad), null, bad);
  });
});
