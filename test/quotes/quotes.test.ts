import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { isQuotedName } from '../../src/quotes/is-name.js';
import { quotesStage } from '../../src/quotes/stage.js';
import { docWithMentions, type MentionSpec } from '../helpers/doc.js';

describe('findQuotes', () => {
  const cases: Array<[string, Lang, string[]]> = [
    ['La ministra habló de «una semana difícil» ante la prensa.', 'es', ['una semana difícil']],
    ['El alcalde pidió “calma” y “paciencia” a los vecinos.', 'es', ['calma', 'paciencia']],
    ['The envoy said "talks will resume" in May.', 'en', ['talks will resume']],
    ["El plan 'Escudo Norte' arrancó ayer.", 'es', ['Escudo Norte']],
    ['«Vamos a ganar. No hay otra opción», aseguró el técnico.', 'es', ['Vamos a ganar. No hay otra opción']],
    ["The minister's aides didn't comment.", 'en', []],
    ["Ce n'est pas l'État qui paie, dijo el portavoz.", 'es', []],
    ['Un «título sin cierre queda fuera.', 'es', []],
    ['Comillas vacías « » no cuentan.', 'es', []],
  ];
  for (const [text, lang, expected] of cases) {
    it(text, () => {
      const got = findQuotes(text, 0, text.length, lang).map((q) => text.slice(q.inner.start, q.inner.end));
      assert.deepEqual(got, expected);
    });
  }
});

describe('isQuotedName', () => {
  const cases: Array<[string, boolean]> = [
    ['Proyecto Bóveda', true],
    ['Doctrina Donroe', true],
    ['Operation Northern Shield', true],
    ['Plan de Acción para el Clima', true],
    ['OTAN', true],
    ['beneficiosa', false],
    ['estratégico', false],
    ['Basta', false],
    ['soberanía y seguridad de sus países', false],
    ['We will not look away', false],
    ['Vamos a Ganar.', false],
  ];
  for (const [inner, expected] of cases) it(`${inner} -> ${expected}`, () => assert.equal(isQuotedName(inner), expected));
});

function speakers(text: string, lang: Lang, mentions: MentionSpec[]): Array<[string, string | null]> {
  const doc = docWithMentions(text, lang, mentions);
  quotesStage.run(doc, { trace: NO_TRACE });
  return doc.quotes.map((q) => [q.text, q.speaker ? doc.mentions.find((m) => m.id === q.speaker)!.text : null]);
}

