import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readLines, type Line } from '../../src/ingest/lines.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-lines-'));
const show = (lines: Iterable<Line>): string[] =>
  [...lines].map((l) =>
    'charset' in l ? `CHARSET ${l.charset}` : 'endless' in l ? `${l.n}:ENDLESS` : 'tooLong' in l ? `${l.n}:TOO LONG ${l.tooLong}` : `${l.n}:${l.bytes.toString()}`,
  );

describe('readLines', () => {
  const cases: Array<[string, string, number, string[]]> = [
    ['lines with and without a final newline', 'uno\ndos\ntres', 100, ['1:uno', '2:dos', '3:tres']],
    ['a final newline adds no empty line', 'uno\n', 100, ['1:uno']],
    ['blank lines keep their numbers', 'a\n\nb\n', 100, ['1:a', '2:', '3:b']],
    ['a line over the limit is reported, not kept, and the next one is read', 'corta\nmuy larga de verdad\nfin\n', 8, ['1:corta', '2:TOO LONG 19', '3:fin']],
    ['a last line over the limit', 'ok\nsin final de línea larga', 5, ['1:ok', `2:TOO LONG ${Buffer.byteLength('sin final de línea larga')}`]],
    ['an empty file', '', 10, []],
  ];
  for (const [what, content, max, expected] of cases) {
    it(what, () => {
      const p = join(dir, `${expected.length}-${max}-${content.length}.jsonl`);
      writeFileSync(p, content);
      assert.deepEqual(show(readLines(p, max)), expected);
    });
  }

  it('streams lines across 1 MB chunk boundaries, including one longer than a chunk', () => {
    const long = 'x'.repeat(1_500_000);
    const p = join(dir, 'big.jsonl');
    writeFileSync(p, `a\n${long}\n${'y'.repeat(3_000_000)}\nb`);
    const out = [...readLines(p, 2_000_000)].map((l) => ('bytes' in l ? `${l.n}:${l.bytes.length}` : show([l])[0]));
    assert.deepEqual(out, ['1:1', '2:1500000', '3:TOO LONG 3000000', '4:1']);
  });

  // Issue 16: lines were split on the byte 0x0A before decoding, so UTF-16 JSONL ended at its first record.
  it('reads UTF-16 (LE and BE, by the BOM) whole, transcoding lines to UTF-8', () => {
    const text = 'uno: año\ndos: «sí»\ntres';
    for (const [charset, bytes] of [
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ] as const) {
      const p = join(dir, `${charset}.jsonl`);
      writeFileSync(p, bytes);
      assert.deepEqual(show(readLines(p, 100)), [`CHARSET ${charset}`, '1:uno: año', '2:dos: «sí»', '3:tres']);
    }
  });

  it('gives up on a line with no end in sight (16 times the limit) instead of spinning forever', () => {
    const p = join(dir, 'endless.jsonl');
    writeFileSync(p, `corta\n${'z'.repeat(5000)}`);
    assert.deepEqual(show(readLines(p, 100)), ['1:corta', '2:ENDLESS']);
    assert.deepEqual(show(readLines('/dev/zero', 1000)), ['1:ENDLESS']);
  });
});
