import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf } from '../../src/ner/entities.js';
import { addSentence, emptyScores, f1 } from '../../src/ner/score.js';

const spans = (tags: string): string[] => entitiesOf(tags.split(' ')).map((e) => `${e.start}-${e.end}:${e.type}`);

describe('entitiesOf (conlleval chunking)', () => {
  const cases: Array<[string, string[]]> = [
    ['O O O', []],
    ['B-PER I-PER O B-LOC', ['0-2:PER', '3-4:LOC']],
    ['B-PER B-PER', ['0-1:PER', '1-2:PER']],
    // An I- after O or after another type opens an entity, as conlleval reads it.
    ['O I-ORG I-ORG', ['1-3:ORG']],
    ['B-PER I-LOC', ['0-1:PER', '1-2:LOC']],
    ['B-MISC I-MISC I-MISC', ['0-3:MISC']],
    // Tags outside the set count as O.
    ['B-FOO I-FOO B-ORG', ['2-3:ORG']],
  ];
  for (const [tags, expected] of cases) it(tags, () => assert.deepEqual(spans(tags), expected));
});

describe('entity scores', () => {
  it('counts exact span and type matches only', () => {
    const s = emptyScores();
    addSentence(s, 'B-PER I-PER O B-LOC'.split(' '), 'B-PER I-PER O B-ORG'.split(' '));
    addSentence(s, 'B-ORG I-ORG I-ORG'.split(' '), 'B-ORG I-ORG O'.split(' '));
    assert.deepEqual(s.all, { tp: 1, fp: 2, fn: 2 });
    assert.deepEqual(s.byType.PER, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.byType.ORG, { tp: 0, fp: 2, fn: 1 });
    assert.deepEqual(s.byType.LOC, { tp: 0, fp: 0, fn: 1 });
    assert.equal(f1(s.all), 1 / 3);
  });

  it('scores an empty tagging of an empty gold as zero, not NaN', () => {
    const s = emptyScores();
    addSentence(s, ['O'], ['O']);
    assert.equal(f1(s.all), 0);
  });
});