describe('quote speakers', () => {
  const cases: Array<[string, string, Lang, MentionSpec[], Array<[string, string | null]>]> = [
    ['subject before a verb of saying', 'La presidenta afirmó que la reforma es «irreversible».', 'es', [{ text: 'La presidenta' }], [['irreversible', 'La presidenta']]],
    ['a complement is not the subject', 'Lula agradeció a Boric y aseguró que la alianza es «sólida».', 'es', [{ text: 'Lula' }, { text: 'Boric' }], [['sólida', 'Lula']]],
    ['inverted subject after the verb', '«No cederemos», dijo el ministro Ortega a la prensa.', 'es', [{ text: 'el ministro Ortega' }], [['No cederemos', 'el ministro Ortega']]],
    ['según', 'La economía crecerá «con fuerza», según el banco central.', 'es', [{ text: 'el banco central', type: 'ORG' }], [['con fuerza', 'el banco central']]],
    ['English: after the quote', '"We will not look away," the Dutch foreign minister told reporters.', 'en', [{ text: 'the Dutch foreign minister' }], [['We will not look away', 'the Dutch foreign minister']]],
    ['English: according to', 'Exports will fall "sharply" this year, according to the IMF.', 'en', [{ text: 'the IMF', type: 'ORG' }], [['sharply', 'the IMF']]],
    ['coreference leads to the named actor', 'Gustavo Petro viajó a Quito. El mandatario colombiano dijo que fue un viaje «provechoso».', 'es',
      [{ text: 'Gustavo Petro' }, { text: 'El mandatario colombiano', refersTo: 'Gustavo Petro' }], [['provechoso', 'Gustavo Petro']]],
    ['a coreference chain is followed to the named person in it, not past it', 'Los presidentes de Chile, Gabriel Boric, y de Perú se reunieron. El mandatario chileno dijo que el encuentro fue «útil».', 'es',
      [{ text: 'Los presidentes de Chile' }, { text: 'Gabriel Boric', via: 'lexicon:shared/people#Gabriel Boric', refersTo: 'Los presidentes de Chile' }, { text: 'El mandatario chileno', refersTo: 'Gabriel Boric' }],
      [['útil', 'Gabriel Boric']]],
    ['dropped subject takes the last speaker', 'La canciller aseguró que habrá «diálogo». Además, señaló que el acuerdo es «urgente».', 'es',
      [{ text: 'La canciller' }], [['diálogo', 'La canciller'], ['urgente', 'La canciller']]],
    ['no verb of saying, no speaker', 'El estadio recibió el apodo de «la caldera» hace décadas.', 'es', [{ text: 'El estadio', type: 'LOC' }], [['la caldera', null]]],
    ['a quoted name is not a quote', 'El Gobierno lanzó el "Plan Escudo Verde" para los bosques.', 'es', [{ text: 'El Gobierno', type: 'ORG' }], []],
    ['post-posed speaker (tree)', '«Habrá nuevas medidas», advirtió la OMS.', 'es', [{ text: 'OMS', type: 'ORG' }], [['Habrá nuevas medidas', 'OMS']]],
    ['post-posed speaker after an adverb', '«No firmaremos», dijo ayer el canciller.', 'es', [{ text: 'el canciller' }], [['No firmaremos', 'el canciller']]],
    ['English: post-posed speaker, inverted', '"Prices will rise," said the finance minister.', 'en', [{ text: 'the finance minister' }], [['Prices will rise', 'the finance minister']]],
    ['a stem-changed form of a verb of saying', 'La fiscal advierte que el caso es «grave».', 'es', [{ text: 'La fiscal' }], [['grave', 'La fiscal']]],
    ['the addressee of a verb of saying is not its speaker', '«Es un error», le dijo el ministro al embajador.', 'es',
      [{ text: 'el ministro' }, { text: 'embajador' }], [['Es un error', 'el ministro']]],
    ['a name apposed to a descriptor subject speaks', 'La portavoz del Ejecutivo, Marta Ríos, dijo que el plan es «viable».', 'es',
      [{ text: 'La portavoz' }, { text: 'Ejecutivo', type: 'ORG' }, { text: 'Marta Ríos' }], [['viable', 'Marta Ríos']]],
    ['a clause ending in a colon introduces the quote', 'La alcaldesa fue tajante: «No habrá cortes».', 'es', [{ text: 'La alcaldesa' }], [['No habrá cortes', 'La alcaldesa']]],
    ['a quote paragraph after the sentence naming its speaker', 'El ministro habló con los periodistas. «Cumpliremos el acuerdo.»', 'es',
      [{ text: 'El ministro' }], [['Cumpliremos el acuerdo.', 'El ministro']]],
    ['English: a quote paragraph after its speaker', 'The governor spoke to reporters on Monday. "We will rebuild."', 'en',
      [{ text: 'The governor' }], [['We will rebuild.', 'The governor']]],
    ['a quote whose speaker the next sentence names', '«No habrá prórroga». Así lo anunció la presidenta del tribunal.', 'es',
      [{ text: 'la presidenta del tribunal' }], [['No habrá prórroga', 'la presidenta del tribunal']]],
    ['a quote after another quote keeps its speaker', '«Es un día triste», dijo la jueza. «Nadie ganó hoy.»', 'es',
      [{ text: 'la jueza' }], [['Es un día triste', 'la jueza'], ['Nadie ganó hoy.', 'la jueza']]],
    ['a next sentence that reports something of its own is not the speaker', '«Habrá elecciones». La oposición dijo que no participará.', 'es',
      [{ text: 'La oposición', type: 'ORG' }], [['Habrá elecciones', null]]],
    ['a previous sentence without a verb of saying names no speaker', 'El ministro llegó a Quito. «Bienvenidos a casa.»', 'es',
      [{ text: 'El ministro' }, { text: 'Quito', type: 'LOC' }], [['Bienvenidos a casa.', null]]],
    ['a quote inside a sentence is not a quote paragraph', 'El ministro habló con la prensa. Su plan lleva el lema «todos a una».', 'es',
      [{ text: 'El ministro' }], [['todos a una', null]]],
  ];
  for (const [what, text, lang, mentions, expected] of cases) {
    it(what, () => assert.deepEqual(speakers(text, lang, mentions), expected));
  }
});
