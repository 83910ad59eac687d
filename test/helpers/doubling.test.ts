/**
 * The doubling helper must fail a part that really grows quadratically, and must not fail a linear part
 * because one of its runs was disturbed (the CI failure of 2026-12-03: syntax 31 ms → 138 ms on one run).
 * The runs here are simulated: each call returns given times, so the verdict does not depend on the
 * machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { superlinear, timeDoubling } from './doubling.js';

/** A run whose part costs `cost(size)` ms, plus `extra` ms on the calls listed in `disturbed` (0-based). */
function simulated(cost: (size: number) => number, disturbed: ReadonlySet<number> = new Set(), extra = 0): (size: number) => Map<string, number> {
  let call = 0;
  return (size) => new Map([['part', cost(size) + (disturbed.has(call++) ? extra : 0)]]);
}

const cases: Array<[string, (size: number) => Map<string, number>, boolean]> = [
  ['linear', simulated((n) => n / 100), false],
  ['quadratic', simulated((n) => (n / 100) ** 2 / 10), true],
  ['linear, every large run disturbed in the first round', simulated((n) => n / 400, new Set([2, 3]), 120), false],
  ['quadratic, one small run disturbed', simulated((n) => (n / 100) ** 2 / 10, new Set([0]), 5_000), true],
];

describe('timeDoubling + superlinear', () => {
  for (const [what, run, reported] of cases) {
    it(`${what}: ${reported ? 'reported' : 'not reported'}`, () => {
      assert.equal(superlinear(timeDoubling(run, 12_000, 2)).length > 0, reported);
    });
  }
});
