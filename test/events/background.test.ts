import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedBefore, isBackground } from '../../src/events/background.js';
import { analyze } from '../../src/index.js';

describe('datedBefore: a date clearly before the article’s week', () => {
  const published = '2026-02-04';
  const cases: Array<[string, boolean]> = [
    ['2026-02-03', false],
    ['2026-01-28', false],
    ['2026-01-27', true],
    ['2026-01', true],
    ['2026-02', false],
    ['2026', false],
    ['2025', true],
    ['2013', true],
    ['2026-W05', false],
    ['2026-W03', true],
    ['2026-03', false],
    ['2019-03-01/2019-03-31', true],
    ['P2W', false],
    ['XXXX-02-04', false],
  ];
  for (const [date, before] of cases) it(`${date}: ${before ? 'background' : 'news'}`, () => assert.equal(datedBefore(date, published), before));
});

describe('isBackground', () => {
  const cases: Array<[string, string | null, string | null, string | null, boolean, boolean]> = [
    ['own date long before', '2013', 't0', '2026-02-04', false, true],
    ['own recent date, past perfect', '2026-02-02', 't0', '2026-02-04', true, false],
    ['no date of its own, past perfect', '2026-02-04', 'published', '2026-02-04', true, true],
    ['no date of its own, simple past', '2026-02-04', 'published', '2026-02-04', false, false],
    ['no publication date: a date cannot be placed', '2013', 't0', null, false, false],
  ];
  for (const [name, date, from, published, perfect, expected] of cases) {
    it(name, () => assert.equal(isBackground(date, from, published, perfect), expected));
  }
});

/** Sentences written for these tests: which events are news and which are history, and the date each takes from its own clause. */
describe('background and clause dates in analysed text', () => {
  const cases: Array<[string, 'es' | 'en', string, string, Array<[string, string | null, boolean]>]> = [
    [
      'a release this week, a capture years ago (the date belongs to the participle’s clause)',
      'es', '2026-03-06', 'La guerrilla liberó el jueves a los soldados peruanos capturados en marzo de 2019.',
      [['liberó', '2026-03-05', false], ['capturados', '2019-03', true]],
    ],
    ['a year long gone', 'es', '2026-03-06', 'En 2013, Perú firmó un tratado con Chile.', [['firmó', '2013', true]]],
    ['the past perfect', 'es', '2026-03-06', 'Los rebeldes habían atacado la base del ejército de Colombia.', [['atacado', '2026-03-06', true]]],
    ['the English past perfect', 'en', '2026-03-06', 'The rebels had attacked an army base in Colombia.', [['attacked', '2026-03-06', true]]],
    ['last week is news', 'en', '2026-03-06', 'Police in Peru arrested the protesters last Friday.', [['arrested', '2026-02-27', false]]],
    ['a date of the reporting clause dates the reported one', 'en', '2026-03-06', 'On Tuesday the minister said Peru would sign a treaty with Chile.', [['sign', '2026-03-03', false]]],
  ];
  for (const [name, lang, published, text, expected] of cases) {
    it(name, () => {
      const a = analyze({ text, lang, published });
      const got = a.events.map((e) => [e.trigger.text.split(' ')[0]!, e.date, e.background]);
      for (const want of expected) assert.ok(got.some((g) => g[0] === want[0] && g[1] === want[1] && g[2] === want[2]), `${JSON.stringify(want)} not in ${JSON.stringify(got)}`);
    });
  }
});
