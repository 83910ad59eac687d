import type { Analysis } from '../core/analysis.js';
import { AtalayaError, messageWithCode } from '../core/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { StoreBusyError } from '../store/busy.js';
import type { DocumentName, Store } from '../store/store.js';
import { readInBatches, type Pending, type ReadOptions } from './read-batches.js';
import type { SourceItem } from './sources.js';

/** Thrown out of a batch to stop reading once the store has failed (already reported). */
class StoreFailed extends Error {}

/** How documents are read and batched: a batch is one transaction, what a crash can lose at most. */
export type IngestOptions = ReadOptions;

export interface IngestCounts {
  /** Documents read from the sources (stored, duplicate or failed at analysis). */
  read: number;
  stored: number;
  /** Already stored (same text), from an earlier run or earlier in this one. */
  duplicates: number;
  /** Stored, and linked to the story of an earlier near-identical article. */
  nearDuplicates: number;
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
 * only does what is missing; one broken document is reported and the batch goes on without it, and a
 * batch the store stayed too busy to take is reported and the run goes on with the next. Any other
 * store failure is reported once and ends the run (`storeFailed`), committed batches kept.
 */
export async function ingest(
  sources: Iterable<SourceItem>,
  store: Store,
  pipeline: Pipeline,
  options: IngestOptions,
  reporter: IngestReporter,
): Promise<IngestCounts> {
  const started = performance.now();
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0, events: 0, seconds: 0, interrupted: false, storeFailed: false };

  const flush = async (batch: Pending[]): Promise<void> => {
    const known = await store.existing(batch.map((p) => p.id));
    const analyses: Analysis[] = [];
    const names: DocumentName[] = [];
    for (const p of batch) {
      if (known.has(p.id)) {
        counts.duplicates++;
        names.push({ docId: p.id, name: p.input.sourceId ?? p.where });
        continue;
      }
      try {
        analyses.push(pipeline.analyze(p.input));
      } catch (err) {
        counts.failed++;
        reporter.error(p.where, err instanceof AtalayaError ? err.message : String(err));
      }
    }
    let saved;
    try {
      saved = await store.save(analyses, names);
    } catch (err) {
      // Another process kept the write lock past the bound: this batch is lost to this run only (a rerun
      // stores it), and the next batches still try.
      counts.failed += analyses.length;
      if (err instanceof StoreBusyError) {
        reporter.error(err.where ?? store.location, `${err.message}; ${analyses.length} documents of this batch not stored (rerun to store them)`);
        return;
      }
      // Anything else (a full disk, an I/O error, a server gone) would fail every later batch too, after
      // analysing it for nothing: the run stops here, with what was committed before intact.
      reporter.error(store.location, `${messageWithCode(err)}; ${analyses.length} documents of this batch not stored; stopping (rerun to store the rest)`);
      throw new StoreFailed();
    }
    counts.stored += saved.stored.length;
    counts.duplicates += saved.duplicates.length;
    counts.nearDuplicates += saved.nearDuplicates;
    counts.events += saved.events;
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
