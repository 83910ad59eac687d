import type PgBoss from 'pg-boss';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { IngestReporter } from './ingest.js';
import { readInBatches, type Pending, type ReadOptions } from './read-batches.js';
import type { SourceItem } from './sources.js';

/** The pg-boss queue documents wait in for a worker to analyse and store them. */
export const ANALYZE_QUEUE = 'atalaya-analyze';

/**
 * How long a job a worker took stays its own without a heartbeat. A live worker beats every third of it
 * (between documents), so only a dead worker's jobs expire: pg-boss then puts them back in the queue
 * (the maintenance below runs every JOB_LEASE_SECONDS / 2, and idle workers run it too).
 */
export const JOB_LEASE_SECONDS = 20;
/** Seconds before an expired or failed job may be taken again. */
const RETRY_DELAY_SECONDS = 2;

const QUEUE_OPTIONS = {
  name: ANALYZE_QUEUE,
  policy: 'standard',
  retryLimit: 2,
  retryDelay: RETRY_DELAY_SECONDS,
  expireInSeconds: JOB_LEASE_SECONDS,
} as const;

/** One job: a document to analyse, and the place it was read from (for messages). */
export interface QueuedDocument {
  where: string;
  input: DocumentInput;
}

export interface EnqueueCounts {
  read: number;
  queued: number;
  /** Already stored (same text): not queued. */
  duplicates: number;
  failed: number;
  seconds: number;
  interrupted: boolean;
}

/**
 * Starts pg-boss on the store's PostgreSQL (its own schema, `pgboss`) and makes sure the queue exists.
 * A job that a worker took but did not finish (the worker died) expires and goes back to the queue
 * within about JOB_LEASE_SECONDS.
 */
export async function openQueue(url: string, where: string): Promise<PgBoss> {
  // Loaded here, not at the top: every CLI command imports this module, few use the queue.
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({ connectionString: url, max: 2, schedule: false, maintenanceIntervalSeconds: JOB_LEASE_SECONDS / 2 });
  boss.on('error', (err: Error) => process.stderr.write(`atalaya: queue: ${err.message}\n`));
  try {
    await boss.start();
    await boss.createQueue(ANALYZE_QUEUE, QUEUE_OPTIONS);
    // A queue made by an older version kept a 15-minute expiry: a dead worker's batch sat that long.
    await boss.updateQueue(ANALYZE_QUEUE, QUEUE_OPTIONS);
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new AtalayaError(`cannot start the queue: ${(err as Error).message}`, where);
  }
  return boss;
}

/**
 * Reads documents and queues the ones not stored yet, in batches; the reading side of
 * `ingest --queue`. Nothing is analysed here: workers on any machine do that.
 */
export async function enqueue(
  sources: Iterable<SourceItem>,
  store: Store,
  boss: PgBoss,
  options: ReadOptions,
  reporter: Pick<IngestReporter, 'error' | 'notice'> & { progress(c: EnqueueCounts): void },
): Promise<EnqueueCounts> {
  const started = performance.now();
  const counts: EnqueueCounts = { read: 0, queued: 0, duplicates: 0, failed: 0, seconds: 0, interrupted: false };
  const flush = async (batch: Pending[]): Promise<void> => {
    const known = await store.existing(batch.map((b) => b.id));
    const seen = new Set<string>();
    const jobs: PgBoss.JobInsert<QueuedDocument>[] = [];
    for (const b of batch) {
      if (known.has(b.id) || seen.has(b.id)) {
        counts.duplicates++;
        continue;
      }
      seen.add(b.id);
      jobs.push({ name: ANALYZE_QUEUE, data: { where: b.where, input: b.input }, expireInSeconds: JOB_LEASE_SECONDS });
    }
    if (jobs.length) await boss.insert(jobs);
    counts.queued += jobs.length;
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
  };
  await readInBatches(sources, options, counts, reporter, flush);
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
