import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventActor, EventRecord, Mention } from '../../src/core/analysis.js';
import { NO_TRACE, TraceLog } from '../../src/core/tracer.js';
import { mergeMentions, OTHER_STORY_RULE } from '../../src/events/merge-mentions.js';
import { analyze } from '../../src/index.js';

const country = (code: string, mention: string): EventActor => ({ country: code, org: null, sector: null, name: code, wikidata: null, mention });
const person = (name: string, code: string, mention: string, wikidata: string | null = null): EventActor => ({ country: code, org: null, sector: 'GOV', name, wikidata, mention });
const PERSONS: Mention[] = ['p1', 'p2', 'p3'].map((id) => ({ id, start: 0, end: 1, text: id, type: 'PER', actor: null, refersTo: null, via: 'test' }));

let at = 0;
/** An event with its trigger at a fresh offset, asserted, dated by default, in the body. */
function event(over: Partial<EventRecord>): EventRecord {
  const start = (at += 10);
  const base: EventRecord = {
    id: 'x', type: 'CONSULT', mode: null, cameo: '040', goldstein: 1, quadClass: 1, actor: [], recipient: [],
    date: '2026-02-04', dateFrom: 'published', location: null, modality: 'asserted', negated: false, sentence: 0,
    segment: 'body', trigger: { start, end: start + 4, text: 'trig' }, topics: [], rule: 'test.rule', confidence: 0.7,
    background: false, mentions: [],
  };
  const e = { ...base, ...over };
  e.mentions = [{ start, end: start + 4, text: 'trig', sentence: 0, segment: e.segment, rule: e.rule, cameo: e.cameo }];
  return e;
}

const RUS = country('RUS', 'c1');
const CHN = country('CHN', 'c2');
const UKR = country('UKR', 'c3');
const PUTIN = person('Vladimir Putin', 'RUS', 'p1', 'Q7747');
const LAVROV = person('Sergei Lavrov', 'RUS', 'p2', 'Q189525');
const GOMEZ = person('Ana Gómez', 'RUS', 'p3');

/** Pairs of events of one article: whether they are one happening. */
const PAIRS: Array<[string, EventRecord, EventRecord, boolean]> = [
  ['a country and its leader, the same recipient', event({ actor: [RUS], recipient: [CHN] }), event({ actor: [PUTIN], recipient: [CHN] }), true],
  ['a side named in one mention only', event({ actor: [PUTIN] }), event({ recipient: [CHN] }), true],
  ['a meeting told from either side', event({ actor: [RUS], recipient: [CHN] }), event({ actor: [CHN], recipient: [RUS] }), true],
  ['an attack told from either side is two attacks', event({ type: 'ASSAULT', cameo: '190', actor: [RUS], recipient: [UKR] }), event({ type: 'ASSAULT', cameo: '190', actor: [UKR], recipient: [RUS] }), false],
  ['two people of one country are two parties', event({ actor: [PUTIN], recipient: [CHN] }), event({ actor: [LAVROV], recipient: [CHN] }), false],
  ['two people without identifiers, different names', event({ actor: [GOMEZ] }), event({ actor: [LAVROV] }), false],
  ['different types', event({ actor: [RUS] }), event({ type: 'SUPPORT', cameo: '051', actor: [RUS] }), false],
  ['asserted and intended', event({ actor: [RUS] }), event({ actor: [RUS], modality: 'intended' }), false],
  ['asserted and negated', event({ actor: [RUS] }), event({ actor: [RUS], negated: true }), false],
  ['news and background', event({ actor: [RUS] }), event({ actor: [RUS], background: true }), false],
  ['two places', event({ actor: [RUS], location: { name: 'Minsk', country: 'BLR', lat: null, lon: null } }), event({ actor: [RUS], location: { name: 'Astana', country: 'KAZ', lat: null, lon: null } }), false],
  ['a day within a month told elsewhere', event({ actor: [RUS], date: '2026-02-04', dateFrom: 't0' }), event({ actor: [RUS], date: '2026-02', dateFrom: 't1' }), true],
  ['two different days', event({ actor: [RUS], date: '2026-02-04', dateFrom: 't0' }), event({ actor: [RUS], date: '2026-02-11', dateFrom: 't1' }), false],
  ['a teaser of another story never joins the article\'s event', event({ actor: [RUS], segment: 'teaser' }), event({ actor: [RUS] }), false],
  ['the article\'s event never takes in a teaser told after it', event({ actor: [RUS] }), event({ actor: [RUS], segment: 'teaser' }), false],
  ['two teasers of the same happening stay apart too', event({ actor: [RUS], segment: 'teaser' }), event({ actor: [RUS], segment: 'teaser' }), false],
];

