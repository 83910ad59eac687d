/**
 * A first-person verb inside a direct quote has the quote's speaker as its actor
 * (src/events/first-person.ts), in place of a subject the tree would carry in from another clause; a
 * third-person verb, first person outside any quote, and a quote with no speaker are left alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { FIRST_PERSON_RULE } from '../../src/events/first-person.js';
import { analyze } from '../../src/index.js';

/** [what, language, text, trigger, the actor's mention text (null: no actor), whether the rule fires] */
const CASES: Array<[string, Lang, string, string, string | null, boolean]> = [
  ['the speaker of a colon clause', 'es', 'La alcaldesa de Quito fue tajante: «Rechazamos el plan del Gobierno».', 'Rechazamos', 'alcaldesa de Quito', true],
  ['not the subject carried from the clause before', 'es', '«El Gobierno nos ha mentido y lo denunciaremos», afirmó el alcalde de Quito.', 'denunciaremos', 'alcalde de Quito', true],
  ['a first-person auxiliary', 'es', 'La alcaldesa de Quito fue tajante: «Vamos a denunciar al Gobierno».', 'denunciar', 'alcaldesa de Quito', true],
  ['English "we" with a modal', 'en', 'The mayor of Quito was blunt: "We will sue the ministry over the plan."', 'sue', 'mayor of Quito', true],
  ['not a third-person verb in the quote', 'es', '«El Gobierno rechazó el plan», dijo el alcalde de Quito.', 'rechazó', 'Gobierno', false],
  ['not first person outside a quote', 'es', 'El alcalde de Quito llegó tarde. Rechazamos el plan del Gobierno, dice el comunicado.', 'Rechazamos', null, false],
];

describe('first person in a quote: the speaker acts', () => {
  for (const [what, lang, body, trigger, actor, fires] of CASES) {
    it(what, () => {
      const a = analyze({ text: `Titular de prueba\n\n${body}`, lang, published: '2026-03-06' }, { trace: true });
      const e = a.events.find((x) => x.trigger.text.startsWith(trigger));
      assert.ok(e, `no event "${trigger}": ${a.events.map((x) => x.trigger.text).join(', ')}`);
      const names = e.actor.map((x) => a.mentions.find((m) => m.id === x.mention)?.text ?? null);
      if (actor === null) assert.ok(!names.includes('alcalde de Quito'), `actor ${JSON.stringify(names)}`);
      else assert.deepEqual(names, [actor]);
      assert.equal((a.trace ?? []).some((t) => t.rule === FIRST_PERSON_RULE && t.start === e.trigger.start), fires);
    });
  }
});
