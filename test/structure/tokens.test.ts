import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenKind } from '../../src/core/doc.js';
import { tokenize } from '../../src/structure/tokens.js';

const words = (text: string): string[] => tokenize(text, 0, text.length).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  const cases: Array<[string, string, string[]]> = [
    ['words and a final stop', 'Rusia y China firmaron.', ['Rusia', 'y', 'China', 'firmaron', '.']],
    ['EE.UU. as one token', 'Viajó a EE.UU. ayer', ['Viajó', 'a', 'EE.UU.', 'ayer']],
    ['EE.UU. ending the text keeps its period', 'Viajó a EE.UU.', ['Viajó', 'a', 'EE.UU.']],
    ['U.S. as one token', 'The U.S. Senate', ['The', 'U.S.', 'Senate']],
    ['EE. UU. with a space', 'de EE. UU. y', ['de', 'EE.', 'UU.', 'y']],
    ['a.m. and Ph.D.', 'at 9 a.m. with a Ph.D. student', ['at', '9', 'a.m.', 'with', 'a', 'Ph.D.', 'student']],
    ['listed abbreviations keep their period', 'El Sr. Gil y la Dra. Paz, núm. 3', ['El', 'Sr.', 'Gil', 'y', 'la', 'Dra.', 'Paz', ',', 'núm.', '3']],
    ['a numeric abbreviation before a number', 'No. 10 Downing Street', ['No.', '10', 'Downing', 'Street']],
    ['a numeric abbreviation that is a plain word', 'He said no. Then', ['He', 'said', 'no', '.', 'Then']],
    ['an abbreviation capitalised at sentence start', 'Aprox. cien', ['Aprox.', 'cien']],
    ['p. ej. as two tokens with their periods', 'p. ej. Chile', ['p.', 'ej.', 'Chile']],
    ['initials before more text', 'John F. Kennedy y J. R. R. Tolkien', ['John', 'F.', 'Kennedy', 'y', 'J.', 'R.', 'R.', 'Tolkien']],
    ['a final single letter gives up its period', 'vitamina D.', ['vitamina', 'D', '.']],
    ['an unknown word before a stop', 'Llegó tarde.', ['Llegó', 'tarde', '.']],
    ['25% splits', 'un 25% más', ['un', '25', '%', 'más']],
    ['25 % stays two tokens', 'un 25 % más', ['un', '25', '%', 'más']],
    ['a decimal comma', 'el 3,5 %', ['el', '3,5', '%']],
    ['a decimal point', 'rose 3.5 percent', ['rose', '3.5', 'percent']],
    ['a time with a point', 'a las 10.30 horas', ['a', 'las', '10.30', 'horas']],
    ['a time with a colon', 'at 10:30', ['at', '10:30']],
    ['thousands separators', '1.200.000 euros y 1,200,000 dollars', ['1.200.000', 'euros', 'y', '1,200,000', 'dollars']],
    ['a date with slashes', 'el 04/02/2026', ['el', '04/02/2026']],
    ['a number ending a sentence', 'en 2020.', ['en', '2020', '.']],
    ['a number then a comma', 'unos 3, dijo', ['unos', '3', ',', 'dijo']],
    ['ordinals', 'el 1.º y la 2ª, the 20th and the 1990s', ['el', '1.º', 'y', 'la', '2ª', ',', 'the', '20th', 'and', 'the', '1990s']],
    ['a unit glued to a number splits', '25km', ['25', 'km']],
    ['letters then digits stay one word', 'el G20 y el COVID-19', ['el', 'G20', 'y', 'el', 'COVID-19']],
    ['hyphenated words', 'eje franco-alemán y post-war era', ['eje', 'franco-alemán', 'y', 'post-war', 'era']],
    ['a score is not a hyphenated word', 'ganó 2-1', ['ganó', '2', '-', '1']],
    ['a dash between spaces', 'dijo - y calló', ['dijo', '-', 'y', 'calló']],
    ['possessive clitic', "Xi's visit", ['Xi', "'s", 'visit']],
    ['curly possessive clitic', 'Xi’s visit', ['Xi', '’s', 'visit']],
    ['negation clitic', "don't and can't", ['do', "n't", 'and', 'ca', "n't"]],
    ['other clitics', "they're, we've, I'll, she'd, I'm", ['they', "'re", ',', 'we', "'ve", ',', 'I', "'ll", ',', 'she', "'d", ',', 'I', "'m"]],
    ['a name with an apostrophe', "O'Brien's office", ["O'Brien", "'s", 'office']],
    ['a URL', 'Ver https://www.sede.gob.es/a?b=1&c=2.', ['Ver', 'https://www.sede.gob.es/a?b=1&c=2', '.']],
    ['a URL with parentheses', 'see https://en.wikipedia.org/wiki/Foo_(bar), ok', ['see', 'https://en.wikipedia.org/wiki/Foo_(bar)', ',', 'ok']],
    ['a URL inside parentheses', '(www.rtve.es)', ['(', 'www.rtve.es', ')']],
    ['an e-mail', 'escriba a prensa.mad@ministerio.gob.es.', ['escriba', 'a', 'prensa.mad@ministerio.gob.es', '.']],
    ['not an e-mail without a domain dot, nor a handle inside a word', 'user@localhost', ['user', '@', 'localhost']],
    ['a hashtag and a handle', '#Elecciones2026 por @Presidencia_MX', ['#Elecciones2026', 'por', '@Presidencia_MX']],
    ['a number sign is not a hashtag', 'el #1 del ranking', ['el', '#', '1', 'del', 'ranking']],
    ['guillemets', '«Es así»', ['«', 'Es', 'así', '»']],
    ['curly and straight quotes', '“sí” y "no"', ['“', 'sí', '”', 'y', '"', 'no', '"']],
    ['Spanish question and exclamation marks', '¿Qué? ¡Ya!', ['¿', 'Qué', '?', '¡', 'Ya', '!']],
    ['an ellipsis and repeated marks', 'Bueno... ¿¡Qué?! Ya…', ['Bueno', '...', '¿', '¡', 'Qué', '?!', 'Ya', '…']],
    ['currency symbols', '$5 y 10 €', ['$', '5', 'y', '10', '€']],
    ['an emoji is one token', 'Bien 😀 hecho', ['Bien', '😀', 'hecho']],
    ['accented letters and combining marks', 'Pe\u0301rez ñandú', ['Pe\u0301rez', 'ñandú']],
    ['a period glued between words', 'dijo.El', ['dijo', '.', 'El']],
    ['a domain without a scheme is not joined', 'ejemplo.com', ['ejemplo', '.', 'com']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.deepEqual(words(text), expected));
  }

  it('gives each token its kind', () => {
    const text = 'El 25% de EE.UU., «sí» $ #tag';
    const kinds = tokenize(text, 0, text.length).map((t) => `${text.slice(t.start, t.end)}:${t.kind}`);
    const expected: Array<[string, TokenKind]> = [
      ['El', 'word'], ['25', 'number'], ['%', 'symbol'], ['de', 'word'], ['EE.UU.', 'word'], [',', 'punct'],
      ['«', 'punct'], ['sí', 'word'], ['»', 'punct'], ['$', 'symbol'], ['#tag', 'word'],
    ];
    assert.deepEqual(kinds, expected.map(([t, k]) => `${t}:${k}`));
  });

  it('stays inside [start, end) and reports offsets into the whole text', () => {
    const text = 'Antes. Rusia firmó. Después.';
    const start = text.indexOf('Rusia');
    const end = text.indexOf(' Después');
    const tokens = tokenize(text, start, end);
    assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['Rusia', 'firmó', '.']);
    assert.ok(tokens.every((t) => t.start >= start && t.end <= end));
  });

  it('cuts a URL or a number at the end of the span', () => {
    const text = 'www.rtve.es/abc 1.200.000';
    assert.deepEqual(tokenize(text, 0, 9).map((t) => text.slice(t.start, t.end)), ['www.rtve', '.']);
    assert.deepEqual(tokenize(text, 16, 21).map((t) => text.slice(t.start, t.end)), ['1.200']);
  });

  it('returns nothing for blanks', () => assert.deepEqual(tokenize('  \n\t ', 0, 5), []));
});
