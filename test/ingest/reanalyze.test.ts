import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyserVersion } from '../../src/core/analyser-version.js';
import { StageError } from '../../src/core/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { reanalyze, type ReanalyzeCounts } from '../../src/ingest/reanalyze.js';
import type { SourceItem } from '../../src/ingest/sources.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { pgSkip, testPg } from '../store/pg-database.js';

const NOTES = [
  'Ecuador y Perú firmaron ayer un acuerdo de cooperación aduanera en Lima.',
  'El Gobierno de Chile condenó el martes el ataque contra su embajada en Caracas.',
  'Uruguay pidió a Argentina más controles en el puerto de Buenos Aires.',
  'Bolivia y Paraguay reanudaron el diálogo sobre la frontera del Chaco.',
  'El presidente de Colombia visitó Quito para hablar de migración.',
];
const items = (texts: readonly string[], published: string | null = null): SourceItem[] =>
  texts.map((text, i) => ({ where: `nota${i}.txt`, input: { text, published } }));

const pipeline = buildPipeline();
const quiet = { error: () => undefined, notice: () => undefined, progress: () => undefined };

/** One that breaks on texts holding "Paraguay": what a stage failing on one document looks like. */
const breaksOnParaguay: Pipeline = {
  stages: pipeline.stages,
  analyze(input, options) {
    if (input.text.includes('Paraguay')) throw new StageError('events', new Error('a broken rule'), input.sourceId ?? null);
    return pipeline.analyze(input, options);
  },
};

async function storeWith(fresh: () => Promise<string>, published: string | null = '2026-02-03'): Promise<Store> {
  const store = await openStore(await fresh());
  await ingest(items(NOTES, published), store, pipeline, { batchSize: 10, published: null, lang: null, analyserVersion: 'old' }, quiet);
  return store;
}

async function versions(store: Store): Promise<string[]> {
  return (await store.db.selectFrom('documents').select('analyser_version').orderBy('seq').execute()).map((r) => r.analyser_version ?? 'null');
}

/** Every document has one analysis and exactly the event rows it lists. */
async function consistent(store: Store): Promise<void> {
  const docs = await store.db.selectFrom('documents').select(['id', 'n_events', 'analysis']).execute();
  for (const d of docs) {
    const rows = await store.db.selectFrom('events').select('id').where('doc_id', '=', d.id).execute();
    assert.equal(rows.length, d.n_events, d.id);
    assert.equal((JSON.parse(d.analysis) as { events: unknown[] }).events.length, d.n_events, d.id);
  }
  const orphans = await store.db.selectFrom('merged_events').select('id').where('id', 'not in', store.db.selectFrom('events').select('merged_id')).execute();
  assert.deepEqual(orphans, [], 'no merged event without a report');
}

const options = { batchSize: 2, since: null, onlyStale: false, analyserVersion: analyserVersion() };

function engines(): Array<{ engine: string; fresh: () => Promise<string>; skip: string | false }> {
  const dir = mkdtempSync(join(tmpdir(), 'atalaya-reanalyze-'));
  let n = 0;
  return [
    { engine: 'sqlite', fresh: async () => join(dir, `r${n++}.db`), skip: false },
    { engine: 'postgres', fresh: () => testPg.fresh(), skip: pgSkip },
  ];
}

