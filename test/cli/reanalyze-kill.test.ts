import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { analyserVersion } from '../../src/core/analyser-version.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { cliEnv } from './cli-env.js';
import { writeScaleCorpus } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-reanalyze-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 200;
const BATCH = 10;

function query(db: string, sql: string, write = false): number {
  const conn = new BetterSqlite3(db, write ? {} : { readonly: true, fileMustExist: true });
  try {
    if (write) return conn.prepare(sql).run().changes;
    return Number((conn.prepare(sql).pluck().get() as number | bigint | undefined) ?? 0);
  } finally {
    conn.close();
  }
}

describe('reanalyze killed with SIGKILL halfway', () => {
  it('leaves every document with one whole analysis, and a rerun with --where-version-not-current completes it', async () => {
    const input = join(dir, 'notas');
    writeScaleCorpus(input, TOTAL);
    const db = join(dir, 'kill.db');
    const ingested = cliEnv(['ingest', input, '--db', db]);
    assert.equal(ingested.status, 0, ingested.stderr);
    query(db, "UPDATE documents SET analyser_version = 'before'", true);
    const current = `analyser_version = '${analyserVersion()}'`;

    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'reanalyze', '--db', db, '--batch', String(BATCH)], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      if (query(db, `SELECT count(*) FROM documents WHERE ${current}`) >= TOTAL / 4) {
        child.kill('SIGKILL');
        break;
      }
      if (child.exitCode !== null) break;
    }
    assert.equal(await exited, 'SIGKILL', 'reanalyze was killed before it finished');
    const done = query(db, `SELECT count(*) FROM documents WHERE ${current}`);
    assert.ok(done < TOTAL, `${done} re-analysed at the kill`);
    assert.equal(done % BATCH, 0, 'only whole batches are replaced');
    assert.equal(query(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    assert.equal(query(db, 'SELECT count(*) FROM events'), query(db, 'SELECT sum(n_events) FROM documents'), 'no document with two sets of events, none with half');

    const rerun = cliEnv(['reanalyze', '--db', db, '--where-version-not-current', '--batch', String(BATCH)]);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`: ${TOTAL - done} of ${TOTAL - done} documents, 0 failed`));
    assert.match(rerun.stderr, new RegExp(`^reanalyze: ${BATCH} of ${TOTAL - done} documents \\(\\d+%\\), \\d+ docs/s, about \\d+ (s|min) left$`, 'm'));
    assert.equal(query(db, 'SELECT count(*) FROM documents'), TOTAL);
    assert.equal(query(db, `SELECT count(*) FROM documents WHERE ${current}`), TOTAL, 'every document has the current analysis');
    assert.equal(query(db, 'SELECT count(*) FROM events'), query(db, 'SELECT sum(n_events) FROM documents'));
    assert.equal(query(db, 'SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id'), query(db, 'SELECT count(*) FROM events'));
    assert.equal(query(db, 'SELECT count(*) FROM merged_events WHERE id NOT IN (SELECT merged_id FROM events)'), 0, 'no merged event left without a report');

    // SIGTERM (what service managers and `timeout` send): the batch in hand is committed, then it stops.
    query(db, "UPDATE documents SET analyser_version = 'before'", true);
    const term = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'reanalyze', '--db', db, '--batch', String(BATCH)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    term.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const firstProgress = new Promise<void>((resolve) => term.stderr.on('data', (d: Buffer) => d.toString().includes('reanalyze: ') && resolve()));
    const code = new Promise<number | null>((resolve) => term.on('exit', (c) => resolve(c)));
    await firstProgress;
    term.kill('SIGTERM');
    assert.equal(await code, 130, 'exit code 130 after SIGTERM');
    assert.match(out, /interrupted: rerun with --where-version-not-current to finish/);
    const stopped = query(db, `SELECT count(*) FROM documents WHERE ${current}`);
    assert.ok(stopped > 0 && stopped < TOTAL && stopped % BATCH === 0, `${stopped} re-analysed, in whole batches`);
    assert.equal(query(db, 'SELECT count(*) FROM events'), query(db, 'SELECT sum(n_events) FROM documents'));
  });
});