describe('mergeMentions: which events of an article are one happening', () => {
  for (const [name, a, b, one] of PAIRS) {
    it(`${name}: ${one ? 'one event' : 'two'}`, () => {
      const merged = mergeMentions([a, b], PERSONS, NO_TRACE);
      assert.equal(merged.length, one ? 1 : 2);
      if (one) assert.deepEqual(merged[0]!.mentions.map((m) => m.start), [a.trigger.start, b.trigger.start]);
    });
  }

  it('keeps the most complete coding, fills in what only another mention says, and renumbers in text order', () => {
    const lead = event({ actor: [RUS], recipient: [CHN], confidence: 0.9 });
    const headline = event({ actor: [PUTIN], segment: 'title', date: '2026-02-04', dateFrom: 't0', topics: ['energy'] });
    const other = event({ type: 'SUPPORT', cameo: '051', actor: [CHN] });
    const [first, second] = mergeMentions([lead, other, headline], PERSONS, NO_TRACE);
    assert.deepEqual([first!.id, first!.type, second!.id, second!.type], ['e0', 'CONSULT', 'e1', 'SUPPORT']);
    assert.deepEqual(first!.actor, [RUS]);
    assert.deepEqual(first!.recipient, [CHN]);
    assert.equal(first!.dateFrom, 't0');
    assert.deepEqual(first!.topics, ['energy']);
    assert.equal(first!.confidence, 0.9);
    assert.equal(first!.mentions.length, 2);
  });

  it('says why an event of another story\'s headline stays out, even when it is the only event', () => {
    const trace = new TraceLog();
    const teaser = event({ actor: [RUS], segment: 'teaser' });
    assert.equal(mergeMentions([teaser], PERSONS, trace).length, 1);
    assert.deepEqual(trace.entries.map((t) => [t.rule, t.start]), [[OTHER_STORY_RULE, teaser.trigger.start]]);
    const quiet = new TraceLog();
    mergeMentions([event({ actor: [RUS] })], PERSONS, quiet);
    assert.deepEqual(quiet.entries, []);
  });

  it('compares each event with a bounded number of earlier ones, so a long list stays linear', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => event({ actor: [person(`Person ${i}`, 'RUS', `q${i}`)], recipient: [CHN] }));
    const people: Mention[] = many.map((e) => ({ ...PERSONS[0]!, id: e.actor[0]!.mention! }));
    const t = Date.now();
    assert.equal(mergeMentions(many, people, NO_TRACE).length, 5_000);
    assert.ok(Date.now() - t < 2_000);
  });
});

/** Whole articles written for these tests. */
describe('events of a whole article', () => {
  it('a title, its lead and a later reference to the same talks are one event with three mentions', () => {
    const text = [
      'Argentina y Chile negocian en Santiago',
      '',
      'Los cancilleres de Argentina y de Chile se reunieron este martes en Santiago para hablar de la frontera.',
      '',
      'La reunión de Argentina y Chile duró cuatro horas, según fuentes oficiales.',
    ].join('\n');
    const a = analyze({ text, lang: 'es', published: '2026-05-13' });
    const talks = a.events.filter((e) => e.type === 'CONSULT');
    assert.equal(talks.length, 1, JSON.stringify(a.events.map((e) => [e.type, e.trigger.text])));
    assert.ok(talks[0]!.mentions.length >= 2);
    assert.deepEqual([...new Set(talks[0]!.actor.map((x) => x.country))].sort(), ['ARG', 'CHL']);
  });

  it('two protests in two cities on two days stay two events', () => {
    const text = 'Miles de estudiantes protestaron el lunes en Bogotá contra el Gobierno de Colombia. El miércoles, los agricultores protestaron en Lima contra el Gobierno de Perú.';
    const a = analyze({ text, lang: 'es', published: '2026-05-15' });
    assert.equal(a.events.filter((e) => e.type === 'PROTEST').length, 2);
  });
});
