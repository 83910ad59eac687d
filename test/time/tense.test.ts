import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atomizeToken, type Atom } from '../../src/time/atoms.js';
import { timeLexicon } from '../../src/time/lexicon.js';
import { AtomReader } from '../../src/time/reader.js';
import { TenseReader, type Tense } from '../../src/time/tense.js';
import { tokenize } from '../../src/structure/tokens.js';

/** The tense around the words `target` of `text`, one sentence. */
function tenseAround(lang: 'es' | 'en', text: string, target: string): Tense {
  const atoms: Atom[] = [];
  let prevEnd = -1;
  for (const t of tokenize(text, 0, text.length)) {
    atomizeToken({ ...t, text: text.slice(t.start, t.end), sentence: 0 }, t.start > prevEnd, atoms);
    prevEnd = t.end;
  }
  const at = text.indexOf(target);
  const s = atoms.findIndex((a) => a.start === at);
  const e = atoms.findIndex((a) => a.end === at + target.length) + 1;
  assert.ok(s >= 0 && e > s, `"${target}" is made of whole atoms`);
  return new TenseReader(new AtomReader(atoms, timeLexicon(lang), lang)).around(s, e);
}

describe('tense of the verb nearest a time expression', () => {
  const cases: Array<['es' | 'en', string, string, Tense]> = [
    ['es', 'El lunes anunció su dimisión', 'El lunes', 'past'],
    ['es', 'El lunes viajará a Roma', 'El lunes', 'future'],
    ['es', 'Anunció el lunes que viajará el jueves', 'el lunes', 'past'],
    ['es', 'Anunció el lunes que viajará el jueves', 'el jueves', 'future'],
    ['es', 'Los ministros se reunieron el viernes', 'el viernes', 'past'],
    ['es', 'El Gobierno ha aprobado hoy la ley', 'hoy', 'past'],
    ['es', 'La oposición va a votar el martes', 'el martes', 'future'],
    ['es', 'El martes se reúne el consejo', 'El martes', null],
    ['es', 'El jueves estaba prevista la votación', 'El jueves', 'past'],
    ['es', 'Irán el sábado', 'el sábado', null],
    ['en', 'The minister said on Tuesday', 'Tuesday', 'past'],
    ['en', 'Talks will resume on Monday', 'Monday', 'future'],
    ['en', 'Elections will be held on May 4', 'May 4', 'future'],
    ['en', 'The vote is held on Monday', 'Monday', null],
    ['en', 'The deal was signed on Friday', 'Friday', 'past'],
    ['en', 'The United Nations meets on Friday', 'Friday', null],
  ];
  for (const [lang, text, target, tense] of cases) {
    it(`${text}: "${target}" is ${tense ?? 'untensed'}`, () => assert.equal(tenseAround(lang, text, target), tense));
  }
});
