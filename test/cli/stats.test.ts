import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { runStats } from '../../src/cli/stats.js';
import type { Stats } from '../../src/query/stats.js';
import { openStore } from '../../src/store/open.js';
import { cliEnv, datasetDb } from './cli-env.js';

let db = '';
before(async () => {
  db = await datasetDb();
});

describe('atalaya stats', () => {
  it('prints JSON with documents and events at the top level, and a dyad’s series', () => {
    const r = cliEnv(['stats', '--db', db, '--format', 'json', '--dyad', 'RUS-CHN']);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Stats;
    assert.equal(s.documents, 6);
    assert.equal(s.events, 5);
    assert.deepEqual(s.dyad?.pair, ['RUS', 'CHN']);
    assert.deepEqual(s.dyad?.byWeek.map((p) => p.period), ['2026-W06']);
  });

  it('prints counts, per type, per day and the dyad’s table for a person', async () => {
    const r = { stdout: '' };
    await runStats({ db, dyad: 'RUS-CHN', format: 'text' }, (s) => (r.stdout += s));
    assert.match(r.stdout, /^documents 6 \(5 stories once near-duplicates are folded\)\nevents    5 \(7 article codings, 1.17 per article\)/);
    assert.match(r.stdout, /events per type\n\s+ACCUSE\s+1\n\s+CONSULT\s+2/);
    assert.match(r.stdout, /^events {4}5 \(7 article codings, 1.17 per article\); 1 undated, counted per type but not per day$/m);
    assert.match(r.stdout, /dyad RUS-CHN: 3 asserted events \(1 undated, not in the series\)/);
    assert.match(r.stdout, /per week\n.*\n\s+2026-W06\s+2\s+7\.4\s+1\/1\s+1\/6\.4\s+0\/0\s+0\/0/);
    assert.match(r.stdout, /^RUS -> CHN: 2 asserted events \(1 undated, not in the series\)$/m);
    assert.match(r.stdout, /^CHN -> RUS: 1 asserted events\n {2}per week\n.*\n\s+2026-W06\s+1\s+6\.4\s+0\/0\s+1\/6\.4/m);
  });

  it('writes the dyad-period quad table as CSV, and says on stderr what it left out', () => {
    const r = cliEnv(['stats', '--db', db, '--quads', 'month']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      'source,target,period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,events,goldstein',
      'CHN,RUS,2026-02,0,1,0,0,1,6.4',
      'NATO,UKR,2026-03,0,0,0,1,1,-8',
      'RUS,CHN,2026-02,1,0,0,0,1,1',
      'USA,RUS,2026-02,0,0,1,0,1,-2',
    ]);
    assert.match(r.stderr, /^stats: left out 1 events without a date precise to the month and 0 without two coded sides\n$/);
    const pair = cliEnv(['stats', '--db', db, '--quads', 'year', '--dyad', 'CHN-RUS']);
    assert.deepEqual(pair.stdout.trim().split('\n').slice(1), ['CHN,RUS,2026,0,1,0,0,1,6.4', 'RUS,CHN,2026,1,0,0,0,1,1']);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['csv without a quad period', ['--format', 'csv'], /--format csv is the quad table: give the period with --quads day\|week\|month\|year/],
    ['an unknown period', ['--quads', 'decade'], /--quads.*decade/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits with 2 on ${what}, in one line`, () => {
      const r = cliEnv(['stats', '--db', db, ...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }

  it('works on an empty store', async () => {
    const empty = `${db}.vacia.db`;
    await (await openStore(empty)).close();
    let out = '';
    await runStats({ db: empty, format: 'json' }, (s) => (out += s));
    const s = JSON.parse(out) as Stats;
    assert.deepEqual([s.documents, s.events, s.codings], [0, 0, 0]);
  });

  it('refuses a database that does not exist rather than report an empty one', () => {
    const r = cliEnv(['stats', '--db', `${db}.no-existe.db`]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-existe\.db: no such database \(`atalaya ingest` creates it\)\n$/);
  });
});
