/**
 * An undated article is not read as of today: an office holder whose term began after every date its
 * text gives is named only if the same person held the office then; otherwise the mention keeps its
 * country and sector, names nobody, and says `+office-undated` in its `via`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { analyzeActors, describeMentions } from './analyze.js';

/** language, text, publication date, mention, the person it names (null: none), whether it says office-undated. */
type UndatedCase = [Lang, string, string | null, string, string | null, boolean];

const CASES: UndatedCase[] = [
  ['es', 'El presidente del Gobierno español viajó a Roma en marzo de 2015.', null, 'presidente del Gobierno español', null, true],
  ['en', 'The Spanish prime minister flew to Rome in March 2015.', null, 'Spanish prime minister', null, true],
  // the same text dated: the holder on its date
  ['es', 'El presidente del Gobierno español viajó a Roma en marzo de 2015.', '2015-03-20', 'presidente del Gobierno español', 'Mariano Rajoy', false],
  // the text reaches the current holder's term: the current holder
  ['es', 'El presidente del Gobierno español viajó a Roma en marzo de 2024.', null, 'presidente del Gobierno español', 'Pedro Sánchez', false],
  // no date anywhere: the latest holder
  ['es', 'El presidente del Gobierno español viajó a Roma.', null, 'presidente del Gobierno español', 'Pedro Sánchez', false],
];

describe('office holders in undated articles', () => {
  for (const [lang, text, published, mention, name, undated] of CASES) {
    it(`${lang} (${published ?? 'undated'}): ${text}`, () => {
      const a = analyzeActors(text, lang, published);
      const m = a.mentions.find((x) => x.text === mention);
      assert.ok(m, `no mention "${mention}"; found: ${describeMentions(a)}`);
      assert.equal(m.actor?.name ?? null, name, describeMentions(a));
      assert.equal(m.actor?.country, 'ESP');
      assert.equal(m.via.includes('+office-undated'), undated, m.via);
    });
  }
});
