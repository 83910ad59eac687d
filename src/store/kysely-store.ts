import { sql, type Kysely } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import { analyserVersion } from '../core/analyser-version.js';
import { replaceBatch } from './replace-batch.js';
import type { RowWriter } from './row-writer.js';
import { saveBatch, selectIn } from './save-batch.js';
import type { Database } from './schema.js';
import type { DocumentName, Engine, ReplaceResult, SaveOptions, SaveResult, Store, StoredDocument } from './store.js';

/** Runs `fn` in one transaction on the engine's terms (SQLite takes its write lock up front). */
export type Transact = <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

/** The Store over a kysely connection; the engines differ only in how they connect and open transactions. */
export class KyselyStore implements Store {
  constructor(
    readonly engine: Engine,
    readonly db: Kysely<Database>,
    readonly location: string,
    private readonly transact: Transact,
    /** How a transaction writes a batch's rows (see RowWriter). */
    private readonly writer: (trx: Kysely<Database>) => RowWriter,
  ) {}

  async existing(ids: readonly string[]): Promise<Set<string>> {
    const rows = await selectIn(ids, (chunk) =>
      this.db.selectFrom('documents').select('id').where('id', 'in', chunk as string[]).execute(),
    );
    return new Set(rows.map((r) => r.id));
  }

  save(analyses: readonly Analysis[], names: readonly DocumentName[] = [], options: SaveOptions = {}): Promise<SaveResult> {
    const version = options.analyserVersion ?? analyserVersion();
    return this.transact((trx) => saveBatch(trx, this.writer(trx), analyses, names, version));
  }

  replace(analyses: readonly Analysis[], options: SaveOptions = {}): Promise<ReplaceResult> {
    const version = options.analyserVersion ?? analyserVersion();
    return this.transact((trx) => replaceBatch(trx, this.writer(trx), analyses, version));
  }

  async stored(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const rows = await selectIn(ids, (chunk) =>
      this.db
        .selectFrom('documents')
        .select(['id', 'source_id', 'published', 'published_source', 'title', 'url', 'analyser_version'])
        .where('id', 'in', chunk as string[])
        .execute(),
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          sourceId: r.source_id,
          published: r.published,
          publishedSource: r.published_source === 'metadata' || r.published_source === 'inferred' ? r.published_source : null,
          title: r.title,
          url: r.url,
          analyserVersion: r.analyser_version,
        },
      ]),
    );
  }

  async getDocument(ref: string): Promise<Analysis | null> {
    const cols = ['id', 'text', 'analysis'] as const;
    let row = await this.db.selectFrom('documents').select(cols).where('id', '=', ref).executeTakeFirst();
    if (!row) {
      let named = await this.db.selectFrom('document_names').select('doc_id').distinct().where('name', '=', ref).limit(2).execute();
      // A file name without its folder ("nota.txt" for "/data/2026/nota.txt") when only one name ends so.
      if (named.length === 0) {
        const pattern = `%/${ref.replace(/[\\%_]/g, (c) => `\\${c}`)}`;
        named = await this.db
          .selectFrom('document_names')
          .select('doc_id')
          .distinct()
          .where(sql<boolean>`name LIKE ${pattern} ESCAPE '\\'`)
          .limit(2)
          .execute();
      }
      if (named.length === 1) row = await this.db.selectFrom('documents').select(cols).where('id', '=', named[0]!.doc_id).executeTakeFirst();
    }
    if (!row && /^[0-9a-f]{4,15}$/.test(ref)) {
      const prefixed = await this.db.selectFrom('documents').select(cols).where('id', 'like', `${ref}%`).limit(2).execute();
      if (prefixed.length === 1) row = prefixed[0];
    }
    if (!row) return null;
    const analysis = JSON.parse(row.analysis) as Analysis;
    analysis.document.text = row.text;
    return analysis;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
