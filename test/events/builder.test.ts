import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon, parseElements, parseRoles, type Line } from '../../scripts/data/events.js';

const line: Line = { file: 'data/es/events-patterns.tsv', n: 7, cols: [] };

describe('events data build: pattern syntax', () => {
  const es = new Lexicon('es');

  it('compiles verbs to all their forms, nouns to their plurals, words as written (folded)', () => {
    const [verb, gap, noun, word] = parseElements('v:tener ~2 n:reunión w:Con', es, line);
    assert.equal(verb?.k, 'tok');
    assert.deepEqual(gap, { k: 'gap', max: 2 });
    assert.ok(verb?.k === 'tok' && es.lexemes[verb.lex[0]!]!.includes('tuvieron'));
    assert.ok(noun?.k === 'tok' && es.lexemes[noun.lex[0]!]!.includes('reuniones'));
    assert.deepEqual(word?.k === 'tok' && word.words, ['con']);
  });

  it('restricts a verb to some tenses by listing exactly those forms', () => {
    const [el] = parseElements('v:firmar/fut', es, line);
    assert.ok(el?.k === 'tok' && el.words.includes('firmaran') && !el.words.includes('firmaron'));
  });

  const bad: [string, RegExp][] = [
    ['~ v:firmar', /cannot start with a gap/],
    ['v:firmar ~', /cannot end with a gap/],
    ['x:firmar', /not a pattern element/],
    ['n:acuerdo/past', /only verbs take \/tags/],
    ['v:firmar/later', /unknown verb tag "later"/],
    ['v:casa', /not a Spanish infinitive/],
  ];
  for (const [spec, reason] of bad) {
    it(`rejects "${spec}" naming the file and line`, () => {
      assert.throws(() => parseElements(spec, es, line), (e: Error) => e.message.startsWith('data/es/events-patterns.tsv:7: ') && reason.test(e.message));
    });
  }
});

describe('events data build: roles', () => {
  it('has defaults per language', () => {
    assert.deepEqual(parseRoles('-', line, 'es').recipient, ['a', 'obj']);
    assert.deepEqual(parseRoles(undefined, line, 'en').recipient, ['obj', 'to']);
  });
  it('reads every flag', () => {
    const r = parseRoles('R:con|entre A:de S:R mutual stands gov:threat', line, 'es');
    assert.deepEqual(r, { recipient: ['con', 'entre'], actor: ['de'], subjectIsRecipient: true, subjectIsActor: false, mutual: true, stands: true, governs: 'threat' });
    assert.equal(parseRoles('R:en S:A', line, 'es').subjectIsActor, true);
    assert.deepEqual(parseRoles('R:-', line, 'es').recipient, []);
  });
  it('rejects an unknown role', () => assert.throws(() => parseRoles('R:con X:y', line, 'es'), /:7: unknown role "X:y"/));
});
