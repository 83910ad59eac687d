import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatConllu, parseConllu } from '../../src/syntax/conllu.js';

const row = (...cols: (string | number)[]): string => cols.join('\t');
const SAMPLE = [
  '# sent_id = a1',
  '# text = Vino del norte.',
  row(1, 'Vino', 'venir', 'VERB', '_', 'Tense=Past', 0, 'root', '_', '_'),
  row('2-3', 'del', '_', '_', '_', '_', '_', '_', '_', '_'),
  row(2, 'de', 'de', 'ADP', '_', '_', 4, 'case', '_', '_'),
  row(3, 'el', 'el', 'DET', '_', '_', 4, 'det', '_', '_'),
  row(4, 'norte', 'norte', 'NOUN', '_', '_', 1, 'obl', '_', 'SpaceAfter=No'),
  row(5, '.', '.', 'PUNCT', '_', '_', 1, 'punct', '_', '_'),
  '',
].join('\n');

describe('parseConllu / formatConllu', () => {
  it('reads words, keeps comments and multiword ranges in place, and writes the same text back', () => {
    const [s] = parseConllu(SAMPLE, 'x.conllu');
    assert.ok(s);
    assert.deepEqual(s.words.map((w) => [w.form, w.head, w.deprel]), [
      ['Vino', 0, 'root'], ['de', 4, 'case'], ['el', 4, 'det'], ['norte', 1, 'obl'], ['.', 1, 'punct'],
    ]);
    assert.deepEqual(s.extra.map((e) => e.before), [1]);
    assert.equal(formatConllu([s]), SAMPLE);
  });

  it('reads a blank HEAD as -1 and writes it back as _', () => {
    const [s] = parseConllu(row(1, 'Hola', '_', '_', '_', '_', '_', '_', '_', '_') + '\n', 'x');
    assert.equal(s?.words[0]?.head, -1);
    assert.match(formatConllu([s!]), /^1\tHola\t_\t_\t_\t_\t_\t_/);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['a line with too few columns', '1\tHola\tx\n', /f\.conllu:1: expected 10 tab-separated columns, found 3/],
    ['an ID out of sequence', `${row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_')}\n${row(3, 'b', '_', 'X', '_', '_', 1, 'dep', '_', '_')}\n`, /f\.conllu:2: word ID 3 out of sequence \(expected 2\)/],
    ['a head that is not a number', `${row(1, 'a', '_', 'X', '_', '_', 'x', 'root', '_', '_')}\n`, /f\.conllu:1: HEAD "x" is not a number/],
    ['a head beyond the sentence', `${row(1, 'a', '_', 'X', '_', '_', 4, 'root', '_', '_')}\n`, /f\.conllu:1: HEAD 4 beyond the sentence's 1 words/],
  ];
  for (const [what, text, error] of bad) it(`rejects ${what}, naming the file and line`, () => assert.throws(() => parseConllu(text, 'f.conllu'), error));
});
