import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInActors } from '../../src/actors/lexicon.js';
import { isKnownCode, lookupActors, resolveActorCode } from '../../src/actors/lookup.js';

const data = builtInActors();

describe('actor names resolved to codes', () => {
  const resolved: Array<[string, string]> = [
    ['RUS', 'RUS'],
    ['rus', 'RUS'],
    ['RUSGOV', 'RUSGOV'],
    ['NATO', 'NATO'],
    ['OTAN', 'NATO'],
    ['otan', 'NATO'],
    ['Rusia', 'RUS'],
    ['Putin', 'RUSGOV'],
    ['GOV', 'GOV'],
  ];
  for (const [value, code] of resolved) it(`${value} → ${code}`, () => assert.equal(resolveActorCode(data, value), code));

  const refused: Array<[string, RegExp]> = [
    ['Zzyzx', /"Zzyzx" is not an actor code .* nor a name or alias in the lexicon: it matches no actor/],
    ['XYZGOV', /matches no actor/],
    ['RU S', /is not an actor code/],
    ['', /matches no actor/],
  ];
  for (const [value, reason] of refused) it(`refuses "${value}"`, () => assert.throws(() => resolveActorCode(data, value), reason));

  it('knows codes the store can hold, and only those', () => {
    assert.deepEqual(['CHN', 'CHNMIL', 'NATO', 'UN', 'REB', 'XXX', 'CHNXYZ', 'NATOO'].map((c) => isKnownCode(data, c)), [true, true, true, true, true, false, false, false]);
  });
});

describe('actors lookup', () => {
  it('finds a form whatever its case and accents, with its code, source and dated codings', () => {
    const [m] = lookupActors(data, 'putin');
    assert.equal(m?.code, 'RUSGOV');
    assert.equal(m?.kind, 'person');
    assert.equal(m?.source, 'shared/people');
    assert.ok((m?.validity.length ?? 0) >= 2, 'terms of office');
    assert.equal(lookupActors(data, 'OTAN')[0]?.source, 'shared/organisations');
    assert.equal(lookupActors(data, 'Moscu')[0]?.code, 'RUS');
  });

  it('tells what a code is', () => {
    assert.equal(lookupActors(data, 'RUS')[0]?.name, 'Russia');
  });

  it('falls back to forms holding the words, and finds nothing for unknown words', () => {
    assert.ok(lookupActors(data, 'Naciones Unidas').length > 0);
    assert.ok(lookupActors(data, 'Seguridad').some((m) => m.org === 'UNSC'));
    assert.deepEqual(lookupActors(data, 'Zzyzx'), []);
    assert.deepEqual(lookupActors(data, '  '), []);
  });
});
