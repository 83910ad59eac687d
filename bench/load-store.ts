import { sql } from 'kysely';
import { ingest, type IngestCounts } from '../src/ingest/ingest.js';
import type { SourceItem } from '../src/ingest/sources.js';
import type { ActorNetwork } from '../src/query/actor-network.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import type { Store } from '../src/store/store.js';
import { generateCorpus } from './corpus.js';

const FIRST_DAY = Date.UTC(2026, 0, 1);
/** Publication days spread over this many days, so events fall on many days and weeks. */
const DAYS = 180;

const dayOf = (i: number): string => new Date(FIRST_DAY + (i % DAYS) * 86_400_000).toISOString().slice(0, 10);

function* articles(count: number, from: number): Generator<SourceItem> {
  let i = from;
  for (const text of generateCorpus(count, from)) {
    // generateCorpus repeats a short fixture within a few hundred articles; a reference line keeps
    // every text distinct (as a real stream's are) without touching what the pipeline codes.
    yield { where: `load-${i}`, input: { text: `${text}\n\n(ref. ${i})`, sourceId: `load-${i}`, published: dayOf(i) } };
    i++;
  }
}

async function storedDocuments(store: Store): Promise<number> {
  const row = await store.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Brings `store` to at least `count` articles generated from the team's fixtures, through the real
 * ingest path (readers' input, pipeline, dedup, batched transactions); a store that already holds them
 * is left as it is, so a second run measures at once. Returns the documents stored and the ingest counts.
 */
export async function fillStore(store: Store, count: number, progress: (c: IngestCounts) => void = () => undefined): Promise<{ documents: number; ingested: IngestCounts | null }> {
  const have = await storedDocuments(store);
  if (have >= count) return { documents: have, ingested: null };
  const counts = await ingest(articles(count - have, have), store, buildPipeline(), { batchSize: 500, published: null, lang: null }, {
    error: (where, message) => process.stderr.write(`load: ${where}: ${message}\n`),
    notice: () => undefined,
    progress,
  });
  return { documents: await storedDocuments(store), ingested: counts };
}

/**
 * The /api/events requests an analyst's dashboard sends, built from what the store holds: the first
 * page, the second page by its cursor, the busiest actors on each side, the busiest dyad, a type, a
 * quad class, a month, a word and an export, so no single query (or cache) stands for the whole load.
 */
export async function eventQueries(base: string): Promise<string[]> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${base}${path}`);
    if (!res.ok) throw new Error(`load: GET ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  const net = await get<ActorNetwork>('api/actors?limit=5');
  const first = await get<{ next: string | null }>('api/events?limit=100');
  const paths = ['api/events?limit=100', 'api/events?limit=100&quad=4', 'api/events?type=CONSULT&limit=100', 'api/events?since=2026-03-01&until=2026-03-31&limit=100'];
  paths.push('api/events?text=acuerdo&limit=100', 'api/events?format=csv&limit=200');
  if (first.next) paths.push(`api/events?limit=100&cursor=${first.next}`);
  for (const a of net.actors.slice(0, 3)) paths.push(`api/events?actor=${a.code}&limit=100`, `api/events?recipient=${a.code}&limit=100`);
  const link = net.links[0];
  if (link) paths.push(`api/events?dyad=${link.source}-${link.target}&limit=100`);
  return paths.map((p) => `${base}${p}`);
}
