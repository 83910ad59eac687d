import type PgBoss from 'pg-boss';
import type { Analysis } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';
import { textId } from '../core/hash.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { DocumentName, Store } from '../store/store.js';
import { JobLease } from './job-lease.js';
import { ANALYZE_QUEUE, JOB_LEASE_SECONDS, type QueuedDocument } from './queue.js';

export interface WorkerOptions {
  /** Jobs taken per round: one store transaction each. */
  batchSize: number;
  /** Seconds to wait when the queue is empty before asking again. */
  pollSeconds: number;
  /** Exit once the queue has nothing waiting and nothing held by other workers (instead of waiting for more work). */
  untilEmpty: boolean;
  stop?: () => boolean;
}

export interface WorkerCounts {
  jobs: number;
  /** Documents this worker ran the pipeline on. */
  analysed: number;
  stored: number;
  duplicates: number;
  failed: number;
  events: number;
  seconds: number;
}

export interface WorkerReporter {
  error(where: string, message: string): void;
  /** What --until-empty is waiting for (optional: a caller that never waits need not say it). */
  notice?(where: string, message: string): void;
  progress(c: WorkerCounts): void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Takes jobs from the queue (pg-boss hands each job to one worker: SKIP LOCKED), analyses the documents
 * not stored yet, stores them in one transaction and only then marks the jobs complete. A worker that dies
 * mid-batch stops renewing its jobs' lease, so they expire and are retried by the others within about
 * JOB_LEASE_SECONDS; the store's idempotence keeps that from duplicating. With `untilEmpty` the worker
 * leaves only when no job is waiting or held by another worker (live or dead): it waits for those.
 */
export async function runWorker(store: Store, boss: PgBoss, pipeline: Pipeline, options: WorkerOptions, reporter: WorkerReporter): Promise<WorkerCounts> {
  const started = performance.now();
  const counts: WorkerCounts = { jobs: 0, analysed: 0, stored: 0, duplicates: 0, failed: 0, events: 0, seconds: 0 };
  let waitingFor = 0;
  while (!options.stop?.()) {
    const jobs = await boss.fetch<QueuedDocument>(ANALYZE_QUEUE, { batchSize: options.batchSize });
    if (jobs.length === 0) {
      if (options.untilEmpty) {
        // Created, waiting to be retried, or active in another worker: none of them is done yet.
        const left = await boss.getQueueSize(ANALYZE_QUEUE, { before: 'completed' });
        if (left === 0) break;
        if (left !== waitingFor) {
          reporter.notice?.('queue', `${left} jobs not done yet (held by other workers or waiting to be retried); waiting (a dead worker's jobs come back within ${JOB_LEASE_SECONDS} s)`);
          waitingFor = left;
        }
        // Idle: reclaim expired jobs now rather than at pg-boss's next maintenance.
        await boss.expire();
      }
      await sleep(options.pollSeconds * 1000);
      continue;
    }
    waitingFor = 0;
    counts.jobs += jobs.length;
    const lease = new JobLease(boss, jobs.map((j) => j.id));
    const known = await store.existing(jobs.map((j) => textId(j.data.input.text)));
    const analyses: Analysis[] = [];
    const names: DocumentName[] = [];
    const done: string[] = [];
    const failed: Array<{ id: string; message: string }> = [];
    for (const job of jobs) {
      const { where, input } = job.data;
      const id = textId(input.text);
      if (known.has(id)) {
        counts.duplicates++;
        if (input.sourceId) names.push({ docId: id, name: input.sourceId });
        done.push(job.id);
        continue;
      }
      await lease.keep();
      try {
        analyses.push(pipeline.analyze(input));
        counts.analysed++;
        done.push(job.id);
      } catch (err) {
        const message = err instanceof AtalayaError ? err.message : String(err);
        failed.push({ id: job.id, message });
        counts.failed++;
        reporter.error(where, message);
      }
    }
    try {
      const saved = await store.save(analyses, names);
      counts.stored += saved.stored.length;
      counts.duplicates += saved.duplicates.length;
      counts.events += saved.events;
    } catch (err) {
      // Nothing of the batch was stored: its jobs go back to the queue to be tried again.
      reporter.error(`batch of ${jobs.length} jobs`, `not stored: ${(err as Error).message}`);
      for (const j of jobs) await boss.fail(ANALYZE_QUEUE, j.id, { error: (err as Error).message });
      counts.failed += done.length;
      continue;
    }
    if (done.length) await boss.complete(ANALYZE_QUEUE, done);
    for (const f of failed) await boss.fail(ANALYZE_QUEUE, f.id, { error: f.message });
    counts.seconds = (performance.now() - started) / 1000;
    reporter.progress(counts);
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
