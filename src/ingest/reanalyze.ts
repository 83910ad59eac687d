import type { Kysely, Selectable } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError } from '../core/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export interface ReanalyzeOptions {
  /** Documents per transaction: what an interruption can lose at most (a rerun redoes it). */
  batchSize: number;
  /** Only documents published on or after this day (YYYY-MM-DD). */
  since: string | null;
  /** Only documents whose analysis was not written by `analyserVersion` (what makes a rerun resume). */
  onlyStale: boolean;
  /** The version of `pipeline`, recorded with every analysis it writes. */
  analyserVersion: string;
  /** Checked between batches: when it turns true, the run stops after the batch in hand is committed. */
  stop?: () => boolean;
}

export interface ReanalyzeCounts {
  /** Documents selected when the run started. */
  total: number;
  /** Documents handled so far (replaced or failed). */
  done: number;
  replaced: number;
  failed: number;
  events: number;
  seconds: number;
  interrupted: boolean;
}

export interface ReanalyzeReporter {
  /** A document that could not be re-analysed (it keeps its old analysis), with the reason: one line. */
  error(where: string, message: string): void;
  /** Called after every committed batch. */
  progress(counts: ReanalyzeCounts): void;
}

type Row = Pick<Selectable<Database['documents']>, 'seq' | 'id' | 'source_id' | 'url' | 'title' | 'lang' | 'published' | 'published_source' | 'text'>;

function selection(db: Kysely<Database>, options: ReanalyzeOptions) {
  let q = db.selectFrom('documents');
  if (options.since) q = q.where('published', '>=', options.since);
  if (options.onlyStale) q = q.where((eb) => eb.or([eb('analyser_version', 'is', null), eb('analyser_version', '<>', options.analyserVersion)]));
  return q;
}

/**
 * The input a stored document is re-analysed from: what it was analysed from, as far as the store
 * knows. A publication date only inferred before is inferred again (the new analyser may read it
 * better); a language already found (es, en) is kept, since the input may have forced it, and an
 * undetermined one is detected again.
 */
export function storedInput(row: Row): DocumentInput {
  return {
    text: row.text,
    title: row.title,
    url: row.url,
    sourceId: row.source_id,
    published: row.published_source === 'metadata' ? row.published : null,
    lang: row.lang === 'es' || row.lang === 'en' ? row.lang : null,
  };
}

/**
 * Re-runs `pipeline` over stored texts in store order, `batchSize` at a time, replacing each batch's
 * analyses and events in one transaction (Store.replace). A document the pipeline fails on keeps its
 * old analysis and is reported; the run goes on. Progress is reported after each committed batch, so
 * a stop (or a kill) between batches loses nothing, and a kill inside one loses only that batch: with
 * `onlyStale`, a rerun picks up exactly what is left.
 */
export async function reanalyze(store: Store, pipeline: Pipeline, options: ReanalyzeOptions, reporter: ReanalyzeReporter): Promise<ReanalyzeCounts> {
  const started = performance.now();
  const counted = await selection(store.db, options).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const counts: ReanalyzeCounts = { total: Number(counted.n), done: 0, replaced: 0, failed: 0, events: 0, seconds: 0, interrupted: false };
  for (let after = -1; ; ) {
    if (options.stop?.()) {
      counts.interrupted = true;
      break;
    }
    const rows: Row[] = await selection(store.db, options)
      .select(['seq', 'id', 'source_id', 'url', 'title', 'lang', 'published', 'published_source', 'text'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(options.batchSize)
      .execute();
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1]!.seq);
    const analyses: Analysis[] = [];
    for (const row of rows) {
      try {
        analyses.push(pipeline.analyze(storedInput(row)));
      } catch (err) {
        counts.failed++;
        reporter.error(row.source_id ?? row.id, err instanceof AtalayaError ? err.message : String(err));
      }
    }
    const r = await store.replace(analyses, { analyserVersion: options.analyserVersion });
    counts.replaced += r.replaced.length;
    counts.events += r.events;
    counts.done += rows.length;
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
    // SQLite writes resolve as microtasks: give a pending Ctrl-C (a macrotask) its turn between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
