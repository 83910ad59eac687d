/**
 * An event's place: a gazetteer place in its clause, preferring one after a locative preposition; a place
 * that acts ("Washington advirtió") is a government by metonymy, not where the event happened.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { code, type ActorSpec } from './coded.js';

const place = (text: string, country: string): ActorSpec => ({ text, type: 'LOC', actor: { country, sector: 'GOV' } });

describe('event locations', () => {
  const cases: Array<[string, string, Lang, ActorSpec[], string | null]> = [
    ['a capital acting is not the location', 'Washington advirtió a Irán.', 'es', [place('Washington', 'USA'), place('Irán', 'IRN')], null],
    ['English: a capital acting', 'Moscow condemned the sanctions.', 'en', [place('Moscow', 'RUS')], null],
    ['a place after "en" is the location', 'La policía detuvo a diez manifestantes en Caracas.', 'es', [{ text: 'policía', type: 'ORG', actor: { sector: 'COP' } }], 'Caracas'],
    ['an acting capital speaking from a place keeps that place', 'Washington protestó en Ginebra por el bloqueo.', 'es', [place('Washington', 'USA')], 'Ginebra'],
    ['a place attacked is where the attack happened', 'Rusia bombardeó Járkov.', 'es', [place('Rusia', 'RUS'), place('Járkov', 'UKR')], 'Járkov'],
  ];
  for (const [what, text, lang, actors, expected] of cases) {
    it(what, () => {
      const events = code(text, lang, actors);
      assert.ok(events.length > 0, 'no event');
      assert.equal(events[0]!.location?.name ?? null, expected);
    });
  }
});
