import { Command, InvalidArgumentError, Option } from 'commander';
import type PgBoss from 'pg-boss';
import type { Lang } from '../core/analysis.js';
import { isRealDay } from '../core/day.js';
import { AtalayaError, oneLine } from '../core/errors.js';
import { compactHeap } from '../ingest/compact-heap.js';
import { ingest } from '../ingest/ingest.js';
import { ProgressDisplay, summaryLine } from '../ingest/progress.js';
import { enqueue, openQueue } from '../ingest/queue.js';
import { readSources, SOURCE_KINDS, type SourceKind } from '../ingest/sources.js';
import { analyserFor, lexiconFile } from '../pipeline/analyser.js';
import { DEFAULT_BUSY_WAIT_MS } from '../store/busy.js';
import { isPostgresUrl, openStore, resolveDb } from '../store/open.js';

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

export interface CommandIo {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal (the progress line is shown only there). */
  readonly tty: boolean;
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

/** The process's own standard output and error, as the commands write to them. */
export const processIo: CommandIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  tty: Boolean(process.stderr.isTTY),
};

/** A YYYY-MM-DD option value that names a real day. */
export function isoDayArg(value: string): string {
  if (!isRealDay(value)) throw new InvalidArgumentError(`"${oneLine(value)}" is not a YYYY-MM-DD date`);
  return value;
}

export function positiveArg(value: string): number {
  const x = /^\s*[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(x) || x <= 0) throw new InvalidArgumentError(`"${oneLine(value)}" is not a positive number`);
  return x;
}

/** A count: a whole number from 1 up, written as digits ("1.5", "1e3" and "0x10" are not counts). */
export function positiveIntegerArg(value: string): number {
  const x = /^\s*[+]?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(x) || x <= 0) throw new InvalidArgumentError(`"${oneLine(value)}" is not a whole number from 1 up`);
  return x;
}

export const dbOption = (): Option =>
  new Option('--db <db>', 'SQLite file or postgres:// URL (default: $ATALAYA_DB, else ./atalaya.db)');

/** The `ingest` command, added to the CLI by main.ts. */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, analyse and store articles: files, folders, JSONL, RSS/Atom feeds, - for stdin')
    .argument('<paths...>', 'files or folders to ingest; - reads stdin')
    .addOption(dbOption())
    .addOption(new Option('--input <kind>', 'read every input as this kind (default: by extension and content)').choices(SOURCE_KINDS))
    .addOption(new Option('--batch <n>', 'documents per transaction').argParser(positiveIntegerArg).default(100))
    .addOption(new Option('--max-mb <mb>', 'largest document read, in MB').argParser(positiveArg).default(10))
    .option('--published <date>', 'publication date for documents that carry none (YYYY-MM-DD)', isoDayArg)
    .option('--queue', 'queue the documents for `atalaya worker` processes instead of analysing here (PostgreSQL)', false)
    .addOption(new Option('--lang <lang>', 'language for documents that do not say (skips detection)').choices(['es', 'en']))
    .addOption(new Option('--busy-wait <s>', "seconds a batch waits for another process's SQLite write lock").argParser(positiveArg).default(DEFAULT_BUSY_WAIT_MS / 1000))
    .addOption(new Option('--lexicon <file>', 'a user lexicon of actors added over the built-in one (default: $ATALAYA_LEXICON)'))
    .exitOverride()
    .action(async (paths: string[], o: { db?: string; input?: SourceKind; batch: number; maxMb: number; published?: string; lang?: Lang; queue: boolean; busyWait: number; lexicon?: string }) => {
      process.exitCode = await runIngestCommand(
        paths,
        { db: resolveDb(o.db), input: o.input ?? null, batch: o.batch, maxMb: o.maxMb, published: o.published ?? null, lang: o.lang ?? null, queue: o.queue, busyWaitS: o.busyWait, lexicon: lexiconFile(o.lexicon) },
        processIo,
      );
    });
}
