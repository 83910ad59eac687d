import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readLines, type Line } from '../../src/ingest/lines.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-lines-'));
const show = (lines: Iterable<Line>): string[] => [...lines].map((l) => ('tooLong' in l ? `${l.n}:TOO LONG ${l.tooLong}` : `${l.n}:${l.bytes.toString()}`));

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
    const out = [...readLines(p, 2_000_000)].map((l) => ('tooLong' in l ? `${l.n}:TOO LONG ${l.tooLong}` : `${l.n}:${l.bytes.length}`));
    assert.deepEqual(out, ['1:1', '2:1500000', '3:TOO LONG 3000000', '4:1']);
  });
});
