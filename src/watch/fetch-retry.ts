import { FetchError, fetchUrl, type Fetched, type FetchOptions } from './fetch-url.js';
import type { HostLimiter } from './host-limiter.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the second try; it doubles for each further one, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** The longest Retry-After waited for in place; a longer one fails the fetch, and the caller backs off. */
  maxRetryAfterMs: number;
  /** Jitter source in [0, 1). */
  random: () => number;
}

/** Waits `ms`; resolves early when `signal` aborts (the watcher is stopping). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The wait before try `n + 1` after `n` failures: exponential, capped, with half of it jittered so clients spread out. */
export function backoffMs(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const full = Math.min(maxMs, baseMs * 2 ** (failures - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

/**
 * fetchUrl through the limiter, tried again after a transient failure (5xx, 408, 429, a timeout, a
 * reset), waiting the backoff or the server's Retry-After, whichever is longer. A permanent failure,
 * the last try's failure, a Retry-After over the policy's limit, or a stop, ends it with the FetchError.
 */
export async function fetchWithRetry(
  url: string,
  options: FetchOptions,
  policy: RetryPolicy,
  limiter: HostLimiter,
  signal?: AbortSignal,
  onRetry: (error: FetchError, waitMs: number) => void = () => undefined,
): Promise<Fetched> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await limiter.run(url, () => fetchUrl(url, options));
    } catch (err) {
      if (!(err instanceof FetchError) || !err.transient || attempt >= policy.attempts || signal?.aborted) throw err;
      if (err.retryAfterMs !== null && err.retryAfterMs > policy.maxRetryAfterMs) throw err;
      const wait = Math.max(err.retryAfterMs ?? 0, backoffMs(attempt, policy.baseMs, policy.maxMs, policy.random));
      onRetry(err, wait);
      await sleep(wait, signal);
      if (signal?.aborted) throw err;
    }
  }
}
