/**
 * Issue 16: a killed `worker` left its batch active for 15 minutes (pg-boss's expiry), and a surviving
 * `worker --until-empty` exited 0 with those documents missing. Jobs now carry a short lease the worker
 * renews while it works; a dead worker's jobs come back, and --until-empty waits for them.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { JOB_LEASE_SECONDS } from '../../src/ingest/queue.js';
import { pgSkip, testPg } from '../store/pg-database.js';
import { cliEnv } from './cli-env.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-worker-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 240;
const PLACES = ['Quito', 'Lima', 'La Paz', 'Bogotá', 'Caracas', 'Asunción', 'Montevideo', 'Santiago'];

function articles(): string {
  const lines: string[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const place = PLACES[i % PLACES.length]!;
    lines.push(JSON.stringify({ id: `parte-${i}`, text: `El ministro de Exteriores de Chile viajó a ${place} el día ${(i % 27) + 1} para negociar el tratado número ${i} con su homólogo.` }));
  }
  return `${lines.join('\n')}\n`;
}

function workerArgs(db: string, extra: string[]): string[] {
  return ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'worker', '--db', db, '--poll', '0.3', ...extra];
}

async function jobStates(db: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const r = await client.query<{ state: string; n: string }>("SELECT state, count(*) AS n FROM pgboss.job WHERE name = 'atalaya-analyze' GROUP BY state");
    return Object.fromEntries(r.rows.map((row) => [row.state, Number(row.n)]));
  } finally {
    await client.end();
  }
}

async function storedDocs(db: string): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('a worker killed mid-batch', { skip: pgSkip }, () => {
  it('its jobs come back within the lease, and a second worker --until-empty completes everything', async () => {
    const db = await testPg.fresh();
    const file = join(dir, 'partes.jsonl');
    writeFileSync(file, articles());
    const queued = cliEnv(['ingest', file, '--queue', '--db', db, '--batch', '50']);
    assert.equal(queued.status, 0, queued.stderr);

    const first = spawn(process.execPath, workerArgs(db, ['--batch', '80']), { cwd: PROJECT_ROOT, stdio: 'ignore' });
    const died = new Promise<NodeJS.Signals | null>((resolve) => first.on('exit', (_code, signal) => resolve(signal)));
    let held = 0;
    for (let tries = 0; tries < 600 && held === 0; tries++) {
      await new Promise((r) => setTimeout(r, 25));
      held = (await jobStates(db)).active ?? 0;
    }
    first.kill('SIGKILL');
    assert.equal(await died, 'SIGKILL');
    const atKill = await jobStates(db);
    assert.ok((atKill.active ?? 0) > 0, `the dead worker held jobs: ${JSON.stringify(atKill)}`);

    const started = Date.now();
    const second = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, workerArgs(db, ['--batch', '50', '--until-empty']), { cwd: PROJECT_ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /^atalaya: queue: \d+ jobs not done yet \(held by other workers or waiting to be retried\); waiting/m);
    assert.ok(seconds < JOB_LEASE_SECONDS * 2 + 15, `the second worker finished in ${seconds.toFixed(1)} s`);
    assert.equal(await storedDocs(db), TOTAL, 'every queued document stored');
    assert.deepEqual(await jobStates(db), { completed: TOTAL });
  });
});
