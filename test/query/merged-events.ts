import type { MergedEvent } from '../../src/query/events.js';
import { CHN, NATO, RUS, UKR, USA } from '../store/analyses.js';

/** Merged events as listEvents returns them, written for the export tests (our own sentences). */
export const consult: MergedEvent = {
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
  background: false,
  topics: ['energy', 'trade'],
  numMentions: 3,
  numArticles: 2,
  numSources: 2,
  firstSeen: '2026-02-05T09:15:30.123Z',
  sources: [
    {
      document: 'aaaa', sourceId: 'a.txt', url: 'https://uno.example/a', title: 'Putin y Xi, "socios", hablan', published: '2026-02-04', language: 'es',
      story: 'aaaa', event: 'e0', trigger: 'videollamada', triggerStart: 31, sentence: 2, segment: 'body', rule: 'es.consult', confidence: 0.9,
    },
    {
      document: 'bbbb', sourceId: null, url: null, title: null, published: '2026-02-05', language: 'es',
      story: 'bbbb', event: 'e3', trigger: 'conversaron', triggerStart: 120, sentence: 6, segment: 'body', rule: 'es.consult', confidence: 0.7,
    },
  ],
};

/** No day, no place, no actor, a trigger with a comma, quotes and a line break. */
export const undated: MergedEvent = {
  ...consult,
  id: 43,
  date: null,
  location: null,
  actor: [],
  sources: [{ ...consult.sources[0]!, url: null, trigger: 'dijo, "no"\nluego', sentence: 9 }],
};

/** A joint actor with no recipient: Russia and China acting together, in a month-precision date. */
export const joint: MergedEvent = { ...consult, id: 44, cameo: '057', type: 'AGREE', date: '2026-03', actor: [RUS, CHN], recipient: [], location: { name: 'China', country: 'CHN', lat: null, lon: null } };

/** Two actors against two recipients: four pairs. */
export const twoByTwo: MergedEvent = { ...consult, id: 45, cameo: '112', type: 'ACCUSE', quadClass: 3, goldstein: -2, date: '2026-W06', actor: [USA, NATO], recipient: [RUS, UKR] };

/** Reported as a plan and denied: not what GDELT would list. */
export const hypothetical: MergedEvent = { ...consult, id: 46, type: 'PROTEST', cameo: '140', goldstein: -6.5, quadClass: 3, modality: 'hypothetical', date: '2026' };
export const negated: MergedEvent = { ...consult, id: 47, negated: true };

export const ALL = [consult, undated, joint, twoByTwo, hypothetical, negated];
