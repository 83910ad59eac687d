/**
 * Issue 16: the query commands opened a store as a writer (setting WAL and migrating), so a read-only
 * file could not be queried. They now open it read-only: nothing about the file changes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-open-'));

describe('openStore for the query commands (mustExist)', () => {
  it('opens read-only: a rollback-journal file stays one, unchanged, and writes are refused', async () => {
    const path = join(dir, 'a.db');
    await (await openStore(path)).close();
    const raw = new BetterSqlite3(path);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = statSync(path).mtimeMs;
    const store = await openStore(path, { mustExist: true });
    assert.deepEqual([...(await store.existing(['x']))], []);
    await assert.rejects(store.save([], [{ docId: 'x', name: 'y' }]), /readonly|read-only/i);
    await store.close();
    assert.equal(statSync(path).mtimeMs, before);
    const check = new BetterSqlite3(path, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    check.close();
  });

  const bad: Array<[string, (path: string) => void, RegExp]> = [
    ['a file that is no Atalaya database', (p) => new BetterSqlite3(p).exec('CREATE TABLE otra (x)').close(), /b\.db: not an Atalaya database/],
    [
      'a database behind the current schema',
      (p) => new BetterSqlite3(p).exec('CREATE TABLE kysely_migration (name TEXT, timestamp TEXT)').close(),
      /c\.db: the database is \d+ schema versions? behind: run `atalaya ingest`/,
    ],
  ];
  for (const [what, make, message] of bad) {
    it(`refuses ${what} on one line, without migrating it`, async () => {
      const path = join(dir, what.startsWith('a file') ? 'b.db' : 'c.db');
      make(path);
      await assert.rejects(openStore(path, { mustExist: true }), (e: Error & { describe(): string }) => message.test(e.describe()));
    });
  }
});
