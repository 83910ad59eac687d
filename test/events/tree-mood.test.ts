import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { code, line, type ActorSpec } from './coded.js';

const place = (text: string, country: string): ActorSpec => ({ text, type: 'LOC', actor: { country } });

interface Case {
  name: string;
  lang: Lang;
  text: string;
  actors: ActorSpec[];
  expect: string[];
}

/** Mood from the tree (issue 11): tense and mood from the morphology, modal verbs scoped to the verb they govern. */
const CASES: Case[] = [
  {
    name: 'a conditional is an intention',
    lang: 'es',
    text: 'Bolivia firmaría el convenio con Chile.',
    actors: [place('Bolivia', 'BOL'), place('Chile', 'CHL')],
    expect: ['AGREE 032 BOL -> CHL intended'],
  },
  {
    name: 'a future is an intention',
    lang: 'es',
    text: 'Bolivia firmará el convenio con Chile.',
    actors: [place('Bolivia', 'BOL'), place('Chile', 'CHL')],
    expect: ['AGREE 032 BOL -> CHL intended'],
  },
  {
    name: 'capitals drop the accent: a main clause "-ara" is the future',
    lang: 'es',
    text: 'BOLIVIA FIRMARA EL CONVENIO CON CHILE',
    actors: [place('BOLIVIA', 'BOL'), place('CHILE', 'CHL')],
    expect: ['AGREE 032 BOL -> CHL intended'],
  },
  {
    name: 'a modal verb the trigger depends on: querer',
    lang: 'es',
    text: 'Marruecos quiere negociar con Argelia.',
    actors: [place('Marruecos', 'MAR'), place('Argelia', 'DZA')],
    expect: ['AGREE 036 MAR -> DZA intended'],
  },
  {
    name: 'poder makes the event hypothetical',
    lang: 'es',
    text: 'Irán puede atacar a Israel.',
    actors: [place('Irán', 'IRN'), place('Israel', 'ISR')],
    expect: ['ASSAULT 180 IRN -> ISR hypothetical'],
  },
  {
    name: 'English "may" is an auxiliary of the trigger',
    lang: 'en',
    text: 'Iran may attack Israel.',
    actors: [place('Iran', 'IRN'), place('Israel', 'ISR')],
    expect: ['ASSAULT 180 IRN -> ISR hypothetical'],
  },
  {
    name: 'English "will" is an intention',
    lang: 'en',
    text: 'Bolivia will sign the treaty with Chile.',
    actors: [place('Bolivia', 'BOL'), place('Chile', 'CHL')],
    expect: ['AGREE 032 BOL -> CHL intended'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a subjunctive in a subordinate clause is no future',
    lang: 'es',
    text: 'Perú exigió que Bolivia firmara el convenio.',
    actors: [place('Perú', 'PER'), place('Bolivia', 'BOL')],
    expect: ['REQUEST 100 PER -> - asserted'],
  },
  {
    name: 'a modal verb of a relative clause does not reach the main verb',
    lang: 'es',
    text: 'Chile, que podría firmar el tratado, criticó a Perú.',
    actors: [place('Chile', 'CHL'), place('Perú', 'PER')],
    expect: ['AGREE 032 CHL -> - intended', 'ACCUSE 111 CHL -> PER asserted'],
  },
  {
    name: 'an English modal of a relative clause does not reach the main verb',
    lang: 'en',
    text: 'Russia, which wants peace, attacked Ukraine on Monday.',
    actors: [place('Russia', 'RUS'), place('Ukraine', 'UKR')],
    expect: ['ASSAULT 180 RUS -> UKR asserted'],
  },
];

function run(cases: Case[]): void {
  for (const c of cases) it(c.name, () => assert.deepEqual(code(c.text, c.lang, c.actors, { published: '2026-02-04' }).map(line), c.expect, c.text));
}

describe('mood from the tree', () => run(CASES));
describe('mood from the tree: negative cases', () => run(NEGATIVE));
