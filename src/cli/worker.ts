import { Command, Option } from 'commander';
import { AtalayaError } from '../core/errors.js';
import { compactHeap } from '../ingest/compact-heap.js';
import { openQueue } from '../ingest/queue.js';
import { runWorker, type WorkerCounts } from '../ingest/worker.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { isPostgresUrl, openStore, resolveDb } from '../store/open.js';
import { dbOption, positiveArg, positiveIntegerArg, processIo, type CommandIo } from './ingest.js';

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

/** The `worker` command, added to the CLI by main.ts. */
export function workerCommand(): Command {
  return new Command('worker')
    .description('analyse documents queued by `ingest --queue` into the PostgreSQL store (run one per core, on any machine)')
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'jobs per round (one transaction)').argParser(positiveIntegerArg).default(50))
    .addOption(new Option('--poll <seconds>', 'wait between looks at an empty queue').argParser(positiveArg).default(2))
    .option('--until-empty', 'exit when nothing is left waiting instead of waiting for more', false)
    .exitOverride()
    .action(async (o: { db?: string; batch: number; poll: number; untilEmpty: boolean }) => {
      process.exitCode = await runWorkerCommand(
        { db: resolveDb(o.db), batch: o.batch, poll: o.poll, untilEmpty: o.untilEmpty },
        processIo,
      );
    });
}
