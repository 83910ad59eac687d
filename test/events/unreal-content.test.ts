import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.js';

/**
 * Content nobody vouches for (issue 14): what is feared, imagined, denied or at risk is not an asserted
 * event. Sentences written for these tests; each case names the trigger and the modality it must get.
 */
const CASES: Array<[string, 'es' | 'en', string, string, string]> = [
  ['a denied attack', 'es', 'El Gobierno de Rusia negó haber atacado a Ucrania.', 'atacado', 'hypothetical'],
  ['an attack that happened, then a denial of something else', 'es', 'Rusia atacó a Ucrania y negó los hechos.', 'atacó', 'asserted'],
  ['a feared invasion', 'en', 'Ukraine fears an invasion by Russia.', 'invasion', 'hypothetical'],
  ['a feared attack is not a threat by the attacker', 'en', 'Analysts fear that Russia will attack Ukraine.', 'attack', 'hypothetical'],
  ['a stated intention stays one', 'en', 'Russia will attack Ukraine, the minister said.', 'attack', 'intended'],
  ['a plain report', 'en', 'Russia attacked Ukraine on Monday.', 'attacked', 'asserted'],
];

describe('content nobody vouches for is hypothetical', () => {
  for (const [name, lang, text, trigger, modality] of CASES) {
    it(`${name}: ${modality}`, () => {
      const events = analyze({ text, lang, published: '2026-03-06' }).events;
      const e = events.find((x) => x.trigger.text.split(' ')[0] === trigger);
      assert.ok(e, `no event on "${trigger}" in ${JSON.stringify(events.map((x) => x.trigger.text))}`);
      assert.equal(e.modality, modality);
    });
  }

  it('a feared attack keeps its own code, not the 13x of a threat', () => {
    const e = analyze({ text: 'Analysts fear that Russia will attack Ukraine.', lang: 'en', published: '2026-03-06' }).events[0]!;
    assert.ok(!e.cameo.startsWith('13'), e.cameo);
  });
});
