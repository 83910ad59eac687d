import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sector } from '../../src/core/analysis.js';
import { code, line, type ActorSpec } from './coded.js';

const gov = (text: string, country: string, name: string | null = null): ActorSpec => ({ text, actor: { country, name, sector: 'GOV' } });
const place = (text: string, country: string): ActorSpec => ({ text, type: 'LOC', actor: { country } });
const group = (text: string, sector: Sector): ActorSpec => ({ text, actor: { sector } });

interface Case {
  name: string;
  text: string;
  actors: ActorSpec[];
  expect: string[];
}

/** Roles read from the dependency tree (issue 11): sentences written for these tests. */
const SPANISH: Case[] = [
  {
    // The parser makes the long name the root and the verb a parataxis beside it.
    name: 'a verb set beside the noun phrase before it (parataxis) is its predicate',
    text: 'El combativo Movimiento de los Campesinos Paraguayos (MCP) anunció el martes una jornada nacional de protesta.',
    actors: [group('MCP', 'LAB')],
    expect: ['THREATEN 133 LAB -> - asserted', 'PROTEST 140 LAB -> - asserted'],
  },
  {
    name: 'the subject of a relative clause does not cut the main subject off',
    text: 'El sindicato de mineros, que convocó la marcha, exigió al Gobierno subir los salarios.',
    actors: [group('sindicato de mineros', 'LAB'), gov('Gobierno', 'PER')],
    // Calling the march is the union's too (inside the relative clause); asking is the main clause's.
    expect: ['THREATEN 133 LAB -> - asserted', 'REQUEST 100 LAB -> PER asserted'],
  },
  {
    name: 'a description and an apposed name are one actor',
    text: 'El portavoz del Gobierno, Ana Ruiz, criticó a la oposición.',
    actors: [gov('portavoz del Gobierno', 'PER'), { text: 'Ana Ruiz', actor: { name: 'Ana Ruiz' } }, group('oposición', 'OPP')],
    expect: ['ACCUSE 111 PER -> OPP asserted'],
  },
  {
    name: 'a passive with its agent swaps the roles',
    text: 'El embajador de Chile fue expulsado por el gobierno peruano.',
    actors: [gov('embajador de Chile', 'CHL'), gov('gobierno peruano', 'PER')],
    expect: ['COERCE 174 PER -> CHL asserted'],
  },
  {
    name: 'a group noun takes the country of the place it is from',
    text: 'Los vecinos de Quito bloquearon la avenida principal.',
    actors: [group('vecinos', 'CVL'), place('Quito', 'ECU')],
    expect: ['PROTEST 144 ECU -> - asserted'],
  },
  {
    name: 'coordinated adjectives of origin name two actors',
    text: 'Los ministros griego y turco se reunieron en Atenas.',
    actors: [gov('ministros griego', 'GRC'), gov('turco', 'TUR')],
    expect: ['CONSULT 040 GRC+TUR -> - asserted'],
  },
  {
    name: 'what a speaker says he will do is his',
    text: 'El primer ministro de Italia dijo que visitará Argelia en mayo.',
    actors: [gov('primer ministro de Italia', 'ITA'), place('Argelia', 'DZA')],
    // A visit announced is an intention to meet (036).
    expect: ['AGREE 036 ITA -> DZA intended'],
  },
  {
    name: 'an organisation takes the country named after the words of its own name',
    text: 'La Federación Agraria del Perú convocó una huelga.',
    actors: [group('Federación Agraria', 'LAB'), place('Perú', 'PER')],
    expect: ['THREATEN 133 PER -> - asserted'],
  },
  {
    name: 'a verb of victims with a direct object is active: its subject did it',
    text: 'Los rebeldes desaparecieron a dos periodistas en la sierra.',
    actors: [group('rebeldes', 'REB'), group('periodistas', 'MED')],
    expect: ['ASSAULT 181 REB -> MED asserted'],
  },
  {
    name: 'a meeting "entre" two parties: the first is the actor, the other the recipient',
    text: 'Tras la reunión entre los cancilleres de Chile y Perú, los dos gobiernos firmaron un acuerdo.',
    actors: [gov('cancilleres de Chile', 'CHL'), place('Perú', 'PER'), group('dos gobiernos', 'GOV')],
    expect: ['CONSULT 040 CHL -> PER asserted', 'SUPPORT 057 GOV -> - asserted'],
  },
  {
    name: 'the other party of a meeting hung on its owner ("de X con Y")',
    text: 'La reunión de Bolivia con Chile duró tres horas.',
    actors: [place('Bolivia', 'BOL'), place('Chile', 'CHL')],
    expect: ['CONSULT 040 BOL -> CHL asserted'],
  },
];

