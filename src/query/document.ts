import type { Analysis } from '../core/analysis.js';
import type { Store } from '../store/store.js';

/** What the store knows about a document beyond its analysis. */
export interface StoredDocument {
  analysis: Analysis;
  /** Every name it was fed under (file names, record ids, links). */
  names: string[];
  /** The first document of its near-duplicate story (itself when it is the first). */
  story: string;
  /** Other documents of the same story. */
  storyMembers: string[];
  /** Each of its events with the merged event it belongs to and how many articles report that. */
  events: Array<{ event: string; merged: number; articles: number }>;
  ingestedAt: string;
}

/** A stored document by id, id prefix or name, with its provenance; null when there is none. */
export async function loadDocument(store: Store, ref: string): Promise<StoredDocument | null> {
  const analysis = await store.getDocument(ref);
  if (!analysis) return null;
  const id = analysis.document.id;
  const { db } = store;
  const [names, doc, events] = await Promise.all([
    db.selectFrom('document_names').select('name').where('doc_id', '=', id).orderBy('name').execute(),
    db.selectFrom('documents').select(['story_id', 'ingested_at']).where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('events').select(['id', 'merged_id']).where('doc_id', '=', id).orderBy('id').execute(),
  ]);
  const members = await db.selectFrom('documents').select('id').where('story_id', '=', doc.story_id).where('id', '<>', id).orderBy('seq').limit(50).execute();
  const mergedIds = [...new Set(events.map((e) => Number(e.merged_id)))];
  const counts = new Map<number, number>();
  if (mergedIds.length) {
    const rows = await db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.doc_id')
      .select(['e.merged_id', (eb) => eb.fn.count<number>('d.story_id').distinct().as('n')])
      .where('e.merged_id', 'in', mergedIds)
      .groupBy('e.merged_id')
      .execute();
    for (const r of rows) counts.set(Number(r.merged_id), Number(r.n));
  }
  return {
    analysis,
    names: names.map((n) => n.name),
    story: doc.story_id,
    storyMembers: members.map((m) => m.id),
    events: events.map((e) => ({ event: e.id, merged: Number(e.merged_id), articles: counts.get(Number(e.merged_id)) ?? 1 })),
    ingestedAt: doc.ingested_at,
  };
}
