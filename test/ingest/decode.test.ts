import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, decodeText } from '../../src/ingest/decode.js';

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

describe('decodeText stays strict (analyze relies on it)', () => {
  it('still rejects bytes that are not UTF-8, naming the offset', () => {
    assert.throws(() => decodeText(Buffer.from(spanish, 'latin1'), 'viejo.txt'), /not valid UTF-8 \(first bad byte at offset 4\)/);
  });
});
