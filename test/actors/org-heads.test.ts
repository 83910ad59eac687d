/**
 * Organisations the lexicon does not know take the sector of the body noun that heads their name, as
 * the NER model finds them: first in Spanish ("Partido Liberal"), last in English ("Liberal Party"); and
 * a name the model found takes the one country named inside it ("Kenya Anti-Corruption Commission"),
 * never a person's ("Denzel Washington").
 * "partido" alone is a match as often as a party, so it makes an actor only with capitals and something
 * that qualifies it.
 */
import { describe, it } from 'node:test';
import { checkMentions, type MentionCase } from './analyze.js';

const CASES: MentionCase[] = [
  { lang: 'es', text: 'El Partido Verde Ecologista pidió la renuncia del alcalde.', expect: [['Partido Verde Ecologista', 'PTY']] },
  { lang: 'es', text: 'El Ministerio de Obras Públicas suspendió la licitación.', expect: [['Ministerio de Obras Públicas', 'GOV']] },
  { lang: 'en', text: 'The Popular Unity Party boycotted the vote.', expect: [['Popular Unity Party', 'PTY']] },
  // a country named inside a name the model found
  { lang: 'en', text: 'Officials of the Kenya Anti-Corruption Commission questioned the minister.', expect: [['Kenya Anti-Corruption Commission', 'KEN']] },
  { lang: 'en', text: 'The governor of New Mexico signed the bill.', expect: [['governor of New Mexico', 'USA/GOV']] },
  { lang: 'en', text: 'The actor Denzel Washington visited Kenya.', expect: [['Kenya', 'KEN']], not: ['washington'] },
  { lang: 'es', text: 'El partido de fútbol entre Colombia y Perú terminó empatado.', expect: [['Colombia', 'COL'], ['Perú', 'PER']], not: ['partido'] },
  { lang: 'es', text: 'El partido terminó tarde.', expect: [], not: ['partido'] },
];

describe('organisations named after their head noun', () => {
  for (const c of CASES) it(`${c.lang}: ${c.text}`, () => checkMentions(c));
});
