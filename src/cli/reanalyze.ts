import { reanalyze, type ReanalyzeCounts } from '../ingest/reanalyze.js';
import { analyserFor } from '../pipeline/analyser.js';
import { openStore } from '../store/open.js';
import type { CommandIo } from './args.js';
import { catchCtrlC } from './ingest.js';

export interface ReanalyzeCommandOptions {
  db: string;
  batch: number;
  since: string | null;
  onlyStale: boolean;
  /** A user lexicon of actors merged over the built-in one: part of the version the analyses get. */
  lexicon?: string | null;
}

const n = (x: number): string => x.toLocaleString('en-US');

function duration(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** One progress line: how far, how fast and how long the rest should take at that speed. */
export function reanalyzeProgressLine(c: ReanalyzeCounts): string {
  const pct = c.total > 0 ? Math.floor((100 * c.done) / c.total) : 100;
  const rate = c.seconds > 0 ? c.done / c.seconds : 0;
  const eta = rate > 0 ? `, about ${duration((c.total - c.done) / rate)} left` : '';
  return `reanalyze: ${n(c.done)} of ${n(c.total)} documents (${pct}%), ${n(Math.round(rate))} docs/s${eta}`;
}

/**
 * `atalaya reanalyze`: re-runs the current analyser over stored texts. Ctrl-C or SIGTERM commits the
 * batch in hand and stops (a second one quits at once, losing only that batch). Progress goes to
 * stderr: redrawn on a terminal, else a line every few seconds. Returns the exit code.
 */
export async function runReanalyzeCommand(opts: ReanalyzeCommandOptions, io: CommandIo): Promise<number> {
  const analyser = analyserFor(opts.lexicon ?? null);
  const store = await openStore(opts.db);
  const ctrlC = catchCtrlC();
  let lastLine = 0;
  let shown = false;
  try {
    const version = analyser.version;
    const counts = await reanalyze(
      store,
      analyser.pipeline,
      { batchSize: opts.batch, since: opts.since, onlyStale: opts.onlyStale, analyserVersion: version, stop: ctrlC.stopping },
      {
        error: (where, message) => {
          if (shown) io.err('\r\x1b[K');
          shown = false;
          io.err(`atalaya: ${where}: ${message}\n`);
        },
        progress: (c) => {
          const now = Date.now();
          if (io.tty) {
            io.err(`\r\x1b[K${reanalyzeProgressLine(c)}`);
            shown = true;
          } else if (now - lastLine >= 2000 || lastLine === 0) {
            io.err(`${reanalyzeProgressLine(c)}\n`);
            lastLine = now;
          }
        },
      },
    );
    if (shown) io.err('\r\x1b[K');
    const rest = counts.interrupted ? `; interrupted: rerun with --where-version-not-current to finish` : '';
    io.out(
      `re-analysed in ${store.location} with ${version}: ${n(counts.replaced)} of ${n(counts.total)} documents, ` +
        `${n(counts.failed)} failed, ${n(counts.events)} events; ${counts.seconds.toFixed(1)} s${rest}\n`,
    );
    return counts.interrupted ? 130 : counts.failed > 0 ? 1 : 0;
  } finally {
    ctrlC.release();
    await store.close();
  }
}
