import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandAlternations, inflectEnglishDemonym, inflectSpanishAdjective, splitForms } from '../../scripts/data/actors-forms.js';

const forms = (xs: Array<{ form: string }>): string[] => xs.map((x) => x.form);

describe('inflectSpanishAdjective', () => {
  const table: Array<[string, string[]]> = [
    ['ruso', ['ruso', 'rusa', 'rusos', 'rusas']],
    ['estadounidense', ['estadounidense', 'estadounidenses']],
    ['británico', ['británico', 'británica', 'británicos', 'británicas']],
    ['alemán', ['alemán', 'alemana', 'alemanes', 'alemanas']],
    ['francés', ['francés', 'francesa', 'franceses', 'francesas']],
    ['israelí', ['israelí', 'israelíes', 'israelís']],
    ['belga', ['belga', 'belgas']],
    ['español', ['español', 'española', 'españoles', 'españolas']],
    ['letón', ['letón', 'letona', 'letones', 'letonas']],
    ['kirguís', ['kirguís', 'kirguisa', 'kirguises', 'kirguisas']],
    ['saharaui', ['saharaui', 'saharauis']],
    ['papú', ['papú', 'papúes', 'papús']],
  ];
  for (const [base, expected] of table) it(base, () => assert.deepEqual(forms(inflectSpanishAdjective(base)), expected));
  it('marks the plural forms', () => {
    assert.deepEqual(inflectSpanishAdjective('ruso').map((f) => f.plural), [false, false, true, true]);
  });
  it('refuses a word it has no rule for', () => assert.throws(() => inflectSpanishAdjective('xyzq'), /no inflection rule/));
});

describe('inflectEnglishDemonym', () => {
  const table: Array<[string, string[]]> = [
    ['Russian', ['Russian', 'Russians']],
    ['Chinese', ['Chinese']],
    ['British', ['British']],
    ['Swiss', ['Swiss']],
    ['Israeli', ['Israeli', 'Israelis']],
    ['Dutch', ['Dutch']],
  ];
  for (const [base, expected] of table) it(base, () => assert.deepEqual(forms(inflectEnglishDemonym(base)), expected));
});

describe('expandAlternations and splitForms', () => {
  it('expands each group', () => {
    assert.deepEqual(expandAlternations('ministr(o|a) de Defensa'), ['ministro de Defensa', 'ministra de Defensa']);
    assert.deepEqual(expandAlternations('gobernador(|a)'), ['gobernador', 'gobernadora']);
    assert.deepEqual(expandAlternations('jef(e|a) de (Estado|Gobierno)'), ['jefe de Estado', 'jefe de Gobierno', 'jefa de Estado', 'jefa de Gobierno']);
    assert.deepEqual(expandAlternations('canciller'), ['canciller']);
  });
  it('rejects an unclosed group', () => assert.throws(() => expandAlternations('ministr(o|a de Defensa'), /unclosed/));
  it('splits on | outside groups only', () => {
    assert.deepEqual(splitForms('president(e|a)|jef(e|a) de Estado| premier '), ['president(e|a)', 'jef(e|a) de Estado', 'premier']);
  });
});
