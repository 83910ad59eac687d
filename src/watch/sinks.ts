import type PgBoss from 'pg-boss';
import { ingest } from '../ingest/ingest.js';
import { enqueue } from '../ingest/queue.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import type { Sink } from './watcher.js';

type Messages = { error(where: string, message: string): void; notice(where: string, message: string): void };

/** New items analysed here and stored by `ingest` itself: text dedup, stories, one transaction per batch. */
export function ingestSink(store: Store, pipeline: Pipeline, batchSize: number, messages: Messages): Sink {
  return async (items) => {
    const c = await ingest(items, store, pipeline, { batchSize, published: null, lang: null }, { ...messages, progress: () => undefined });
    return { stored: c.stored, duplicates: c.duplicates, failed: c.failed };
  };
}

/** New items queued as `ingest --queue` does (texts already stored are not), for `atalaya worker` to analyse. */
export function queueSink(store: Store, boss: PgBoss, batchSize: number, messages: Messages): Sink {
  return async (items) => {
    const c = await enqueue(items, store, boss, { batchSize, published: null, lang: null }, { ...messages, progress: () => undefined });
    return { stored: c.queued, duplicates: c.duplicates, failed: c.failed };
  };
}
