/**
 * Issue 16: a SQLite writer that waited more than the 10 s busy timeout died with a 20-line stack trace
 * and no summary, its batch not stored. Writers now retry with backoff up to a bound; past it the batch
 * is reported on one line and the run goes on.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { isBusy, retryWhileBusy, StoreBusyError } from '../../src/store/busy.js';
import { runIngestCommand } from '../../src/cli/ingest.js';
import { openStore } from '../../src/store/open.js';
import { cliEnv } from '../cli/cli-env.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-busy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const busy = (): Error => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('isBusy', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['SQLITE_BUSY', busy(), true],
    ['SQLITE_BUSY_SNAPSHOT', Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }), true],
    ['SQLITE_CONSTRAINT', Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }), false],
    ['an error without a code', new Error('database is locked'), false],
    ['null', null, false],
  ];
  for (const [what, err, expected] of cases) it(`${what} → ${expected}`, () => assert.equal(isBusy(err), expected));
});

describe('retryWhileBusy', () => {
  it('retries a busy call until it goes through', async () => {
    let calls = 0;
    const out = await retryWhileBusy(() => {
      if (++calls < 4) throw busy();
      return 'hecho';
    }, 5000, 'x.db');
    assert.equal(out, 'hecho');
    assert.equal(calls, 4);
  });

  it('gives up past the bound with a StoreBusyError naming the place and the wait', async () => {
    const started = Date.now();
    await assert.rejects(
      retryWhileBusy(() => {
        throw busy();
      }, 300, 'x.db'),
      (e: unknown) => e instanceof StoreBusyError && /^x\.db: database busy: .* over 0\.3 s$/.test(e.describe()),
    );
    assert.ok(Date.now() - started < 2000, 'the bound holds');
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await assert.rejects(
      retryWhileBusy(() => {
        calls++;
        throw new Error('disk I/O error');
      }, 5000, null),
      /disk I\/O error/,
    );
    assert.equal(calls, 1);
  });
});

const texts = [
  'Chile y Argentina firmaron un acuerdo sobre pasos fronterizos en Mendoza.',
  'Uruguay pidió a Brasil una reunión sobre el comercio en el Mercosur.',
  'Paraguay anunció nuevas tarifas eléctricas para la represa compartida.',
  'Bolivia y Perú reanudaron las conversaciones sobre el lago Titicaca.',
];

function corpus(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [i, t] of texts.entries()) writeFileSync(join(folder, `nota-${i}.txt`), t);
  return folder;
}

/** A connection of its own that takes the store's write lock and keeps it until released. */
function holdWriteLock(db: string): { release: () => void } {
  const conn = new BetterSqlite3(db);
  conn.exec('BEGIN IMMEDIATE');
  let held = true;
  return {
    release: () => {
      if (!held) return;
      held = false;
      conn.exec('ROLLBACK');
      conn.close();
    },
  };
}

const stored = async (db: string): Promise<number> => {
  const store = await openStore(db, { mustExist: true });
  const row = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await store.close();
  return Number(row.n);
};

describe('ingest while another process holds the write lock', () => {
  it('past --busy-wait: one line per batch, no stack trace, the summary, exit 1; a rerun stores it all', async () => {
    const db = join(dir, 'cerrada.db');
    await (await openStore(db)).close();
    const lock = holdWriteLock(db);
    let r;
    try {
      r = cliEnv(['ingest', corpus('cerrada'), '--db', db, '--batch', '2', '--busy-wait', '0.5']);
    } finally {
      lock.release();
    }
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    for (const line of lines) assert.match(line, /^atalaya: .*cerrada\.db: database busy: another process held its write lock for over 0\.5 s; 2 documents of this batch not stored/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.match(r.stdout, /0 documents stored, 0 skipped as duplicates, 4 failed/);
    const rerun = cliEnv(['ingest', join(dir, 'cerrada'), '--db', db]);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.equal(await stored(db), 4);
  });

  it('a lock released while a batch waits: that batch and the rest are stored', async () => {
    const db = join(dir, 'espera.db');
    await (await openStore(db)).close();
    const lock = holdWriteLock(db);
    setTimeout(lock.release, 400);
    const out: string[] = [];
    const code = await runIngestCommand(
      [corpus('espera')],
      { db, input: null, batch: 2, maxMb: 1, published: null, lang: null, queue: false, busyWaitS: 10 },
      { out: (s) => out.push(s), err: (s) => out.push(s), tty: false },
    );
    lock.release();
    assert.equal(code, 0, out.join(''));
    assert.match(out.join(''), /4 documents stored, 0 skipped as duplicates, 0 failed/);
    assert.equal(await stored(db), 4);
  });

  it('the first batch given up, the lock then released: the next batches are stored', async () => {
    const db = join(dir, 'suelta.db');
    await (await openStore(db)).close();
    const lock = holdWriteLock(db);
    const out: string[] = [];
    const code = await runIngestCommand(
      [corpus('suelta')],
      { db, input: null, batch: 2, maxMb: 1, published: null, lang: null, queue: false, busyWaitS: 0.3 },
      {
        out: (s) => out.push(s),
        // The lock is released as soon as the first batch is reported: the run must go on with the rest.
        err: (s) => {
          out.push(s);
          lock.release();
        },
        tty: false,
      },
    );
    lock.release();
    assert.equal(code, 1, out.join(''));
    assert.match(out.join(''), /2 documents stored, 0 skipped as duplicates, 2 failed/);
    assert.equal(await stored(db), 2);
  });
});
