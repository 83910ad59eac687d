import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { cliEnv } from './cli-env.js';
import { writeScaleCorpus } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 600;
const BATCH = 25;

function count(db: string, sql: string): number {
  const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
  try {
    return Number((conn.prepare(sql).pluck().get() as number | bigint | undefined) ?? 0);
  } finally {
    conn.close();
  }
}

describe('ingest killed with SIGKILL halfway', () => {
  it('loses nothing committed, and a rerun completes it without duplicates', async () => {
    const input = join(dir, 'notas');
    writeScaleCorpus(input, TOTAL);
    const db = join(dir, 'kill.db');

    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'ingest', input, '--db', db, '--batch', String(BATCH)], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let killedAt = -1;
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      let stored = 0;
      try {
        stored = count(db, 'SELECT count(*) FROM documents');
      } catch {
        continue;
      }
      if (stored >= TOTAL / 2) {
        child.kill('SIGKILL');
        killedAt = stored;
        break;
      }
      if (child.exitCode !== null) break;
    }
    assert.equal(await exited, 'SIGKILL', 'the ingest was killed before it finished');

    const committed = count(db, 'SELECT count(*) FROM documents');
    assert.ok(committed >= killedAt && committed < TOTAL, `${committed} stored at the kill`);
    assert.equal(committed % BATCH, 0, 'only whole batches are committed');
    assert.equal(count(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    assert.equal(count(db, 'SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)'), 0, 'no rows of an uncommitted batch');
    assert.equal(count(db, 'SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)'), 0);

    const rerun = cliEnv(['ingest', input, '--db', db, '--batch', String(BATCH)]);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`: ${(TOTAL - committed).toLocaleString('en-US')} documents stored.*, ${committed.toLocaleString('en-US')} skipped as duplicates, 0 failed`));
    assert.equal(count(db, 'SELECT count(*) FROM documents'), TOTAL);
    assert.equal(count(db, 'SELECT count(DISTINCT id) FROM documents'), TOTAL);
    assert.equal(count(db, 'SELECT count(*) FROM document_names'), TOTAL, 'each document once under its one name');
    assert.equal(count(db, 'SELECT count(*) FROM events'), count(db, 'SELECT sum(n_events) FROM documents'), 'every event coding stored once');
  });
});
