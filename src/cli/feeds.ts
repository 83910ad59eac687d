import { openStore, resolveDb } from '../store/open.js';
import { WatchState, type FeedState } from '../watch/watch-state.js';

/** A feed's health in a word or two: new (never polled), ok, or failing and for how long. */
export function feedHealth(f: FeedState): string {
  if (f.failures > 0) return `failing (${f.failures} in a row)`;
  return f.lastSuccess ? 'ok' : 'new';
}

/** The feeds for a person: one block per feed, its health first. */
export function formatFeeds(feeds: readonly FeedState[]): string {
  if (feeds.length === 0) return 'no feeds followed yet (`atalaya watch FEEDS.txt` adds them)\n';
  const out: string[] = [];
  for (const f of feeds) {
    const hints = [f.lang && `lang=${f.lang}`, f.country && `country=${f.country}`].filter(Boolean).join(' ');
    out.push(`${f.url}${hints ? `  ${hints}` : ''}`);
    out.push(`  health ${feedHealth(f)}; ${f.items.toLocaleString('en-US')} items; last success ${f.lastSuccess ?? 'never'}; next poll ${f.nextDue}`);
    if (f.lastError) out.push(`  last error: ${f.lastError}`);
  }
  return `${out.join('\n')}\n`;
}

export async function runFeeds(o: { db?: string; format: 'text' | 'json' }, write: (s: string) => void): Promise<void> {
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    const feeds = await new WatchState(store.db).feeds();
    write(o.format === 'json' ? `${JSON.stringify(feeds.map((f) => ({ ...f, health: feedHealth(f) })), null, 2)}\n` : formatFeeds(feeds));
  } finally {
    await store.close();
  }
}
