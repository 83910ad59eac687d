import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sector } from '../../src/core/analysis.js';
import { code, line, type ActorSpec } from './coded.js';

const group = (text: string, sector: Sector, country: string | null = null): ActorSpec => ({ text, actor: { sector, country } });

interface Case {
  name: string;
  text: string;
  actors: ActorSpec[];
  expect: string[];
}

/** Impersonal and passive "se" (issue 11): sentences written for these tests. */
const CASES: Case[] = [
  {
    name: 'the person after an impersonal "se" is acted on, and no one is named as the actor',
    text: 'Se arrestaron cinco dirigentes sindicales en Oruro.',
    actors: [group('dirigentes sindicales', 'LAB')],
    expect: ['COERCE 173 - -> LAB asserted'],
  },
  {
    name: 'the grammatical subject of a passive "se" is the one acted on, not the actor',
    text: 'Se expulsaron dos diplomáticos peruanos.',
    actors: [group('diplomáticos peruanos', 'GOV', 'PER')],
    expect: ['SANCTION 166 - -> PER asserted'],
  },
  {
    name: 'an impersonal "se" with a personal "a" object',
    text: 'Se detuvo a tres dirigentes sindicales en Oruro.',
    actors: [group('dirigentes sindicales', 'LAB')],
    expect: ['COERCE 173 - -> LAB asserted'],
  },
  {
    name: 'the actor of the latest event of the same kind in the article carries over',
    text: 'La policía boliviana detuvo a dos estudiantes. Horas después se detuvo a tres dirigentes sindicales.',
    actors: [group('policía boliviana', 'COP', 'BOL'), group('estudiantes', 'EDU'), group('dirigentes sindicales', 'LAB')],
    expect: ['COERCE 173 BOL -> EDU asserted', 'COERCE 173 BOL -> LAB asserted'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'an actor of another kind of event does not carry over',
    text: 'El gobierno de Chile negoció con Perú. Finalmente se firmó un acuerdo.',
    actors: [group('gobierno de Chile', 'GOV', 'CHL'), { text: 'Perú', type: 'LOC', actor: { country: 'PER' } }],
    expect: ['CONSULT 046 CHL -> PER asserted', 'SUPPORT 057 - -> - asserted'],
  },
  {
    name: 'the "se" of a pronominal verb leaves its subject the actor',
    text: 'Los mineros se manifestaron ante el ministerio.',
    actors: [group('mineros', 'LAB')],
    expect: ['PROTEST 141 LAB -> - asserted'],
  },
  {
    name: 'a reflexive verb with its subject before it is not impersonal',
    text: 'Los mineros de Potosí se declararon en huelga.',
    actors: [group('mineros de Potosí', 'LAB')],
    expect: ['PROTEST 143 LAB -> - asserted'],
  },
];

function run(cases: Case[]): void {
  for (const c of cases) it(c.name, () => assert.deepEqual(code(c.text, 'es', c.actors, { published: '2026-02-04' }).map(line), c.expect, c.text));
}

describe('impersonal "se"', () => run(CASES));
describe('impersonal "se": negative cases', () => run(NEGATIVE));
