import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Period } from '../../src/query/periods.js';
import { periodOf, quadTableCsv } from '../../src/query/quad-table.js';

describe('periodOf', () => {
  const cases: Array<[string | null, Period, string | null]> = [
    ['2026-02-04', 'day', '2026-02-04'],
    ['2026-02-04', 'week', '2026-W06'],
    ['2026-02-04', 'month', '2026-02'],
    ['2026-02-04', 'year', '2026'],
    ['2026-W06', 'week', '2026-W06'],
    ['2026-W06', 'month', '2026-02'],
    // Too coarse for the period: left out, not guessed.
    ['2026-W06', 'day', null],
    ['2026-02', 'week', null],
    ['2026', 'month', null],
    ['2026', 'year', '2026'],
    [null, 'year', null],
  ];
  for (const [date, period, expected] of cases) it(`${date} per ${period} -> ${expected}`, () => assert.equal(periodOf(date, period), expected));
});

describe('quadTableCsv', () => {
  it('writes a header and one line per directed dyad and period', () => {
    const csv = quadTableCsv({
      period: 'month',
      undated: 0,
      unpaired: 0,
      rows: [{ source: 'RUS', target: 'UKR', period: '2026-02', verbalCooperation: 0, materialCooperation: 0, verbalConflict: 2, materialConflict: 3, events: 5, goldstein: -31.5 }],
    });
    assert.equal(csv, 'source,target,period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,events,goldstein\nRUS,UKR,2026-02,0,0,2,3,5,-31.5\n');
  });
});
