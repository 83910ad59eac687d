/**
 * The HTTP API's contract, in process (`app.request`), on every store engine (run by sqlite.test.ts and
 * postgres.test.ts): the routes answer what src/query answers, page and export the same way, and
 * refuse bad input with `{error, detail}` naming what was wrong.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { documentTimeline, type TimelineEntry } from '../../src/query/document-timeline.js';
import { listEvents, type MergedEvent } from '../../src/query/events.js';
import { ASSERTED_FORMATS, TEXT_FORMATS } from '../../src/query/event-formats.js';
import { eventWriter } from '../../src/query/export.js';
import { NO_FILTER } from '../../src/query/filter.js';
import { computeStats } from '../../src/query/stats.js';
import { createApp } from '../../src/server/app.js';
import { API_EVENT_FORMATS } from '../../src/server/events-routes.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { DATASET, type FreshDb } from '../query/contract.js';
import { CHN, makeAnalysis, RUS } from '../store/analyses.js';

const summary = (e: MergedEvent): string =>
  `${e.date ?? '-'} ${e.type} ${e.actor.map((a) => a.country ?? a.org).join('+')}>${e.recipient.map((a) => a.country ?? a.org).join('+')}`;

async function body(res: Response): Promise<any> {
  return JSON.parse(await res.text());
}

export function apiContract(engine: string, fresh: FreshDb): void {
  describe(`API contract: ${engine}`, () => {
    let store: Store;
    let app: Hono;
    const get = (path: string): Promise<Response> => Promise.resolve(app.request(path));
    before(async () => {
      store = await openStore(await fresh());
      await store.save(DATASET.map((a, i) => ({ ...a, document: { ...a.document, sourceId: `notas/doc${i}.txt` } })));
      app = createApp(store, { webRoot: null });
    });
    after(() => store.close());

    it('GET /api/events answers what listEvents lists, as JSON, with no cursor on the last page', async () => {
      const res = await get('/api/events');
      assert.equal(res.status, 200);
      const page = await body(res);
      const direct: MergedEvent[] = [];
      for await (const e of listEvents(store, NO_FILTER)) direct.push(e);
      assert.deepEqual(page.events, JSON.parse(JSON.stringify(direct)));
      assert.equal(page.next, null);
    });

    const filters: Array<[string, string[]]> = [
      ['actor=RUS', ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['actor=rusgov', ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['recipient=RUS', ['2026-02-04 COOPERATE CHN>RUS', '2026-02-05 ACCUSE USA>RUS']],
      ['party=RUS', ['2026-02-04 CONSULT RUS>CHN', '2026-02-04 COOPERATE CHN>RUS', '2026-02-05 ACCUSE USA>RUS', '- CONSULT RUS>CHN']],
      ['party=UKR', ['2026-03-01 SANCTION NATO>UKR']],
      ['dyad=CHN-RUS', ['2026-02-04 CONSULT RUS>CHN', '2026-02-04 COOPERATE CHN>RUS', '- CONSULT RUS>CHN']],
      ['type=consult', ['2026-02-04 CONSULT RUS>CHN', '- CONSULT RUS>CHN']],
      ['type=06', ['2026-02-04 COOPERATE CHN>RUS']],
      ['quad=3', ['2026-02-05 ACCUSE USA>RUS']],
      ['since=2026-02-05&until=2026-02-28', ['2026-02-05 ACCUSE USA>RUS']],
      ['text=videollamada', ['2026-02-04 CONSULT RUS>CHN']],
      ['text=criptomoneda', []],
      ['include-teasers=true&since=2026-02-10', ['2026-02-10 CONSULT RUS>CHN', '2026-03-01 SANCTION NATO>UKR']],
      ['include-teasers=false&since=2026-02-10', ['2026-03-01 SANCTION NATO>UKR']],
      ['dyad=RUS-CHN&quad=2', ['2026-02-04 COOPERATE CHN>RUS']],
    ];
    for (const [q, expected] of filters) {
      it(`GET /api/events?${q}`, async () => assert.deepEqual((await body(await get(`/api/events?${q}`))).events.map(summary), expected));
    }

    const bad: Array<[string, string, RegExp]> = [
      ['actr=RUS', 'actr', /unknown parameter/],
      ['actor=R!S', 'actor', /not an actor code/],
      ['dyad=RUS', 'dyad', /not a dyad/],
      ['type=GOSSIP', 'type', /neither a PLOVER type/],
      ['quad=7', 'quad', /not a quad class/],
      ['since=2026-02-30', 'since', /not a YYYY-MM-DD date/],
      ['until=ayer', 'until', /not a YYYY-MM-DD date/],
      ['text=%20', 'text', /empty search text/],
      ['text=%3F%3F', 'text', /has no words/],
      ['include-teasers=maybe', 'include-teasers', /not true or false/],
      ['limit=0', 'limit', /whole number from 1 to 1000/],
      ['limit=5000', 'limit', /whole number from 1 to 1000/],
      ['cursor=hola', 'cursor', /not a cursor/],
      ['format=xml', 'format', /not one of json, jsonl, csv, gdelt, gdelt-mentions, polecat, polecat-json, icews/],
      ['actor=RUS&actor=CHN', 'actor', /more than once/],
    ];
    for (const [q, param, reason] of bad) {
      it(`GET /api/events?${q} is a 400 naming "${param}"`, async () => {
        const res = await get(`/api/events?${q}`);
        assert.equal(res.status, 400);
        assert.match(res.headers.get('content-type') ?? '', /application\/json/);
        const e = await body(res);
        if (param === 'text' && reason.source.includes('no words')) {
          // The store's own check (src/query/matching.ts) answers: still a 400 with the reason.
          assert.match(`${e.error} ${e.detail}`, reason);
          return;
        }
        assert.equal(e.error, `bad query parameter "${param}"`);
        assert.match(e.detail, reason);
      });
    }

    it('pages with a cursor: every event once, in order, and the last page says there is no next', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { events: MergedEvent[]; next: string | null } = await body(await get(`/api/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
        seen.push(...page.events.map(summary));
        cursor = page.next;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(pages, 3);
      assert.deepEqual(seen, (await body(await get('/api/events'))).events.map(summary));
    });

    const streamed: Array<[Exclude<(typeof API_EVENT_FORMATS)[number], 'json'>, RegExp]> = [
      ['csv', /^text\/csv/],
      ['jsonl', /^application\/x-ndjson/],
      ['gdelt', /^text\/tab-separated-values/],
      ['gdelt-mentions', /^text\/tab-separated-values/],
      ['polecat', /^text\/tab-separated-values/],
      ['polecat-json', /^application\/json/],
      ['icews', /^text\/tab-separated-values/],
    ];
    it('streams every text format of `atalaya events`', () =>
      assert.deepEqual([...API_EVENT_FORMATS].filter((f) => f !== 'json').sort(), TEXT_FORMATS.filter((f) => f !== 'table').sort()));
    for (const [format, type] of streamed) {
      it(`format=${format} streams what the CLI's exporter writes`, async () => {
        const res = await get(`/api/events?format=${format}&dyad=RUS-CHN`);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', type);
        assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="events\./);
        const writer = eventWriter(format);
        let expected = writer.begin();
        let n = 0;
        for await (const e of listEvents(store, { ...NO_FILTER, dyad: ['RUS', 'CHN'], assertedOnly: ASSERTED_FORMATS.has(format) })) expected += writer.row(e, n++);
        expected += writer.end(n);
        assert.equal(n, 3);
        assert.equal(await res.text(), expected);
      });
    }

    it('gdelt, gdelt-mentions and icews list asserted events only, unless all-modalities', async () => {
      const moods = await openStore(await fresh());
      try {
        const denied = makeAnalysis({ text: 'Caracas no expulsó al embajador de Brasil.', url: 'https://seis.example/f', events: [{ type: 'COERCE', cameo: '1212', goldstein: -5, quadClass: 4, actor: [RUS], recipient: [CHN], negated: true, trigger: 'expulsó' }] });
        const said = makeAnalysis({ text: 'Putin llamó a Xi por teléfono el miércoles.', url: 'https://siete.example/g', events: [{ trigger: 'llamó' }] });
        await moods.save([denied, said]);
        const api = createApp(moods, { webRoot: null });
        const rows = async (q: string): Promise<number> => (await (await api.request(`/api/events?${q}`)).text()).split('\n').filter(Boolean).length;
        for (const [format, header] of [['gdelt', 0], ['gdelt-mentions', 0], ['icews', 1]] as const) {
          assert.equal(await rows(`format=${format}`), header + 1, `${format}: the negated event left out`);
          assert.equal(await rows(`format=${format}&all-modalities=1`), header + 2, `${format} with all-modalities`);
        }
        assert.equal(await rows('format=jsonl'), 2, 'jsonl says negation itself');
        assert.equal((await api.request('/api/events?format=gdelt&all-modalities=maybe')).status, 400);
      } finally {
        await moods.close();
      }
    });

    it('an export honours limit and a bad filter is still a clean 400 before streaming starts', async () => {
      const csv = await (await get('/api/events?format=csv&limit=2')).text();
      assert.equal(csv.trim().split('\n').length, 3, 'a header and two rows');
      assert.equal((await get('/api/events?format=csv&quad=9')).status, 400);
    });

    it('GET /api/documents lists in store order and pages', async () => {
      const first = await body(await get('/api/documents?limit=4'));
      assert.equal(first.documents.length, 4);
      assert.ok(first.next);
      const rest = await body(await get(`/api/documents?limit=4&cursor=${first.next}`));
      assert.equal(rest.documents.length, 2);
      assert.equal(rest.next, null);
      assert.deepEqual([...first.documents, ...rest.documents].map((d: { id: string }) => d.id), DATASET.map((a) => a.document.id));
      assert.deepEqual((await body(await get('/api/documents?text=videollamada'))).documents.map((d: { sourceId: string }) => d.sourceId), ['notas/doc0.txt']);
    });

    it('GET /api/documents/:id gives the analysis, names, story and merged events; by name too', async () => {
      const copy = DATASET[3]!.document;
      const d = await body(await get(`/api/documents/${copy.id}`));
      assert.equal(d.analysis.document.text, copy.text);
      assert.deepEqual(d.names, ['notas/doc3.txt']);
      assert.equal(d.story, DATASET[2]!.document.id, 'the syndicated copy belongs to the first article’s story');
      assert.equal(d.events[0].articles, 1);
      assert.equal((await body(await get('/api/documents/doc3.txt'))).analysis.document.id, copy.id);
      const missing = await get('/api/documents/ffffffffffff');
      assert.equal(missing.status, 404);
      assert.deepEqual(Object.keys(await body(missing)), ['error', 'detail']);
    });

    it('GET /api/documents/:id/timeline is the stored analysis’s chronology; by name too; 404 and bad parameters as JSON', async () => {
      const doc = DATASET[1]!.document;
      const t = await body(await get(`/api/documents/${doc.id}/timeline`));
      assert.deepEqual(t, JSON.parse(JSON.stringify(documentTimeline((await store.getDocument(doc.id))!))));
      assert.deepEqual(
        t.entries.map((e: TimelineEntry) => [e.value, e.offset, e.publication, e.times, e.events.map((x) => `${x.id} ${x.type}`)]),
        [
          ['2026-02-04', -1, false, ['t0'], ['e0 CONSULT']],
          ['2026-02-05', 0, true, [], ['e1 ACCUSE']],
        ],
      );
      assert.deepEqual((await body(await get('/api/documents/doc1.txt/timeline'))).entries.length, 2);
      const undated = await body(await get(`/api/documents/${DATASET[5]!.document.id}/timeline`));
      assert.deepEqual([undated.published, undated.undated.map((e: { type: string }) => e.type)], [null, ['CONSULT']]);
      const missing = await get('/api/documents/ffffffffffff/timeline');
      assert.equal(missing.status, 404);
      assert.equal((await body(missing)).error, 'no such document');
      const bad = await get(`/api/documents/${doc.id}/timeline?period=week`);
      assert.equal(bad.status, 400);
      assert.equal((await body(bad)).error, 'bad query parameter "period"');
    });

    it('GET /api/stats is computeStats; dyad= and actor= add their series', async () => {
      assert.deepEqual(await body(await get('/api/stats')), JSON.parse(JSON.stringify(await computeStats(store))));
      const d = (await body(await get('/api/stats?dyad=RUS-CHN'))).dyad;
      assert.deepEqual([d.events, d.undated, d.byWeek.map((p: { period: string }) => p.period)], [3, 1, ['2026-W06']]);
      const a = (await body(await get('/api/stats?actor=RUS'))).actor;
      assert.deepEqual([a.actor, a.events, a.undated], ['RUS', 4, 1]);
      assert.deepEqual(a.byDay.map((p: { period: string; events: number }) => [p.period, p.events]), [['2026-02-04', 2], ['2026-02-05', 1]]);
      assert.equal((await get('/api/stats?dyad=RUSCHN')).status, 400);
    });

    it('GET /api/actors counts each real event once per side and links who acts on whom', async () => {
      const net = await body(await get('/api/actors'));
      const rus = net.actors.find((a: { code: string }) => a.code === 'RUS');
      assert.deepEqual([rus.asActor, rus.asRecipient, rus.name], [2, 2, 'Vladimir Putin']);
      const link = net.links.find((l: { source: string; target: string }) => l.source === 'RUS' && l.target === 'CHN');
      assert.deepEqual([link.events, link.goldstein], [2, 1]);
      assert.ok(net.links.some((l: { source: string; target: string }) => l.source === 'NATO' && l.target === 'UKR'));
      const filtered = await body(await get('/api/actors?quad=4'));
      assert.deepEqual(filtered.actors.map((a: { code: string }) => a.code).sort(), ['NATO', 'UKR']);
    });

    it('GET /api/places gives actor countries with their numeric codes for map shapes', async () => {
      const p = await body(await get('/api/places'));
      assert.deepEqual(p.places, [], 'no event in the dataset has a location');
      assert.deepEqual(p.countries.find((c: { country: string }) => c.country === 'RUS'), { country: 'RUS', numeric: '643', events: 4 });
    });

    it('unknown routes are JSON 404s', async () => {
      const res = await get('/api/nada');
      assert.equal(res.status, 404);
      assert.equal((await body(res)).error, 'no such route');
    });
  });

  describe(`API contract: ${engine}, POST /api/documents`, () => {
    const jsonl = (records: object[]): string => records.map((r) => JSON.stringify(r)).join('\n');
    const post = (app: Hono, payload: string, type: string, query = ''): Promise<Response> =>
      Promise.resolve(app.request(`/api/documents${query}`, { method: 'POST', headers: { 'content-type': type }, body: payload }));

    it('is refused (403) unless the server allows ingest', async () => {
      const store = await openStore(await fresh());
      try {
        const res = await post(createApp(store, { webRoot: null }), 'Rusia y China firmaron un acuerdo.', 'text/plain');
        assert.equal(res.status, 403);
        assert.equal((await body(res)).error, 'this server is read-only');
        assert.equal((await store.existing(['x'])).size, 0);
      } finally {
        await store.close();
      }
    });

    it('stores with ingest’s readers and dedup: JSONL records, a re-post is all duplicates, a bad line is reported', async () => {
      const store = await openStore(await fresh());
      try {
        const app = createApp(store, { webRoot: null, allowIngest: true });
        const records = [
          { id: 'nota-1', published: '2026-04-02', text: 'El Gobierno de Chile firmó este jueves un acuerdo de cooperación con Perú.' },
          { id: 'nota-2', text: 'Alemania condenó el ataque contra la embajada en la capital.' },
        ];
        const first = await post(app, jsonl(records), 'application/x-ndjson');
        assert.equal(first.status, 201);
        const a = await body(first);
        assert.deepEqual([a.counts.read, a.counts.stored, a.counts.duplicates, a.counts.failed], [2, 2, 0, 0]);
        const again = await post(app, `${jsonl(records)}\n{"id": "rota"}`, 'application/x-ndjson');
        assert.equal(again.status, 200);
        const b = await body(again);
        assert.deepEqual([b.counts.stored, b.counts.duplicates, b.counts.failed], [0, 2, 1]);
        assert.deepEqual(b.errors, [{ where: 'upload line 3', message: 'bad record: needs a "text" or an "html" field' }]);
        const stored = await body(await app.request('/api/documents/nota-1'));
        assert.equal(stored.analysis.document.published.value, '2026-04-02');
      } finally {
        await store.close();
      }
    });

    it('reads a page or plain text with metadata from the query; nothing readable is a 400', async () => {
      const store = await openStore(await fresh());
      try {
        const app = createApp(store, { webRoot: null, allowIngest: true });
        const page = '<html lang="es"><head><title>Cumbre</title></head><body><article><p>Los presidentes de Brasil y Argentina se reunieron en Brasilia para hablar de comercio.</p></article></body></html>';
        const res = await post(app, page, 'text/html', '?name=cumbre.html&published=2026-05-01');
        assert.equal(res.status, 201);
        const d = await body(await app.request('/api/documents/cumbre.html'));
        assert.equal(d.analysis.document.published.value, '2026-05-01');
        assert.doesNotMatch(d.analysis.document.text, /<p>/);
        const empty = await post(app, jsonl([{ id: 'x' }]), 'application/x-ndjson');
        assert.equal(empty.status, 400);
        assert.match((await body(empty)).detail, /upload line 1: bad record/);
        assert.equal((await post(app, 'hola', 'image/png')).status, 415);
        assert.equal((await post(app, 'hola', 'text/plain', '?published=ayer')).status, 400);
      } finally {
        await store.close();
      }
    });
  });
}
