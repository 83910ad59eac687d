import type { Context } from 'hono';
import { AtalayaError } from '../core/errors.js';
import type { EventCursor } from '../query/events.js';
import { NO_FILTER, parseDay, parseDyad, parseEventType, parseQuad, type EventFilter } from '../query/filter.js';
import { badParameter } from './errors.js';
import { resolveActorCode } from '../actors/lookup.js';
import { actorsFor } from '../pipeline/analyser.js';
import { lexiconFile } from '../pipeline/lexicon-file.js';

/** An actor parameter: a code, or a name or alias of the lexicon ($ATALAYA_LEXICON's too) resolved to its code. */
export function actorParam(value: string): string {
  return resolveActorCode(actorsFor(lexiconFile(null)), value);
}

/** The query parameters of the event filter, as `atalaya events` names its options. */
export const FILTER_PARAMS = ['actor', 'recipient', 'party', 'dyad', 'type', 'quad', 'since', 'until', 'text', 'include-teasers', 'include-background'] as const;

/**
 * The query parameters of a request, each given at most once and each one the route knows: a typo
 * (`?actr=RUS`) is an error naming it rather than a silently unfiltered answer.
 */
export function queryParams(c: Context, allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!allowed.includes(name)) throw badParameter(name, `unknown parameter; this route takes ${allowed.join(', ') || 'none'}`);
    if (values.length > 1) throw badParameter(name, 'given more than once');
    out.set(name, values[0]!);
  }
  return out;
}

/** Runs a parser from src/query on one parameter, so its reason comes back under the parameter's name. */
export function parsed<T>(params: Map<string, string>, name: string, parse: (v: string) => T): T | null {
  const value = params.get(name);
  if (value === undefined) return null;
  try {
    return parse(value);
  } catch (err) {
    if (err instanceof AtalayaError) throw badParameter(name, err.message);
    throw err;
  }
}

export function parseBoolean(value: string): boolean {
  if (value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new AtalayaError(`"${value}" is not true or false`);
}

function parseText(value: string): string {
  if (!value.trim()) throw new AtalayaError('empty search text');
  return value;
}

export function eventFilterOf(params: Map<string, string>): EventFilter {
  return {
    ...NO_FILTER,
    actor: parsed(params, 'actor', actorParam),
    recipient: parsed(params, 'recipient', actorParam),
    party: parsed(params, 'party', actorParam),
    dyad: parsed(params, 'dyad', (v) => parseDyad(v, actorParam)),
    type: parsed(params, 'type', parseEventType),
    quad: parsed(params, 'quad', parseQuad),
    since: parsed(params, 'since', parseDay),
    until: parsed(params, 'until', parseDay),
    text: parsed(params, 'text', parseText),
    includeTeasers: parsed(params, 'include-teasers', parseBoolean) ?? false,
    includeBackground: parsed(params, 'include-background', parseBoolean) ?? false,
  };
}

/** A whole number in [1, max]; `fallback` when the parameter is absent. */
export function limitOf(params: Map<string, string>, fallback: number, max: number, name = 'limit'): number {
  return (
    parsed(params, name, (v) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > max) throw new AtalayaError(`"${v}" is not a whole number from 1 to ${max}`);
      return n;
    }) ?? fallback
  );
}

/** One of `choices`, or `fallback` when absent. */
export function choiceOf<T extends string>(params: Map<string, string>, name: string, choices: readonly T[], fallback: T): T {
  return (
    parsed(params, name, (v) => {
      if (!(choices as readonly string[]).includes(v)) throw new AtalayaError(`"${v}" is not one of ${choices.join(', ')}`);
      return v as T;
    }) ?? fallback
  );
}

/** Cursors are opaque to clients: base64url of the last event's sort day and id. */
export function encodeEventCursor(c: EventCursor): string {
  return Buffer.from(`${c.day}|${c.id}`).toString('base64url');
}

export function decodeEventCursor(value: string): EventCursor {
  const m = /^(\d{4}-\d{2}-\d{2})\|(\d+)$/.exec(Buffer.from(value, 'base64url').toString());
  if (!m) throw new AtalayaError('not a cursor this API gave (pass the "next" value of the previous page)');
  return { day: m[1]!, id: Number(m[2]) };
}

export function decodeSeqCursor(value: string): number {
  const m = /^s(\d+)$/.exec(Buffer.from(value, 'base64url').toString());
  if (!m) throw new AtalayaError('not a cursor this API gave (pass the "next" value of the previous page)');
  return Number(m[1]);
}

export const encodeSeqCursor = (seq: number): string => Buffer.from(`s${seq}`).toString('base64url');
