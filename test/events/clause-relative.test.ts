/**
 * "por lo que", "con lo cual" link a clause to the one before it and name nobody: the verb after them is
 * about the subject of the sentence's main clause (src/events/clause-relative.ts), while a relative
 * pronoun that is an argument, or a clause with a subject of its own, keeps the tree's reading.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.js';

/** [what, text, trigger, the actor's mention text (null: none of the listed)] */
const CASES: Array<[string, string, string, string | null]> = [
  ['"por lo que" after a main clause with a named subject', 'El alcalde de Quito dijo que el plan es un borrador, por lo que pidió al Gobierno más tiempo.', 'pidió', 'alcalde de Quito'],
  ['"por lo que" after a copular main clause', 'Ecuador ha sido un socio leal de Perú, por lo que rechaza las sanciones.', 'rechaza', 'Ecuador'],
  ['"con lo cual" with a subject of its own', 'El Gobierno de Chile cerró la frontera, con lo cual Bolivia protestó.', 'protestó', 'Bolivia'],
  ['not a "lo cual" that is an argument of its verb', 'El Gobierno de Chile rechazó el plan, lo cual criticó la oposición.', 'criticó', null],
];

describe('a clause linked by "por lo que" is about the main clause\'s subject', () => {
  for (const [what, body, trigger, actor] of CASES) {
    it(what, () => {
      const a = analyze({ text: `Titular de prueba\n\n${body}`, lang: 'es', published: '2026-03-06' });
      const e = a.events.find((x) => x.trigger.text.startsWith(trigger));
      assert.ok(e, `no event "${trigger}": ${a.events.map((x) => x.trigger.text).join(', ')}`);
      const names = e.actor.map((x) => a.mentions.find((m) => m.id === x.mention)?.text ?? null);
      if (actor === null) assert.ok(!names.includes('Gobierno de Chile'), `actor ${JSON.stringify(names)}`);
      else assert.deepEqual(names, [actor]);
    });
  }
});
