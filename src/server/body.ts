import type { Context } from 'hono';
import { HttpError } from './errors.js';

/** The kinds of body the POST routes read, by Content-Type: a JSON record, JSONL records, a page, plain text. */
export type BodyKind = 'json' | 'jsonl' | 'html' | 'text' | 'feed';

const KINDS: Array<[RegExp, BodyKind]> = [
  [/^application\/json\b/, 'json'],
  [/^application\/(x-)?ndjson\b|^application\/jsonl\b/, 'jsonl'],
  [/^text\/html\b|^application\/xhtml\+xml\b/, 'html'],
  [/^application\/(rss|atom)\+xml\b|^application\/xml\b|^text\/xml\b/, 'feed'],
  [/^text\/plain\b/, 'text'],
];

export function bodyKind(c: Context, accepted: readonly BodyKind[]): BodyKind {
  const type = (c.req.header('content-type') ?? 'text/plain').toLowerCase();
  const kind = KINDS.find(([re]) => re.test(type))?.[1];
  if (!kind || !accepted.includes(kind)) {
    throw new HttpError(415, 'unsupported content type', `"${type}"; send one of ${accepted.join(', ')} (see /api/openapi.json)`);
  }
  return kind;
}

/**
 * The request body's bytes, at most `maxBytes`: a declared Content-Length over it is refused before
 * reading, and a body that turns out longer (chunked uploads) is cut off as soon as it passes the limit.
 */
export async function readBody(c: Context, maxBytes: number): Promise<Buffer> {
  const tooLarge = (): HttpError => new HttpError(413, 'request body too large', `the limit is ${maxBytes.toLocaleString('en-US')} bytes`);
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(Buffer.from(value));
  }
  return Buffer.concat(parts);
}
