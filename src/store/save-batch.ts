import type { Insertable, Kysely } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import { mergeKey, dayOf } from './merge-key.js';
import {
  bandHashes, minhash, NEAR_DUPLICATE_SIMILARITY, signatureFromHex, signatureToHex, similarity,
} from './near-duplicates.js';
import type { RowWriter } from './row-writer.js';
import { documentRow, eventRows, layerRows } from './rows.js';
import type { Database, MergedEventsTable } from './schema.js';
import type { DocumentName, SaveResult } from './store.js';

const UNKNOWN_DAY = '9999-99-99';

/** Runs `query` over `values` in chunks small enough for an IN (…) list, concatenating the rows. */
export async function selectIn<R>(
  values: readonly (string | number)[],
  query: (chunk: (string | number)[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += 1000) out.push(...(await query(values.slice(i, i + 1000))));
  return out;
}

interface Pending {
  analysis: Analysis;
  sig: Uint32Array | null;
  bands: number[];
  story: string;
}

/**
 * Stores one batch inside the caller's transaction. Documents already present are skipped (the
 * insert ignores conflicts and reports back what it inserted, which also settles races between
 * workers); near-duplicates join the story of the most similar earlier document; each event coding
 * is attached to its merged event, created on first sight.
 */
export async function saveBatch(
  trx: Kysely<Database>,
  writer: RowWriter,
  analyses: readonly Analysis[],
  names: readonly DocumentName[],
  analyserVersion: string,
): Promise<SaveResult> {
  const now = new Date().toISOString();
  const duplicates: string[] = [];
  const byId = new Map<string, Analysis>();
  const allNames: DocumentName[] = [...names];
  for (const a of analyses) {
    if (a.document.sourceId) allNames.push({ docId: a.document.id, name: a.document.sourceId });
    if (byId.has(a.document.id)) duplicates.push(a.document.id);
    else byId.set(a.document.id, a);
  }

  const present = await selectIn([...byId.keys()], (chunk) =>
    trx.selectFrom('documents').select('id').where('id', 'in', chunk as string[]).execute(),
  );
  for (const { id } of present) {
    byId.delete(id);
    duplicates.push(id);
  }

  // Input order is kept: a document's seq says which article reported an event first. Rows are made
  // as they are written, so a document's row (text and analysis JSON) is garbage right after.
  const pending = await findStories(trx, [...byId.values()]);
  const insertedIds = await writer.insertDocuments(
    (function* () {
      for (const p of pending) yield documentRow(p.analysis, p.story, p.sig ? signatureToHex(p.sig) : null, now, analyserVersion);
    })(),
  );
  const stored = pending.filter((p) => insertedIds.has(p.analysis.document.id));
  for (const p of pending) if (!insertedIds.has(p.analysis.document.id)) duplicates.push(p.analysis.document.id);

  writer.add('document_names', dedupeNames(allNames).map((n) => ({ doc_id: n.docId, name: n.name })), true);
  for (const p of stored) {
    const doc = p.analysis.document.id;
    // Only a story's first document is indexed: later copies would match it anyway, and indexing them
    // too would make every lookup return the whole story (quadratic on a feed full of one wire story).
    if (p.story === doc) writer.add('document_bands', p.bands.map((hash, band) => ({ band, hash, doc_id: doc })));
    const layers = layerRows(p.analysis);
    writer.add('mentions', layers.mentions);
    writer.add('times', layers.times);
    writer.add('quotes', layers.quotes);
    writer.add('topics', layers.topics);
    writer.add('flags', layers.flags);
  }
  const events = await saveEvents(trx, writer, stored.map((p) => p.analysis), now);
  await writer.flush();

  return {
    stored: stored.map((p) => p.analysis.document.id),
    duplicates,
    nearDuplicates: stored.filter((p) => p.story !== p.analysis.document.id).length,
    events,
  };
}

function dedupeNames(names: readonly DocumentName[]): DocumentName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = `${n.docId}\u0000${n.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Each new document's story: its own id, or the story of the most similar earlier (stored or batch) document. */
async function findStories(trx: Kysely<Database>, analyses: readonly Analysis[]): Promise<Pending[]> {
  const pending: Pending[] = analyses.map((analysis) => {
    const sig = minhash(analysis.document.text);
    return { analysis, sig, bands: sig ? bandHashes(sig) : [], story: analysis.document.id };
  });
  const hashes = [...new Set(pending.flatMap((p) => p.bands))];
  const hits = await selectIn(hashes, (chunk) =>
    trx.selectFrom('document_bands').select(['hash', 'doc_id']).where('hash', 'in', chunk as number[]).execute(),
  );
  const candidatesByHash = new Map<number, string[]>();
  for (const h of hits) {
    const key = Number(h.hash);
    const list = candidatesByHash.get(key);
    if (list) list.push(h.doc_id);
    else candidatesByHash.set(key, [h.doc_id]);
  }
  const candidateIds = [...new Set(hits.map((h) => h.doc_id))];
  const known = new Map<string, { story: string; sig: Uint32Array; seq: number }>();
  for (const row of await selectIn(candidateIds, (chunk) =>
    trx.selectFrom('documents').select(['id', 'story_id', 'minhash', 'seq']).where('id', 'in', chunk as string[]).execute(),
  )) {
    const sig = row.minhash ? signatureFromHex(row.minhash) : null;
    if (sig) known.set(row.id, { story: row.story_id, sig, seq: Number(row.seq) });
  }
  // Story heads of this batch are candidates for the documents after them.
  let batchSeq = Number.MAX_SAFE_INTEGER - pending.length;
  for (const p of pending) {
    if (!p.sig) continue;
    let best: { story: string; score: number; seq: number } | null = null;
    for (const hash of p.bands) {
      for (const id of candidatesByHash.get(hash) ?? []) {
        const c = known.get(id);
        if (!c || id === p.analysis.document.id) continue;
        const score = similarity(p.sig, c.sig);
        if (score >= NEAR_DUPLICATE_SIMILARITY && (!best || score > best.score || (score === best.score && c.seq < best.seq))) {
          best = { story: c.story, score, seq: c.seq };
        }
      }
    }
    if (best) {
      p.story = best.story;
      continue;
    }
    known.set(p.analysis.document.id, { story: p.story, sig: p.sig, seq: batchSeq++ });
    for (const hash of p.bands) {
      const list = candidatesByHash.get(hash);
      if (list) list.push(p.analysis.document.id);
      else candidatesByHash.set(hash, [p.analysis.document.id]);
    }
  }
  return pending;
}

/** Stores the analyses' event codings, each attached to its merged event (created on first sight); returns how many. */
export async function saveEvents(trx: Kysely<Database>, writer: RowWriter, analyses: readonly Analysis[], now: string): Promise<number> {
  const keysPerDoc = analyses.map((a) => a.events.map((e) => mergeKey(e, a.document.id)));
  const merged = new Map<string, Insertable<MergedEventsTable>>();
  analyses.forEach((a, i) =>
    a.events.forEach((e, j) => {
      const key = keysPerDoc[i]![j]!;
      if (merged.has(key)) return;
      const day = dayOf(e.date);
      merged.set(key, { key, type: e.type, cameo: e.cameo, goldstein: e.goldstein, quad_class: e.quadClass, day, sort_day: day ?? UNKNOWN_DAY, first_seen: now });
    }),
  );
  if (merged.size === 0) return 0;
  // Sorted, so concurrent workers take unique-index locks in the same order and cannot deadlock on them.
  const keys = [...merged.keys()].sort();
  writer.add('merged_events', keys.map((k) => merged.get(k)!), true);
  await writer.flush();
  const ids = new Map<string, number>();
  for (const row of await selectIn(keys, (chunk) =>
    trx.selectFrom('merged_events').select(['id', 'key']).where('key', 'in', chunk as string[]).execute(),
  )) {
    ids.set(row.key, Number(row.id));
  }
  let count = 0;
  analyses.forEach((a, i) => {
    const rows = eventRows(a, keysPerDoc[i]!.map((k) => ids.get(k)!));
    writer.add('events', rows.events);
    writer.add('event_actors', rows.actors);
    count += rows.events.length;
  });
  return count;
}
