/** Latency percentiles in milliseconds, nearest-rank, over every request of a burst (failed ones too). */
export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface BurstResult {
  requests: number;
  /** Requests answered with a status outside 200–299, or not answered at all (refused, reset, timed out). */
  errors: number;
  /** The first few errors, each as "status path" or "error path: reason", to say what went wrong. */
  errorSamples: string[];
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Latencies;
  /** Each URL's own median and p99, to tell which query holds the tail up. */
  byUrl: Array<{ url: string; requests: number; p50: number; p99: number }>;
}

export interface BurstOptions {
  requests: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** A request still unanswered after this long counts as an error. */
  timeoutMs?: number;
}

/** The nearest-rank percentile `p` (0–100) of ascending `sorted`; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Sends `requests` GETs, cycling through `urls`, with `concurrency` of them in flight at once, and
 * times each until its whole body is read (a streamed answer counts to its last byte).
 */
export async function burst(urls: readonly string[], o: BurstOptions): Promise<BurstResult> {
  if (urls.length === 0) throw new Error('load burst: no URL to request');
  const latencies: number[] = [];
  const perUrl: number[][] = urls.map(() => []);
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const fail = (what: string): void => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(what);
  };
  const worker = async (): Promise<void> => {
    for (let i = next++; i < o.requests; i = next++) {
      const k = i % urls.length;
      const url = urls[k]!;
      const t0 = performance.now();
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(o.timeoutMs ?? 30_000) });
        await res.arrayBuffer();
        if (!res.ok) fail(`${res.status} ${url}`);
      } catch (err) {
        fail(`error ${url}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      perUrl[k]!.push(ms);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, o.requests)) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    errorSamples,
    seconds: round(seconds),
    requestsPerSecond: Math.round(latencies.length / seconds),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0) },
    byUrl: urls.map((url, k) => {
      const own = perUrl[k]!.sort((a, b) => a - b);
      return { url, requests: own.length, p50: round(percentile(own, 50)), p99: round(percentile(own, 99)) };
    }),
  };
}
