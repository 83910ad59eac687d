import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { writeScaleCorpus } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-interrupt-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts an ingest, sends Ctrl-C (SIGINT) once the first batch is committed, and collects what it printed. */
function ingestUntilCtrlC(signal: NodeJS.Signals = 'SIGINT', db = 'i.db'): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'ingest', join(dir, 'in'), '--db', join(dir, db), '--batch', '20'], {
      cwd: PROJECT_ROOT,
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The progress line is only drawn on a terminal, so wait for the store file's first commit instead.
    const poll = setInterval(() => {
      if (sent) return;
      try {
        statSync(join(dir, db));
        sent = true;
        setTimeout(() => child.kill(signal), 300);
      } catch {
        /* not created yet */
      }
    }, 50);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('ingest and Ctrl-C', () => {
  it('commits the batch in hand, prints the summary marked interrupted and exits with 130 (regression: SQLite ingest never saw the signal)', async () => {
    writeScaleCorpus(join(dir, 'in'), 3000);
    const r = await ingestUntilCtrlC();
    assert.equal(r.status, 130, r.stderr);
    const m = /^interrupted; ingested into .*: ([\d,]+) documents stored/m.exec(r.stdout);
    assert.ok(m, r.stdout);
    const stored = Number(m[1]!.replace(/,/g, ''));
    assert.ok(stored > 0 && stored < 3000 && stored % 20 === 0, `whole batches only: ${stored}`);
  });

  // Issue 16: SIGTERM (what a service manager or `timeout` sends) killed ingest without a summary.
  it('handles SIGTERM like Ctrl-C: the batch in hand committed, the summary printed', async () => {
    const r = await ingestUntilCtrlC('SIGTERM', 't.db');
    assert.equal(r.status, 130, r.stderr);
    assert.match(r.stdout, /^interrupted; ingested into .*: [\d,]+ documents stored/m);
  });
});
