import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from './run-cli.js';
import { openStore } from '../../src/store/open.js';
import { DATASET } from '../query/contract.js';

/** Runs the CLI from source with extra environment variables and optional stdin. */
export function cliEnv(args: string[], env: Record<string, string> = {}, stdin = ''): CliResult {
  return runCli(args, stdin, env);
}

/** A SQLite file holding the query contract's six articles (named doc0…doc5). */
export async function datasetDb(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'atalaya-cli-db-')), 'datos.db');
  const store = await openStore(db);
  await store.save(DATASET.map((a, i) => ({ ...a, document: { ...a.document, sourceId: `notas/doc${i}.txt` } })));
  await store.close();
  return db;
}
