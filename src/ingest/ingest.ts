import type { Analysis } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { StoreBusyError } from '../store/busy.js';
import type { DocumentName, Store } from '../store/store.js';
import { readInBatches, type Pending, type ReadOptions } from './read-batches.js';
import type { SourceItem } from './sources.js';

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
 * batch the store stayed too busy to take is reported and the run goes on with the next.
 */
export async function ingest(
  sources: Iterable<SourceItem>,
  store: Store,
  pipeline: Pipeline,
  options: IngestOptions,
  reporter: IngestReporter,
): Promise<IngestCounts> {
  const started = performance.now();
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0, events: 0, seconds: 0, interrupted: false };

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
      if (!(err instanceof StoreBusyError)) throw err;
      counts.failed += analyses.length;
      reporter.error(err.where ?? store.location, `${err.message}; ${analyses.length} documents of this batch not stored (rerun to store them)`);
      return;
    }
    counts.stored += saved.stored.length;
    counts.duplicates += saved.duplicates.length;
    counts.nearDuplicates += saved.nearDuplicates;
    counts.events += saved.events;
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
  };

  await readInBatches(sources, options, counts, reporter, flush);
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
