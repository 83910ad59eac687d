import { createWriteStream } from 'node:fs';
import { AtalayaError } from '../core/errors.js';
import { ASSERTED_FORMATS, type EventFormat } from '../query/event-formats.js';
import { eventWriter } from '../query/export.js';
import { resolveActorCode } from '../actors/lookup.js';
import { actorsFor } from '../pipeline/analyser.js';
import { lexiconFile } from '../pipeline/lexicon-file.js';
import { NO_FILTER, parseDyad, parseEventType, parseQuad, type EventFilter } from '../query/filter.js';
import { openStore, resolveDb } from '../store/open.js';

export interface EventsOptions {
  db?: string;
  actor?: string;
  recipient?: string;
  dyad?: string;
  type?: string;
  quad?: string;
  since?: string;
  until?: string;
  text?: string;
  includeTeasers: boolean;
  includeBackground?: boolean;
  allModalities?: boolean;
  format: EventFormat;
  limit?: number;
  out?: string;
  /** A user lexicon whose names --actor, --recipient and --dyad also take. */
  lexicon?: string;
}

export function eventFilter(o: EventsOptions): EventFilter {
  const actor = (v: string): string => resolveActorCode(actorsFor(lexiconFile(o.lexicon)), v);
  return {
    ...NO_FILTER,
    actor: o.actor ? actor(o.actor) : null,
    recipient: o.recipient ? actor(o.recipient) : null,
    dyad: o.dyad ? parseDyad(o.dyad, actor) : null,
    type: o.type ? parseEventType(o.type) : null,
    quad: o.quad ? parseQuad(o.quad) : null,
    since: o.since ?? null,
    until: o.until ?? null,
    text: o.text ?? null,
    includeTeasers: o.includeTeasers,
    includeBackground: o.includeBackground ?? false,
    // Formats with no modality or negation column list only what reports assert, coded from those reports.
    assertedOnly: ASSERTED_FORMATS.has(o.format) && !o.allModalities,
  };
}

/**
 * Streams the matching events to `write` in `format` (or to the file `out`); returns how many there were.
 * Parquet is binary and written to `out` only.
 */
export async function runEvents(o: EventsOptions, write: (s: string) => void): Promise<number> {
  const filter = eventFilter(o);
  if (o.format === 'parquet' && !o.out) throw new AtalayaError('--format parquet writes a file: give it with --out FILE');
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    // Loaded here, not at start-up: the queries bring kysely, and Parquet its writer.
    const { listEvents } = await import('../query/events.js');
    const events = listEvents(store, filter, o.limit ?? Infinity);
    if (o.format === 'parquet') return await (await import('../query/parquet.js')).writeParquet(o.out!, events);
    const writer = eventWriter(o.format, { allModalities: o.allModalities ?? false });
    const file = o.out ? createWriteStream(o.out) : null;
    const put = file ? (s: string): void => void (s && file.write(s)) : write;
    put(writer.begin());
    let n = 0;
    for await (const e of events) put(writer.row(e, n++));
    put(writer.end(n));
    if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
    return n;
  } finally {
    await store.close();
  }
}
