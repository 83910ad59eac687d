/**
 * The re-analysis part of the store contract: `replace` and `stored`, run on every engine by
 * sqlite.test.ts and postgres.test.ts, like contract.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyserVersion } from '../../src/core/analyser-version.js';
import { openStore } from '../../src/store/open.js';
import { searchText } from '../../src/store/search-terms.js';
import type { Store } from '../../src/store/store.js';
import { CHN, makeAnalysis, RUS, USA } from './analyses.js';
import type { FreshDb } from './contract.js';

async function withStore<T>(fresh: FreshDb, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(await fresh());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const rows = async (store: Store, table: 'events' | 'event_actors' | 'merged_events' | 'mentions' | 'flags'): Promise<number> =>
  Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

export function replaceContract(engine: string, fresh: FreshDb): void {
  describe(`store contract, re-analysis: ${engine}`, () => {
    it('records the analyser version of every stored analysis (given, else the built-in one)', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Chile y Perú firmaron un convenio pesquero.' });
        const b = makeAnalysis({ text: 'Colombia y Ecuador revisaron su frontera.' });
        await store.save([a]);
        await store.save([b], [], { analyserVersion: '9.9.9+test' });
        const got = await store.stored([a.document.id, b.document.id, 'ffffffffffffffff']);
        assert.equal(got.size, 2, 'an id not stored is not listed');
        assert.equal(got.get(a.document.id)?.analyserVersion, analyserVersion());
        assert.match(analyserVersion(), /^\d+\.\d+\.\d+.*\+[0-9a-f]{12}$/);
        assert.equal(got.get(b.document.id)?.analyserVersion, '9.9.9+test');
      }));

    it('tells a stored document’s metadata', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Bolivia convocó al embajador de Chile.', title: 'Convocatoria', url: 'https://x.example/1', published: '2026-03-01' });
        await store.save([a]);
        assert.deepEqual(await store.stored([a.document.id]), new Map([[a.document.id, {
          sourceId: null, published: '2026-03-01', publishedSource: 'metadata', title: 'Convocatoria', url: 'https://x.example/1', analyserVersion: analyserVersion(),
        }]]));
        assert.deepEqual(await store.stored([]), new Map());
      }));

    it('replaces an analysis, its layers and events, and keeps the text, story and names', () =>
      withStore(fresh, async (store) => {
        const text = 'Rusia acusó a Estados Unidos de espiar su embajada.';
        const old = makeAnalysis({ text, sourceId: 'a.txt', events: [{ actor: [RUS], recipient: [CHN] }, { actor: [USA], recipient: [RUS] }], flags: [{ kind: 'x', message: 'y' }] });
        await store.save([old], [{ docId: old.document.id, name: 'b.txt' }], { analyserVersion: 'old' });
        const before = await store.db.selectFrom('documents').select(['seq', 'story_id']).executeTakeFirstOrThrow();
        const fresh1 = makeAnalysis({ text, sourceId: 'a.txt', published: '2026-02-10', title: 'Acusación', events: [{ type: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3, actor: [RUS], recipient: [USA] }] });
        const r = await store.replace([fresh1], { analyserVersion: 'new' });
        assert.deepEqual(r, { replaced: [old.document.id], missing: [], events: 1 });
        assert.deepEqual(await store.getDocument(old.document.id), fresh1);
        assert.equal(await rows(store, 'events'), 1);
        assert.equal(await rows(store, 'event_actors'), 2);
        assert.equal(await rows(store, 'flags'), 0);
        assert.equal(await rows(store, 'mentions'), 2);
        assert.equal(await rows(store, 'merged_events'), 1, 'merged events no article reports any more are gone');
        const after = await store.db.selectFrom('documents').select(['seq', 'story_id', 'published', 'title', 'n_events', 'analyser_version']).executeTakeFirstOrThrow();
        assert.deepEqual(after, { seq: before.seq, story_id: before.story_id, published: '2026-02-10', title: 'Acusación', n_events: 1, analyser_version: 'new' });
        assert.equal((await store.getDocument('b.txt'))?.document.id, old.document.id, 'names stay');
      }));

    it('keeps a merged event another article still reports, and its id', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Putin y Xi hablaron por teléfono el miércoles.', events: [{}] });
        const b = makeAnalysis({ text: 'Xi y Putin mantuvieron una llamada el miércoles.', events: [{}] });
        await store.save([a, b]);
        const merged = await store.db.selectFrom('merged_events').select('id').execute();
        assert.equal(merged.length, 1);
        await store.replace([makeAnalysis({ text: a.document.text, events: [] })]);
        assert.deepEqual(await store.db.selectFrom('merged_events').select('id').execute(), merged);
        assert.equal(await rows(store, 'events'), 1);
      }));

    it('finds the same text again after a replace (the search terms follow the new title)', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Uruguay y Paraguay retomaron las conversaciones sobre el río.' });
        await store.save([a]);
        await store.replace([makeAnalysis({ text: a.document.text, title: 'Hidrovía' })]);
        const row = await store.db.selectFrom('documents').select('search_text').executeTakeFirstOrThrow();
        assert.equal(row.search_text, searchText('Hidrovía', a.document.text, 'es'));
        assert.notEqual(row.search_text, searchText(null, a.document.text, 'es'));
      }));

    it('leaves out texts that are not stored, and writes nothing for them', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Un texto que nunca se guardó.', events: [{}] });
        assert.deepEqual(await store.replace([a]), { replaced: [], missing: [a.document.id], events: 0 });
        assert.equal(await rows(store, 'events'), 0);
        assert.equal(await rows(store, 'merged_events'), 0);
      }));

    it('replaces all of a batch or none of it', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Argentina y Brasil acordaron un gasoducto.', events: [{}] });
        await store.save([a], [], { analyserVersion: 'old' });
        const broken = makeAnalysis({ text: a.document.text, events: [{}] });
        // A coding the schema refuses (NOT NULL trigger text) fails the batch part-way, after the deletes.
        (broken.events[0]!.trigger as { text: string | null }).text = null;
        await assert.rejects(store.replace([broken], { analyserVersion: 'new' }));
        assert.equal(await rows(store, 'events'), 1);
        assert.equal((await store.stored([a.document.id])).get(a.document.id)?.analyserVersion, 'old');
        assert.deepEqual(await store.getDocument(a.document.id), a);
      }));
  });
}
