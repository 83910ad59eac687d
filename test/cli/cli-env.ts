import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { openStore } from '../../src/store/open.js';
import { DATASET } from '../query/contract.js';

/** Runs the CLI from source with extra environment variables and optional stdin. */
export function cliEnv(args: string[], env: Record<string, string> = {}, stdin = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...args], {
    cwd: PROJECT_ROOT,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A SQLite file holding the query contract's six articles (named doc0…doc5). */
export async function datasetDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'atalaya-cli-db-')), 'datos.db');
  const store = await openStore(db);
  await store.save(DATASET.map((a, i) => ({ ...a, document: { ...a.document, sourceId: `notas/doc${i}.txt` } })));
  await store.close();
  return db;
}
