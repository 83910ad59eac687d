/**
 * Quote speakers over the real actor stage: the speaker is the mention that names the person, with the
 * role the text gave it ("el portavoz del Partido Verde, Tomás Rivas," speaks as PTY).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/pipeline/stages.js';

let pipeline: Pipeline | null = null;

function speakers(text: string, lang: Lang): string[] {
  pipeline ??= buildPipeline(STAGES.slice(0, STAGES.findIndex((s) => s.name === 'quotes') + 1));
  const a = pipeline.analyze({ text, lang, published: '2026-02-04' });
  return a.quotes.map((q) => {
    const m = a.mentions.find((x) => x.id === q.speaker);
    return m ? `${m.text} ${m.actor?.sector ?? '-'}` : '-';
  });
}

describe('quote speakers with their roles', () => {
  const cases: Array<[string, Lang, string[]]> = [
    ['El portavoz del Partido Verde, Tomás Rivas, dijo que el plan es «un parche».', 'es', ['Tomás Rivas PTY']],
    ['La portavoz del Gobierno, Ana Ruiz, aseguró que habrá «más controles».', 'es', ['Ana Ruiz GOV']],
    ['«No habrá más retrasos», advirtió el presidente del Senado, Juan Gómez.', 'es', ['Juan Gómez LEG']],
    // negative: a quote nobody is said to say
    ['El plan lleva el lema «todos a una» desde enero.', 'es', ['-']],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepEqual(speakers(text, lang), expected));
});
