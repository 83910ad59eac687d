import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationIso } from '../../src/time/iso.js';
import type { Unit } from '../../src/time/sem.js';

describe('durationIso', () => {
  const cases: Array<[number, Unit, string]> = [
    [2, 'week', 'P2W'],
    [36, 'hour', 'PT36H'],
    [1.5, 'year', 'P1Y6M'],
    [0.5, 'hour', 'PT30M'],
    [1.5, 'hour', 'PT1H30M'],
    [1.5, 'day', 'P1DT12H'],
    [2.5, 'week', 'P2.5W'],
    [2, 'decade', 'P20Y'],
    [1, 'century', 'P100Y'],
    [3, 'fortnight', 'P6W'],
    [2, 'quarter', 'P6M'],
    [15, 'minute', 'PT15M'],
    [30, 'second', 'PT30S'],
  ];
  for (const [n, unit, iso] of cases) it(`${n} ${unit} = ${iso}`, () => assert.equal(durationIso(n, unit), iso));
});
