import { Hono } from 'hono';
import { eventPage, listEvents, type EventCursor } from '../query/events.js';
import { ASSERTED_FORMATS } from '../query/event-formats.js';
import { eventWriter } from '../query/export.js';
import type { EventFilter } from '../query/filter.js';
import type { Store } from '../store/store.js';
import { choiceOf, decodeEventCursor, encodeEventCursor, eventFilterOf, FILTER_PARAMS, limitOf, parseBoolean, parsed, queryParams } from './params.js';

/** `format=json` is one page with a cursor; the others stream every matching event as `events --format` does. */
export const API_EVENT_FORMATS = ['json', 'jsonl', 'csv', 'gdelt', 'gdelt-mentions', 'polecat', 'polecat-json', 'icews'] as const;
type ApiEventFormat = (typeof API_EVENT_FORMATS)[number];

const STREAMED: Record<Exclude<ApiEventFormat, 'json'>, { type: string; file: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'events.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', file: 'events.csv' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', file: 'events.gdelt.tsv' },
  'gdelt-mentions': { type: 'text/tab-separated-values; charset=utf-8', file: 'events.gdelt-mentions.tsv' },
  polecat: { type: 'text/tab-separated-values; charset=utf-8', file: 'events.polecat.tsv' },
  'polecat-json': { type: 'application/json; charset=utf-8', file: 'events.polecat.json' },
  icews: { type: 'text/tab-separated-values; charset=utf-8', file: 'events.icews.tsv' },
};

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
/** The most one export streams: the CLI has no bound, a shared server needs one. */
export const MAX_EXPORT = 1_000_000;

export function eventRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const params = queryParams(c, [...FILTER_PARAMS, 'format', 'limit', 'cursor', 'all-modalities']);
    const format = choiceOf(params, 'format', API_EVENT_FORMATS, 'json');
    const allModalities = parsed(params, 'all-modalities', parseBoolean) ?? false;
    // As `atalaya events`: formats with no modality or negation column list what reports assert, coded from those reports.
    const filter = { ...eventFilterOf(params), assertedOnly: format !== 'json' && ASSERTED_FORMATS.has(format) && !allModalities };
    const after = parsed(params, 'cursor', decodeEventCursor);
    if (format === 'json') {
      const { events, next } = await eventPage(store, filter, after, limitOf(params, DEFAULT_PAGE, MAX_PAGE));
      return c.json({ events, next: next ? encodeEventCursor(next) : null });
    }
    const limit = limitOf(params, MAX_EXPORT, MAX_EXPORT);
    // The first page is read before the answer starts, so a query the store rejects is still a clean 4xx/5xx.
    const first = await eventPage(store, filter, after, Math.min(limit, MAX_PAGE));
    const { type, file } = STREAMED[format];
    return new Response(exportStream(store, filter, format, first, limit, allModalities), {
      headers: { 'content-type': type, 'content-disposition': `attachment; filename="${file}"` },
    });
  });
  return app;
}

function exportStream(
  store: Store,
  filter: EventFilter,
  format: Exclude<ApiEventFormat, 'json'>,
  first: Awaited<ReturnType<typeof eventPage>>,
  limit: number,
  allModalities: boolean,
): ReadableStream<Uint8Array> {
  const writer = eventWriter(format, { allModalities });
  const encoder = new TextEncoder();
  // One chunk per page of events, not per row: a row-sized chunk costs a turn of the event loop each,
  // so under concurrent requests an export of a thousand rows would wait behind every other request a
  // thousand times.
  async function* chunks(): AsyncGenerator<string> {
    let n = 0;
    let chunk = writer.begin();
    for (const e of first.events) chunk += writer.row(e, n++);
    yield chunk;
    chunk = '';
    const rest: EventCursor | null = first.next;
    if (rest && n < limit) {
      for await (const e of listEvents(store, filter, limit - n, rest)) {
        chunk += writer.row(e, n++);
        if (n % MAX_PAGE === 0) {
          yield chunk;
          chunk = '';
        }
      }
    }
    yield chunk + writer.end(n);
  }
  const it = chunks();
  return new ReadableStream({
    async pull(controller) {
      // Empty heads and tails (JSONL has neither) are skipped: a pull must enqueue something or close.
      for (;;) {
        const { value, done } = await it.next();
        if (done) return controller.close();
        if (value) return controller.enqueue(encoder.encode(value));
      }
    },
    async cancel() {
      await it.return(undefined);
    },
  });
}
