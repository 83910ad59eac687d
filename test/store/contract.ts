/**
 * The store contract: every engine must pass these same cases (run by sqlite.test.ts and
 * postgres.test.ts). `fresh()` gives the location (file path or URL) of a new, empty database.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_FILTER } from '../../src/query/filter.js';
import { listEvents } from '../../src/query/events.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { CHN, makeAnalysis, NATO, OTHER_STORY, RUS, UKR, USA, WIRE_COPY, WIRE_STORY } from './analyses.js';

export type FreshDb = () => Promise<string>;

async function withStore<T>(fresh: FreshDb, fn: (store: Store, db: string) => Promise<T>): Promise<T> {
  const db = await fresh();
  const store = await openStore(db);
  try {
    return await fn(store, db);
  } finally {
    await store.close();
  }
}

const count = async (store: Store, table: 'documents' | 'events' | 'merged_events' | 'mentions' | 'times' | 'quotes' | 'topics' | 'flags' | 'event_actors' | 'document_names'): Promise<number> => {
  const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
};

export function storeContract(engine: string, fresh: FreshDb): void {
  describe(`store contract: ${engine}`, () => {
    it('stores an analysis and gives it back unchanged, by id, id prefix and name', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Putin y Xi hablaron por videollamada sobre energía.', sourceId: 'notas/uno.txt', url: 'https://diario.example/a', published: '2026-02-04', events: [{}] });
        const r = await store.save([a]);
        assert.deepEqual(r.stored, [a.document.id]);
        assert.deepEqual(r.duplicates, []);
        assert.equal(r.events, 1);
        assert.deepEqual(await store.getDocument(a.document.id), a);
        assert.deepEqual(await store.getDocument(a.document.id.slice(0, 8)), a);
        assert.deepEqual(await store.getDocument('notas/uno.txt'), a);
        assert.deepEqual(await store.getDocument('uno.txt'), a, 'the last part of a path name');
        assert.equal(await store.getDocument('o.txt'), null, 'only a whole last part');
        assert.equal(await store.getDocument('u_o.txt'), null, 'LIKE wildcards in the name are literal');
        assert.equal(await store.getDocument('no-such-document'), null);
        assert.equal(await store.getDocument('ffffffffff'), null);
      }));

    it('writes one row per annotation in every layer', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({
          text: 'Rusia y China firmaron un acuerdo energético en Pekín.',
          events: [{ actor: [RUS, NATO], recipient: [CHN] }, { type: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3, actor: [USA], recipient: [RUS] }],
          flags: [{ kind: 'weekday-mismatch', message: 'el 2 de enero de 2026 fue viernes' }],
        });
        await store.save([a]);
        assert.equal(await count(store, 'mentions'), 2);
        assert.equal(await count(store, 'times'), 1);
        assert.equal(await count(store, 'quotes'), 1);
        assert.equal(await count(store, 'topics'), 1);
        assert.equal(await count(store, 'flags'), 1);
        assert.equal(await count(store, 'events'), 2);
        assert.equal(await count(store, 'event_actors'), 5);
        const codes = await store.db.selectFrom('event_actors').select(['code', 'role']).where('event_id', '=', 'e0').orderBy('role').orderBy('n').execute();
        assert.deepEqual(codes, [{ code: 'RUSGOV', role: 'actor' }, { code: 'NATO', role: 'actor' }, { code: 'CHNGOV', role: 'recipient' }]);
      }));

    it('stores the same text once, whatever name it comes under, and records every name', () =>
      withStore(fresh, async (store) => {
        const text = 'El canciller de México viajó a Ottawa para hablar de comercio.';
        const first = makeAnalysis({ text, sourceId: 'a/nota.txt' });
        const second = makeAnalysis({ text, sourceId: 'b/copia.txt' });
        assert.deepEqual((await store.save([first])).stored, [first.document.id]);
        const again = await store.save([second]);
        assert.deepEqual(again.stored, []);
        assert.deepEqual(again.duplicates, [first.document.id]);
        assert.equal(await count(store, 'documents'), 1);
        assert.equal((await store.getDocument('b/copia.txt'))?.document.id, first.document.id);
        assert.equal((await store.getDocument(first.document.id))?.document.sourceId, 'a/nota.txt', 'the first name stays the document’s own');
      }));

    it('stores a text given twice in one batch once', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Brasil y Uruguay acordaron ampliar un puente fronterizo.', sourceId: 'x' });
        const r = await store.save([a, makeAnalysis({ text: a.document.text, sourceId: 'y' }), makeAnalysis({ text: OTHER_STORY })]);
        assert.equal(r.stored.length, 2);
        assert.deepEqual(r.duplicates, [a.document.id]);
        assert.equal(await count(store, 'documents'), 2);
        assert.equal(await count(store, 'document_names'), 2);
      }));

    it('tells which ids are already stored', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Perú y Bolivia retomaron el diálogo sobre el lago Titicaca.' });
        await store.save([a]);
        assert.deepEqual(await store.existing([a.document.id, '0123456789abcdef']), new Set([a.document.id]));
        assert.deepEqual(await store.existing([]), new Set());
      }));

    it('links a syndicated copy with small edits to the first story, and nothing else', () =>
      withStore(fresh, async (store) => {
        const original = makeAnalysis({ text: WIRE_STORY, sourceId: 'agencia' });
        const copy = makeAnalysis({ text: WIRE_COPY, sourceId: 'diario' });
        const other = makeAnalysis({ text: OTHER_STORY, sourceId: 'otro' });
        assert.equal((await store.save([original])).nearDuplicates, 0);
        const r = await store.save([copy, other]);
        assert.equal(r.stored.length, 2, 'a near-duplicate is still stored (it is another article)');
        assert.equal(r.nearDuplicates, 1);
        const stories = await store.db.selectFrom('documents').select(['id', 'story_id']).execute();
        const story = new Map(stories.map((s) => [s.id, s.story_id]));
        assert.equal(story.get(copy.document.id), original.document.id);
        assert.equal(story.get(other.document.id), other.document.id);
        const indexed = await store.db.selectFrom('document_bands').select('doc_id').distinct().execute();
        assert.deepEqual(indexed.map((r) => r.doc_id).sort(), [original.document.id, other.document.id].sort(), 'only story heads are indexed');
      }));

    it('finds near-duplicates inside one batch too', () =>
      withStore(fresh, async (store) => {
        const r = await store.save([makeAnalysis({ text: WIRE_STORY }), makeAnalysis({ text: WIRE_COPY })]);
        assert.equal(r.nearDuplicates, 1);
      }));

    it('merges reports of one event across articles and keeps each article’s coding', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({ text: 'Putin y Xi conversaron por video este miércoles.', url: 'https://uno.example/1', events: [{ actor: [RUS], recipient: [CHN] }] });
        // Another outlet: the actor coded without sector, the same CAMEO root with another leaf.
        const b = makeAnalysis({
          text: 'Los presidentes de Rusia y China mantuvieron una llamada.',
          url: 'https://dos.example/2',
          events: [{ cameo: '043', actor: [{ ...RUS, sector: null, name: null }], recipient: [CHN] }],
        });
        const laterDay = makeAnalysis({ text: 'Putin volvió a llamar a Xi al día siguiente.', events: [{ date: '2026-02-05' }] });
        const noDate = makeAnalysis({ text: 'Putin y Xi hablan a menudo, dicen sus asesores.', events: [{ date: null }] });
        const noDate2 = makeAnalysis({ text: 'Según sus asesores, Putin y Xi hablan a menudo.', events: [{ date: null }] });
        await store.save([a]);
        await store.save([b, laterDay, noDate, noDate2]);
        assert.equal(await count(store, 'events'), 5);
        assert.equal(await count(store, 'merged_events'), 4, 'a and b are one event; undated events never merge');
        const merged = await store.db.selectFrom('events').select(['doc_id', 'merged_id']).execute();
        const of = new Map(merged.map((m) => [m.doc_id, Number(m.merged_id)]));
        assert.equal(of.get(a.document.id), of.get(b.document.id));
        assert.notEqual(of.get(a.document.id), of.get(laterDay.document.id));
        assert.notEqual(of.get(noDate.document.id), of.get(noDate2.document.id));
      }));

    it('does not merge events that differ in type root, direction, polarity or actors', () =>
      withStore(fresh, async (store) => {
        const base = { actor: [RUS], recipient: [CHN] };
        const variants = [
          base,
          { ...base, type: 'ACCUSE' as const, cameo: '112', quadClass: 3 as const },
          { actor: [CHN], recipient: [RUS] },
          { ...base, negated: true },
          { ...base, recipient: [UKR] },
        ];
        await store.save(variants.map((e, i) => makeAnalysis({ text: `Documento de prueba número ${i} sobre Rusia y China.`, events: [e] })));
        assert.equal(await count(store, 'merged_events'), variants.length);
      }));

    it('stores nothing of a batch that fails part-way', () =>
      withStore(fresh, async (store) => {
        const good = makeAnalysis({ text: 'Chile y Perú firmaron un tratado de pesca.', events: [{}] });
        const broken = makeAnalysis({ text: 'Este documento tiene dos eventos con el mismo id.', events: [{}, {}] });
        broken.events[1]!.id = 'e0';
        await assert.rejects(store.save([good, broken]));
        assert.equal(await count(store, 'documents'), 0);
        assert.equal(await count(store, 'events'), 0);
        assert.equal(await count(store, 'merged_events'), 0);
        assert.deepEqual((await store.save([good])).stored, [good.document.id], 'the store is usable after a failed batch');
      }));

    it('keeps what was stored when reopened, without migrating twice', async () => {
      const db = await fresh();
      const a = makeAnalysis({ text: 'Colombia y Venezuela reabrieron un paso de frontera.' });
      const first = await openStore(db);
      await first.save([a]);
      await first.close();
      const second = await openStore(db);
      try {
        assert.deepEqual(await second.existing([a.document.id]), new Set([a.document.id]));
        const migrations = await second.db.selectFrom('kysely_migration' as never).selectAll().execute();
        assert.equal(migrations.length, MIGRATIONS.length);
      } finally {
        await second.close();
      }
    });

    it('keeps Spanish text exactly, accents and all', () =>
      withStore(fresh, async (store) => {
        const text = 'La canciller señaló: «¡No habrá más demoras!» — añadió en São Paulo 🇧🇷.';
        const a = makeAnalysis({ text, title: 'Año nuevo, ñandú' });
        await store.save([a]);
        const back = await store.getDocument(a.document.id);
        assert.equal(back?.document.text, text);
        assert.equal(back?.document.title, 'Año nuevo, ñandú');
      }));

    it('leaves background out of the events unless asked, and counts every mention of an event', () =>
      withStore(fresh, async (store) => {
        const a = makeAnalysis({
          text: 'Rusia y China hablaron hoy; en 2013 Rusia había atacado a Ucrania.',
          events: [{ trigger: 'hablaron' }, { type: 'ASSAULT', cameo: '190', goldstein: -10, quadClass: 4, actor: [RUS], recipient: [UKR], trigger: 'atacado', date: '2013', background: true }],
        });
        const talk = a.events[0]!;
        talk.mentions = [talk.mentions[0]!, { ...talk.mentions[0]!, start: 0, end: 5, text: 'Rusia' }];
        await store.save([a]);
        const all = async (includeBackground: boolean) => {
          const out = [];
          for await (const e of listEvents(store, { ...NO_FILTER, includeBackground })) out.push(e);
          return out;
        };
        const news = await all(false);
        assert.deepEqual(news.map((e) => [e.type, e.numMentions, e.background]), [['CONSULT', 2, false]]);
        const everything = await all(true);
        assert.deepEqual(everything.map((e) => [e.type, e.background]).sort(), [['ASSAULT', true], ['CONSULT', false]]);
      }));
  });
}
