import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventDay } from '../../src/query/event-day.js';

describe('eventDay', () => {
  const cases: Array<[string | null, string | null, string | null]> = [
    ['2026-02-04', '2026-02-04', 'day'],
    ['2026-02-04T10:00', '2026-02-04', 'day'],
    ['2026-W06', '2026-02-02', 'week'],
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    ['2026-W01', '2025-12-29', 'week'],
    ['2026-02', '2026-02-01', 'month'],
    ['2026', '2026-01-01', 'year'],
    ['2026-08-08/2026-08-09', '2026-08-08', 'day'],
    ['P2W', null, null],
    [null, null, null],
    ['ayer', null, null],
  ];
  for (const [value, day, precision] of cases) {
    it(`${value} -> ${day} (${precision})`, () => {
      const d = eventDay(value);
      assert.deepEqual([d?.day ?? null, d?.precision ?? null], [day, precision]);
    });
  }
});
