import type { Kysely } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import type { RowWriter } from './row-writer.js';
import { analysedColumns, layerRows } from './rows.js';
import { saveEvents, selectIn } from './save-batch.js';
import type { Database } from './schema.js';
import type { ReplaceResult } from './store.js';

/** Every table holding one row per annotation of a document, all keyed by doc_id. */
const LAYER_TABLES = ['mentions', 'times', 'quotes', 'topics', 'flags', 'event_actors', 'events'] as const;

/**
 * Replaces stored documents' analyses inside the caller's transaction: their layer and event rows are
 * deleted and written anew from the new analyses, the document row is updated in place (so its seq,
 * story, near-duplicate bands and names stay), and merged events left with no report are deleted. The
 * text is the same (the id is its hash), so nothing about the story changes.
 */
export async function replaceBatch(
  trx: Kysely<Database>,
  writer: RowWriter,
  analyses: readonly Analysis[],
  analyserVersion: string,
): Promise<ReplaceResult> {
  // The last analysis of an id wins, as if the batch had been replaced one by one.
  const byId = new Map<string, Analysis>();
  for (const a of analyses) byId.set(a.document.id, a);
  const ids = [...byId.keys()];
  const present = new Set(
    (await selectIn(ids, (chunk) => trx.selectFrom('documents').select('id').where('id', 'in', chunk as string[]).execute())).map((r) => r.id),
  );
  const replaced = ids.filter((id) => present.has(id));
  if (replaced.length === 0) return { replaced, missing: ids, events: 0 };

  const oldMerged = await selectIn(replaced, (chunk) =>
    trx.selectFrom('events').select('merged_id').distinct().where('doc_id', 'in', chunk as string[]).execute(),
  );
  for (const table of LAYER_TABLES) {
    await selectIn(replaced, (chunk) => trx.deleteFrom(table).where('doc_id', 'in', chunk as string[]).execute());
  }
  const fresh = replaced.map((id) => byId.get(id)!);
  for (const a of fresh) {
    await trx
      .updateTable('documents')
      .set(analysedColumns(a, analyserVersion))
      .where('id', '=', a.document.id)
      .execute();
    const layers = layerRows(a);
    writer.add('mentions', layers.mentions);
    writer.add('times', layers.times);
    writer.add('quotes', layers.quotes);
    writer.add('topics', layers.topics);
    writer.add('flags', layers.flags);
  }
  const events = await saveEvents(trx, writer, fresh, new Date().toISOString());
  await writer.flush();

  // After the new codings are in, so an event the new analysis still reports keeps its merged row (and id).
  const orphans = oldMerged.map((r) => Number(r.merged_id));
  await selectIn(orphans, (chunk) =>
    trx
      .deleteFrom('merged_events')
      .where('id', 'in', chunk as number[])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('events').select('doc_id').whereRef('events.merged_id', '=', 'merged_events.id'))))
      .execute(),
  );
  return { replaced, missing: ids.filter((id) => !present.has(id)), events };
}
