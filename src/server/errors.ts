import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AtalayaError } from '../core/errors.js';

/** What every failed request answers: a short reason and, where it helps, what exactly was wrong. */
export interface ErrorBody {
  error: string;
  detail: string | null;
}

/** A request the API refuses, with the status that says why. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A query parameter that cannot be used: the message names it, the detail says why. */
export function badParameter(name: string, reason: string): HttpError {
  return new HttpError(400, `bad query parameter "${name}"`, reason);
}

export const errorJson = (c: Context, status: ContentfulStatusCode, error: string, detail: string | null = null): Response =>
  c.json({ error, detail } satisfies ErrorBody, status);

/**
 * Turns anything a route throws into the JSON error shape: refusals keep their status, input the core
 * rejects (AtalayaError) is the client's fault (400), anything else is ours (500, logged once).
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HttpError) return errorJson(c, err.status, err.message, err.detail);
  if (err instanceof AtalayaError) return errorJson(c, 400, err.message, err.where);
  process.stderr.write(`atalaya serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return errorJson(c, 500, 'internal error', err.message);
}
