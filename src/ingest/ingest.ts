import type { Analysis } from '../core/analysis.js';
import { AtalayaError, messageWithCode } from '../core/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { StoreBusyError } from '../store/busy.js';
import type { DocumentName, Store, StoredDocument } from '../store/store.js';
import type { DocumentInput } from '../core/doc.js';
import { readInBatches, type Pending, type ReadOptions } from './read-batches.js';
import type { SourceItem } from './sources.js';

/** Thrown out of a batch to stop reading once the store has failed (already reported). */
class StoreFailed extends Error {}

/** How documents are read and batched: a batch is one transaction, what a crash can lose at most. */
export interface IngestOptions extends ReadOptions {
  /** The version of `pipeline` to record with its analyses (default: the built-in analyser's). */
  analyserVersion?: string;
}

export interface IngestCounts {
  /** Documents read from the sources (stored, duplicate or failed at analysis). */
  read: number;
  stored: number;
  /** Already stored (same text), from an earlier run or earlier in this one. */
  duplicates: number;
  /** Stored, and linked to the story of an earlier near-identical article. */
  nearDuplicates: number;
  /** Already stored, given with another publication date: their metadata updated and re-analysed. */
  updated: number;
  /** Files, lines, items or documents that could not be read, analysed or (the store busy past its bound) stored. */
  failed: number;
  events: number;
  seconds: number;
  interrupted: boolean;
  /** The store refused a write for a reason other than a busy lock (a full disk, a lost server): the run stopped there. */
  storeFailed: boolean;
}

export interface IngestReporter {
  /** A place that failed, with the reason: one line. */
  error(where: string, message: string): void;
  notice(where: string, message: string): void;
  /** Called after every committed batch. */
  progress(counts: IngestCounts): void;
}

/**
 * Reads, analyses and stores documents in batches of `batchSize`, one transaction each. A document
 * whose text is already stored is not analysed again (its name is recorded), so a rerun after a crash
 * only does what is missing, unless it comes with a publication date other than the stored one: then
 * its metadata is updated and it is re-analysed (relative dates hang on that date). One broken document
 * is reported and the batch goes on without it, and a batch the store stayed too busy to take is
 * reported and the run goes on with the next. Any other store failure is reported once and ends the run
 * (`storeFailed`), committed batches kept.
 */
export async function ingest(
  sources: Iterable<SourceItem>,
  store: Store,
  pipeline: Pipeline,
  options: IngestOptions,
  reporter: IngestReporter,
): Promise<IngestCounts> {
  const started = performance.now();
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, updated: 0, failed: 0, events: 0, seconds: 0, interrupted: false, storeFailed: false };

  const flush = async (batch: Pending[]): Promise<void> => {
    const known = await store.stored(batch.map((p) => p.id));
    const analyses: Analysis[] = [];
    const updates: Analysis[] = [];
    const names: DocumentName[] = [];
    for (const p of batch) {
      const stored = known.get(p.id);
      const input = stored ? updatedInput(p.input, stored) : p.input;
      if (stored) names.push({ docId: p.id, name: p.input.sourceId ?? p.where });
      if (stored && !input) {
        counts.duplicates++;
        continue;
      }
      try {
        (stored ? updates : analyses).push(pipeline.analyze(input ?? p.input));
      } catch (err) {
        counts.failed++;
        reporter.error(p.where, err instanceof AtalayaError ? err.message : String(err));
      }
    }
    let saved;
    let replaced;
    try {
      saved = await store.save(analyses, names, { analyserVersion: options.analyserVersion });
      // Its own transaction: a crash between the two leaves the old date stored, and a rerun (the date
      // still differing) re-analyses the document then.
      replaced = updates.length ? await store.replace(updates, { analyserVersion: options.analyserVersion }) : null;
    } catch (err) {
      // Another process kept the write lock past the bound: this batch is lost to this run only (a rerun
      // stores it), and the next batches still try.
      const lost = saved ? updates.length : analyses.length + updates.length;
      counts.failed += lost;
      if (err instanceof StoreBusyError) {
        reporter.error(err.where ?? store.location, `${err.message}; ${lost} documents of this batch not stored (rerun to store them)`);
        return;
      }
      // Anything else (a full disk, an I/O error, a server gone) would fail every later batch too, after
      // analysing it for nothing: the run stops here, with what was committed before intact.
      reporter.error(store.location, `${messageWithCode(err)}; ${lost} documents of this batch not stored; stopping (rerun to store the rest)`);
      throw new StoreFailed();
    }
    counts.stored += saved.stored.length;
    counts.duplicates += saved.duplicates.length;
    counts.nearDuplicates += saved.nearDuplicates;
    counts.events += saved.events + (replaced?.events ?? 0);
    counts.updated += replaced?.replaced.length ?? 0;
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
  };

  try {
    await readInBatches(sources, options, counts, reporter, flush);
  } catch (err) {
    if (!(err instanceof StoreFailed)) throw err;
    counts.storeFailed = true;
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}

/**
 * The input to re-analyse an already stored text with, when it comes with a publication date other than
 * the stored one (or the stored one was only inferred); null when nothing would change. The stored
 * title, link and first name are kept unless the new input brings its own.
 */
export function updatedInput(input: DocumentInput, stored: StoredDocument): DocumentInput | null {
  if (!input.published) return null;
  if (input.published === stored.published && stored.publishedSource === 'metadata') return null;
  return { ...input, title: input.title ?? stored.title, url: input.url ?? stored.url, sourceId: stored.sourceId ?? input.sourceId ?? null };
}
