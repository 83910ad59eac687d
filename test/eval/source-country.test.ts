import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tallySourceCountry, type GoldSource, type PredictedSource } from '../../eval/source-country.js';

describe('tallySourceCountry', () => {
  const cases: Array<{ name: string; gold: GoldSource[]; predicted: PredictedSource[]; matched: number; right: number }> = [
    { name: 'same root, same country', gold: [{ code: '14', countries: ['COL'] }], predicted: [{ code: '14', country: 'COL' }], matched: 1, right: 1 },
    { name: 'same root, another country', gold: [{ code: '14', countries: ['COL'] }], predicted: [{ code: '14', country: 'VEN' }], matched: 1, right: 0 },
    { name: 'an event with no country is wrong, not left out', gold: [{ code: '14', countries: ['COL'] }], predicted: [{ code: '14', country: null }], matched: 1, right: 0 },
    { name: 'another root is no match', gold: [{ code: '14', countries: ['COL'] }], predicted: [{ code: '17', country: 'COL' }], matched: 0, right: 0 },
    { name: 'a coding without a country is not counted', gold: [{ code: '14', countries: [] }], predicted: [{ code: '14', country: 'COL' }], matched: 0, right: 0 },
    {
      name: 'two codings of one root take the events that fit them',
      gold: [{ code: '19', countries: ['VEN'] }, { code: '19', countries: ['COL'] }],
      predicted: [{ code: '19', country: 'COL' }, { code: '19', country: 'VEN' }],
      matched: 2,
      right: 2,
    },
    {
      name: 'one event serves one coding only',
      gold: [{ code: '19', countries: ['COL'] }, { code: '19', countries: ['COL'] }],
      predicted: [{ code: '19', country: 'COL' }],
      matched: 1,
      right: 1,
    },
    { name: 'a compound source is right with any of its countries', gold: [{ code: 'AGREE', countries: ['HUN', 'ROU'] }], predicted: [{ code: 'AGREE', country: 'ROU' }], matched: 1, right: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = { matched: 0, right: 0 };
      tallySourceCountry(c.gold, c.predicted, t);
      assert.deepEqual(t, { matched: c.matched, right: c.right });
    });
  }
});
