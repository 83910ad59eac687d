import type { FeedReport, PollSummary } from './watcher.js';

const n = (x: number): string => x.toLocaleString('en-US');

export interface PollTotals {
  feeds: number;
  new: number;
  unchanged: number;
  failed: number;
  notDue: number;
  stored: number;
  duplicates: number;
  failedItems: number;
  pending: number;
}

export function pollTotals(s: PollSummary): PollTotals {
  const t: PollTotals = { feeds: s.feeds.length, new: 0, unchanged: 0, failed: 0, notDue: 0, stored: 0, duplicates: 0, failedItems: 0, pending: 0 };
  for (const f of s.feeds) {
    if (f.outcome === 'new') t.new++;
    else if (f.outcome === 'unchanged') t.unchanged++;
    else if (f.outcome === 'failed') t.failed++;
    else t.notDue++;
    t.stored += f.stored;
    t.duplicates += f.duplicates;
    t.failedItems += f.failedItems;
    t.pending += f.pending;
  }
  return t;
}

function feedLine(f: FeedReport): string {
  const what =
    f.outcome === 'failed'
      ? `failed: ${f.error}${f.failures > 1 ? ` (${f.failures} in a row)` : ''}; next poll ${f.nextDue}`
      : f.outcome === 'not due'
        ? `not due until ${f.nextDue}${f.failures ? ` (backed off after ${f.failures} failures${f.error ? `: ${f.error}` : ''})` : ''}`
        : f.outcome === 'unchanged'
          ? 'unchanged'
          : `${n(f.items)} new: ${n(f.stored)} stored, ${n(f.duplicates)} duplicates, ${n(f.failedItems)} failed${f.pending ? `, ${n(f.pending)} left for the next poll` : ''}`;
  return `  ${f.url}  ${what}`;
}

/** The summary of one poll for a person: a total line, then one line per feed. */
export function pollSummaryText(s: PollSummary): string {
  const t = pollTotals(s);
  const head =
    `${s.interrupted ? 'interrupted; ' : ''}poll at ${s.started}: ${n(t.feeds)} feeds, ${n(t.new)} with new items, ${n(t.unchanged)} unchanged, ` +
    `${n(t.failed)} failed${t.notDue ? `, ${n(t.notDue)} not due` : ''}; ${n(t.stored)} documents stored, ${n(t.duplicates)} duplicates, ` +
    `${n(t.failedItems)} items failed${t.pending ? `, ${n(t.pending)} left for the next poll` : ''}; ${s.seconds.toFixed(1)} s`;
  return [head, ...s.feeds.map(feedLine)].join('\n');
}

/** The same summary as one JSON object (`--log json`). */
export function pollSummaryJson(s: PollSummary): string {
  return JSON.stringify({ type: 'poll', time: new Date().toISOString(), ...s, totals: pollTotals(s) });
}

/** The live line on a terminal while a poll runs. */
export function pollProgressLine(done: number, total: number, s: PollSummary): string {
  const t = pollTotals(s);
  return `  polling: ${n(done)}/${n(total)} feeds  ${n(t.stored)} stored  ${n(t.duplicates)} duplicates  ${n(t.failed)} feeds failed`;
}
