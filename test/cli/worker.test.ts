import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { pgSkip, testPg } from '../store/pg-database.js';
import { cliEnv } from './cli-env.js';

const COUNTRIES = ['Chile', 'Perú', 'Bolivia', 'Ecuador', 'Colombia', 'Uruguay', 'Paraguay', 'Argentina', 'Brasil', 'México'];

/** `count` distinct short articles as JSONL. */
function articles(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = COUNTRIES[i % COUNTRIES.length]!;
    const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length]!;
    lines.push(JSON.stringify({ id: `nota-${i}`, text: `Los cancilleres de ${a} y ${b} se reunieron el día ${(i % 28) + 1} para firmar el acuerdo número ${i} sobre comercio.` }));
  }
  return `${lines.join('\n')}\n`;
}

function worker(db: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'worker', '--db', db, '--until-empty', '--batch', '4', '--poll', '0.2'], {
      cwd: PROJECT_ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('ingest --queue and workers', { skip: pgSkip }, () => {
  it('several workers on one machine analyse every queued document exactly once', async () => {
    const db = await testPg.fresh();
    const file = join(mkdtempSync(join(tmpdir(), 'atalaya-queue-')), 'notas.jsonl');
    const total = 40;
    writeFileSync(file, articles(total));

    const queued = cliEnv(['ingest', file, '--queue', '--db', db, '--batch', '7']);
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stdout, new RegExp(`${total} documents queued for workers, 0 skipped`));

    const runs = await Promise.all([worker(db), worker(db), worker(db)]);
    for (const r of runs) assert.equal(r.status, 0, r.stderr);
    const analysed = runs.map((r) => Number(/analysed (\d+) documents/.exec(r.stdout)?.[1] ?? NaN));
    assert.equal(analysed.reduce((a, b) => a + b, 0), total, `per worker: ${analysed.join(', ')}`);

    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const docs = await client.query<{ n: string; names: string }>('SELECT count(*) AS n, (SELECT count(*) FROM document_names) AS names FROM documents');
      assert.deepEqual([Number(docs.rows[0]!.n), Number(docs.rows[0]!.names)], [total, total]);
      const jobs = await client.query<{ state: string; n: string; retries: string }>(
        "SELECT state, count(*) AS n, sum(retry_count) AS retries FROM pgboss.job WHERE name = 'atalaya-analyze' GROUP BY state",
      );
      assert.deepEqual(jobs.rows.map((r) => [r.state, Number(r.n), Number(r.retries)]), [['completed', total, 0]]);
    } finally {
      await client.end();
    }

    const again = cliEnv(['ingest', file, '--queue', '--db', db]);
    assert.match(again.stdout, new RegExp(`0 documents queued for workers, ${total} skipped as duplicates`));
  });

  it('refuses --queue and worker without PostgreSQL, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-queue-'));
    const q = cliEnv(['ingest', dir, '--queue', '--db', join(dir, 'local.db')]);
    assert.equal(q.status, 2);
    assert.match(q.stderr, /^atalaya: --queue needs a PostgreSQL database/);
    const w = cliEnv(['worker', '--db', join(dir, 'local.db')]);
    assert.equal(w.status, 2);
    assert.match(w.stderr, /^atalaya: the worker needs a PostgreSQL database/);
  });
});
