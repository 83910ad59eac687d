import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.js';

const side = (xs: { country: string | null }[]): string => xs.map((x) => x.country ?? '?').join('+') || '-';

/**
 * Voice (issue 11): a passive swaps the roles, except where the subject is the actor's own (forces
 * deployed, frame role S:A). Sentences written for these tests: [text, lang, cameo, actor, recipient].
 */
const CASES: Array<[string, 'es' | 'en', string, string, string]> = [
  ['La canciller de Colombia fue recibida por el presidente de Ecuador en Quito.', 'es', '043', 'ECU', 'COL'],
  ['El presidente de Ecuador recibió a la canciller de Colombia en Quito.', 'es', '043', 'ECU', 'COL'],
  ['Los soldados venezolanos fueron desplegados en la frontera.', 'es', '154', 'VEN', '-'],
  ['Los soldados fueron desplegados por el Gobierno de Venezuela.', 'es', '154', 'VEN', '-'],
  ['Venezuelan soldiers were deployed to the border.', 'en', '154', 'VEN', '-'],
];

describe('voice: who acts in a passive', () => {
  for (const [text, lang, cameo, actor, recipient] of CASES) {
    it(text, () => {
      const events = analyze({ text, lang, published: '2026-03-06' }).events;
      const e = events.find((x) => x.cameo === cameo);
      assert.ok(e, `no ${cameo} in ${JSON.stringify(events.map((x) => x.cameo))}`);
      assert.deepEqual([side(e.actor), side(e.recipient)], [actor, recipient]);
    });
  }
});
