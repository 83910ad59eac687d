import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MergedEvent } from '../../src/query/events.js';
import { eventWriter, GDELT_FIELDS, type EventFormat } from '../../src/query/export.js';
import { gdeltColumns } from '../../src/query/gdelt-columns.js';
import { CHN, RUS } from '../store/analyses.js';

const event: MergedEvent = {
  id: 42,
  type: 'CONSULT',
  mode: null,
  cameo: '041',
  goldstein: 1,
  quadClass: 1,
  date: '2026-02-04',
  actor: [RUS],
  recipient: [CHN],
  location: { name: 'Moscú', country: 'RUS', lat: 55.75, lon: 37.62 },
  modality: 'asserted',
  negated: false,
  topics: ['energy', 'trade'],
  numMentions: 3,
  numArticles: 2,
  numSources: 2,
  firstSeen: '2026-02-05T09:15:30.123Z',
  sources: [
    { document: 'aaaa', sourceId: 'a.txt', url: 'https://uno.example/a', title: 'Putin y Xi, "socios", hablan', published: '2026-02-04', story: 'aaaa', event: 'e0', trigger: 'videollamada', sentence: 2, segment: 'body', rule: 'es.consult', confidence: 0.9 },
  ],
};
const undated: MergedEvent = { ...event, id: 43, date: null, location: null, actor: [], sources: [{ ...event.sources[0]!, url: null, trigger: 'dijo, "no"\nluego', sentence: 9 }] };

const render = (format: EventFormat, events: MergedEvent[]): string => {
  const w = eventWriter(format);
  return w.begin() + events.map((e, i) => w.row(e, i)).join('') + w.end(events.length);
};

describe('GDELT 2.0 export', () => {
  it('maps every one of the 61 columns of the data file, and nothing else', () => {
    const names = gdeltColumns().map((c) => c.name);
    assert.equal(names.length, 61);
    assert.deepEqual(Object.keys(GDELT_FIELDS).sort(), [...names].sort());
  });

  it('writes one tab-separated row of 61 fields per event, no header', () => {
    const lines = render('gdelt', [event, undated]).trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const names = gdeltColumns().map((c) => c.name);
    const row = Object.fromEntries(lines[0]!.split('\t').map((v, i) => [names[i], v]));
    assert.equal(lines[0]!.split('\t').length, 61);
    assert.deepEqual(
      [row.GLOBALEVENTID, row.SQLDATE, row.MonthYear, row.Year, row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code, row.Actor2Code],
      ['42', '20260204', '202602', '2026', 'RUSGOV', 'RUS', 'GOV', 'CHNGOV'],
    );
    assert.deepEqual([row.EventCode, row.EventBaseCode, row.EventRootCode, row.QuadClass, row.GoldsteinScale], ['041', '041', '04', '1', '1']);
    assert.deepEqual([row.NumMentions, row.NumSources, row.NumArticles, row.IsRootEvent], ['3', '2', '2', '1']);
    assert.deepEqual([row.ActionGeo_Type, row.ActionGeo_FullName, row.ActionGeo_Lat], ['4', 'Moscú', '55.75']);
    assert.deepEqual([row.DATEADDED, row.SOURCEURL, row.AvgTone], ['20260205091530', 'https://uno.example/a', '']);
    const second = Object.fromEntries(lines[1]!.split('\t').map((v, i) => [names[i], v]));
    assert.equal(second.SQLDATE, '20260204', 'an undated event takes its first report’s publication day');
    assert.equal(second.Actor1Code, '');
    assert.equal(second.IsRootEvent, '0');
    assert.equal(second.SOURCEURL, 'a.txt', 'without a URL, the name the document came under');
  });
});

describe('CSV export', () => {
  it('has a header and quotes commas, quotes and line breaks', () => {
    const lines = render('csv', [undated]).split('\n');
    const header = lines[0]!.split(',');
    assert.equal(header[0], 'id');
    assert.ok(header.includes('num_articles'));
    assert.match(render('csv', [undated]), /"dijo, ""no""\nluego"/);
    assert.match(lines[1]!, /^43,,CONSULT,,041,1,1,,,CHNGOV,Xi Jinping,/);
  });
});

describe('POLECAT-style export', () => {
  const cases: Array<[string, MergedEvent[], number]> = [['no events', [], 0], ['two events', [event, undated], 2]];
  for (const [what, events, n] of cases) {
    it(`is one JSON array (${what})`, () => {
      const parsed = JSON.parse(render('polecat', events)) as Array<Record<string, unknown>>;
      assert.equal(parsed.length, n);
      if (n) {
        assert.equal(parsed[0]!.event_type, 'CONSULT');
        assert.deepEqual(parsed[0]!.contexts, ['energy', 'trade']);
        assert.deepEqual(parsed[0]!.actors, [{ name: 'Vladimir Putin', country: 'RUS', organisation: null, sectors: ['GOV'], wikidata: 'Q7747' }]);
      }
    });
  }
});

describe('JSONL and table exports', () => {
  it('JSONL: one event object per line', () => {
    const lines = render('jsonl', [event, undated]).trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as MergedEvent).id), [42, 43]);
  });

  it('table: a header, one line per event with its date, type, actors and counts, a total', () => {
    const out = render('table', [event, undated]).split('\n');
    assert.match(out[0]!, /^DATE\s+TYPE\s+ACTOR -> RECIPIENT\s+ART\s+SRC\s+EVIDENCE$/);
    assert.match(out[1]!, /^2026-02-04 CONSULT 041\s+RUSGOV Vladimir Putin -> CHNGOV Xi Jinping\s+2\s+2\s+«videollamada» https:\/\/uno\.example\/a$/);
    assert.match(out[2]!, /^\?{4}-\?\?-\?\? CONSULT 041\s+\? -> CHNGOV Xi Jinping/);
    assert.equal(out[3], '2 events');
  });
});
