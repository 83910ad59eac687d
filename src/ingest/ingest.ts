import type { Analysis, Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError } from '../core/errors.js';
import { textId } from '../core/hash.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { DocumentName, Store } from '../store/store.js';
import type { SourceItem } from './sources.js';

export interface IngestOptions {
  /** Documents per transaction: what a crash can lose at most, and what is held in memory. */
  batchSize: number;
  /** Metadata for documents that carry none of their own. */
  published: string | null;
  lang: Lang | null;
  /** Checked between documents: when it turns true, the current batch is committed and ingest stops. */
  stop?: () => boolean;
}

export interface IngestCounts {
  /** Documents read from the sources (stored, duplicate or failed at analysis). */
  read: number;
  stored: number;
  /** Already stored (same text), from an earlier run or earlier in this one. */
  duplicates: number;
  /** Stored, and linked to the story of an earlier near-identical article. */
  nearDuplicates: number;
  /** Files, lines, items or documents that could not be read or analysed. */
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

interface Pending {
  where: string;
  input: DocumentInput;
  id: string;
}

/**
 * Reads, analyses and stores documents in batches of `batchSize`, one transaction each. A document
 * whose text is already stored is not analysed again (its name is recorded), so a rerun after a crash
 * only does what is missing; one broken document is reported and the batch goes on without it.
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
  let batch: Pending[] = [];

  const flush = async (): Promise<void> => {
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
    batch = [];
    const saved = await store.save(analyses, names);
    counts.stored += saved.stored.length;
    counts.duplicates += saved.duplicates.length;
    counts.nearDuplicates += saved.nearDuplicates;
    counts.events += saved.events;
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
  };

  for (const item of sources) {
    if ('error' in item) {
      counts.failed++;
      reporter.error(item.where, item.error.message);
    } else if ('notice' in item) {
      reporter.notice(item.where, item.notice);
    } else {
      counts.read++;
      const input: DocumentInput = {
        ...item.input,
        sourceId: item.input.sourceId ?? item.where,
        published: item.input.published ?? options.published,
        lang: item.input.lang ?? options.lang,
      };
      batch.push({ where: item.where, input, id: textId(input.text) });
      if (batch.length >= options.batchSize) await flush();
    }
    if (options.stop?.()) {
      counts.interrupted = true;
      break;
    }
  }
  if (batch.length) await flush();
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
