import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageClutter, random, type ClutterLang } from '../../bench/page-clutter.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { segmentText } from '../../src/structure/segments.js';

/** A short story of the team's own words, for the clutter to sit in. */
const STORY: Record<ClutterLang, { title: string; paragraphs: string[]; related: string }> = {
  es: {
    title: 'El Parlamento de Portugal aprueba la nueva ley de vivienda',
    paragraphs: [
      'El Parlamento de Portugal aprobó el miércoles la nueva ley de vivienda con los votos del partido del Gobierno y de dos grupos de la oposición.',
      'La ley limita las subidas del alquiler durante tres años y obliga a los ayuntamientos a reservar suelo para vivienda pública.',
      'Los propietarios anunciaron que recurrirán la norma ante el Tribunal Constitucional.',
    ],
    related: 'Los alquileres suben un 9% en Lisboa',
  },
  en: {
    title: 'Portugal\'s parliament passes the new housing law',
    paragraphs: [
      'Portugal\'s parliament passed the new housing law on Wednesday with the votes of the governing party and two opposition groups.',
      'The law caps rent rises for three years and requires town councils to set aside land for public housing.',
      'Landlords said they would challenge the law before the Constitutional Court.',
    ],
    related: 'Rents rise 9% in Lisbon',
  },
};
const STORY_KINDS = new Set(['title', 'body', 'heading', 'fragment']);

describe('the bench\'s page clutter', () => {
  it('is the same for the same article and differs between articles', () => {
    assert.deepEqual(pageClutter('es', 7, 'x'), pageClutter('es', 7, 'x'));
    assert.notDeepEqual(pageClutter('es', 7, 'x'), pageClutter('es', 8, 'x'));
    const r = random(3);
    const xs = [r(), r(), r()];
    assert.ok(xs.every((x) => x >= 0 && x < 1) && new Set(xs).size === 3);
  });

  it('always puts an author\'s line under the title', () => {
    for (let seed = 0; seed < 50; seed++) assert.equal(pageClutter('en', seed, 'x')[0]?.at, 'top');
  });

  for (const lang of ['es', 'en'] as const) {
    it(`is kept out of the story by the structure stage (${lang}, 300 pages)`, () => {
      const { title, paragraphs, related } = STORY[lang];
      const seen = new Set<string>();
      for (let seed = 0; seed < 300; seed++) {
        for (const c of pageClutter(lang, seed, related)) {
          if (seen.has(c.text)) continue;
          seen.add(c.text);
          const text = [title, paragraphs[0], c.text, ...paragraphs.slice(1)].join('\n\n');
          const start = text.indexOf(c.text);
          const kinds = segmentText(text, lang, NO_TRACE).filter((s) => s.start >= start && s.end <= start + c.text.length).map((s) => s.kind);
          assert.ok(kinds.length > 0 && kinds.every((k) => !STORY_KINDS.has(k)), `"${c.text}" came out as ${kinds.join(', ')}`);
        }
      }
      assert.ok(seen.size > 20, 'the pages vary');
    });
  }
});
