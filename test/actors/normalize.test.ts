import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseFits, caseNeed, CaseNeed, normKey, tokenCase, TokenCase } from '../../src/actors/normalize.js';

describe('normKey', () => {
  const cases: Array<[string, string]> = [
    ['Moscú', 'moscu'],
    ['MOSCU', 'moscu'],
    ['Pekín', 'pekin'],
    ['Élysée', 'elysee'],
    ['Côte', 'cote'],
    ['d’Ivoire', "d'ivoire"],
    ['Zürich', 'zurich'],
    ['Ñandú', 'nandu'],
    ['İstanbul', 'istanbul'],
    ['EE.UU.', 'ee.uu.'],
    ['G-20', 'g-20'],
    ['G‑20', 'g-20'],
  ];
  for (const [text, key] of cases) it(`${text} → ${key}`, () => assert.equal(normKey(text), key));
  it('lowercases letters of other scripts without dropping them', () => assert.equal(normKey('МОСКВА'), 'москва'));
});

describe('tokenCase', () => {
  const cases: Array<[string, TokenCase]> = [
    ['rusia', TokenCase.Lower],
    ['Rusia', TokenCase.Capitalised],
    ['RUSIA', TokenCase.Upper],
    ['Écija', TokenCase.Capitalised],
    ['ÉLYSÉE', TokenCase.Upper],
    ['U', TokenCase.Upper],
    ['Xi', TokenCase.Capitalised],
    ['20', TokenCase.Lower],
    ['eBay', TokenCase.Lower],
  ];
  for (const [text, c] of cases) it(`${text} → ${c}`, () => assert.equal(tokenCase(text), c));
});

describe('caseNeed and caseFits', () => {
  const table: Array<[form: string, text: string, fits: boolean]> = [
    ['Chile', 'Chile', true],
    ['Chile', 'CHILE', true],
    ['Chile', 'chile', false],
    ['ONU', 'ONU', true],
    ['ONU', 'Onu', false],
    ['US', 'us', false],
    ['US', 'Us', false],
    ['Xi', 'Xi', true],
    ['Xi', 'XI', false],
    ['de', 'De', true],
    ['de', 'de', true],
    ['presidente', 'Presidente', true],
  ];
  for (const [form, text, fits] of table) {
    it(`"${form}" ${fits ? 'matches' : 'does not match'} "${text}"`, () => assert.equal(caseFits(caseNeed(form), tokenCase(text)), fits));
  }
  it('reads a lowercase form as any case', () => assert.equal(caseNeed('guerrilla'), CaseNeed.Any));
});
