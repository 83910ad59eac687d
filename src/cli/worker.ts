import { AtalayaError } from '../core/errors.js';
import { compactHeap } from '../ingest/compact-heap.js';
import { openQueue } from '../ingest/queue.js';
import { runWorker, type WorkerCounts } from '../ingest/worker.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { CommandIo } from './args.js';

export interface WorkerCommandOptions {
  db: string;
  batch: number;
  poll: number;
  untilEmpty: boolean;
}

const n = (x: number): string => x.toLocaleString('en-US');

export function workerSummary(c: WorkerCounts): string {
  return `worker ${process.pid}: ${n(c.jobs)} jobs, analysed ${n(c.analysed)} documents, stored ${n(c.stored)}, ${n(c.duplicates)} duplicates, ${n(c.failed)} failed, ${n(c.events)} events; ${c.seconds.toFixed(1)} s`;
}

/**
 * `atalaya worker`: analyses queued documents into the PostgreSQL store until stopped (SIGINT or
 * SIGTERM finish the batch in hand first) or, with --until-empty, until nothing is waiting.
 */
export async function runWorkerCommand(o: WorkerCommandOptions, io: CommandIo): Promise<number> {
  if (!isPostgresUrl(o.db)) throw new AtalayaError('the worker needs a PostgreSQL database (--db postgres://…) that `ingest --queue` fills');
  compactHeap();
  const store = await openStore(o.db);
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const boss = await openQueue(o.db, store.location).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  try {
    const counts = await runWorker(
      store,
      boss,
      buildPipeline(),
      { batchSize: o.batch, pollSeconds: o.poll, untilEmpty: o.untilEmpty, stop: () => stopping },
      {
        error: (where, message) => io.err(`atalaya: ${where}: ${message}\n`),
        notice: (where, message) => io.err(`atalaya: ${where}: ${message}\n`),
        progress: () => undefined,
      },
    );
    io.out(`${workerSummary(counts)}\n`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}
