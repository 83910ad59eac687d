import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis, TimeExpr } from '../../src/core/analysis.js';
import { documentTimeline } from '../../src/query/document-timeline.js';
import { makeAnalysis } from '../store/analyses.js';

const time = (id: string, value: string, kind: TimeExpr['kind']): TimeExpr => ({ id, start: 0, end: 4, text: id, value, kind, flags: [], suggestion: null, rule: 'test.fixture' });

/** An article published on 2026-02-05 that speaks of the day before, last week, a duration and next month. */
function article(): Analysis {
  const a = makeAnalysis({
    text: 'Ayer los cancilleres hablaron; la semana pasada hubo sanciones; en marzo se verán; durante dos semanas nada.',
    published: '2026-02-05',
    events: [
      { trigger: 'hablaron', date: '2026-02-04' },
      { trigger: 'sanciones', type: 'SANCTION', cameo: '163', goldstein: -8, quadClass: 4, date: '2026-W05' },
      { trigger: 'verán', date: '2026-03' },
      { trigger: 'nada', date: null },
    ],
  });
  a.times = [time('t0', '2026-02-04', 'date'), time('t1', '2026-W05', 'week'), time('t2', '2026-03', 'month'), time('t3', 'P2W', 'duration')];
  a.events[2]!.modality = 'expected';
  return a;
}

describe('documentTimeline', () => {
  it('orders what the article speaks of by calendar, against its publication day', () => {
    const t = documentTimeline(article());
    assert.deepEqual(
      t.entries.map((e) => [e.value, e.precision, e.from, e.to, e.offset, e.publication, e.times, e.events.map((x) => x.id)]),
      [
        ['2026-W05', 'week', '2026-01-26', '2026-02-01', -4, false, ['t1'], ['e1']],
        ['2026-02-04', 'day', '2026-02-04', '2026-02-04', -1, false, ['t0'], ['e0']],
        ['2026-02-05', 'day', '2026-02-05', '2026-02-05', 0, true, [], []],
        ['2026-03', 'month', '2026-03-01', '2026-03-31', 24, false, ['t2'], ['e2']],
      ],
    );
    assert.deepEqual(t.published, { value: '2026-02-05', source: 'metadata' });
    assert.deepEqual(t.undated.map((e) => e.id), ['e3']);
    assert.deepEqual(t.unplaced, ['t3'], 'a duration is no place on the calendar');
    const sanction = t.entries[0]!.events[0]!;
    assert.deepEqual([sanction.type, sanction.quadClass, sanction.goldstein, sanction.trigger], ['SANCTION', 4, -8, 'sanciones']);
    assert.equal(t.entries[3]!.events[0]!.modality, 'expected');
  });

  it('counts offsets to the nearest day an entry covers: 0 for a stretch around the publication day', () => {
    const a = article();
    a.times.push(time('t4', '2026-W06', 'week'), time('t5', '2026-02-01/2026-02-10', 'range'), time('t6', '2026-02-05T09:00', 'time'));
    const offsets = Object.fromEntries(documentTimeline(a).entries.map((e) => [e.value, [e.offset, e.publication]]));
    assert.deepEqual(offsets['2026-W06'], [0, false]);
    assert.deepEqual(offsets['2026-02-01/2026-02-10'], [0, false]);
    assert.deepEqual(offsets['2026-02-05T09:00'], [0, false], 'a time on the publication day is not the publication entry');
    assert.deepEqual(offsets['2026-02-05'], [0, true]);
  });

  it('marks events whose date is only the publication date', () => {
    const a = article();
    a.events[0]!.date = '2026-02-05';
    a.events[0]!.dateFrom = 'published';
    const pub = documentTimeline(a).entries.find((e) => e.publication)!;
    assert.deepEqual(pub.events.map((e) => [e.id, e.defaulted]), [['e0', true]]);
  });

  it('without a publication date: no offsets, no publication entry; an unanchored event date is undated', () => {
    const a = article();
    a.document.published = null;
    a.events[0]!.date = 'XXXX-02-04';
    const t = documentTimeline(a);
    assert.ok(t.entries.every((e) => e.offset === null && !e.publication));
    assert.deepEqual(t.entries.map((e) => e.value), ['2026-W05', '2026-02-04', '2026-03']);
    assert.deepEqual(t.undated.map((e) => e.id), ['e0', 'e3']);
  });

  it('an article with no dates at all has an empty timeline', () => {
    const a = makeAnalysis({ text: 'Sin fechas ni hechos.', events: [] });
    a.times = [];
    assert.deepEqual(documentTimeline(a), { document: a.document.id, published: null, entries: [], undated: [], unplaced: [] });
  });
});
