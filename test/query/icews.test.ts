import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ICEWS_COLUMNS, icewsHeader, icewsLines, icewsRows } from '../../src/query/icews.js';
import { duckColumns, duckRows } from '../helpers/duckdb.js';
import { ALL, consult, hypothetical, joint, negated, twoByTwo } from './merged-events.js';

const row = (cells: string[]): Record<string, string> => Object.fromEntries(cells.map((v, i) => [ICEWS_COLUMNS[i]!, v]));

describe('ICEWS export', () => {
  it('has ICEWS’s 20 columns, Event ID … Latitude, Longitude', () => {
    assert.equal(ICEWS_COLUMNS.length, 20);
    assert.deepEqual([ICEWS_COLUMNS[0], ICEWS_COLUMNS[6], ICEWS_COLUMNS[18], ICEWS_COLUMNS[19]], ['Event ID', 'CAMEO Code', 'Latitude', 'Longitude']);
  });

  it('names actors and countries as ICEWS does, with the CAMEO description as Event Text', () => {
    const [r] = icewsRows(consult, false).map(row);
    assert.deepEqual(
      [r!['Event ID'], r!['Event Date'], r!['Source Name'], r!['Source Sectors'], r!['Source Country'], r!['Event Text'], r!['CAMEO Code'], r!.Intensity],
      ['42000', '2026-02-04', 'Vladimir Putin', 'GOV', 'Russian Federation', 'Discuss by telephone', '041', '1'],
    );
    assert.deepEqual([r!['Target Name'], r!['Story ID'], r!['Sentence Number'], r!.Publisher, r!.City, r!.Country, r!.Latitude], ['Xi Jinping', 'aaaa', '3', 'uno.example', 'Moscú', 'Russian Federation', '55.75']);
  });

  it('one row per actor pair; a country-level place is the Country, not a City', () => {
    assert.equal(icewsRows(twoByTwo, false).length, 4);
    const [j] = icewsRows(joint, false).map(row);
    assert.deepEqual([j!['Source Name'], j!['Target Name'], j!.City, j!['Event Date']], ['Vladimir Putin', 'Xi Jinping', '', '2026-02-04']);
  });

  it('leaves out negated and hypothetical events unless all modalities are asked for', () => {
    assert.deepEqual([icewsRows(negated, false).length, icewsRows(hypothetical, false).length], [0, 0]);
    assert.deepEqual([icewsRows(negated, true).length, icewsRows(hypothetical, true).length], [1, 1]);
  });

  it('DuckDB reads the file with its header and an integer Event ID', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atalaya-icews-')), 'events.tab');
    writeFileSync(path, icewsHeader() + ALL.map((e) => icewsLines(e, false)).join(''));
    const columns = await duckColumns(`read_csv('${path}', delim='\\t', header=true, quote='')`);
    assert.deepEqual(columns.map((c) => c.name), [...ICEWS_COLUMNS]);
    assert.equal(columns.find((c) => c.name === 'Event ID')!.type, 'BIGINT');
    const [n] = await duckRows(`SELECT count(*) AS n FROM read_csv('${path}', delim='\\t', header=true, quote='')`);
    assert.deepEqual(n, { n: 7n }, 'consult, undated, joint and four pairs; not the hypothetical or negated ones');
  });
});
