/**
 * Issue 16: a full disk during ingest. SQLite rolls a transaction back by itself on SQLITE_FULL, so the
 * store's own rollback failed ("cannot rollback - no transaction is active") and hid the reason, with no
 * summary. Now the run stops at the first batch the disk cannot take, with one line and the summary;
 * what was committed before stays intact, and a rerun with room completes it. The disk is a 1 MB tmpfs
 * (we run as root); where mounting is impossible the test is skipped with the reason.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cliEnv } from './cli-env.js';
import { scaleCorpus } from './scale-corpus.js';
import { integrityProblems, openProbe } from './store-probe.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-full-disk-'));
const disk = join(dir, 'disk');
mkdirSync(disk);

function mount(options: string): string | null {
  if (process.getuid?.() !== 0) return 'mounting a size-limited tmpfs needs root';
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', disk], { encoding: 'utf8' });
  return r.status === 0 ? null : `mount -t tmpfs failed: ${(r.stderr || String(r.error)).trim()}`;
}

const unmountable = mount('size=1m');
after(() => {
  if (unmountable === null) spawnSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

const TOTAL = 40;
const input = join(dir, 'notas.jsonl');
writeFileSync(input, `${scaleCorpus(TOTAL).map((text, i) => JSON.stringify({ id: `nota-${i}`, text })).join('\n')}\n`);

describe('ingest onto a full disk', { skip: unmountable ?? false }, () => {
  it('stops with one line and the summary, keeps what it committed, and a rerun with room completes it', async () => {
    const db = join(disk, 'lleno.db');

    const full = cliEnv(['ingest', input, '--db', db, '--batch', '5']);
    assert.equal(full.status, 1, full.stderr);
    const lines = full.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, no stack trace: ${full.stderr}`);
    assert.match(lines[0]!, /^atalaya: .*lleno\.db: database or disk is full \(SQLITE_FULL\); 5 documents of this batch not stored; stopping/);
    const summary = /^stopped by a store failure; ingested into .*lleno\.db: (\d+) documents stored, 0 skipped as duplicates, 5 failed/.exec(full.stdout);
    assert.ok(summary, full.stdout);
    const kept = Number(summary[1]);
    assert.ok(kept > 0 && kept < TOTAL, `${kept} documents stored before the disk filled`);

    const probe = await openProbe(db);
    assert.deepEqual(await probe.rows("SELECT * FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), []);
    assert.equal(await probe.count('SELECT count(*) FROM documents'), kept);
    for (const row of await probe.rows<{ text: string; analysis: string }>('SELECT text, analysis FROM documents')) {
      assert.ok(row.text.length > 0);
      assert.doesNotThrow(() => JSON.parse(row.analysis));
    }
    await probe.close();
    const shown = cliEnv(['stats', '--db', db]);
    assert.equal(shown.status, 0, `the full store is still readable: ${shown.stderr}`);

    const grown = spawnSync('mount', ['-o', 'remount,size=64m', disk], { encoding: 'utf8' });
    assert.equal(grown.status, 0, grown.stderr);
    const rerun = cliEnv(['ingest', input, '--db', db, '--batch', '5']);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`: ${TOTAL - kept} documents stored.*, ${kept} skipped as duplicates, 0 failed`));
    assert.deepEqual(await integrityProblems(db, TOTAL), []);
  });

  it('a disk full before the file exists: one line naming the file, exit non-zero', () => {
    for (const name of ['lleno.db', 'lleno.db-wal', 'lleno.db-shm']) rmSync(join(disk, name), { force: true });
    assert.equal(spawnSync('mount', ['-o', 'remount,size=1m', disk]).status, 0);
    writeFileSync(join(disk, 'relleno'), Buffer.alloc(1024 * 1024 - 8192));
    const r = cliEnv(['ingest', input, '--db', join(disk, 'nuevo.db')]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /^atalaya: .*nuevo\.db: cannot (open|prepare) the database: .+\n$/);
  });
});
