import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closesPrevious, detokenize } from '../../bench/detokenize.js';

describe('detokenize', () => {
  const cases: Array<[string, string]> = [
    ['Lima ( Perú ) , 3 jun ( EFE ) .', 'Lima (Perú), 3 jun (EFE).'],
    ['¿ Quién firmó el acuerdo ?', '¿Quién firmó el acuerdo?'],
    ['El paro bajó un 2 % en mayo .', 'El paro bajó un 2% en mayo.'],
    ['Dijo que " no habrá recortes " en sanidad .', 'Dijo que "no habrá recortes" en sanidad.'],
    ['« Es pronto » , admitió .', '«Es pronto», admitió.'],
    ['Los votos : 120 a favor ; 80 en contra ...', 'Los votos: 120 a favor; 80 en contra...'],
    // Tokens already holding their punctuation stay as they are.
    ['hoy, jueves, día 25', 'hoy, jueves, día 25'],
  ];
  for (const [tokens, text] of cases) it(`"${tokens}"`, () => assert.equal(detokenize(tokens.split(' ')), text));

  it('closes a quotation opened in the sentence before', () => {
    const open = new Set<string>();
    assert.equal(detokenize('" No cederemos .'.split(' '), open), '"No cederemos.');
    assert.ok(closesPrevious('"', open));
    assert.equal(detokenize('" , dijo .'.split(' '), open), '", dijo.');
    assert.ok(!closesPrevious('"', open));
  });

  it('does not join a sentence that opens with a word', () => assert.ok(!closesPrevious('El', new Set(['"']))));
});
