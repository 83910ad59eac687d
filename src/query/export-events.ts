import type { Store } from '../store/store.js';
import { listEvents } from './events.js';
import { ASSERTED_FORMATS, type TextFormat } from './event-formats.js';
import { eventWriter } from './export.js';
import { NO_FILTER, type EventFilter } from './filter.js';
import { writeParquet } from './parquet.js';

export interface ExportOptions {
  /** Which events (the filters of `atalaya events`); unset fields do not filter. */
  filter?: Partial<EventFilter>;
  /** In gdelt, gdelt-mentions and icews, also events no report asserts (they have no column to say so). */
  allModalities?: boolean;
  /** At most this many events. */
  limit?: number;
}

function filterOf(format: TextFormat | 'parquet', o: ExportOptions): EventFilter {
  // As `atalaya events`: formats with no modality or negation column list what reports assert, coded from those reports.
  return { ...NO_FILTER, ...o.filter, assertedOnly: ASSERTED_FORMATS.has(format) && !o.allModalities };
}

/** The stored events in a text format, as `atalaya events --format F` writes them, chunk by chunk. */
export async function* exportEvents(store: Store, format: TextFormat, options: ExportOptions = {}): AsyncGenerator<string> {
  const writer = eventWriter(format, { allModalities: options.allModalities ?? false });
  yield writer.begin();
  let n = 0;
  for await (const e of listEvents(store, filterOf(format, options), options.limit ?? Infinity)) yield writer.row(e, n++);
  yield writer.end(n);
}

/** The stored events as a Parquet file at `path`, as `atalaya events --format parquet --out path`; returns how many. */
export function exportParquet(store: Store, path: string, options: ExportOptions = {}): Promise<number> {
  return writeParquet(path, listEvents(store, filterOf('parquet', options), options.limit ?? Infinity));
}
