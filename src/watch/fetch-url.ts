import { InputError } from '../core/errors.js';

/** What a feed or page server needs to know about us: a name and where to read about it. */
export const USER_AGENT = 'Atalaya/0.1 (news event coder)';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  validators?: Validators;
  /** Milliseconds for the whole exchange, headers and body; a slow-drip server is cut off by it. */
  timeoutMs: number;
  /** Largest body accepted; bigger ones are abandoned while streaming, never buffered whole. */
  maxBytes: number;
  maxRedirects: number;
}

/**
 * A failed exchange: the HTTP status when there was one, how long the server asked us to wait
 * (Retry-After, on 429 and 503), and whether trying again later may succeed (5xx, 408, 429, timeouts,
 * resets, refused connections) or will not (4xx, a redirect loop, a body over the cap).
 */
export class FetchError extends InputError {
  override name = 'FetchError';
  constructor(
    message: string,
    where: string,
    readonly transient: boolean,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message, where);
  }
}

export type Fetched =
  | { status: 'unchanged'; url: string }
  | { status: 'ok'; url: string; bytes: Uint8Array; contentType: string; validators: Validators };

/**
 * One polite GET: conditional on the validators of the last success (ETag, Last-Modified), redirects
 * followed by hand so that they can be counted, the body read under a size cap and a deadline. Any
 * failure is an InputError naming the URL and the reason, so that a caller can report it and go on.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await follow(url, options, controller.signal);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (controller.signal.aborted) throw new FetchError(`no complete answer within ${options.timeoutMs} ms`, url, true);
    // undici says only "fetch failed"; the reason (ECONNRESET, ECONNREFUSED, ENOTFOUND) is in its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? String((error as Error).message);
    throw new FetchError(`cannot fetch (${reason})`, url, reason !== 'ENOTFOUND');
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: string, options: FetchOptions, signal: AbortSignal): Promise<Fetched> {
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate, br' };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new FetchError(`HTTP ${response.status} without a Location`, url, false, response.status);
      if (hop >= options.maxRedirects) throw new FetchError(`more than ${options.maxRedirects} redirects`, start, false, response.status);
      url = new URL(location, url).href;
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'unchanged', url };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const status = response.status;
      const retryAfterMs = retryAfter(response.headers.get('retry-after'), Date.now());
      throw new FetchError(`HTTP ${status}${retryAfterMs !== null ? ` (Retry-After ${Math.ceil(retryAfterMs / 1000)} s)` : ''}`, url, TRANSIENT(status), status, retryAfterMs);
    }
    const bytes = await readCapped(response, options.maxBytes, url);
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { status: 'ok', url, bytes, contentType: response.headers.get('content-type') ?? '', validators };
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`body of ${declared} bytes is over the ${maxBytes}-byte cap`, url, false);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FetchError(`body over the ${maxBytes}-byte cap`, url, false);
      }
      chunks.push(next.value);
    }
  }
  return Buffer.concat(chunks, total);
}

const TRANSIENT = (status: number): boolean => status >= 500 || status === 408 || status === 429;

/** Retry-After as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its weekday and month; Date.parse alone would also take "-5" for a year.
  const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
