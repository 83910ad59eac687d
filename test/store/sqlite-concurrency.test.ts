/**
 * Issue 16: SQLite stores shared by several processes. Two `ingest` runs creating the same new file at
 * once used to fail one of them ("table documents already exists") about one time in four.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-sqlite-race-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts open-race-child.ts on `paths`; resolves with its output lines. */
function opener(start: number, slotMs: number, paths: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'test/store/open-race-child.ts'), String(start), String(slotMs), ...paths], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`opener exited ${code}: ${err}`))));
  });
}

describe('SQLite schema creation across processes', () => {
  it('two processes creating the same new file at the same moment both succeed, 16 times over', async () => {
    const paths = Array.from({ length: 16 }, (_, i) => join(dir, `nueva-${i}.db`));
    // Both children wait for the same wall-clock slots (after their start-up), so they race on every file.
    const start = Date.now() + 4000;
    const outputs = await Promise.all([opener(start, 150, paths), opener(start, 150, paths)]);
    for (const lines of outputs) assert.deepEqual(lines.filter((l) => !l.startsWith('ok ')), [], 'every open succeeded');
    for (const path of paths) {
      const db = new BetterSqlite3(path, { readonly: true });
      const applied = db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all();
      db.close();
      assert.deepEqual(applied, MIGRATIONS.map((m) => m.name), `${path}: each migration applied once`);
    }
  });
});
