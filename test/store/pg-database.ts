/**
 * PostgreSQL for tests: the server at $ATALAYA_TEST_PG_URL when given (CI starts one), else a
 * throwaway cluster started here when the binaries are installed. Without either, PostgreSQL tests are
 * skipped with the reason — unless $ATALAYA_REQUIRE_PG=1 (CI), where that is a failure.
 */
import { after } from 'node:test';
import pg from 'pg';
import { findPgBin, startCluster, type Cluster } from '../../scripts/pg-cluster.js';

export interface TestPg {
  /** Creates an empty database and returns its URL. */
  fresh(): Promise<string>;
}

let cluster: Cluster | null = null;
let base: string | null = process.env.ATALAYA_TEST_PG_URL || null;
let unavailable: string | null = null;
if (!base) {
  if (findPgBin()) {
    cluster = await startCluster();
    base = cluster.url;
  } else {
    unavailable = 'PostgreSQL is not installed and $ATALAYA_TEST_PG_URL is not set';
  }
}
if (unavailable && process.env.ATALAYA_REQUIRE_PG === '1') throw new Error(`PostgreSQL tests required (ATALAYA_REQUIRE_PG=1): ${unavailable}`);

after(() => cluster?.stop());
// Also when the file's process ends without running its hooks; stopping twice is harmless.
process.on('exit', () => cluster?.stop());

/** Why PostgreSQL tests must be skipped, or null when a server is there. */
export const pgSkip: string | false = unavailable ?? false;

let counter = 0;
export const testPg: TestPg = {
  async fresh() {
    if (!base) throw new Error(unavailable ?? 'no PostgreSQL');
    const name = `atalaya_t${process.pid}_${counter++}_${Date.now() % 100000}`;
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  },
};
