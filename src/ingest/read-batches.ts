import type { Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { textId } from '../core/hash.js';
import type { IngestReporter } from './ingest.js';
import type { SourceItem } from './sources.js';

/** A document read from a source: its place, its input (with the run's defaults filled in) and its text id. */
export interface Pending {
  where: string;
  input: DocumentInput;
  id: string;
}

export interface ReadCounts {
  read: number;
  failed: number;
  interrupted: boolean;
}

export interface ReadOptions {
  /** Documents per batch: what is held in memory at once. */
  batchSize: number;
  /** Metadata for documents that carry none of their own. */
  published: string | null;
  lang: Lang | null;
  /** Checked between documents: when it turns true, the batch in hand is flushed and reading stops. */
  stop?: () => boolean;
}

/**
 * Reads documents from the sources and hands them to `flush` in batches of `batchSize`, so memory holds
 * one batch whatever the number of documents. A source that cannot be read is reported and counted,
 * and reading goes on; what happens to a batch (analyse and store, or queue) is the caller's.
 */
export async function readInBatches(
  sources: Iterable<SourceItem>,
  options: ReadOptions,
  counts: ReadCounts,
  reporter: Pick<IngestReporter, 'error' | 'notice'>,
  flush: (batch: Pending[]) => Promise<void>,
): Promise<void> {
  let batch: Pending[] = [];
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
      if (batch.length >= options.batchSize) {
        const full = batch;
        batch = [];
        await flush(full);
        // SQLite writes resolve as microtasks, so without a turn of the event loop here a Ctrl-C
        // (a signal, handled as a macrotask) would wait until the whole input was read.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (options.stop?.()) {
      counts.interrupted = true;
      break;
    }
  }
  if (batch.length) await flush(batch);
}
