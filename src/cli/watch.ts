import type PgBoss from 'pg-boss';
import { AtalayaError, oneLine, problem } from '../core/errors.js';
import { compactHeap } from '../ingest/compact-heap.js';
import { openQueue } from '../ingest/queue.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { readFeedsFile } from '../watch/feeds-file.js';
import { pollProgressLine, pollSummaryJson, pollSummaryText, pollTotals } from '../watch/poll-report.js';
import { ingestSink, queueSink } from '../watch/sinks.js';
import { Watcher, type PollSummary, type WatchOptions, type WatchReporter } from '../watch/watcher.js';
import type { CommandIo } from './args.js';

export interface WatchCommandOptions {
  db: string;
  everyMs: number;
  once: boolean;
  maxItems: number;
  concurrency: number;
  delayMs: number;
  maxMb: number;
  log: 'text' | 'json';
  queue: boolean;
}

/** The watcher's settings for the command's options; the rest are the polite defaults the README states. */
export function watchOptions(o: WatchCommandOptions): WatchOptions {
  return {
    everyMs: o.everyMs,
    maxItems: o.maxItems,
    batchSize: 25,
    feedConcurrency: o.concurrency,
    limiter: { concurrency: o.concurrency, perHost: 2, hostDelayMs: o.delayMs },
    retry: { attempts: 3, baseMs: 1000, maxMs: 30_000, maxRetryAfterMs: 60_000, random: Math.random },
    timeoutMs: 30_000,
    maxBytes: Math.round(o.maxMb * 1e6),
    maxRedirects: 5,
    maxItemAttempts: 3,
    maxBackoffMs: 6 * 3_600_000,
  };
}

/** Messages, progress and summaries on stderr: lines for a person (a live line on a terminal), or JSON lines. */
function reporter(io: CommandIo, log: 'text' | 'json'): WatchReporter & { summary(s: PollSummary): void } {
  let shown = false;
  let last = 0;
  const clear = (): void => {
    if (shown) io.err('\r\x1b[K');
    shown = false;
  };
  const line = (level: string, where: string, message: string): void => {
    if (log === 'json') io.err(`${JSON.stringify({ type: level, time: new Date().toISOString(), where, message })}\n`);
    else {
      clear();
      io.err(`atalaya: ${problem(where, message)}\n`);
    }
  };
  return {
    error: (where, message) => line('error', where, message),
    notice: (where, message) => line('notice', where, message),
    progress(done, total, s) {
      if (log === 'json' || !io.tty || Date.now() - last < 100) return;
      last = Date.now();
      io.err(`\r\x1b[K${pollProgressLine(done, total, s)}`);
      shown = true;
    },
    summary(s) {
      clear();
      io.err(`${log === 'json' ? pollSummaryJson(s) : pollSummaryText(s)}\n`);
    },
  };
}

/**
 * `atalaya watch`: follows the feeds in the file, polling on the interval (or once), storing each new
 * item's page through `ingest`'s path. SIGINT or SIGTERM finishes the items in hand, prints the summary
 * and exits (0: stopping is how a watcher ends); a second one quits at once. With --once the exit code
 * is 1 when a feed, an item or a line of the feeds file failed, 130 when interrupted.
 */
export async function runWatchCommand(file: string, o: WatchCommandOptions, io: CommandIo): Promise<number> {
  if (o.queue && !isPostgresUrl(o.db)) throw new AtalayaError('--queue needs a PostgreSQL database (--db postgres://…): workers on other machines must reach it');
  const { feeds, errors } = readFeedsFile(file);
  const report = reporter(io, o.log);
  for (const e of errors) report.error(e.where ?? file, e.message);
  if (feeds.length === 0) throw new AtalayaError('no feeds to watch (one http(s) URL per line)', file);
  compactHeap();
  const store = await openStore(o.db);
  let boss: PgBoss | null = null;
  let watcher: Watcher | null = null;
  const onSignal = (): void => {
    if (watcher?.stopping) process.exit(130);
    watcher?.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (o.queue) boss = await openQueue(o.db, store.location);
    const options = watchOptions(o);
    const sink = boss ? queueSink(store, boss, options.batchSize, report) : ingestSink(store, buildPipeline(), options.batchSize, report);
    watcher = new Watcher(store, feeds, sink, options, report);
    await watcher.start();
    if (o.once) {
      const summary = await watcher.poll(true);
      report.summary(summary);
      const t = pollTotals(summary);
      return summary.interrupted ? 130 : errors.length > 0 || t.failed > 0 || t.failedItems > 0 ? 1 : 0;
    }
    await watcher.run((s) => report.summary(s));
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await boss?.stop({ graceful: false, wait: true });
    await store.close();
  }
}
