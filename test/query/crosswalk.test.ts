import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCrosswalk } from '../../scripts/data/crosswalk.js';
import { countryCodes, crosswalk, fipsOf } from '../../src/query/crosswalk.js';

const HEAD = '# source: test\n';

describe('country crosswalk data', () => {
  const lookups: Array<[string, string | null, number | null, number | null]> = [
    // GDELT's FIPS differs from ISO-2 for these: the reason the crosswalk exists.
    ['ESP', 'SP', 230, 230],
    ['DEU', 'GM', 255, 260],
    ['RUS', 'RS', 365, 365],
    ['CHN', 'CH', 710, 710],
    ['GBR', 'UK', 200, 200],
    ['XKX', 'KV', 347, 347],
    // A territory: FIPS but no state-system code.
    ['PRI', 'RQ', null, null],
    // A microstate COW lists and Gleditsch–Ward leave out.
    ['AND', 'AN', 232, null],
  ];
  for (const [iso3, fips, cow, gw] of lookups) {
    it(`${iso3} -> FIPS ${fips}, COW ${cow}, G&W ${gw}`, () => {
      const c = countryCodes(iso3);
      assert.ok(c);
      assert.deepEqual([c.fips, c.cow?.number ?? null, c.gw?.number ?? null], [fips, cow, gw]);
    });
  }

  it('unknown and missing codes give null, not a guess', () => {
    assert.equal(countryCodes('ZZZ'), null);
    assert.equal(fipsOf(null), null);
    assert.equal(fipsOf('ZZZ'), null);
  });

  it('covers every country of countries.tsv, each FIPS code once', () => {
    const fips = crosswalk().flatMap((c) => (c.fips ? [c.fips] : []));
    assert.ok(crosswalk().length >= 247);
    assert.equal(new Set(fips).size, fips.length);
  });
});

describe('readCrosswalk', () => {
  it('reads a row, - as none', () => {
    assert.deepEqual(readCrosswalk(`${HEAD}ESP\tSP\tSPN\t230\t-\t-\n`, 't.tsv'), [{ iso3: 'ESP', fips: 'SP', cow: { letters: 'SPN', number: 230 }, gw: null }]);
  });
  const bad: Array<[string, string, RegExp]> = [
    ['no source header', 'ESP\tSP\tSPN\t230\tSPN\t230\n', /t\.tsv:1: the first line must be "# source: …"/],
    ['five fields', `${HEAD}ESP\tSP\tSPN\t230\tSPN\n`, /t\.tsv:2: expected 6 tab-separated fields/],
    ['lower-case ISO', `${HEAD}esp\tSP\tSPN\t230\tSPN\t230\n`, /t\.tsv:2: "esp" is not an ISO-3 code/],
    ['three-letter FIPS', `${HEAD}ESP\tESP\tSPN\t230\tSPN\t230\n`, /is not a FIPS 10-4 code/],
    ['COW letters without number', `${HEAD}ESP\tSP\tSPN\t-\tSPN\t230\n`, /COW letters and number must both be given/],
    ['FIPS given twice', `${HEAD}ESP\tSP\t-\t-\t-\t-\nAND\tSP\t-\t-\t-\t-\n`, /t\.tsv:3: FIPS code SP is already given on line 2/],
  ];
  for (const [what, text, error] of bad) it(`rejects ${what}`, () => assert.throws(() => readCrosswalk(text, 't.tsv'), error));

  it('rejects a table that misses a known country', () => {
    assert.throws(() => readCrosswalk(`${HEAD}ESP\tSP\t-\t-\t-\t-\n`, 't.tsv', new Set(['ESP', 'FRA'])), /FRA .* has no row/);
  });
});
