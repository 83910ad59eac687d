import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runEvents } from '../../src/cli/events.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { EventFormat } from '../../src/query/event-formats.js';
import { duckRows } from '../helpers/duckdb.js';
import { cliEnv, datasetDb } from './cli-env.js';

let db = '';
before(async () => {
  db = await datasetDb();
});

/** Runs the command in-process (spawning a CLI per case is slow); exit codes are checked by spawning below. */
async function events(args: Record<string, string | boolean>, format: EventFormat = 'table'): Promise<string> {
  let out = '';
  await runEvents({ db, includeTeasers: false, format, ...args }, (s) => (out += s));
  return out;
}

describe('atalaya events', () => {
  it('prints a readable table by default', () => {
    const r = cliEnv(['events', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^DATE/);
    assert.match(lines[1]!, /^2026-02-04 CONSULT 040\s+RUSGOV Vladimir Putin -> CHNGOV Xi Jinping\s+2\s+2 /);
    assert.equal(lines.at(-1), '5 events');
  });

  it('filters by dyad and writes JSONL', async () => {
    const out = await events({ dyad: 'rus-chn' }, 'jsonl');
    const list = out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; date: string | null });
    assert.deepEqual(list.map((e) => `${e.date} ${e.type}`), ['2026-02-04 CONSULT', '2026-02-04 COOPERATE', 'null CONSULT']);
  });

  it('combines filters and writes CSV', async () => {
    const rows = (await events({ type: 'accuse', since: '2026-02-01' }, 'csv')).trim().split('\n');
    assert.equal(rows.length, 2);
    assert.match(rows[1]!, /,"ACCUSE",,"112",3,-2,"USAGOV",/);
  });

  it('writes GDELT rows, POLECAT JSON and POLECAT TSV', async () => {
    assert.equal((await events({ quad: '4' }, 'gdelt')).trim().split('\t').length, 61);
    assert.equal((JSON.parse(await events({ text: 'videollamada' }, 'polecat-json')) as unknown[]).length, 1);
    assert.equal((await events({ text: 'videollamada' }, 'polecat')).trim().split('\n').length, 2, 'a header and one event');
  });

  it('writes an export to --out, and parquet only there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-events-out-'));
    assert.equal(await events({ out: join(dir, 'e.csv') }, 'csv'), '', 'nothing on standard output');
    assert.equal(readFileSync(join(dir, 'e.csv'), 'utf8').trim().split('\n').length, 6, 'a header and five events');
    const r = cliEnv(['events', '--db', db, '--format', 'parquet', '--out', join(dir, 'e.parquet')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await duckRows(`SELECT count(*) AS n, min(cameo) AS c FROM read_parquet('${join(dir, 'e.parquet')}')`), [{ n: 5n, c: '040' }]);
    const bare = cliEnv(['events', '--db', db, '--format', 'parquet']);
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /--format parquet writes a file: give it with --out FILE/);
    assert.equal(bare.stderr.trim().split('\n').length, 1);
  });

  it('takes $ATALAYA_DB when --db is not given', () => {
    const r = cliEnv(['events', '--format', 'jsonl', '--limit', '1'], { ATALAYA_DB: db });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  const badValues: Array<[string, Record<string, string>, RegExp]> = [
    ['an unknown type', { type: 'HUG' }, /"HUG" is neither a PLOVER type/],
    ['an actor code with spaces', { actor: 'RU S' }, /"RU S" is not an actor code/],
    ['search text without words', { text: '¿?' }, /has no words/],
  ];
  for (const [what, args, message] of badValues) {
    it(`rejects ${what}`, () => assert.rejects(events(args), message));
  }

  const bad: Array<[string, string[], RegExp]> = [
    ['a dyad without a dash', ['--dyad', 'RUSCHN'], /"RUSCHN" is not a dyad/],
    ['a quad out of range', ['--quad', '5'], /--quad.*5/],
    ['(regression) a month 13 that rolls over into the next year', ['--since', '2026-13-01'], /"2026-13-01" is not a YYYY-MM-DD date/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits with 2 on ${what}, in one line`, () => {
      const r = cliEnv(['events', '--db', db, ...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }

  // The acceptance check on the seed article.
  const seed = join(PROJECT_ROOT, '../shared/seed/000_f18dc38b7e87eedd.txt');
  it('shows the seed article’s Russia–China video call of 2026-02-04 for --dyad RUS-CHN', { skip: !existsSync(seed) && 'no ../shared/seed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-seed-'));
    copyFileSync(seed, join(dir, 'uno.txt'));
    copyFileSync(seed, join(dir, 'dos.txt'));
    const seedDb = join(dir, 'seed.db');
    const ingest = cliEnv(['ingest', dir, '--db', seedDb]);
    assert.match(ingest.stdout, /1 documents stored, 1 skipped as duplicates/);
    const r = cliEnv(['events', '--db', seedDb, '--dyad', 'RUS-CHN', '--format', 'jsonl']);
    const events = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; date: string | null });
    assert.ok(events.some((e) => e.type === 'CONSULT' && e.date === '2026-02-04'), r.stdout);
  });
});
