/**
 * "presidente / líder de X" is the head of X: of a party, a chamber or a body no lexicon knows, never
 * the country's leader; a name in apposition is that head and takes the body's sector. A country or an
 * institution with a dated head office still names its holder.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyzeActors, code, describeMentions } from './analyze.js';

/** language, text, mention, its codes, the person it names (null: none). */
type HeadCase = [Lang, string, string, string, string | null];

const CASES: HeadCase[] = [
  ['es', 'El líder del Partido Popular visitó Bruselas.', 'líder del Partido Popular', 'ESP/PTY', null],
  ['es', 'La presidenta del PP pidió elecciones.', 'presidenta del PP', 'ESP/PTY', null],
  ['es', 'Claudia Sheinbaum viajó a Monterrey. El presidente de Pemex anunció un recorte.', 'presidente de Pemex', '', null],
  ['es', 'El presidente de Pemex, Octavio Romero, habló con la prensa.', 'Octavio Romero', '', 'Octavio Romero'],
  ['es', 'Gustavo Petro viajó a Quito. La presidenta de la Asamblea Nacional criticó el viaje.', 'presidenta de la Asamblea Nacional', 'LEG', null],
  ['es', 'El presidente del Senado, Juan Gómez, criticó al Gobierno.', 'Juan Gómez', 'LEG', 'Juan Gómez'],
  ['en', 'Joe Biden flew to Ohio. The president of the Senate criticised the trip.', 'president of the Senate', 'LEG', null],
  ['en', 'Joe Biden flew to Ohio. The Senate president, John Smith, criticised the trip.', 'John Smith', 'LEG', 'John Smith'],
  ['en', 'The chairman of Boeing said the plant would close.', 'chairman of Boeing', '', null],
  // a member of a body named with its kind's word, in apposition: the name takes the body's sector
  ['es', 'El portavoz del Partido Verde, Tomás Rivas, habló con la prensa.', 'Tomás Rivas', 'PTY', 'Tomás Rivas'],
  ['es', 'La portavoz del Senado, Inés Mora, pidió calma.', 'Inés Mora', 'LEG', 'Inés Mora'],
  ['es', 'El ministro de Salud, Rodrigo Pérez, inauguró el hospital.', 'Rodrigo Pérez', 'GOV', 'Rodrigo Pérez'],
  // negative: a country, or an institution whose head is a dated office, still names the holder
  ['es', 'El presidente de Colombia habló con la prensa.', 'presidente de Colombia', 'COL/GOV', 'Gustavo Petro'],
  ['es', 'El jefe del Kremlin viajó a Pekín.', 'jefe del Kremlin', 'RUS/GOV', 'Vladimir Putin'],
  ['en', 'The president of Russia spoke to reporters.', 'president of Russia', 'RUS/GOV', 'Vladimir Putin'],
];

describe('heads of bodies', () => {
  for (const [lang, text, mention, codes, name] of CASES) {
    it(`${lang}: ${text}`, () => {
      const a = analyzeActors(text, lang);
      const m = a.mentions.find((x) => x.text === mention);
      assert.ok(m, `no mention "${mention}"; found: ${describeMentions(a)}`);
      assert.equal(code(m), codes, describeMentions(a));
      assert.equal(m.actor?.name ?? null, name, describeMentions(a));
    });
  }
});
