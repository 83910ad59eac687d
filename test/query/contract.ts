/**
 * The query contract: events, filters, merging counts, paging and stats give the same answers on every
 * engine (run by sqlite.test.ts and postgres.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listEvents, type MergedEvent } from '../../src/query/events.js';
import { NO_FILTER, type EventFilter } from '../../src/query/filter.js';
import { quadTable } from '../../src/query/quad-table.js';
import { computeStats } from '../../src/query/stats.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { CHN, makeAnalysis, NATO, RUS, UKR, USA, WIRE_COPY, WIRE_STORY } from '../store/analyses.js';

export type FreshDb = () => Promise<string>;

const consult = { actor: [RUS], recipient: [CHN], date: '2026-02-04', topics: ['energy'] };
const accuse = { type: 'ACCUSE' as const, cameo: '112', goldstein: -2, quadClass: 3 as const, actor: [USA], recipient: [RUS], date: '2026-02-05' };
const cooperate = { type: 'COOPERATE' as const, cameo: '061', goldstein: 6.4, quadClass: 2 as const, actor: [CHN], recipient: [RUS], date: '2026-02-04' };
const sanction = { type: 'SANCTION' as const, cameo: '163', goldstein: -8, quadClass: 4 as const, actor: [NATO], recipient: [UKR], date: '2026-03-01' };

/** Six articles: one event reported twice, a syndicated pair, a teaser, an undated event. */
export const DATASET = [
  makeAnalysis({ text: 'Putin y Xi hablaron por videollamada sobre el gas.', url: 'https://uno.example/a', published: '2026-02-04', events: [{ ...consult, trigger: 'videollamada' }] }),
  makeAnalysis({ text: 'Los líderes de Rusia y China conversaron; Washington acusó a Moscú.', url: 'https://dos.example/b', published: '2026-02-05', events: [{ ...consult, trigger: 'conversaron' }, { ...accuse, trigger: 'acusó' }] }),
  makeAnalysis({ text: WIRE_STORY, url: 'https://tres.example/c', events: [cooperate] }),
  makeAnalysis({ text: WIRE_COPY, url: 'https://cuatro.example/d', events: [cooperate] }),
  makeAnalysis({ text: 'Lee también: Putin llamará a Xi la semana próxima.', events: [{ ...consult, date: '2026-02-10', segment: 'teaser' }], flags: [{ kind: 'weekday-mismatch', message: 'prueba' }] }),
  makeAnalysis({ text: 'La OTAN sancionó a mandos ucranianos; Rusia y China hablan a menudo.', events: [sanction, { ...consult, date: null }] }),
];

const summary = (e: MergedEvent): string =>
  `${e.date ?? '-'} ${e.type} ${e.actor.map((a) => a.country ?? a.org).join('+')}>${e.recipient.map((a) => a.country ?? a.org).join('+')}`;

