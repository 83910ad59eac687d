/**
 * Issue 16's fault suite: SIGKILL at seeded random points (start-up, migration, analysis, mid-commit) of
 * `ingest` on both stores and of `worker`, several kills per test, alone and beside live writers and
 * workers. After the kills a rerun (or the survivors) must complete the batch, and the store must hold
 * every document exactly once with the same analysis a clean run stores. The seed is printed; set
 * ATALAYA_FAULT_SEED to replay a run.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { pgSkip, testPg } from '../store/pg-database.js';
import { cliEnv } from './cli-env.js';
import { faultSeed, killAt, killPoints, spawnCli, type KillOutcome } from './kill-points.js';
import { writeScaleCorpus } from './scale-corpus.js';
import { fingerprints, integrityProblems, openProbe, type Fingerprints, type StoreProbe } from './store-probe.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-fault-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 80;
const BATCH = 8;
const SEED = faultSeed();
const input = join(dir, 'notas');
let reference: Fingerprints = new Map();

const stored = (probe: StoreProbe): Promise<number> => probe.count('SELECT count(*) FROM documents');

before(async () => {
  process.stdout.write(`fault suite seed ${SEED} (replay with ATALAYA_FAULT_SEED=${SEED})\n`);
  writeScaleCorpus(input, TOTAL);
  const clean = join(dir, 'clean.db');
  const r = cliEnv(['ingest', input, '--db', clean, '--batch', String(BATCH)]);
  assert.equal(r.status, 0, r.stderr);
  const probe = await openProbe(clean);
  reference = await fingerprints(probe);
  await probe.close();
  assert.equal(reference.size, TOTAL, 'the clean run stored every document');
});

interface IngestKill extends KillOutcome {
  /** Documents in the store right after the kill. */
  storedAfter: number;
}

/** Runs `ingest` and kills it at each of `kills` points in turn. */
async function killIngestRepeatedly(db: string, seed: number, kills: number): Promise<IngestKill[]> {
  const probe = await openProbe(db);
  const outcomes: IngestKill[] = [];
  try {
    for (const point of killPoints(seed, kills, TOTAL)) {
      const outcome = await killAt(spawnCli(['ingest', input, '--db', db, '--batch', String(BATCH)]), point, stored, probe);
      outcomes.push({ ...outcome, storedAfter: await stored(probe).catch(() => 0) });
    }
  } finally {
    await probe.close();
  }
  return outcomes;
}

/** The first run starts from an empty store, so whatever it left is whole batches of new documents. */
function assertWholeBatches(outcomes: IngestKill[]): void {
  const first = outcomes[0]!;
  assert.equal(first.storedAfter % BATCH, 0, `seed ${SEED}: only whole batches are committed (${JSON.stringify(first)})`);
}

function assertRerunCompletes(db: string, outcomes: KillOutcome[]): void {
  const rerun = cliEnv(['ingest', input, '--db', db, '--batch', String(BATCH)]);
  const context = `seed ${SEED}, kills ${JSON.stringify(outcomes)}`;
  assert.equal(rerun.status, 0, `${context}: ${rerun.stderr}`);
  assert.match(rerun.stdout, /documents stored.*skipped as duplicates, 0 failed/, context);
}

describe('the integrity check of the fault suite', () => {
  it('finds a clean store sound, and each kind of damage in a copy of it', async () => {
    const clean = join(dir, 'clean.db');
    assert.deepEqual(await integrityProblems(clean, TOTAL, reference), []);
    const damage: [string, string, RegExp][] = [
      ['a lost document', 'DELETE FROM documents WHERE seq = (SELECT max(seq) FROM documents)', /document rows|layer|no stored document|stored differently/],
      ['a lost event row', 'DELETE FROM events WHERE rowid = (SELECT min(rowid) FROM events)', /n_events differs/],
      ['a shifted offset', "UPDATE documents SET analysis = replace(analysis, '\"start\":', '\"start\":9') WHERE seq = 1", /stored differently/],
      ['a doubled name', "INSERT INTO document_names SELECT doc_id, name || '#2' FROM document_names LIMIT 1", /document names/],
    ];
    for (const [what, sql, expected] of damage) {
      const copy = join(dir, `damaged-${what.replaceAll(' ', '-')}.db`);
      copyFileSync(clean, copy);
      const conn = new BetterSqlite3(copy);
      conn.exec(sql);
      conn.close();
      const problems = await integrityProblems(copy, TOTAL, reference);
      assert.match(problems.join('; '), expected, what);
    }
  });
});

