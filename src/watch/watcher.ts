import type { DocumentInput } from '../core/doc.js';
import { AtalayaError, InputError } from '../core/errors.js';
import { textId } from '../core/hash.js';
import { decodeBytes } from '../ingest/decode.js';
import { readFeed } from '../ingest/feed.js';
import type { SourceItem } from '../ingest/sources.js';
import type { Store } from '../store/store.js';
import { backoffMs, fetchWithRetry, sleep, type RetryPolicy } from './fetch-retry.js';
import { FetchError, type Fetched } from './fetch-url.js';
import type { FeedSpec } from './feeds-file.js';
import { HostLimiter, type LimiterOptions } from './host-limiter.js';
import { charsetOf, pageDocument } from './page-document.js';
import { WatchState, type FeedState, type ItemKeys } from './watch-state.js';

const DUE_SLACK_MS = 250;

export interface WatchOptions {
  /** Milliseconds between polls of a feed that answers. */
  everyMs: number;
  /** New items handled per feed per poll; the rest wait for the next poll (they stay unseen). */
  maxItems: number;
  /** Items fetched, then stored in one batch (one transaction): what one feed holds in memory at once. */
  batchSize: number;
  /** Feeds polled at once (each feed's pages go through the same limiter). */
  feedConcurrency: number;
  limiter: LimiterOptions;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Largest feed or page body read. */
  maxBytes: number;
  maxRedirects: number;
  /** Polls an item's page may fail transiently before the feed's own text is stored instead. */
  maxItemAttempts: number;
  /** The longest a failing feed is put off. */
  maxBackoffMs: number;
  now?: () => Date;
}

/** What storing a batch did: through `ingest` (stored) or `ingest --queue` (queued, counted as stored). */
export interface SinkCounts {
  stored: number;
  duplicates: number;
  failed: number;
}
/** Where new documents go: the same path `ingest` takes (dedup, stories, one transaction per batch). */
export type Sink = (items: SourceItem[]) => Promise<SinkCounts>;

export type FeedOutcome = 'new' | 'unchanged' | 'failed' | 'not due';

export interface FeedReport {
  url: string;
  outcome: FeedOutcome;
  /** New items handled this poll (stored, duplicates, or stored from the feed's own text). */
  items: number;
  stored: number;
  duplicates: number;
  /** Items that failed (analysis, or a page failing past its attempts without any feed text). */
  failedItems: number;
  /** Items left for the next poll (over --max-items, a page failing transiently, a stop). */
  pending: number;
  error: string | null;
  /** Polls failed in a row. */
  failures: number;
  nextDue: string;
}

export interface PollSummary {
  started: string;
  seconds: number;
  feeds: FeedReport[];
  interrupted: boolean;
}

export interface WatchReporter {
  /** A feed or item that failed: one line. */
  error(where: string, message: string): void;
  notice(where: string, message: string): void;
  /** After each feed of a poll: how far the poll is. */
  progress(done: number, total: number, summary: PollSummary): void;
}

interface NewItem {
  where: string;
  input: DocumentInput;
  keys: ItemKeys;
}

/**
 * Follows feeds: each poll fetches the feeds that are due (conditionally, on their stored validators),
 * finds the items no feed has listed before (by guid and by link), fetches each item's page, reads its
 * main text and hands the documents to the sink in batches; then remembers the items, and the feed's
 * new validators only when every new item was handled, so that a restart, a stop or --max-items never
 * loses one. A feed that fails is reported and put off longer each time; the others go on.
 */
export class Watcher {
  private readonly state: WatchState;
  private readonly limiter: HostLimiter;
  private readonly stopper = new AbortController();
  /** Keys of items being handled right now: a second feed listing the same item leaves it to the first. */
  private readonly inFlight = new Set<string>();

  constructor(
    store: Store,
    private readonly feeds: readonly FeedSpec[],
    private readonly sink: Sink,
    private readonly options: WatchOptions,
    private readonly reporter: WatchReporter,
  ) {
    this.state = new WatchState(store.db);
    this.limiter = new HostLimiter(options.limiter);
  }

  /** Asks the watcher to stop: items in hand are finished and stored, nothing new is started. */
  stop(): void {
    this.stopper.abort();
  }