export function queryContract(engine: string, fresh: FreshDb): void {
  describe(`query contract: ${engine}`, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await fresh());
      await store.save(DATASET.slice(0, 3));
      await store.save(DATASET.slice(3));
    });
    after(() => store.close());

    const list = async (f: Partial<EventFilter>, limit?: number): Promise<MergedEvent[]> => {
      const out: MergedEvent[] = [];
      for await (const e of listEvents(store, { ...NO_FILTER, ...f }, limit)) out.push(e);
      return out;
    };

    it('matches a dyad whose two parties act together (one event, compound actor, as PLOVER codes meetings)', async () => {
      const joint = await openStore(await fresh());
      try {
        await joint.save([makeAnalysis({ text: 'Putin y Xi conversaron por videollamada.', events: [{ ...consult, actor: [RUS, CHN], recipient: [] }] })]);
        const pair = async (dyad: [string, string]): Promise<number> => {
          let n = 0;
          for await (const _ of listEvents(joint, { ...NO_FILTER, dyad })) n++;
          return n;
        };
        assert.equal(await pair(['RUS', 'CHN']), 1);
        assert.equal(await pair(['CHN', 'RUS']), 1);
        assert.equal(await pair(['RUS', 'USA']), 0, 'one party alone is not the dyad');
      } finally {
        await joint.close();
      }
    });

    it('asserted only: leaves out events no report asserts, and codes the rest from the asserting reports alone', async () => {
      const moods = await openStore(await fresh());
      try {
        const planned = makeAnalysis({ text: 'Putin podría llamar a Xi por videollamada.', events: [{ ...consult, trigger: 'videollamada' }] });
        planned.events[0]!.modality = 'hypothetical';
        await moods.save([
          makeAnalysis({ text: 'Putin llamó a Xi por videollamada.', url: 'https://uno.example/x', events: [{ ...consult, trigger: 'videollamada' }] }),
          planned,
          makeAnalysis({ text: 'Washington no acusó a Moscú.', events: [{ ...accuse, negated: true, trigger: 'acusó' }] }),
        ]);
        const all: MergedEvent[] = [];
        for await (const e of listEvents(moods, NO_FILTER)) all.push(e);
        const asserted: MergedEvent[] = [];
        for await (const e of listEvents(moods, { ...NO_FILTER, assertedOnly: true })) asserted.push(e);
        assert.ok(all.some((e) => e.negated), 'the negated accusation is there without the filter');
        assert.deepEqual(asserted.map(summary), ['2026-02-04 CONSULT RUS>CHN']);
        assert.deepEqual(asserted[0]!.sources.map((s) => s.url), ['https://uno.example/x']);
        assert.ok(asserted.every((e) => e.modality === 'asserted' && !e.negated && e.numMentions === 1));
      } finally {
        await moods.close();
      }
    });

    it('lists one row per real event in date order, undated last, teasers left out', async () => {
      assert.deepEqual((await list({})).map(summary), [
        '2026-02-04 CONSULT RUS>CHN',
        '2026-02-04 COOPERATE CHN>RUS',
        '2026-02-05 ACCUSE USA>RUS',
        '2026-03-01 SANCTION NATO>UKR',
        '- CONSULT RUS>CHN',
      ]);
      assert.equal((await list({ includeTeasers: true })).length, 6);
    });

    it('counts mentions, articles (stories) and sources (hosts) like GDELT', async () => {
      const [call, coop] = await list({});
      assert.deepEqual([call!.numMentions, call!.numArticles, call!.numSources], [2, 2, 2]);
      assert.deepEqual(call!.sources.map((s) => s.trigger), ['videollamada', 'conversaron'], 'each article’s own coding, first report first');
      assert.deepEqual(call!.topics, ['energy']);
      assert.deepEqual([coop!.numMentions, coop!.numArticles, coop!.numSources], [2, 1, 2], 'a syndicated copy is one story from two outlets');
    });

    const filters: Array<[string, Partial<EventFilter>, string[]]> = [
      ['actor RUS', { actor: 'RUS' }, ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['actor by full code RUSGOV', { actor: 'RUSGOV' }, ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['actor by organisation NATO', { actor: 'NATO' }, ['2026-03-01 SANCTION NATO>UKR']],
      ['recipient RUS', { recipient: 'RUS' }, ['2026-02-04 COOPERATE CHN>RUS', '2026-02-05 ACCUSE USA>RUS']],
      ['dyad RUS-CHN, either direction', { dyad: ['RUS', 'CHN'] }, ['2026-02-04 CONSULT RUS>CHN', '2026-02-04 COOPERATE CHN>RUS', '- CONSULT RUS>CHN']],
      ['dyad CHN-RUS is the same pair', { dyad: ['CHN', 'RUS'] }, ['2026-02-04 CONSULT RUS>CHN', '2026-02-04 COOPERATE CHN>RUS', '- CONSULT RUS>CHN']],
      ['dyad with no events', { dyad: ['USA', 'CHN'] }, []],
      ['type CONSULT', { type: 'CONSULT' }, ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['CAMEO prefix 06', { type: '06' }, ['2026-02-04 COOPERATE CHN>RUS']],
      ['quad 3', { quad: 3 }, ['2026-02-05 ACCUSE USA>RUS']],
      ['since', { since: '2026-02-05' }, ['2026-02-05 ACCUSE USA>RUS', '2026-03-01 SANCTION NATO>UKR']],
      ['until', { until: '2026-02-04' }, ['2026-02-04 CONSULT RUS>CHN', '2026-02-04 COOPERATE CHN>RUS']],
      ['since and until the same day', { since: '2026-02-05', until: '2026-02-05' }, ['2026-02-05 ACCUSE USA>RUS']],
      ['text search', { text: 'videollamada' }, ['2026-02-04 CONSULT RUS>CHN']],
      ['text search, all words', { text: 'cordillera litio' }, ['2026-02-04 COOPERATE CHN>RUS']],
      ['text search, no document', { text: 'criptomoneda' }, []],
      ['teaser only when asked', { includeTeasers: true, since: '2026-02-10', until: '2026-02-10' }, ['2026-02-10 CONSULT RUS>CHN']],
      ['filters combine', { dyad: ['RUS', 'CHN'], quad: 2 }, ['2026-02-04 COOPERATE CHN>RUS']],
    ];
    for (const [what, f, expected] of filters) {
      it(`filters: ${what}`, async () => assert.deepEqual((await list(f)).map(summary), expected));
    }

    it('stops at the limit', async () => assert.equal((await list({}, 2)).length, 2));

    it('gives stats: documents, stories, events, codings, per type and day, flags', async () => {
      const s = await computeStats(store);
      assert.equal(s.documents, 6);
      assert.equal(s.stories, 5);
      assert.equal(s.events, 5);
      assert.equal(s.codings, 7);
      assert.equal(s.actors, 2);
      assert.equal(s.flags, 1);
      assert.deepEqual(s.flagsByKind, { 'weekday-mismatch': 1 });
      assert.deepEqual(s.eventsByType, { ACCUSE: 1, CONSULT: 2, COOPERATE: 1, SANCTION: 1 });
      assert.deepEqual(s.eventsByDay, { '2026-02-04': 2, '2026-02-05': 1, '2026-03-01': 1 });
      assert.equal(s.dyad, undefined);
    });

    it('gives a dyad’s series per day and ISO week, by quad class', async () => {
      const d = (await computeStats(store, { dyad: ['RUS', 'CHN'] })).dyad!;
      assert.equal(d.events, 3);
      assert.equal(d.undated, 1);
      assert.deepEqual(d.byDay.map((p) => [p.period, p.events, p.goldstein, p.quad['1'].events, p.quad['2'].goldstein]), [['2026-02-04', 2, 7.4, 1, 6.4]]);
      assert.deepEqual(d.byWeek.map((p) => [p.period, p.events]), [['2026-W06', 2]]);
    });

    it('counts undated events apart and splits a dyad by direction', async () => {
      const s = await computeStats(store, { dyad: ['RUS', 'CHN'] });
      assert.equal(s.undatedEvents, 1);
      const { forward, backward, together } = s.dyad!.directed;
      assert.deepEqual([forward.from, forward.to, forward.events, forward.undated], ['RUS', 'CHN', 2, 1]);
      assert.deepEqual([backward.from, backward.to, backward.events], ['CHN', 'RUS', 1]);
      assert.deepEqual(backward.byDay.map((p) => [p.period, p.quad['2'].events]), [['2026-02-04', 1]]);
      assert.equal(together.events, 0);
    });

    it('makes directed dyad-period quad tables', async () => {
      const t = await quadTable(store, 'day');
      assert.deepEqual(t.rows.map((r) => `${r.source}>${r.target} ${r.period} ${r.verbalCooperation}/${r.materialCooperation}/${r.verbalConflict}/${r.materialConflict}`), [
        'CHN>RUS 2026-02-04 0/1/0/0',
        'NATO>UKR 2026-03-01 0/0/0/1',
        'RUS>CHN 2026-02-04 1/0/0/0',
        'USA>RUS 2026-02-05 0/0/1/0',
      ]);
      assert.equal(t.undated, 1);
      assert.deepEqual((await quadTable(store, 'week', { dyad: ['USA', 'RUS'] })).rows.map((r) => [r.source, r.period, r.verbalConflict, r.goldstein]), [['USA', '2026-W06', 1, -2]]);
    });
  });

  describe(`query contract: ${engine}, modalities in series`, () => {
    it('series count asserted events unless all modalities are asked for; joint actors are "together"', async () => {
      const store = await openStore(await fresh());
      try {
        const planned = makeAnalysis({ text: 'China podría ayudar a Rusia con litio.', events: [{ ...cooperate, trigger: 'ayudar' }] });
        planned.events[0]!.modality = 'intended';
        await store.save([
          planned,
          makeAnalysis({ text: 'Putin y Xi conversaron por videollamada.', events: [{ ...consult, actor: [RUS, CHN], recipient: [], trigger: 'conversaron' }] }),
        ]);
        const asserted = (await computeStats(store, { dyad: ['CHN', 'RUS'] })).dyad!;
        assert.deepEqual([asserted.events, asserted.directed.forward.events, asserted.directed.together.events, asserted.allModalities], [1, 0, 1, false]);
        const all = (await computeStats(store, { dyad: ['CHN', 'RUS'], allModalities: true })).dyad!;
        assert.deepEqual([all.events, all.directed.forward.events, all.allModalities], [2, 1, true]);
        assert.deepEqual((await quadTable(store, 'day')).rows.map((r) => `${r.source}>${r.target}`), ['RUS>CHN'], 'the joint actor as a pair; the intended aid left out');
        assert.equal((await quadTable(store, 'day', { allModalities: true })).rows.length, 2);
      } finally {
        await store.close();
      }
    });
  });

  describe(`query contract: ${engine}, paging`, () => {
    it('streams more events than one page, each once, in order', async () => {
      const store = await openStore(await fresh());
      try {
        const days = Array.from({ length: 1203 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
        await store.save([makeAnalysis({ text: 'Un documento con muchísimos eventos fechados.', events: days.map((date) => ({ date })) })]);
        const seen: string[] = [];
        for await (const e of listEvents(store, NO_FILTER)) seen.push(e.date!);
        assert.deepEqual(seen, days);
      } finally {
        await store.close();
      }
    });
  });
}
