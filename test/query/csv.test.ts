import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, csvCell, csvHeader, csvRow } from '../../src/query/csv.js';
import { duckColumns, duckRows } from '../helpers/duckdb.js';
import { ALL, consult, joint, negated, twoByTwo, undated } from './merged-events.js';

const file = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'atalaya-csv-')), 'events.csv');
  writeFileSync(path, csvHeader() + ALL.map(csvRow).join(''));
  return path;
};

/** Python's csv module in QUOTE_NONNUMERIC mode: unquoted fields become floats, quoted ones stay text. */
function pythonRows(path: string): Array<Record<string, string | number>> {
  const script = `import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline=''), quoting=csv.QUOTE_NONNUMERIC))
print(json.dumps([dict(zip(rows[0], r)) for r in rows[1:]]))`;
  const r = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Array<Record<string, string | number>>;
}

describe('CSV export', () => {
  const cells: Array<[string, 'text' | 'number', string | number | null, string]> = [
    ['a code keeps its zero, quoted', 'text', '041', '"041"'],
    ['quotes are doubled', 'text', 'dijo "no"', '"dijo ""no"""'],
    ['commas and line breaks stay inside the quotes', 'text', 'a, b\nc', '"a, b\nc"'],
    ['numbers are bare', 'number', -2.5, '-2.5'],
    ['no value is an empty field', 'text', null, ''],
  ];
  for (const [what, kind, v, out] of cells) it(`cell: ${what}`, () => assert.equal(csvCell(kind, v), out));

  it('puts the first day of the date’s period with its precision, and the ISO value as coded', () => {
    const byId = Object.fromEntries(pythonRows(file()).map((r) => [r.id, r]));
    const dates = [consult, undated, joint, twoByTwo].map((e) => byId[e.id]!).map((r) => [r.date, r.date_precision, r.date_value]);
    assert.deepEqual(dates, [
      ['2026-02-04', 'day', '2026-02-04'],
      ['', '', ''],
      ['2026-03-01', 'month', '2026-03'],
      ['2026-02-02', 'week', '2026-W06'],
    ]);
  });

  it('Python’s csv module reads codes as text and numbers as numbers, with negation, modality and coordinates', () => {
    const rows = pythonRows(file());
    assert.equal(rows.length, ALL.length);
    const first = rows[0]!;
    assert.deepEqual(Object.keys(first), CSV_COLUMNS.map(([n]) => n));
    assert.deepEqual([first.cameo, first.quad_class, first.goldstein, first.actor_codes, first.latitude, first.longitude], ['041', 1, 1, 'RUSGOV', 55.75, 37.62]);
    assert.deepEqual([first.modality, first.negated], ['asserted', 0]);
    assert.equal(rows.find((r) => r.id === negated.id)!.negated, 1);
    assert.equal(rows.find((r) => r.id === undated.id)!.trigger, 'dijo, "no"\nluego');
    assert.equal(rows.find((r) => r.id === twoByTwo.id)!.actor_codes, 'USAGOV;NATO');
  });

  it('DuckDB infers text for codes (leading zeros kept) and numbers for counts and coordinates', async () => {
    const path = file();
    const types = Object.fromEntries((await duckColumns(`read_csv('${path}')`)).map((c) => [c.name, c.type]));
    assert.deepEqual([types.cameo, types.actor_codes, types.modality], ['VARCHAR', 'VARCHAR', 'VARCHAR']);
    assert.deepEqual([types.id, types.quad_class, types.negated, types.num_articles], ['BIGINT', 'BIGINT', 'BIGINT', 'BIGINT']);
    assert.deepEqual([types.goldstein, types.latitude], ['DOUBLE', 'DOUBLE']);
    assert.deepEqual(await duckRows(`SELECT cameo FROM read_csv('${path}') WHERE id = 42`), [{ cameo: '041' }]);
  });
});
