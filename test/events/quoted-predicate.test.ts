/**
 * A quote that opens at the trigger right after a name quotes that name's predicate
 * (src/events/quoted-predicate.ts): the name is the subject the parser missed. Not after a preposition,
 * and not when the mark closes a quote instead of opening one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyze } from '../../src/index.js';

/** [what, language, text, trigger, the actor's mention text (null: no actor)] */
const CASES: Array<[string, Lang, string, string, string | null]> = [
  ['straight quotes in a reported clause', 'es', 'El comunicado añade que la OEA "condena con firmeza la violencia" en Haití.', 'condena', 'OEA'],
  ['angle quotes', 'es', 'La OTAN «condena sin reservas» los ataques contra Ucrania.', 'condena', 'OTAN'],
  ['not after a preposition', 'es', 'Según la OEA "condena la violencia" el Gobierno de Haití.', 'condena', null],
];

describe('a quoted predicate takes the name before the quote as its subject', () => {
  for (const [what, lang, body, trigger, actor] of CASES) {
    it(what, () => {
      const a = analyze({ text: `Titular de prueba\n\n${body}`, lang, published: '2026-03-06' });
      const e = a.events.find((x) => x.trigger.text.startsWith(trigger));
      assert.ok(e, `no event "${trigger}": ${a.events.map((x) => x.trigger.text).join(', ')}`);
      const names = e.actor.map((x) => a.mentions.find((m) => m.id === x.mention)?.text ?? null);
      assert.deepEqual(names, actor === null ? [] : [actor]);
    });
  }
});
