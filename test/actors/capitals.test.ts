/**
 * Capitals as metonyms: a capital that acts (opens a clause and a verb-like word follows) names its
 * government; a capital as a place (after a preposition, as an object, in a list of places) names only
 * its country.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

const CASES: Array<[lang: Lang, text: string, mention: string, codes: string]> = [
  ['es', 'Moscú advirtió que respondería a las sanciones.', 'Moscú', 'RUS/GOV'],
  ['es', 'El portavoz dijo que Washington no aceptará el plan.', 'Washington', 'USA/GOV'],
  ['es', 'Tras la votación, Pekín anunció represalias.', 'Pekín', 'CHN/GOV'],
  ['en', 'Moscow on Monday rejected the proposal.', 'Moscow', 'RUS/GOV'],
  ['en', 'Officials said that Tehran would not attend.', 'Tehran', 'IRN/GOV'],
  // places, not governments
  ['es', 'La cumbre se celebró en Moscú en invierno.', 'Moscú', 'RUS'],
  ['es', 'El ministro visitó Pekín la semana pasada.', 'Pekín', 'CHN'],
  ['es', 'Washington y Pekín firmaron una tregua comercial.', 'Washington', 'USA'],
  ['en', 'Farmers said they would blockade Paris from Monday.', 'Paris', 'FRA'],
  ['en', 'A bomb exploded in east Beirut.', 'Beirut', 'LBN'],
  ['en', "Cairo's streets were empty.", 'Cairo', 'EGY'],
];

describe('capitals as metonyms', () => {
  for (const [lang, text, mention, codes] of CASES) {
    it(`${lang}: ${text}`, () => {
      const a = analyzeActors(text, lang);
      assert.ok(a.mentions.some((m) => m.text === mention && code(m) === codes), `expected "${mention}" ${codes}; found: ${describeMentions(a)}`);
    });
  }
});
