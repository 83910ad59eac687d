import type { IngestCounts } from './ingest.js';

const n = (x: number): string => x.toLocaleString('en-US');

/** Documents per second so far (0 before anything was timed). */
export function rate(c: IngestCounts): number {
  return c.seconds > 0 ? (c.stored + c.duplicates) / c.seconds : 0;
}

/** The live status line shown on a terminal while ingesting. */
export function progressLine(c: IngestCounts): string {
  return `  ${n(c.stored + c.duplicates)} documents  ${n(Math.round(rate(c)))} docs/s  ${n(c.events)} events  ${n(c.failed)} errors  ${n(c.duplicates)} duplicates`;
}

/** The summary printed at the end of every ingest, on a terminal or not. */
export function summaryLine(c: IngestCounts, location: string): string {
  const near = c.nearDuplicates ? ` (${n(c.nearDuplicates)} near-duplicates linked to an earlier story)` : '';
  const updated = c.updated ? `${n(c.updated)} re-analysed with a new publication date, ` : '';
  return (
    `${c.storeFailed ? 'stopped by a store failure; ' : c.interrupted ? 'interrupted; ' : ''}ingested into ${location}: ${n(c.stored)} documents stored${near}, ` +
    `${updated}${n(c.duplicates)} skipped as duplicates, ${n(c.failed)} failed, ${n(c.events)} events; ` +
    `${c.seconds.toFixed(1)} s, ${n(Math.round(rate(c)))} docs/s`
  );
}

/**
 * A status line on a terminal, redrawn at most ten times a second; messages printed meanwhile clear
 * it first so they never mix with it. Off a terminal it prints nothing but the messages.
 */
export class ProgressDisplay {
  private last = 0;
  private shown = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly tty: boolean,
  ) {}

  update(c: IngestCounts): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.write(`\r\x1b[K${progressLine(c)}`);
    this.shown = true;
  }

  message(line: string): void {
    this.clear();
    this.write(`${line}\n`);
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
