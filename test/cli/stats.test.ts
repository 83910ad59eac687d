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
    assert.match(r.stdout, /^documents 6 \(5 stories once near-duplicates are folded\)\nevents    5 \(7 article codings\)/);
    assert.match(r.stdout, /events per type\n\s+ACCUSE\s+1\n\s+CONSULT\s+2/);
    assert.match(r.stdout, /dyad RUS-CHN: 3 events \(1 undated\)/);
    assert.match(r.stdout, /per week\n.*\n\s+2026-W06\s+2\s+7\.4\s+1\/1\s+1\/6\.4\s+0\/0\s+0\/0/);
  });

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
