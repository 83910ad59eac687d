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
    const reason = controller.signal.aborted ? `no complete answer within ${options.timeoutMs} ms` : String((error as Error).message);
    throw new InputError(reason, url);
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
      if (!location) throw new InputError(`HTTP ${response.status} without a Location`, url);
      if (hop >= options.maxRedirects) throw new InputError(`more than ${options.maxRedirects} redirects`, start);
      url = new URL(location, url).href;
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'unchanged', url };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`HTTP ${response.status}`, url);
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
    throw new InputError(`body of ${declared} bytes is over the ${maxBytes}-byte cap`, url);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new InputError(`body over the ${maxBytes}-byte cap`, url);
      }
      chunks.push(next.value);
    }
  }
  return Buffer.concat(chunks, total);
}
