import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageVersion } from '../../src/core/version.js';
import { eventWriter } from '../../src/query/export.js';
import { POLECAT_COLUMNS, polecatHeader, polecatLine } from '../../src/query/polecat.js';
import { duckColumns } from '../helpers/duckdb.js';
import { ALL, consult, joint, twoByTwo, undated } from './merged-events.js';

const file = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'atalaya-polecat-')), 'ngecEvents.atalaya.txt');
  writeFileSync(path, polecatHeader() + ALL.map(polecatLine).join(''));
  return path;
};

/** The rows as Python's csv module reads a tab-separated POLECAT file (what the weekly-file loaders do). */
function pythonRows(path: string): Array<Record<string, string>> {
  const script = `import csv, json, sys
print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline=''), delimiter='\\t'))))`;
  const r = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Array<Record<string, string>>;
}

describe('POLECAT export (tab-separated, POLECAT’s layout)', () => {
  it('has POLECAT’s 40 columns in order, then Atalaya’s six', () => {
    assert.equal(POLECAT_COLUMNS.length, 46);
    assert.deepEqual(POLECAT_COLUMNS.slice(0, 7), ['Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts']);
    assert.deepEqual(POLECAT_COLUMNS.slice(38, 40), ['Language', 'Version']);
    assert.deepEqual(POLECAT_COLUMNS.slice(40), ['CAMEO', 'Goldstein', 'Modality', 'Negated', 'Background', 'Trigger']);
  });

  it('follows POLECAT’s value conventions: text quads, COW codes, "; " lists, None for missing', () => {
    const rows = pythonRows(file());
    assert.equal(rows.length, ALL.length);
    assert.deepEqual(Object.keys(rows[0]!), [...POLECAT_COLUMNS]);
    const byId = Object.fromEntries(rows.map((r) => [r['Event ID'], r]));
    const c = byId[String(consult.id)]!;
    assert.deepEqual([c['Event Date'], c['Event Type'], c['Event Mode'], c['Quad Code'], c['Event Intensity']], ['2026-02-04', 'CONSULT', 'None', 'VERBAL COOPERATION', 'None']);
    assert.deepEqual([c['Actor Name'], c['Actor Country'], c['Actor COW'], c['Primary Actor Sector'], c['Wikipedia Actor ID']], ['Vladimir Putin', 'RUS', '365', 'GOV', 'Q7747']);
    assert.deepEqual([c['Recipient Country'], c['Recipient COW']], ['CHN', '710']);
    assert.deepEqual([c.Placename, c.Country, c.Latitude, c.Longitude, c.City], ['Moscú', 'RUS', '55.75', '37.62', 'None']);
    assert.deepEqual([c.Source, c['Publication Date'], c.Language, c.Version], ['uno.example', '2026-02-04', 'es', `atalaya ${packageVersion()}`]);
    assert.deepEqual([c.CAMEO, c.Goldstein, c.Modality, c.Negated, c.Trigger], ['041', '1', 'asserted', 'False', 'videollamada']);
    const t = byId[String(twoByTwo.id)]!;
    assert.deepEqual([t['Actor Country'], t['Actor COW'], t['Actor Name'], t['Quad Code']], ['USA; None', '2; None', 'None; OTAN', 'VERBAL CONFLICT']);
    assert.deepEqual([t['Recipient COW'], t['Recipient Sectors']], ['365; 369', 'GOV; MIL']);
    const u = byId[String(undated.id)]!;
    assert.deepEqual([u['Event Date'], u['Actor Name'], u['Actor COW'], u.Placename, u.Trigger], ['2026-02-04', 'None', 'None', 'None', 'dijo, "no" luego']);
    assert.equal(byId[String(joint.id)]!['Event Date'], '2026-02-04', 'a month-only date takes the first report’s day');
    assert.equal(polecatLine({ ...undated, sources: [] }).split('\t')[1], 'None');
  });

  it('takes PLOVER contexts from the CAMEO→PLOVER table, None where it gives none', () => {
    const rows = pythonRows(file());
    const contexts = (id: number): string | undefined => rows.find((r) => r['Event ID'] === String(id))?.Contexts;
    assert.equal(contexts(consult.id), 'None');
    assert.equal(contexts(joint.id), 'diplomatic');
    assert.equal(polecatLine({ ...consult, cameo: '0312' }).split('\t')[6], 'military');
    assert.equal(polecatLine({ ...consult, cameo: '094' }).split('\t')[6], 'military; legal');
  });

  it('DuckDB reads it as a tab-separated file with the header’s column names', async () => {
    const columns = await duckColumns(`read_csv('${file()}', delim='\\t', header=true, nullstr='None')`);
    assert.deepEqual(columns.map((c) => c.name), [...POLECAT_COLUMNS]);
    const types = Object.fromEntries(columns.map((c) => [c.name, c.type]));
    assert.deepEqual([types['Event ID'], types.Latitude, types['Event Date'], types['Actor COW']], ['BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']);
  });

  it('polecat-json keeps Atalaya’s nested records as one JSON array', () => {
    const w = eventWriter('polecat-json');
    for (const events of [[], [consult, undated]]) {
      const parsed = JSON.parse(w.begin() + events.map((e, i) => w.row(e, i)).join('') + w.end(events.length)) as Array<Record<string, unknown>>;
      assert.equal(parsed.length, events.length);
    }
    const [first] = JSON.parse(w.begin() + w.row(consult, 0) + w.end(1)) as Array<Record<string, unknown>>;
    assert.deepEqual(first!.actors, [{ name: 'Vladimir Putin', country: 'RUS', organisation: null, sectors: ['GOV'], wikidata: 'Q7747' }]);
    assert.deepEqual(first!.contexts, ['energy', 'trade']);
  });
});
