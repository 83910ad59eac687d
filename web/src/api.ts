/** The dashboard's only way to the data: the HTTP API (src/server), typed by the modules that answer it. */
import type { Analysis } from '../../src/core/analysis.js';
import type { ActorNetwork } from '../../src/query/actor-network.js';
import type { StoredDocument } from '../../src/query/document.js';
import type { DocumentTimeline, TimelineEntry } from '../../src/query/document-timeline.js';
import type { EventPlace, CountryCount } from '../../src/query/event-places.js';
import type { MergedEvent } from '../../src/query/events.js';
import type { DocumentListing } from '../../src/query/list-documents.js';
import type { Stats } from '../../src/query/stats.js';

export type { Analysis, ActorNetwork, StoredDocument, DocumentTimeline, TimelineEntry, MergedEvent, DocumentListing, Stats, EventPlace, CountryCount };

/** The event filter as query parameters (the names `atalaya events` uses for its options). */
export type Filter = Partial<Record<'actor' | 'recipient' | 'party' | 'dyad' | 'type' | 'quad' | 'since' | 'until' | 'text' | 'include-teasers', string>>;

/** An error the API answered with (`{error, detail}`), shown to the user as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`api/${path}`, init);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = body as { error?: string; detail?: string | null } | null;
    throw new ApiError(res.status, e?.error ? `${e.error}${e.detail ? `: ${e.detail}` : ''}` : `HTTP ${res.status}`);
  }
  return body as T;
}

export const api = {
  stats: (p: { dyad?: string; actor?: string } = {}) => call<Stats>(`stats${query(p)}`),
  events: (f: Filter, cursor?: string | null, limit = 100) =>
    call<{ events: MergedEvent[]; next: string | null }>(`events${query({ ...f, limit: String(limit), cursor: cursor ?? undefined })}`),
  exportUrl: (f: Filter, format: string) => `api/events${query({ ...f, format })}`,
  documents: (text?: string, cursor?: string | null) =>
    call<{ documents: DocumentListing[]; next: string | null }>(`documents${query({ text, cursor: cursor ?? undefined })}`),
  document: (id: string) => call<StoredDocument>(`documents/${encodeURIComponent(id)}`),
  timeline: (id: string) => call<DocumentTimeline>(`documents/${encodeURIComponent(id)}/timeline`),
  actors: (f: Filter, limit = 40) => call<ActorNetwork>(`actors${query({ ...f, limit: String(limit) })}`),
  places: (f: Filter) => call<{ places: EventPlace[]; countries: CountryCount[] }>(`places${query(f)}`),
  analyze: (text: string, meta: { published?: string; lang?: string; title?: string }) =>
    call<Analysis>(`analyze${query(meta)}`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }),
};
