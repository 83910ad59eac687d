import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token } from '../../src/core/doc.js';
import { syntacticWords, type SplitLexicon } from '../../src/syntax/words.js';

const LEX: SplitLexicon = {
  splits: new Map([['del', ['de', 'el']], ['al', ['a', 'el']]]),
  isVerb: (w) => ['dar', 'ver', 'ir', 'decir', 'diciendo'].includes(w),
  isOtherWord: (w) => ['parte', 'marte', 'carlos'].includes(w),
};

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}]+|\S/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: /\p{L}/u.test(m[0]) ? 'word' : 'punct', sentence: 0 });
  }
  return out;
}

describe('syntacticWords', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a contraction', 'Salió del puerto', ['Salió', 'de', 'el', 'puerto']],
    ['a capitalised contraction', 'Al final', ['A', 'el', 'final']],
    ['an infinitive with two clitics and a moved accent', 'quiere dárselo', ['quiere', 'dar', 'se', 'lo']],
    ['a gerund with a clitic', 'siguió diciéndole', ['siguió', 'diciendo', 'le']],
    ['a long infinitive the lexicon does not know', 'decidió anunciarlo', ['decidió', 'anunciar', 'lo']],
    // Negative cases: words that only look like a verb with clitics.
    ['a noun ending in -te', 'gran parte', ['gran', 'parte']],
    ['a name ending in -los', 'Carlos llegó', ['Carlos', 'llegó']],
    ['a short host that is no known verb', 'el mármol', ['el', 'mármol']],
  ];
  for (const [what, text, forms] of cases) {
    it(`${what}: ${text}`, () => assert.deepEqual(syntacticWords(tokensOf(text), 0, 'es', LEX).map((w) => w.form), forms));
  }

  it('maps every word back to the source: contractions share the token span, clitics get their letters', () => {
    const text = 'Vino del sur para dárselo';
    const words = syntacticWords(tokensOf(text), 10, 'es', LEX);
    const spans = words.map((w) => [w.form, text.slice(w.start, w.end), w.token]);
    assert.deepEqual(spans, [
      ['Vino', 'Vino', 10], ['de', 'del', 11], ['el', 'del', 11], ['sur', 'sur', 12], ['para', 'para', 13],
      ['dar', 'dár', 14], ['se', 'se', 14], ['lo', 'lo', 14],
    ]);
  });

  it('leaves English words to the tokenizer (no Spanish clitic rule)', () => {
    assert.deepEqual(syntacticWords(tokensOf('tomorrow'), 0, 'en', LEX).map((w) => w.form), ['tomorrow']);
  });
});
