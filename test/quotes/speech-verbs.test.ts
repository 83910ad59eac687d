import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { isSpeechLemma, isSpeechVerb } from '../../src/quotes/speech-verbs.js';

describe('isSpeechVerb', () => {
  const cases: Array<[string, Lang, boolean]> = [
    ['dijo', 'es', true],
    ['advirtió', 'es', true],
    ['advierte', 'es', true],
    ['sostuvo', 'es', true],
    ['pidió', 'es', false],
    ['anunció', 'es', true],
    // A form only ever written with an accent counts only with it (as "anunció" and the noun "anuncio").
    ['advirtio', 'es', false],
    ['habló', 'es', true],
    ['perro', 'es', false],
    ['said', 'en', true],
    ['spoke', 'en', true],
    ['warned', 'en', true],
    ['dijo', 'en', false],
    ['table', 'en', false],
  ];
  for (const [form, lang, expected] of cases) it(`${lang} ${form} -> ${expected}`, () => assert.equal(isSpeechVerb(form, lang), expected));
});

describe('isSpeechLemma', () => {
  const cases: Array<[string, Lang, boolean]> = [
    ['advertir', 'es', true],
    ['hablar', 'es', true],
    ['viajar', 'es', false],
    ['say', 'en', true],
    ['say', 'es', false],
    ['decir', 'und', false],
  ];
  for (const [lemma, lang, expected] of cases) it(`${lang} ${lemma} -> ${expected}`, () => assert.equal(isSpeechLemma(lemma, lang), expected));
});
