/**
 * `atalaya/store`: where analyses live (SQLite file or PostgreSQL), how they are stored and
 * re-analysed. The store's tables are typed for kysely (`store.db`) for queries of one's own.
 */
export { openStore, resolveDb, isPostgresUrl, DEFAULT_DB } from '../store/open.js';
export type { Store, Engine, SaveResult, SaveOptions, ReplaceResult, StoredDocument, DocumentName } from '../store/store.js';
export type { Database } from '../store/schema.js';
export { ingest, type IngestCounts, type IngestOptions, type IngestReporter } from '../ingest/ingest.js';
export { readSources, type SourceItem, type SourceOptions } from '../ingest/sources.js';
export { SOURCE_KINDS, type SourceKind } from '../ingest/source-kinds.js';
export { reanalyze, type ReanalyzeCounts, type ReanalyzeOptions, type ReanalyzeReporter } from '../ingest/reanalyze.js';
export { analyserVersion } from '../core/analyser-version.js';
export { analyserFor, type Analyser } from '../pipeline/analyser.js';
