/**
 * Issue 16: an uploaded JSONL body was split on 0x0A before it was decoded, so a UTF-16 upload broke
 * after its first record. Uploads now go through the file reader's line splitting, which transcodes
 * UTF-16 first.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyDocuments, type Metadata } from '../../src/server/documents-input.js';

const meta: Metadata = { title: null, published: null, lang: null, url: null, name: null };
const records = [
  { id: 'uno', text: 'Ecuador y Perú firmaron un acuerdo en Loja.' },
  { id: 'dos', text: 'Colombia acusó a Venezuela de cerrar el paso fronterizo.' },
  { text: 'Bolivia pidió diálogo a Chile sobre el río Silala.' },
];
const jsonl = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const summary = (bytes: Buffer): string[] =>
  [...bodyDocuments(bytes, 'jsonl', meta, 'upload')].map((i) =>
    'input' in i ? `DOC ${i.where} [${i.input.sourceId}] ${i.input.text}` : 'error' in i ? `ERROR ${i.where}: ${i.error.message}` : `NOTE ${i.where}: ${i.notice}`,
  );

const expected = [
  `DOC upload line 1 [uno] ${records[0]!.text}`,
  `DOC upload line 2 [dos] ${records[1]!.text}`,
  `DOC upload line 3 [upload:3] ${records[2]!.text}`,
];

describe('bodyDocuments: JSONL uploads in every encoding the file reader takes', () => {
  const cases: Array<[string, Buffer, string[]]> = [
    ['UTF-8', Buffer.from(jsonl), expected],
    ['UTF-8 with CRLF line ends', Buffer.from(jsonl.replace(/\n/g, '\r\n')), expected],
    ['UTF-16LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')]), ['NOTE upload: not UTF-8: read as utf-16le', ...expected]],
    ['UTF-16BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(jsonl)]), ['NOTE upload: not UTF-8: read as utf-16be', ...expected]],
    ['a bad line among good ones', Buffer.from(`${JSON.stringify(records[0])}\n{"id": 3\n`), [expected[0]!, 'ERROR upload line 2: not valid JSON']],
    ['a blank body', Buffer.from('\n\n'), ['NOTE upload: no records (the body is empty or blank)']],
  ];
  for (const [what, bytes, lines] of cases) {
    it(what, () => {
      const got = summary(bytes);
      assert.equal(got.length, lines.length, got.join('\n'));
      for (const [i, line] of lines.entries()) assert.ok(got[i]!.startsWith(line), `${got[i]} should start ${line}`);
    });
  }
});
