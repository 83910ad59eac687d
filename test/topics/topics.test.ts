import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { topicsInTokens } from '../../src/topics/span-topics.js';
import { topicsStage } from '../../src/topics/stage.js';
import { docWithMentions } from '../helpers/doc.js';

function sentenceTopics(text: string, lang: Lang): string[] {
  const doc = docWithMentions(text, lang, []);
  return topicsInTokens(doc, 0, doc.tokens.length - 1).sort();
}

describe('topics of a sentence', () => {
  const cases: Array<[string, Lang, string[]]> = [
    ['El Gobierno subirá los aranceles a las importaciones de acero.', 'es', ['trade']],
    ['Los dos países ampliarán su cooperación energética y el uso pacífico de la energía nuclear.', 'es', ['energy', 'nuclear']],
    ['Las tierras raras y el litio son claves para las baterías.', 'es', ['critical-minerals']],
    ['Miles de manifestantes marcharon contra la reforma.', 'es', ['protest']],
    ['China permitirá la entrada sin visado a los turistas.', 'es', ['migration']],
    ['ENERGÍA Y COMERCIO, EN LA AGENDA', 'es', ['energy', 'trade']],
    ['The EU imposed sanctions on three shipping firms.', 'en', ['sanctions']],
    ['Rare earths and lithium exports fell sharply.', 'en', ['critical-minerals', 'trade']],
    ['The talks will resume on March 3 in Geneva.', 'en', ['diplomacy']],
    // Negative cases: words that only look like topic terms.
    ['La gasolinera del pueblo cerró el domingo.', 'es', []],
    ['El equipo ganó el partido en la prórroga.', 'es', []],
    ['She visited her grandmother on Sunday.', 'en', []],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepEqual(sentenceTopics(text, lang), expected));
});

describe('document topics', () => {
  it('scores topics hit at least twice in the story, leaving teasers out', () => {
    const text = [
      'Argentina y Chile firman un acuerdo sobre el litio',
      'Lee también: Nueva huelga de transporte paraliza la capital',
      'Los gobiernos de Argentina y Chile firmaron un acuerdo para explotar juntos el litio de la frontera andina.',
      'El pacto incluye la minería de cobre y reglas comunes para la exportación de minerales.',
    ].join('\n\n');
    const doc = docWithMentions(text, 'es', []);
    doc.segments[1]!.kind = 'teaser';
    topicsStage.run(doc, { trace: NO_TRACE });
    const topics = doc.topics.map((t) => t.topic);
    assert.equal(topics[0], 'critical-minerals');
    assert.ok(!topics.includes('protest'), 'the teaser\'s strike is not this story\'s topic');
    const sum = doc.topics.reduce((n, t) => n + t.score, 0);
    assert.ok(sum <= 1.0001 && doc.topics.every((t) => t.score > 0));
  });

  it('gives no topics to a text with none', () => {
    const doc = docWithMentions('El equipo local ganó el partido del domingo por dos goles.', 'es', []);
    topicsStage.run(doc, { trace: NO_TRACE });
    assert.deepEqual(doc.topics, []);
  });
});
