import type PgBoss from 'pg-boss';
import type { Lang } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';
import { compactHeap } from '../ingest/compact-heap.js';
import { ingest } from '../ingest/ingest.js';
import { ProgressDisplay, summaryLine } from '../ingest/progress.js';
import { enqueue, openQueue } from '../ingest/queue.js';
import type { SourceKind } from '../ingest/source-kinds.js';
import { readSources } from '../ingest/sources.js';
import { analyserFor } from '../pipeline/analyser.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { CommandIo } from './args.js';

export interface IngestCommandOptions {
  db: string;
  input: SourceKind | null;
  batch: number;
  maxMb: number;
  published: string | null;
  lang: Lang | null;
  /** Queue the documents for workers (PostgreSQL only) instead of analysing them here. */
  queue: boolean;
  /** How long a SQLite batch waits for another process's write lock before it is reported unstored. */
  busyWaitS?: number;
  /** A user lexicon of actors merged over the built-in one. */
  lexicon?: string | null;
}

/**
 * `atalaya ingest`: reads, analyses and stores. Ctrl-C commits the batch in hand and stops with the
 * summary (a second Ctrl-C quits at once; committed batches are safe either way). Returns the exit
 * code: 0, or 1 when any input failed.
 */
export async function runIngestCommand(paths: readonly string[], opts: IngestCommandOptions, io: CommandIo): Promise<number> {
  if (opts.queue) return runEnqueue(paths, opts, io);
  compactHeap();
  // Read before the store opens: a bad lexicon line stops the run before anything is written.
  const analyser = analyserFor(opts.lexicon ?? null);
  const store = await openStore(opts.db, { busyWaitMs: opts.busyWaitS === undefined ? undefined : opts.busyWaitS * 1000 });
  const display = new ProgressDisplay(io.err, io.tty);
  const ctrlC = catchCtrlC();
  try {
    const counts = await ingest(
      readSources(paths, { kind: opts.input, maxBytes: Math.round(opts.maxMb * 1e6) }),
      store,
      analyser.pipeline,
      { batchSize: opts.batch, published: opts.published, lang: opts.lang, stop: ctrlC.stopping, analyserVersion: analyser.version },
      {
        error: (where, message) => display.message(`atalaya: ${where}: ${message}`),
        notice: (where, message) => display.message(`atalaya: ${where}: ${message}`),
        progress: (c) => display.update(c),
      },
    );
    display.clear();
    io.out(`${summaryLine(counts, store.location)}\n`);
    return counts.interrupted ? 130 : counts.failed > 0 || counts.storeFailed ? 1 : 0;
  } finally {
    ctrlC.release();
    await store.close();
  }
}

/** Ctrl-C (or SIGTERM, what service managers and `timeout` send) once: commit the batch in hand and stop reading; twice: quit at once. */
export function catchCtrlC(): { stopping: () => boolean; release: () => void } {
  let stopping = false;
  const onSignal = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stopping: () => stopping,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** `ingest --queue`: reads and queues; workers (`atalaya worker`) analyse and store. */
async function runEnqueue(paths: readonly string[], opts: IngestCommandOptions, io: CommandIo): Promise<number> {
  if (!isPostgresUrl(opts.db)) throw new AtalayaError('--queue needs a PostgreSQL database (--db postgres://…): workers on other machines must reach it');
  const store = await openStore(opts.db);
  let boss: PgBoss | null = null;
  const display = new ProgressDisplay(io.err, io.tty);
  const ctrlC = catchCtrlC();
  try {
    boss = await openQueue(opts.db, store.location);
    const c = await enqueue(
      readSources(paths, { kind: opts.input, maxBytes: Math.round(opts.maxMb * 1e6) }),
      store,
      boss,
      { batchSize: opts.batch, published: opts.published, lang: opts.lang, stop: ctrlC.stopping },
      {
        error: (where, message) => display.message(`atalaya: ${where}: ${message}`),
        notice: (where, message) => display.message(`atalaya: ${where}: ${message}`),
        progress: () => undefined,
      },
    );
    const n = (x: number): string => x.toLocaleString('en-US');
    io.out(
      `${c.interrupted ? 'interrupted; ' : ''}queued in ${store.location}: ${n(c.queued)} documents queued for workers, ` +
        `${n(c.duplicates)} skipped as duplicates, ${n(c.failed)} failed; ${c.seconds.toFixed(1)} s\n`,
    );
    return c.interrupted ? 130 : c.failed > 0 ? 1 : 0;
  } finally {
    ctrlC.release();
    await boss?.stop({ graceful: false, wait: true });
    await store.close();
  }
}
