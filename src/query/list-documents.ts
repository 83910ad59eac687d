import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import { textMatches } from './matching.js';

/** A stored document as a list shows it: what it is, where it came from, how much it reports. */
export interface DocumentListing {
  id: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  /** The first document of its near-duplicate story (itself when it is the first). */
  story: string;
  events: number;
  ingestedAt: string;
  /** Store order, the paging key: documents come out in the order they were stored. */
  seq: number;
}

export interface DocumentQuery {
  /** Only documents whose full text has these words (the same search as the events' `text` filter). */
  text: string | null;
  /** Documents stored after this one (its `seq`), for paging. */
  after: number | null;
  limit: number;
}

/** A page of stored documents in store order, with the `seq` to continue from (null on the last page). */
export async function listDocuments(store: Store, q: DocumentQuery): Promise<{ documents: DocumentListing[]; next: number | null }> {
  let query = store.db
    .selectFrom('documents as d')
    .select(['d.seq', 'd.id', 'd.source_id', 'd.url', 'd.title', 'd.lang', 'd.published', 'd.story_id', 'd.n_events', 'd.ingested_at'])
    .orderBy('d.seq')
    .limit(q.limit);
  if (q.after !== null) query = query.where('d.seq', '>', q.after);
  if (q.text) query = query.where(textMatches(store.engine, q.text, sql.ref('d.id')));
  const rows = await query.execute();
  const documents = rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    url: r.url,
    title: r.title,
    lang: r.lang,
    published: r.published,
    story: r.story_id,
    events: Number(r.n_events),
    ingestedAt: r.ingested_at,
    seq: Number(r.seq),
  }));
  const last = documents[documents.length - 1];
  return { documents, next: last && documents.length === q.limit ? last.seq : null };
}
