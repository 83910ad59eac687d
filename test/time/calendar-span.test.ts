import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarSpan } from '../../src/time/calendar-span.js';

describe('calendarSpan', () => {
  const cases: Array<[string, [string, string, string] | null]> = [
    ['2026-02-04', ['2026-02-04', '2026-02-04', 'day']],
    ['2026-02-04T10:30', ['2026-02-04', '2026-02-04', 'time']],
    ['2026-W06', ['2026-02-02', '2026-02-08', 'week']],
    ['2026-W01', ['2025-12-29', '2026-01-04', 'week']],
    ['2020-W53', ['2020-12-28', '2021-01-03', 'week']],
    ['2024-02', ['2024-02-01', '2024-02-29', 'month']],
    ['2026-12', ['2026-12-01', '2026-12-31', 'month']],
    ['2025', ['2025-01-01', '2025-12-31', 'year']],
    ['2026-08-08/2026-08-09', ['2026-08-08', '2026-08-09', 'range']],
    ['2025-01/2025-03', ['2025-01-01', '2025-03-31', 'range']],
    // Not a place on the calendar: durations, recurrences, dates the article leaves unanchored, impossible values.
    ['P2W', null],
    ['R/P1W', null],
    ['XXXX-02-04', null],
    ['XXXX-XX-XX/XXXX-XX-XX', null],
    ['2026-02-30', null],
    ['2026-13', null],
    ['2026-W60', null],
    ['2026-03-01/2026-02-01', null],
    ['2026/2027/2028', null],
    ['', null],
  ];
  for (const [value, expected] of cases) {
    it(`${value || '(empty)'} -> ${expected ? expected.join(' ') : 'none'}`, () => {
      const span = calendarSpan(value);
      assert.deepEqual(span && [span.from, span.to, span.precision], expected);
    });
  }
});