const SPANISH_NEGATIVE: Case[] = [
  {
    name: 'a negator of a relative clause does not negate the main verb',
    text: 'Serbia, que no firmó el tratado, criticó a Croacia.',
    actors: [place('Serbia', 'SRB'), place('Croacia', 'HRV')],
    // The refusal inside the relative clause is negated; the criticism is not.
    expect: ['SUPPORT 057 SRB -> - asserted negated', 'ACCUSE 111 SRB -> HRV asserted'],
  },
  {
    name: 'a strike that is the subject of a negated verb still happened',
    text: 'La huelga de los mineros no tuvo el efecto esperado.',
    actors: [],
    expect: ['PROTEST 143 - -> - asserted'],
  },
  {
    name: 'a country named inside an adverbial is not the actor',
    text: 'Tras la cumbre de Brasil, los estudiantes marcharon por el centro.',
    actors: [place('Brasil', 'BRA'), group('estudiantes', 'EDU')],
    expect: ['PROTEST 141 EDU -> - asserted'],
  },
  {
    name: 'a subjunctive complement does not take the requester as its subject',
    text: 'Francia pidió a Irán que libere a los detenidos.',
    actors: [place('Francia', 'FRA'), place('Irán', 'IRN')],
    expect: ['REQUEST 100 FRA -> IRN asserted'],
  },
  {
    name: 'the place where an organisation acts is not its country',
    text: 'La Federación Agraria convocó una huelga en el Perú.',
    actors: [group('Federación Agraria', 'LAB'), place('Perú', 'PER')],
    expect: ['THREATEN 133 LAB -> - asserted'],
  },
  {
    name: 'a verb of victims without an object keeps its subject as the victim',
    text: 'Dos periodistas desaparecieron en la sierra.',
    actors: [group('periodistas', 'MED')],
    expect: ['ASSAULT 181 - -> MED asserted'],
  },
  {
    name: 'a compound preposition with "a" introduces no object: the journalists stay the victims',
    text: 'Dos periodistas desaparecieron a manos de los rebeldes.',
    actors: [group('rebeldes', 'REB'), group('periodistas', 'MED')],
    expect: ['ASSAULT 181 - -> MED asserted'],
  },
  {
    name: 'a meeting with one party named is no meeting between two',
    text: 'La reunión con los vecinos duró tres horas.',
    actors: [group('vecinos', 'CVL')],
    expect: [],
  },
];

const ENGLISH: Case[] = [
  {
    name: 'a negated verb negates the verb it controls',
    text: 'Sweden did not manage to sign the treaty with Finland.',
    actors: [place('Sweden', 'SWE'), place('Finland', 'FIN')],
    expect: ['SUPPORT 057 SWE -> FIN asserted negated'],
  },
  {
    name: 'a pronoun subject of a reported clause is the speaker',
    text: 'Norway said on Friday that it would send aid to Sudan.',
    actors: [place('Norway', 'NOR'), place('Sudan', 'SDN')],
    // Aid announced is an intention to give it (033); the object "aid" belongs to the trigger, Sudan is the recipient.
    expect: ['AGREE 033 NOR -> SDN intended'],
  },
  {
    name: 'an English passive with "by"',
    text: 'The ambassador of Peru was expelled by Bolivia on Monday.',
    actors: [gov('ambassador of Peru', 'PER'), place('Bolivia', 'BOL')],
    expect: ['COERCE 174 BOL -> PER asserted'],
  },
  {
    name: 'the target of a multiword trigger hung on its noun',
    text: 'Canada imposed new sanctions on Belarus.',
    actors: [place('Canada', 'CAN'), place('Belarus', 'BLR')],
    expect: ['COERCE 163 CAN -> BLR asserted'],
  },
  {
    name: 'a progressive ("is pressuring") is active, not passive',
    text: 'Sweden is pressuring Finland to sign the treaty.',
    actors: [place('Sweden', 'SWE'), place('Finland', 'FIN')],
    expect: ['REQUEST 100 SWE -> FIN asserted'],
  },
  {
    name: 'a possessive owner gives an unnamed official its country',
    text: "Norway's foreign minister criticised Sudan.",
    actors: [place('Norway', 'NOR'), place('Sudan', 'SDN')],
    expect: ['ACCUSE 111 NOR -> SDN asserted'],
  },
  {
    name: 'a passive with "be" and a past participle still swaps the roles',
    text: 'Sweden was pressured by Finland.',
    actors: [place('Sweden', 'SWE'), place('Finland', 'FIN')],
    expect: ['REQUEST 100 FIN -> SWE asserted'],
  },
  {
    name: 'a group placed in a town takes its country',
    text: 'Demonstrators in Baghdad blocked a road.',
    actors: [group('Demonstrators', 'CVL'), place('Baghdad', 'IRQ')],
    expect: ['PROTEST 144 IRQ -> - asserted'],
  },
  {
    name: 'the place of the action is not the group\'s country',
    text: 'Demonstrators blocked a road in Baghdad.',
    actors: [group('Demonstrators', 'CVL'), place('Baghdad', 'IRQ')],
    expect: ['PROTEST 144 CVL -> - asserted'],
  },
];

function run(cases: Case[], lang: 'es' | 'en'): void {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(code(c.text, lang, c.actors, { published: '2026-02-04' }).map(line), c.expect, c.text));
  }
}

describe('roles from the tree: Spanish', () => run(SPANISH, 'es'));
describe('roles from the tree: Spanish negative cases', () => run(SPANISH_NEGATIVE, 'es'));
describe('roles from the tree: English', () => run(ENGLISH, 'en'));
