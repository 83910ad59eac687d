import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MergedEvent } from '../../src/query/events.js';
import { eventWriter } from '../../src/query/export.js';
import { actorPairs, GDELT_FIELDS, GDELT_MENTION_FIELDS } from '../../src/query/gdelt.js';
import { gdeltColumns, gdeltMentionColumns, type GdeltColumn } from '../../src/query/gdelt-columns.js';
import { duckRows } from '../helpers/duckdb.js';
import { ALL, consult, hypothetical, joint, negated, twoByTwo, undated } from './merged-events.js';

const render = (format: 'gdelt' | 'gdelt-mentions', events: MergedEvent[], allModalities = false): string => {
  const w = eventWriter(format, { allModalities });
  return w.begin() + events.map((e, i) => w.row(e, i)).join('') + w.end(events.length);
};
const rowsOf = (text: string, columns: readonly GdeltColumn[]): Record<string, string>[] =>
  text
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i]!.name, v])));

/** GDELT's files declare their types; DuckDB reading ours with them is what an analyst's loader does. */
const DUCK_TYPE = { INTEGER: 'BIGINT', FLOAT: 'DOUBLE', STRING: 'VARCHAR' } as const;
const duckColumnsArg = (columns: readonly GdeltColumn[]): string => `{${columns.map((c) => `'${c.name}': '${DUCK_TYPE[c.type]}'`).join(', ')}}`;

