import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../../src/store/open.js';

/** Read-only SQL against a store from outside the process that writes it, for either engine. */
export interface StoreProbe {
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * A probe of a SQLite file or PostgreSQL URL. A SQLite file that does not exist yet (the writer has
 * not created it) throws on every query, so pollers can tell "nothing yet" from "zero rows".
 */
export async function openProbe(db: string): Promise<StoreProbe> {
  if (isPostgresUrl(db)) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    const rows = async <T extends Record<string, unknown>>(sql: string): Promise<T[]> => (await client.query(sql)).rows as T[];
    return {
      rows,
      count: async (sql) => Number(Object.values((await rows(sql))[0] ?? {})[0] ?? 0),
      close: () => client.end(),
    };
  }
  const rows = async <T extends Record<string, unknown>>(sql: string): Promise<T[]> => {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare(sql).all() as T[];
    } finally {
      conn.close();
    }
  };
  return {
    rows,
    count: async (sql) => Number(Object.values((await rows(sql))[0] ?? {})[0] ?? 0),
    close: async () => undefined,
  };
}

/** Per document: its analysis (without the name it came under) and how many rows each layer holds. */
export type Fingerprints = Map<string, string>;

const LAYERS = ['events', 'mentions', 'times', 'quotes', 'topics', 'flags', 'event_actors'] as const;

export async function fingerprints(probe: StoreProbe): Promise<Fingerprints> {
  const counts = new Map<string, number[]>();
  for (const [i, table] of LAYERS.entries()) {
    for (const r of await probe.rows<{ doc_id: string; n: number | string }>(`SELECT doc_id, count(*) AS n FROM ${table} GROUP BY doc_id`)) {
      const c = counts.get(r.doc_id) ?? LAYERS.map(() => 0);
      c[i] = Number(r.n);
      counts.set(r.doc_id, c);
    }
  }
  const out: Fingerprints = new Map();
  for (const d of await probe.rows<{ id: string; n_events: number | string; analysis: string }>('SELECT id, n_events, analysis FROM documents')) {
    const analysis = JSON.parse(d.analysis) as { document: Record<string, unknown> };
    delete analysis.document.sourceId;
    out.set(d.id, JSON.stringify({ nEvents: Number(d.n_events), rows: counts.get(d.id) ?? LAYERS.map(() => 0), analysis }));
  }
  return out;
}

/**
 * What must hold after any crash and rerun: the store is sound, holds `total` documents once each under
 * `total` names, no layer row belongs to a missing document, each document's stored event count matches
 * its event rows, and (given a clean run's fingerprints) every document's analysis equals the clean one.
 * Returns the problems found, empty when none.
 */
export async function integrityProblems(db: string, total: number, reference?: Fingerprints): Promise<string[]> {
  const probe = await openProbe(db);
  const problems: string[] = [];
  try {
    if (!isPostgresUrl(db)) {
      const bad = await probe.rows<{ integrity_check: string }>("SELECT integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'");
      if (bad.length > 0) problems.push(`integrity_check: ${bad.map((b) => b.integrity_check).join('; ')}`);
    }
    const docs = await probe.count('SELECT count(*) FROM documents');
    const distinct = await probe.count('SELECT count(DISTINCT id) FROM documents');
    const names = await probe.count('SELECT count(*) FROM document_names');
    if (docs !== total || distinct !== total) problems.push(`${docs} document rows, ${distinct} distinct, expected ${total}`);
    if (names !== total) problems.push(`${names} document names, expected ${total}`);
    for (const table of LAYERS) {
      const orphans = await probe.count(`SELECT count(*) FROM ${table} WHERE doc_id NOT IN (SELECT id FROM documents)`);
      if (orphans > 0) problems.push(`${orphans} ${table} rows of no stored document`);
    }
    const uneven = await probe.count('SELECT count(*) FROM documents d WHERE d.n_events <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id)');
    if (uneven > 0) problems.push(`${uneven} documents whose n_events differs from their event rows`);
    if (reference) {
      const found = await fingerprints(probe);
      let differ = 0;
      for (const [id, print] of reference) if (found.get(id) !== print) differ++;
      if (differ > 0) problems.push(`${differ} documents missing or stored differently from a clean run`);
    }
  } finally {
    await probe.close();
  }
  return problems;
}
