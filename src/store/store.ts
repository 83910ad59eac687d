import type { Kysely } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import type { Database } from './schema.js';

export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** A name an already stored document was fed under again (a second file name, another feed's link). */
export interface DocumentName {
  docId: string;
  name: string;
}

export interface SaveResult {
  /** Ids of the documents this call stored. */
  stored: string[];
  /** Ids that were already stored (by an earlier batch, another worker, or twice in this one). */
  duplicates: string[];
  /** How many of the stored documents joined the story of an earlier near-duplicate. */
  nearDuplicates: number;
  /** Event codings stored. */
  events: number;
}

export interface SaveOptions {
  /** The analyser that produced the analyses (default: analyserVersion(), the built-in lexicons and models). */
  analyserVersion?: string;
}

export interface ReplaceResult {
  /** Ids whose analysis, layers and events were replaced. */
  replaced: string[];
  /** Ids given that are not stored (nothing is written for them). */
  missing: string[];
  /** Event codings stored for the replaced documents. */
  events: number;
}

/** What the store knows of a stored document besides its analysis: what decides whether new metadata changes it. */
export interface StoredDocument {
  /** The name it was first stored under (its own sourceId). */
  sourceId: string | null;
  published: string | null;
  publishedSource: 'metadata' | 'inferred' | null;
  title: string | null;
  url: string | null;
  analyserVersion: string | null;
}

/**
 * Where analyses live. Both engines implement it over the same kysely schema and pass the same
 * contract tests (test/store/contract.ts); queries (src/query) read `db` directly.
 */
export interface Store {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  /** A file path, or a PostgreSQL URL without its password: for messages. */
  readonly location: string;
  /** Which of `ids` (document ids, i.e. text hashes) are already stored. */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Stores analyses and extra names in one transaction: all of it is committed or none. A document
   * already stored is left as it is (its name is still recorded), so reruns and concurrent workers
   * never duplicate anything.
   */
  save(analyses: readonly Analysis[], names?: readonly DocumentName[], options?: SaveOptions): Promise<SaveResult>;
  /**
   * Replaces the stored analyses of the same texts (same ids) in one transaction: the document's
   * metadata, analysis and analyser version, every annotation layer and its event codings (a merged
   * event no article reports any more goes too). All of it is committed or none; text, story and
   * names stay. Ids that are not stored are left out and listed in `missing`.
   */
  replace(analyses: readonly Analysis[], options?: SaveOptions): Promise<ReplaceResult>;
  /** Which of `ids` are stored, with their metadata. */
  stored(ids: readonly string[]): Promise<Map<string, StoredDocument>>;
  /** A stored document's analysis, by id, unique id prefix, a name it was fed under or its last path part; null if none. */
  getDocument(ref: string): Promise<Analysis | null>;
  close(): Promise<void>;
}