describe('GDELT 2.0 export', () => {
  it('maps every one of the 61 event and 16 mention columns of the data files, and nothing else', () => {
    assert.deepEqual(Object.keys(GDELT_FIELDS).sort(), gdeltColumns().map((c) => c.name).sort());
    assert.deepEqual(Object.keys(GDELT_MENTION_FIELDS).sort(), gdeltMentionColumns().map((c) => c.name).sort());
    assert.equal(gdeltColumns().length, 61);
    assert.equal(gdeltMentionColumns().length, 16);
  });

  const pairs: Array<[string, MergedEvent, string[]]> = [
    ['one actor, one recipient', consult, ['RUS>CHN']],
    ['no actor', undated, ['->CHN']],
    ['a joint actor without recipient: the two together', joint, ['RUS>CHN']],
    ['two actors, two recipients: every pair', twoByTwo, ['USA>RUS', 'USA>UKR', 'NATO>RUS', 'NATO>UKR']],
    ['nobody at all: one row with empty actors', { ...consult, actor: [], recipient: [] }, ['->-']],
  ];
  for (const [what, e, expected] of pairs) {
    it(`actor pairs: ${what}`, () => {
      const name = (x: { country: string | null; org: string | null } | null): string => (x ? (x.country ?? x.org ?? '?') : '-');
      assert.deepEqual(actorPairs(e).map((p) => `${name(p.actor)}>${name(p.recipient)}`), expected);
    });
  }

  it('writes one row per actor pair, ids unique as event id × 1000 + pair', () => {
    const rows = rowsOf(render('gdelt', [consult, twoByTwo]), gdeltColumns());
    assert.deepEqual(rows.map((r) => r.GLOBALEVENTID), ['42000', '45000', '45001', '45002', '45003']);
    assert.deepEqual(rows.slice(1).map((r) => `${r.Actor1Code}>${r.Actor2Code}`), ['USAGOV>RUSGOV', 'USAGOV>UKRMIL', 'NATO>RUSGOV', 'NATO>UKRMIL']);
    assert.ok(rows.every((r) => Object.keys(r).length === 61));
  });

  it('keeps ISO-3 in the actor columns and writes FIPS 10-4 in the geo columns', () => {
    const [r] = rowsOf(render('gdelt', [consult]), gdeltColumns());
    assert.deepEqual([r!.Actor1CountryCode, r!.Actor2CountryCode, r!.ActionGeo_CountryCode], ['RUS', 'CHN', 'RS']);
    assert.deepEqual([r!.ActionGeo_Type, r!.ActionGeo_FullName, r!.ActionGeo_Lat], ['4', 'Moscú', '55.75']);
    const [j] = rowsOf(render('gdelt', [joint]), gdeltColumns());
    assert.deepEqual([j!.ActionGeo_Type, j!.ActionGeo_CountryCode, j!.SQLDATE], ['1', 'CH', '20260204'], 'a month date takes the first report’s day');
  });

  it('fills the other columns as before: dates, codes, counts, source', () => {
    const [r, u] = rowsOf(render('gdelt', [consult, undated]), gdeltColumns());
    assert.deepEqual([r!.SQLDATE, r!.MonthYear, r!.Year, r!.EventCode, r!.EventBaseCode, r!.EventRootCode, r!.QuadClass], ['20260204', '202602', '2026', '041', '041', '04', '1']);
    assert.deepEqual([r!.NumMentions, r!.NumSources, r!.NumArticles, r!.IsRootEvent, r!.DATEADDED, r!.SOURCEURL], ['3', '2', '2', '1', '20260205091530', 'https://uno.example/a']);
    assert.deepEqual([u!.SQLDATE, u!.Actor1Code, u!.IsRootEvent, u!.SOURCEURL], ['20260204', '', '0', 'a.txt']);
  });

  it('lists asserted events only unless all modalities are asked for', () => {
    assert.equal(render('gdelt', [hypothetical, negated]), '');
    assert.equal(rowsOf(render('gdelt', [hypothetical, negated], true), gdeltColumns()).length, 2);
    assert.equal(render('gdelt-mentions', [negated]), '');
  });

  it('mentions: one row per report under each event row id, GDELT Mentions conventions', () => {
    const rows = rowsOf(render('gdelt-mentions', [consult]), gdeltMentionColumns());
    assert.equal(rows.length, 2);
    const [web, file] = rows;
    assert.deepEqual(
      [web!.GLOBALEVENTID, web!.EventTimeDate, web!.MentionTimeDate, web!.MentionType, web!.MentionSourceName, web!.MentionIdentifier, web!.SentenceID],
      ['42000', '20260205091530', '20260204000000', '1', 'uno.example', 'https://uno.example/a', '3'],
    );
    assert.deepEqual([web!.Actor1CharOffset, web!.ActionCharOffset, web!.InRawText, web!.Confidence, web!.MentionDocTranslationInfo], ['-1', '31', '1', '90', '']);
    assert.deepEqual([file!.MentionType, file!.MentionSourceName, file!.MentionIdentifier, file!.Confidence], ['2', 'bbbb', 'bbbb', '70']);
    assert.equal(rowsOf(render('gdelt-mentions', [twoByTwo]), gdeltMentionColumns()).length, 8, '4 pairs × 2 reports');
  });

  it('DuckDB loads both tables with GDELT’s declared column types, and every mention joins an event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-gdelt-'));
    writeFileSync(join(dir, 'events.tsv'), render('gdelt', ALL, true));
    writeFileSync(join(dir, 'mentions.tsv'), render('gdelt-mentions', ALL, true));
    const read = (file: string, columns: readonly GdeltColumn[]): string =>
      `read_csv('${join(dir, file)}', delim='\\t', header=false, quote='', escape='', columns=${duckColumnsArg(columns)})`;
    const [ev] = await duckRows(`SELECT count(*) AS n, count(DISTINCT GLOBALEVENTID) AS ids, min(SQLDATE) AS d, max(GoldsteinScale) AS g FROM ${read('events.tsv', gdeltColumns())}`);
    assert.deepEqual(ev, { n: 9n, ids: 9n, d: 20260204n, g: 1 });
    const [orphans] = await duckRows(
      `SELECT count(*) AS n FROM ${read('mentions.tsv', gdeltMentionColumns())} m WHERE m.GLOBALEVENTID NOT IN (SELECT GLOBALEVENTID FROM ${read('events.tsv', gdeltColumns())})`,
    );
    assert.deepEqual(orphans, { n: 0n });
    const [fips] = await duckRows(`SELECT ActionGeo_CountryCode AS c FROM ${read('events.tsv', gdeltColumns())} WHERE GLOBALEVENTID = 42000`);
    assert.deepEqual(fips, { c: 'RS' });
  });
});