// The workers' part mostly waits for the dead workers' leases to run out, so it runs beside the rest.
describe('processes killed at random points (fault suite)', { concurrency: true }, () => {
describe('ingest killed at random points', () => {
  it('SQLite file: after three kills a rerun completes the batch, every document once and intact', async () => {
    const db = join(dir, 'kill.db');
    const outcomes = await killIngestRepeatedly(db, SEED, 3);
    assert.ok(outcomes.some((o) => o.killed), `seed ${SEED}: at least one kill landed`);
    assertWholeBatches(outcomes);
    assertRerunCompletes(db, outcomes);
    assert.deepEqual(await integrityProblems(db, TOTAL, reference), [], `seed ${SEED}, kills ${JSON.stringify(outcomes)}`);
  });

  it('PostgreSQL: after three kills a rerun completes the batch, every document once and intact', { skip: pgSkip }, async () => {
    const db = await testPg.fresh();
    const outcomes = await killIngestRepeatedly(db, SEED + 1, 3);
    assert.ok(outcomes.some((o) => o.killed), `seed ${SEED}: at least one kill landed`);
    assertWholeBatches(outcomes);
    assertRerunCompletes(db, outcomes);
    assert.deepEqual(await integrityProblems(db, TOTAL, reference), [], `seed ${SEED}, kills ${JSON.stringify(outcomes)}`);
  });

  it('two writers on one SQLite file, one killed: the other completes, nothing lost or duplicated', async () => {
    const db = join(dir, 'two.db');
    const [point] = killPoints(SEED + 2, 1, TOTAL);
    const survivor = spawnCli(['ingest', input, '--db', db, '--batch', String(BATCH)]);
    const survived = new Promise<number | null>((resolve) => survivor.on('exit', (code) => resolve(code)));
    const victim = await killAt(spawnCli(['ingest', input, '--db', db, '--batch', String(BATCH)]), point!, stored, await openProbe(db));
    assert.equal(await survived, 0, `seed ${SEED}: the surviving writer exits 0 (victim ${JSON.stringify(victim)})`);
    assert.deepEqual(await integrityProblems(db, TOTAL, reference), [], `seed ${SEED}, victim ${JSON.stringify(victim)}`);
  });
});

describe('workers killed at random points', { skip: pgSkip }, () => {
  it('two of three workers killed while they work: the last one, --until-empty, completes the queue', async () => {
    const db = await testPg.fresh();
    const queued = cliEnv(['ingest', input, '--queue', '--db', db, '--batch', String(BATCH)]);
    assert.equal(queued.status, 0, queued.stderr);
    const probe = await openProbe(db);
    try {
      const worker = (...extra: string[]): ChildProcess => spawnCli(['worker', '--db', db, '--batch', String(BATCH), '--poll', '0.3', ...extra]);
      const [first, second] = killPoints(SEED + 3, 2, TOTAL);
      const a = worker();
      const b = worker();
      const killedA = await killAt(a, first!, stored, probe);
      // The last worker starts beside a live one, which then dies too.
      const last = worker('--until-empty');
      const lastExit = new Promise<number | null>((resolve) => last.on('exit', (code) => resolve(code)));
      const killedB = await killAt(b, second!, stored, probe);
      const context = `seed ${SEED}, kills ${JSON.stringify([killedA, killedB])}`;
      assert.equal(await lastExit, 0, context);
      assert.deepEqual(await integrityProblems(db, TOTAL, reference), [], context);
      const left = await probe.rows<{ state: string }>("SELECT DISTINCT state FROM pgboss.job WHERE name = 'atalaya-analyze'");
      assert.deepEqual(left.map((r) => r.state), ['completed'], context);
    } finally {
      await probe.close();
    }
  });
});
});
