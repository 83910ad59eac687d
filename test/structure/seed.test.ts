import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { languageStage } from '../../src/language/stage.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { structureStage } from '../../src/structure/stage.js';
import { SEED_PATH } from '../helpers/schema.js';

const absent = !existsSync(SEED_PATH) && `the seed article is absent (${SEED_PATH})`;

/** Issue 2, "Done when": the seed article's parts, by general rules. */
const TEASERS = [
  'Rusia rompe la tregua con ataque masivo a Ucrania antes de las negociaciones de paz en Abu Dhabi',
  "El mensaje que manda la 'Doctrina Donroe' al mundo y el análisis de la distribución de poderes",
];
const FRAGMENTS = ['de qué hablaron en su videollamada.'];
const HEADINGS = [
  'Otro países buscan hacer negocios con China',
  '¿De qué hablaron en la llamada ambos países?',
  'Putin y Xi Jinping están desarrollando proyectos de alta tecnología',
  'Cooperación estratégica entre China y Rusia',
  'China permitirá a rusos entrar sin visado',
  'Proyecto Bóveda para disminuir la dependencia de minerales de China',
];

describe('the seed article', { skip: absent }, () => {
  const text = absent ? '' : readFileSync(SEED_PATH, 'utf8');
  const analysis = absent ? null : buildPipeline([languageStage, structureStage]).analyze({ text });
  const parts = analysis ? analysis.segments.map((s) => ({ kind: s.kind, text: text.slice(s.start, s.end) })) : [];
  const ofKind = (kind: string): string[] => parts.filter((p) => p.kind === kind).map((p) => p.text);

  it('is Spanish', () => assert.equal(analysis?.document.lang, 'es'));

  it('has its first line as the title', () => {
    assert.equal(parts[0]?.kind, 'title');
    assert.equal(parts[0]?.text, text.split('\n')[0]!.trim());
    assert.equal(ofKind('title').length, 1);
  });

  it('has the two headlines of other stories as teasers', () => assert.deepEqual(ofKind('teaser'), TEASERS));

  it('has the broken link remains as a fragment', () => assert.deepEqual(ofKind('fragment'), FRAGMENTS));

  it('has the six sub-titles as headings', () => assert.deepEqual(ofKind('heading'), HEADINGS));

  it('has everything else as body', () => {
    const rest = parts.filter((p) => !['title', 'teaser', 'fragment', 'heading'].includes(p.kind));
    assert.deepEqual([...new Set(rest.map((p) => p.kind))], ['body']);
    assert.equal(rest.length, parts.length - 1 - TEASERS.length - FRAGMENTS.length - HEADINGS.length);
    assert.equal(parts.length, text.split('\n').filter((l) => l.trim()).length);
  });
});