  get stopping(): boolean {
    return this.stopper.signal.aborted;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Records the feeds (new ones due at once); call once before polling. */
  async start(): Promise<void> {
    await this.state.register(this.feeds, this.now());
  }

  /**
   * One poll of the feeds that are due; with `all`, also of the healthy ones not due yet (what --once
   * does, so that cron decides the interval), while a failing feed keeps its back-off.
   */
  async poll(all = false): Promise<PollSummary> {
    const started = this.now();
    const summary: PollSummary = { started: started.toISOString(), seconds: 0, feeds: [], interrupted: false };
    const states = await this.state.feeds(this.feeds.map((f) => f.url));
    const specs = new Map(this.feeds.map((f) => [f.url, f]));
    // Timers may fire a little before the wall clock says the time has come: a feed due that soon is due now.
    const dueBy = started.getTime() + DUE_SLACK_MS;
    const due = states.filter((s) => (all && s.failures === 0) || Date.parse(s.nextDue) <= dueBy);
    for (const s of states) if (!due.includes(s)) summary.feeds.push(notDue(s));
    const queue = [...due];
    const worker = async (): Promise<void> => {
      for (let s = queue.shift(); s && !this.stopping; s = queue.shift()) {
        summary.feeds.push(await this.pollFeed(s, specs.get(s.url)!));
        this.reporter.progress(summary.feeds.filter((f) => f.outcome !== 'not due').length, due.length, summary);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.feedConcurrency) }, worker));
    summary.interrupted = this.stopping;
    summary.feeds.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    summary.seconds = (this.now().getTime() - started.getTime()) / 1000;
    return summary;
  }

  /** Milliseconds until the next feed is due (0 when one already is). */
  async untilNextDue(): Promise<number> {
    const states = await this.state.feeds(this.feeds.map((f) => f.url));
    const next = Math.min(...states.map((s) => Date.parse(s.nextDue)));
    return Number.isFinite(next) ? Math.max(0, next - this.now().getTime()) : this.options.everyMs;
  }

  /** Polls on the interval until stopped; `onPoll` gets each poll's summary. */
  async run(onPoll: (summary: PollSummary) => void): Promise<void> {
    while (!this.stopping) {
      onPoll(await this.poll());
      if (this.stopping) break;
      await sleep(await this.untilNextDue(), this.stopper.signal);
    }
  }

  private async pollFeed(feed: FeedState, spec: FeedSpec): Promise<FeedReport> {
    const report: FeedReport = { url: feed.url, outcome: 'new', items: 0, stored: 0, duplicates: 0, failedItems: 0, pending: 0, error: null, failures: 0, nextDue: feed.nextDue };
    const polled = this.now();
    let fetched: Fetched;
    let items: NewItem[];
    try {
      fetched = await fetchWithRetry(feed.url, this.fetchOptions(feed), this.options.retry, this.limiter, this.stopper.signal, (err, wait) =>
        this.reporter.notice(feed.url, `${err.message}: trying again in ${(wait / 1000).toFixed(1)} s`),
      );
      items = fetched.status === 'ok' ? this.readItems(fetched, spec) : [];
    } catch (err) {
      return this.feedFailed(feed, report, err, polled);
    }
    if (fetched.status === 'unchanged') {
      const nextDue = new Date(polled.getTime() + this.options.everyMs);
      await this.state.succeeded(feed.url, null, 0, polled, nextDue);
      return { ...report, outcome: 'unchanged', nextDue: nextDue.toISOString() };
    }

    const done = await this.state.done(items.flatMap((i) => i.keys));
    const fresh = items.filter((i) => !i.keys.some((k) => done.has(k) || this.inFlight.has(k)));
    const taken = fresh.slice(0, this.options.maxItems);
    report.pending = fresh.length - taken.length;
    for (const item of taken) for (const k of item.keys) this.inFlight.add(k);
    try {
      for (let i = 0; i < taken.length; i += this.options.batchSize) {
        if (this.stopping) {
          report.pending += taken.length - i;
          break;
        }
        await this.handleBatch(feed, taken.slice(i, i + this.options.batchSize), report);
      }
    } finally {
      for (const item of taken) for (const k of item.keys) this.inFlight.delete(k);
    }
    const nextDue = new Date(this.now().getTime() + this.options.everyMs);
    // New validators only once every new item is handled: else the next poll's 304 would hide the rest.
    await this.state.succeeded(feed.url, report.pending === 0 ? fetched.validators : null, report.items, polled, nextDue);
    return { ...report, outcome: report.items > 0 || report.pending > 0 ? 'new' : 'unchanged', nextDue: nextDue.toISOString() };
  }

  private fetchOptions(feed: FeedState | null) {
    return { validators: feed?.validators, timeoutMs: this.options.timeoutMs, maxBytes: this.options.maxBytes, maxRedirects: this.options.maxRedirects };
  }

  /** The feed's items as documents with their keys; items that cannot be read are reported. */
  private readItems(fetched: Extract<Fetched, { status: 'ok' }>, spec: FeedSpec): NewItem[] {
    const decoded = decodeBytes(fetched.bytes, spec.url, charsetOf(fetched.contentType));
    if (decoded.warning) this.reporter.notice(spec.url, decoded.warning);
    const items: NewItem[] = [];
    for (const item of readFeed(decoded.text, spec.url, this.options.maxBytes)) {
      if ('error' in item) this.reporter.error(item.where, item.error.message);
      else if ('notice' in item) this.reporter.notice(item.where, item.notice);
      else {
        const keys = [...new Set([item.guid, item.input.url].filter((k): k is string => Boolean(k)))];
        // An item with neither guid nor link is known by its words.
        if (keys.length === 0) keys.push(`text:${textId(item.input.text)}`);
        items.push({ where: item.where, input: { ...item.input, lang: item.input.lang ?? spec.lang }, keys });
      }
    }
    return items;
  }

  /** Fetches the batch's pages, stores what was read in one sink call, then remembers the items handled. */
  private async handleBatch(feed: FeedState, batch: NewItem[], report: FeedReport): Promise<void> {
    const docs: SourceItem[] = [];
    const handled: ItemKeys[] = [];
    await Promise.all(
      batch.map(async (item) => {
        const doc = await this.itemDocument(feed, item);
        if (doc === 'retry') report.pending++;
        else {
          handled.push(item.keys);
          if (doc) docs.push({ where: item.input.url ?? item.where, input: doc });
          else report.failedItems++;
        }
      }),
    );
    if (docs.length) {
      const c = await this.sink(docs);
      report.stored += c.stored;
      report.duplicates += c.duplicates;
      report.failedItems += c.failed;
    }
    await this.state.markDone(feed.url, handled, this.now());
    report.items += handled.length;
  }

  /**
   * The document for one item: its page's main text; the feed's own text when the page cannot be had
   * for good (404, not HTML, over the cap) or has failed `maxItemAttempts` polls; 'retry' when it failed
   * for now and should be tried next poll; null when there is nothing to store.
   */
  private async itemDocument(feed: FeedState, item: NewItem): Promise<DocumentInput | null | 'retry'> {
    const link = item.input.url;
    if (!link || !/^https?:\/\//i.test(link)) return item.input;
    const notices: string[] = [];
    try {
      const page = await fetchWithRetry(link, this.fetchOptions(null), this.options.retry, this.limiter, this.stopper.signal, (err, wait) =>
        this.reporter.notice(link, `${err.message}: trying again in ${(wait / 1000).toFixed(1)} s`),
      );
      if (page.status !== 'ok') return item.input;
      const doc = pageDocument(page.bytes, page.contentType, item.input, link, (m) => notices.push(m));
      for (const m of notices) this.reporter.notice(link, m);
      return doc;
    } catch (err) {
      const message = err instanceof AtalayaError ? err.message : String(err);
      if (err instanceof FetchError && err.transient) {
        const attempts = (await this.state.attempts(feed.url, item.keys)) + 1;
        if (attempts < this.options.maxItemAttempts) {
          await this.state.markFailed(feed.url, item.keys, message, this.now());
          this.reporter.error(link, `${message} (try ${attempts} of ${this.options.maxItemAttempts}; tried again next poll)`);
          return 'retry';
        }
      }
      this.reporter.notice(link, `page not read (${message}): the feed's own text is stored`);
      return item.input;
    }
  }

  private async feedFailed(feed: FeedState, report: FeedReport, err: unknown, polled: Date): Promise<FeedReport> {
    const message = err instanceof AtalayaError ? err.message : String(err);
    const failures = feed.failures + 1;
    // The interval doubled per failure in a row (jittered, capped): a feed down for a day is asked a few times, not 96.
    const backoff = backoffMs(failures + 1, this.options.everyMs, this.options.maxBackoffMs, this.options.retry.random);
    const retryAfter = err instanceof FetchError ? (err.retryAfterMs ?? 0) : 0;
    const nextDue = new Date(polled.getTime() + Math.max(backoff, retryAfter));
    await this.state.failed(feed.url, message, polled, nextDue);
    const off = failures > 1 ? `; failed ${failures} polls in a row, next poll at ${nextDue.toISOString()}` : '';
    this.reporter.error(err instanceof InputError && err.where ? err.where : feed.url, `${message}${off}`);
    return { ...report, outcome: 'failed', error: message, failures, nextDue: nextDue.toISOString() };
  }
}

function notDue(s: FeedState): FeedReport {
  return { url: s.url, outcome: 'not due', items: 0, stored: 0, duplicates: 0, failedItems: 0, pending: 0, error: s.lastError, failures: s.failures, nextDue: s.nextDue };
}