for (const { engine, fresh, skip } of engines()) {
  describe(`reanalyze: ${engine}`, { skip }, () => {
    it('re-analyses every stored text in batches, reporting the total after each', async () => {
      const store = await storeWith(fresh);
      const progress: ReanalyzeCounts[] = [];
      const c = await reanalyze(store, pipeline, options, { error: () => assert.fail('no error expected'), progress: (p) => progress.push({ ...p }) });
      assert.deepEqual([c.total, c.done, c.replaced, c.failed, c.interrupted], [5, 5, 5, 0, false]);
      assert.deepEqual(progress.map((p) => [p.done, p.total]), [[2, 5], [4, 5], [5, 5]]);
      assert.deepEqual(await versions(store), Array(5).fill(analyserVersion()));
      await consistent(store);
      const doc = await store.getDocument('nota1.txt');
      assert.equal(doc?.document.published?.value, '2026-02-03', 'the stored publication date anchors the new analysis');
      await store.close();
    });

    it('with onlyStale takes only what another version wrote, so a rerun resumes', async () => {
      const store = await storeWith(fresh);
      await store.db.updateTable('documents').set({ analyser_version: analyserVersion() }).where('source_id', 'in', ['nota0.txt', 'nota3.txt']).execute();
      const c = await reanalyze(store, pipeline, { ...options, onlyStale: true }, quiet);
      assert.deepEqual([c.total, c.replaced], [3, 3]);
      const again = await reanalyze(store, pipeline, { ...options, onlyStale: true }, quiet);
      assert.deepEqual([again.total, again.replaced], [0, 0]);
      await store.close();
    });

    it('with since takes only documents published on or after the day (undated ones not)', async () => {
      const store = await storeWith(fresh, null);
      await store.db.updateTable('documents').set({ published: '2026-03-01', published_source: 'metadata' }).where('source_id', '=', 'nota2.txt').execute();
      await store.db.updateTable('documents').set({ published: '2026-01-01', published_source: 'metadata' }).where('source_id', '=', 'nota4.txt').execute();
      const c = await reanalyze(store, pipeline, { ...options, since: '2026-02-01' }, quiet);
      assert.deepEqual([c.total, c.replaced], [1, 1]);
      assert.deepEqual(await versions(store), ['old', 'old', analyserVersion(), 'old', 'old']);
      await store.close();
    });

    it('stops after the batch in hand when asked, with only whole batches replaced', async () => {
      const store = await storeWith(fresh);
      let batches = 0;
      const c = await reanalyze(store, pipeline, { ...options, stop: () => batches >= 1 }, { error: () => undefined, progress: () => batches++ });
      assert.deepEqual([c.done, c.interrupted], [2, true]);
      assert.deepEqual(await versions(store), [analyserVersion(), analyserVersion(), 'old', 'old', 'old']);
      await consistent(store);
      await store.close();
    });

    it('keeps the old analysis of a document it fails on, says which, and goes on', async () => {
      const store = await storeWith(fresh);
      const errors: string[] = [];
      const c = await reanalyze(store, breaksOnParaguay, options, { error: (w, m) => errors.push(`${w}: ${m}`), progress: () => undefined });
      assert.deepEqual([c.replaced, c.failed], [4, 1]);
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /^nota3\.txt: .*a broken rule/);
      assert.deepEqual(await versions(store), [analyserVersion(), analyserVersion(), analyserVersion(), 'old', analyserVersion()]);
      await consistent(store);
      await store.close();
    });

    it('ingest with a new publication date re-analyses a stored text instead of skipping it', async () => {
      const store = await storeWith(fresh, null);
      const before = await store.getDocument('nota1.txt');
      assert.equal(before?.document.published?.source === 'metadata', false);
      const c = await ingest(items(NOTES.slice(0, 2), '2026-02-10'), store, pipeline, { batchSize: 10, published: null, lang: null }, quiet);
      assert.deepEqual([c.stored, c.updated, c.duplicates], [0, 2, 0]);
      const after = await store.getDocument('nota1.txt');
      assert.deepEqual(after?.document.published, { value: '2026-02-10', source: 'metadata' });
      assert.equal(after?.document.sourceId, 'nota1.txt', 'its first name stays');
      const events = await store.db.selectFrom('events').select('date').where('doc_id', '=', after!.document.id).execute();
      assert.ok(events.length > 0 && events.every((e) => e.date === null || e.date <= '2026-02-10'), JSON.stringify(events));
      await consistent(store);
      const same = await ingest(items(NOTES.slice(0, 2), '2026-02-10'), store, pipeline, { batchSize: 10, published: null, lang: null }, quiet);
      assert.deepEqual([same.updated, same.duplicates], [0, 2], 'the same date again changes nothing');
      const undated = await ingest(items(NOTES.slice(0, 1), null), store, pipeline, { batchSize: 10, published: null, lang: null }, quiet);
      assert.deepEqual([undated.updated, undated.duplicates], [0, 1], 'no date given: a duplicate, the stored date kept');
      await store.close();
    });
  });
}
