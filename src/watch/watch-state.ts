import type { Kysely } from 'kysely';
import type { Lang } from '../core/analysis.js';
import { selectIn } from '../store/save-batch.js';
import type { Database, WatchFeedsTable } from '../store/schema.js';
import type { Validators } from './fetch-url.js';
import type { FeedSpec } from './feeds-file.js';

/** A followed feed as the store holds it. */
export interface FeedState {
  url: string;
  lang: Lang | null;
  country: string | null;
  validators: Validators;
  lastPoll: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  failures: number;
  nextDue: string;
  items: number;
}

/** An item's keys: its guid (or Atom id) and its link, whichever it has. */
export type ItemKeys = readonly string[];

/**
 * What `watch` remembers between polls and across restarts, in the store's own tables (watch_feeds,
 * watch_items), so SQLite and PostgreSQL keep it alike. Items are remembered by every key they have, in
 * any feed: the same article listed by two feeds, or under a new guid with an old link, is handled once.
 */
export class WatchState {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds the feeds not yet followed (due at once) and updates the hints of the others. */
  async register(specs: readonly FeedSpec[], now: Date): Promise<void> {
    for (const s of specs) {
      await this.db
        .insertInto('watch_feeds')
        .values({ url: s.url, lang: s.lang, country: s.country, etag: null, last_modified: null, last_poll: null, last_success: null, last_error: null, failures: 0, next_due: now.toISOString(), items: 0 })
        .onConflict((oc) => oc.column('url').doUpdateSet({ lang: s.lang, country: s.country }))
        .execute();
    }
  }

  /** Every feed followed, in URL order; only `urls` when given. */
  async feeds(urls?: readonly string[]): Promise<FeedState[]> {
    const rows = urls
      ? await selectIn(urls, (chunk) => this.db.selectFrom('watch_feeds').selectAll().where('url', 'in', chunk as string[]).execute())
      : await this.db.selectFrom('watch_feeds').selectAll().execute();
    return rows.map(toState).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  }

  /** A poll that got an answer: validators kept (a 304 keeps the old ones), failures cleared, next poll after `every`. */
  async succeeded(url: string, validators: Validators | null, newItems: number, now: Date, nextDue: Date): Promise<void> {
    const at = now.toISOString();
    await this.db
      .updateTable('watch_feeds')
      .set((eb) => ({
        ...(validators ? { etag: validators.etag ?? null, last_modified: validators.lastModified ?? null } : {}),
        last_poll: at,
        last_success: at,
        last_error: null,
        failures: 0,
        next_due: nextDue.toISOString(),
        items: eb('items', '+', newItems),
      }))
      .where('url', '=', url)
      .execute();
  }

  /** A poll that failed: the reason kept, one more failure counted, the next poll put off to `nextDue`. */
  async failed(url: string, message: string, now: Date, nextDue: Date): Promise<void> {
    await this.db
      .updateTable('watch_feeds')
      .set((eb) => ({ last_poll: now.toISOString(), last_error: message, failures: eb('failures', '+', 1), next_due: nextDue.toISOString() }))
      .where('url', '=', url)
      .execute();
  }

  /** Which of `keys` belong to an item already handled, from any feed. */
  async done(keys: readonly string[]): Promise<Set<string>> {
    const rows = await selectIn([...new Set(keys)], (chunk) =>
      this.db.selectFrom('watch_items').select('key').distinct().where('key', 'in', chunk as string[]).where('done', '=', 1).execute(),
    );
    return new Set(rows.map((r) => r.key));
  }

  /** How many times this feed's item (by any of its keys) has failed so far. */
  async attempts(feedUrl: string, keys: ItemKeys): Promise<number> {
    if (keys.length === 0) return 0;
    const row = await this.db
      .selectFrom('watch_items')
      .select((eb) => eb.fn.max('attempts').as('n'))
      .where('feed_url', '=', feedUrl)
      .where('key', 'in', keys as string[])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Items handled (stored, duplicates, or given up on): never fetched again, from this feed or another. */
  async markDone(feedUrl: string, items: readonly ItemKeys[], now: Date): Promise<void> {
    const at = now.toISOString();
    const rows = items.flatMap((keys) => keys.map((key) => ({ feed_url: feedUrl, key, done: 1, attempts: 0, last_error: null, seen_at: at })));
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('watch_items')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['feed_url', 'key']).doUpdateSet({ done: 1 }))
        .execute();
    }
  }

  /** An item whose page failed this time: counted, so that it is retried next poll, up to a limit. */
  async markFailed(feedUrl: string, keys: ItemKeys, message: string, now: Date): Promise<void> {
    const at = now.toISOString();
    for (const key of keys) {
      await this.db
        .insertInto('watch_items')
        .values({ feed_url: feedUrl, key, done: 0, attempts: 1, last_error: message, seen_at: at })
        .onConflict((oc) => oc.columns(['feed_url', 'key']).doUpdateSet((eb) => ({ attempts: eb('watch_items.attempts', '+', 1), last_error: message })))
        .execute();
    }
  }
}

function toState(r: WatchFeedsTable): FeedState {
  const validators: Validators = {};
  if (r.etag) validators.etag = r.etag;
  if (r.last_modified) validators.lastModified = r.last_modified;
  return {
    url: r.url,
    lang: r.lang === 'es' || r.lang === 'en' ? r.lang : null,
    country: r.country,
    validators,
    lastPoll: r.last_poll,
    lastSuccess: r.last_success,
    lastError: r.last_error,
    failures: Number(r.failures),
    nextDue: r.next_due,
    items: Number(r.items),
  };
}
