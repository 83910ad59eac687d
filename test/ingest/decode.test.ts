import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/decode.js';

const spanish = 'El año pasado la ministra de Economía habló de inflación, café y pingüinos: «¡qué época!».';

describe('decodeBytes: charset detection', () => {
  const cases: Array<[string, Buffer, string, string]> = [
    ['UTF-8', Buffer.from(spanish, 'utf8'), 'utf-8', spanish],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spanish, 'utf8')]), 'utf-8', spanish],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spanish, 'utf16le')]), 'utf-16le', spanish],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(spanish, 'utf16le').swap16()]), 'utf-16be', spanish],
    ['Latin-1', Buffer.from(spanish, 'latin1'), 'windows-1252', spanish],
    ['Windows-1252 curly quotes and euro', iconv.encode('Costó 5 € y dijo “basta” — ¿verdad?', 'windows-1252'), 'windows-1252', 'Costó 5 € y dijo “basta” — ¿verdad?'],
    ['a declared charset in an HTML head', Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Añadió</body></html>', 'latin1'), 'windows-1252', '<html><head><meta charset="iso-8859-1"></head><body>Añadió</body></html>'],
    ['decomposed accents, normalised to NFC', Buffer.from('Jose\u0301 Mari\u0301a', 'utf8'), 'utf-8', 'José María'],
  ];
  for (const [what, bytes, charset, text] of cases) {
    it(what, () => {
      const d = decodeBytes(bytes, 'x.txt');
      assert.equal(d.charset, charset);
      assert.equal(d.text, text);
    });
  }

  const bad: Array<[string, Buffer, RegExp]> = [
    ['binary bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]), /x\.txt: binary content/],
    ['UTF-16 that hides binary', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), /binary content/],
  ];
  for (const [what, bytes, message] of bad) {
    it(`rejects ${what}`, () => assert.throws(() => decodeBytes(bytes, 'x.txt'), (e: Error & { describe(): string }) => message.test(e.describe())));
  }
});

describe('decodeBytes: mostly-valid UTF-8 stays UTF-8 (issue 16)', () => {
  const utf8 = Buffer.from(spanish, 'utf8');
  const cases: Array<[string, Buffer, string, RegExp]> = [
    [
      'a few bad bytes among many accents: U+FFFD, never Windows-1252 mojibake',
      Buffer.concat([utf8.subarray(0, 10), Buffer.from([0xff]), utf8.subarray(10)]),
      `${spanish.slice(0, 9)}\uFFFD${spanish.slice(9)}`,
      /byte offset 10 \(1 bad byte in all\): read as UTF-8/,
    ],
    [
      'a file cut off in the middle of its last character',
      Buffer.from('Dijo que no habrá acuerdo sin garantí', 'utf8').subarray(0, -1),
      'Dijo que no habrá acuerdo sin garant\uFFFD',
      /cut off in the middle of a character at byte offset 37/,
    ],
    [
      'plain ASCII whose only fault is a truncated last character',
      Buffer.from([0x4f, 0x6b, 0x20, 0xc3]),
      'Ok \uFFFD',
      /cut off .* offset 3/,
    ],
  ];
  for (const [what, bytes, text, warning] of cases) {
    it(what, () => {
      const d = decodeBytes(bytes, 'x.txt');
      assert.equal(d.charset, 'utf-8');
      assert.equal(d.text, text);
      assert.match(d.warning ?? '', warning);
    });
  }

  it('valid UTF-8 carries no warning, and Latin-1 with no UTF-8 sequence is still Latin-1', () => {
    assert.equal(decodeBytes(utf8, 'x.txt').warning, undefined);
    const latin = decodeBytes(Buffer.from(spanish, 'latin1'), 'x.txt');
    assert.equal(latin.charset, 'windows-1252');
    assert.equal(latin.warning, undefined);
  });

  it('lone surrogates in UTF-16 become U+FFFD', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    assert.equal(decodeBytes(bytes, 'x.txt').text, 'A\uFFFDB');
  });
});
