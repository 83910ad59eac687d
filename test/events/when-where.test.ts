/**
 * An event's place: a gazetteer place in its clause, preferring one after a locative preposition; a place
 * that acts ("Washington advirtió") is a government by metonymy, not where the event happened.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { code, type ActorSpec } from './coded.js';
import { analyze } from '../../src/index.js';

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

describe('a host city is the place, not a party (whole analysis)', () => {
  const cases: Array<[string, string, Lang, string, boolean]> = [
    ['Spanish talks in Geneva', 'Cumbre del clima\n\nReunidos en Ginebra, los ministros firmaron el lunes una declaración sobre el clima.', 'es', 'Ginebra', false],
    ['English talks in Geneva', 'Climate summit\n\nThe ministers signed a statement on the climate in Geneva on Monday.', 'en', 'Geneva', false],
    ['a Swiss actor in Geneva is still Swiss', 'Protesta en Ginebra\n\nLa policía de Suiza detuvo el lunes a dos activistas en Ginebra.', 'es', 'Ginebra', true],
  ];
  for (const [what, text, lang, where, swiss] of cases) {
    it(what, () => {
      const a = analyze({ text, lang, published: '2026-03-10' });
      const e = a.events.find((x) => x.location?.name === where && x.actor.length + x.recipient.length > 0);
      assert.ok(e, `no event with a party placed in ${where}: ${JSON.stringify(a.events.map((x) => [x.type, x.location?.name]))}`);
      const parties = [...e.actor, ...e.recipient].map((p) => p.country);
      assert.equal(parties.includes('CHE'), swiss, `parties ${JSON.stringify(parties)}`);
    });
  }
});
