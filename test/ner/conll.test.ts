import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conllDocuments, documentIds, isDateline, parseConll } from '../../src/ner/conll.js';

describe('parseConll', () => {
  it('reads tokens and last-column tags, sentences split by blank lines', () => {
    const s = parseConll('-DOCSTART- O\n\nLima NP B-LOC\ncrece VMI O\n\n\nHoy O\r\n', 'x', true);
    assert.deepEqual(s.map((x) => [x.tokens, x.tags, x.line]), [
      [['Lima', 'crece'], ['B-LOC', 'O'], 3],
      [['Hoy'], ['O'], 7],
    ]);
  });

  it('accepts a bare token column when tags are not required', () => {
    assert.deepEqual(parseConll('Hola\nLima\n', 'x', false)[0]?.tags, ['O', 'O']);
  });

  it('names the line of a missing tag when tags are required', () => {
    assert.throws(() => parseConll('Lima B-LOC\ncrece\n', 'train.conll', true), /train\.conll:2: expected "TOKEN \.\.\. TAG"/);
  });
});

describe('isDateline', () => {
  const cases: Array<[string, boolean]> = [
    ['Quito , 14 feb ( EFE ) .', true],
    ['Santa Cruz de Tenerife ( España ) , 2 septiembre ( AFP ) .', true],
    ['por Lucía Ferrer Bogotá , 30 abr . ( EFE-DPA ) -', true],
    ['Geneva , 7 March ( REUTERS ) .', true],
    // Negative cases: a date without a credit, a credit without a date, a day that is no day.
    ['El 14 de febrero ( EFE ) .', false],
    ['La reunión del 3 jun terminó sin acuerdo .', false],
    ['Ganó el Partido Verde ( PV ) con 40 escaños .', false],
    ['Pagó 45 may ( EFE ) .', false],
  ];
  for (const [text, expected] of cases) it(`${text} → ${expected}`, () => assert.equal(isDateline(text.split(' ')), expected));
});

describe('documentIds', () => {
  const sentence = (text: string): { tokens: string[]; tags: string[]; line: number } => ({ tokens: text.split(' '), tags: [], line: 1 });

  it('splits wire text at datelines', () => {
    const s = ['Lima , 3 jun ( EFE ) .', 'Llovió mucho .', 'Cusco , 3 jun ( EFE ) .', 'Hizo sol .', 'Y calor .'].map(sentence);
    assert.deepEqual(documentIds(s), [0, 0, 1, 1, 1]);
  });

  it('splits at -DOCSTART- lines when the file has them, ignoring datelines', () => {
    const s = parseConll('-DOCSTART- O\n\nLima B-LOC\n\nQuito , 3 jun ( EFE ) .\n\n-DOCSTART- O\n\nHoy O\n', 'x', false);
    assert.deepEqual(documentIds(s), [0, 0, 1]);
  });

  it('keeps text with neither in one document', () => {
    assert.deepEqual(documentIds(['Hola .', 'Adiós .'].map(sentence)), [0, 0]);
  });

  it('groups the sentences into those documents, in order', () => {
    const s = ['Lima , 3 jun ( EFE ) .', 'Llovió mucho .', 'Cusco , 3 jun ( EFE ) .', 'Hizo sol .'].map(sentence);
    assert.deepEqual(conllDocuments(s).map((d) => d.map((x) => x.tokens[0])), [['Lima', 'Llovió'], ['Cusco', 'Hizo']]);
    assert.deepEqual(conllDocuments([]), []);
  });
});
