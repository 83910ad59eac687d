import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import type { Token } from '../../src/core/doc.js';
import { actorLexicon } from '../../src/actors/lexicon.js';
import { continueAcross, matchTokens, tokenKeys } from '../../src/actors/match.js';
import { tokenize } from '../../src/structure/tokens.js';

const tokens = (text: string): Token[] => tokenize(text, 0, text.length).map((t) => ({ ...t, text: text.slice(t.start, t.end), sentence: 0 }));

/** The text of each leftmost-longest match in a sentence. */
function matches(lang: Lang, text: string): string[] {
  const lex = actorLexicon(lang);
  const toks = tokens(text);
  return matchTokens(lex, tokenKeys(toks), 0, toks.length).map((it) => text.slice(toks[it.start]!.start, toks[it.end - 1]!.end));
}

describe('matchTokens', () => {
  const table: Array<[Lang, string, string[]]> = [
    ['es', 'La delegación de Corea del Sur llegó a Seúl.', ['Corea del Sur', 'Seúl']],
    ['es', 'El Consejo de Seguridad de la ONU se reunió en Nueva York.', ['Consejo de Seguridad de la ONU', 'Nueva York']],
    ['es', 'Viajó de Nuevo México a Ciudad de México.', ['Nuevo México', 'Ciudad de México']],
    ['es', 'Los EE.UU. y la Unión Europea.', ['EE.UU.', 'Unión Europea']],
    ['es', 'Llegó a Moscu y luego a PEKIN.', ['Moscu', 'PEKIN']],
    ['es', 'Las tropas rusas y los soldados ucranianos.', ['tropas', 'rusas', 'soldados', 'ucranianos']],
    ['es', 'El ministro de Asuntos Exteriores de Chile.', ['ministro de Asuntos Exteriores', 'Chile']],
    ['es', 'El presidente del Gobierno de España.', ['presidente del Gobierno', 'España']],
    ['es', 'Ambos países firmaron.', ['Ambos', 'países']],
    ['en', 'The U.S. and the United Kingdom.', ['U.S.', 'United Kingdom']],
    ['en', 'Russian President Vladimir Putin.', ['Russian', 'President', 'Vladimir Putin']],
    ['en', 'The Democratic Republic of the Congo and Congo-Brazzaville.', ['Democratic Republic of the Congo', 'Congo-Brazzaville']],
    // negative cases: capitals required for names, common words, acronyms in lowercase
    ['es', 'la paz de la casa blanca y el chile picante', []],
    ['es', 'una unión de vecinos en mayo', ['vecinos']],
    ['en', 'let us talk about china and turkey', []],
  ];
  for (const [lang, text, expected] of table) {
    it(`${lang}: ${text}`, () => assert.deepEqual(matches(lang, text), expected));
  }
});

describe('continueAcross', () => {
  it('reads a role across a demonym inserted into it ("ministro ruso de Exteriores")', () => {
    const lex = actorLexicon('es');
    const toks = tokens('el ministro ruso de Exteriores habló');
    const tk = tokenKeys(toks);
    const ext = continueAcross(lex, tk, 1, 2, 3, toks.length, (e) => lex.data.entries[e]!.kind === 'role');
    assert.ok(ext);
    assert.equal(ext.end, 5);
    assert.equal(lex.data.entries[ext.entry]!.form, 'ministro de Exteriores');
  });
  it('finds nothing when the words after do not continue a form', () => {
    const lex = actorLexicon('es');
    const toks = tokens('el ministro ruso dijo que sí');
    assert.equal(continueAcross(lex, tokenKeys(toks), 1, 2, 3, toks.length, () => true), null);
  });
});
