/**
 * Analyses built by hand for store and query tests: the pipeline's events stage may code nothing yet,
 * and the store must be tested on the full format (events with actors, recipients, dates, topics).
 * The sentences are the team's own.
 */
import { ANALYSIS_FORMAT, type Analysis, type EventActor, type EventRecord, type PloverType, type QuadClass } from '../../src/core/analysis.js';
import { textId } from '../../src/core/hash.js';

export const RUS: EventActor = { country: 'RUS', org: null, sector: 'GOV', name: 'Vladimir Putin', wikidata: 'Q7747', mention: 'm0' };
export const CHN: EventActor = { country: 'CHN', org: null, sector: 'GOV', name: 'Xi Jinping', wikidata: 'Q15031', mention: 'm1' };
export const USA: EventActor = { country: 'USA', org: null, sector: 'GOV', name: null, wikidata: null, mention: null };
export const NATO: EventActor = { country: null, org: 'NATO', sector: null, name: 'OTAN', wikidata: null, mention: null };
export const UKR: EventActor = { country: 'UKR', org: null, sector: 'MIL', name: null, wikidata: null, mention: null };

export interface EventSpec {
  type?: PloverType;
  cameo?: string;
  goldstein?: number;
  quadClass?: QuadClass;
  actor?: EventActor[];
  recipient?: EventActor[];
  date?: string | null;
  segment?: EventRecord['segment'];
  negated?: boolean;
  topics?: string[];
  trigger?: string;
  background?: boolean;
}

export interface AnalysisSpec {
  text: string;
  sourceId?: string | null;
  url?: string | null;
  title?: string | null;
  lang?: 'es' | 'en' | 'und';
  published?: string | null;
  events?: EventSpec[];
  flags?: Array<{ kind: string; message: string }>;
}

/** A consistent analysis of `text`: one body segment, one sentence, mentions for the events' actors. */
export function makeAnalysis(spec: AnalysisSpec): Analysis {
  const text = spec.text;
  const len = text.length;
  const events: EventRecord[] = (spec.events ?? []).map((e, i) => {
    const trigger = e.trigger ?? text.split(/\s+/)[1] ?? text;
    const start = Math.max(0, text.indexOf(trigger));
    return {
      id: `e${i}`,
      type: e.type ?? 'CONSULT',
      mode: null,
      cameo: e.cameo ?? '040',
      goldstein: e.goldstein ?? 1,
      quadClass: e.quadClass ?? 1,
      actor: e.actor ?? [RUS],
      recipient: e.recipient ?? [CHN],
      date: e.date === undefined ? '2026-02-04' : e.date,
      dateFrom: e.date === null ? null : 't0',
      location: null,
      modality: 'asserted',
      negated: e.negated ?? false,
      sentence: 0,
      segment: e.segment ?? 'body',
      trigger: { start, end: start + trigger.length, text: trigger },
      topics: e.topics ?? [],
      rule: 'test.fixture',
      confidence: 0.9,
      background: e.background ?? false,
      mentions: [{ start, end: start + trigger.length, text: trigger, sentence: 0, segment: e.segment ?? 'body', rule: 'test.fixture', cameo: e.cameo ?? '040' }],
    };
  });
  return {
    format: ANALYSIS_FORMAT,
    document: {
      id: textId(text),
      sourceId: spec.sourceId ?? null,
      url: spec.url ?? null,
      lang: spec.lang ?? 'es',
      title: spec.title ?? null,
      published: spec.published ? { value: spec.published, source: 'metadata' } : null,
      text,
    },
    segments: [{ kind: 'body', start: 0, end: len }],
    sentences: [{ start: 0, end: len, segment: 0 }],
    mentions: [
      { id: 'm0', start: 0, end: Math.min(5, len), text: text.slice(0, 5), type: 'PER', actor: { country: 'RUS', org: null, sector: 'GOV', name: 'Vladimir Putin', wikidata: 'Q7747' }, refersTo: null, via: 'lexicon:test' },
      { id: 'm1', start: 0, end: Math.min(3, len), text: text.slice(0, 3), type: 'PER', actor: { country: 'CHN', org: null, sector: 'GOV', name: 'Xi Jinping', wikidata: 'Q15031' }, refersTo: 'm0', via: 'coref:test' },
    ],
    times: [{ id: 't0', start: 0, end: Math.min(4, len), text: text.slice(0, 4), value: '2026-02-04', kind: 'date', flags: ['weekday-mismatch'], suggestion: '2026-02-05', rule: 'es.date.dmy' }],
    quotes: [{ id: 'q0', start: 0, end: Math.min(6, len), text: text.slice(0, 6), speaker: 'm0' }],
    events,
    topics: [{ topic: 'energy', score: 0.4 }],
    flags: (spec.flags ?? []).map((f) => ({ ...f, start: 0, end: len })),
  };
}

/** A long wire story (enough words for near-duplicate detection) about a made-up trade meeting. */
export const WIRE_STORY = [
  'Los ministros de Comercio de Chile y Argentina se reunieron el martes en Santiago para revisar el acuerdo',
  'de integración minera que ambos países firmaron hace una década. Según fuentes oficiales, la reunión duró',
  'cuatro horas y terminó con un compromiso para simplificar los trámites aduaneros en los pasos fronterizos',
  'de la cordillera, donde los camiones esperan a veces más de dos días. Los dos gobiernos acordaron además',
  'crear una comisión técnica que presentará un informe antes de fin de año sobre el transporte de litio y',
  'cobre, dos productos que concentran buena parte del intercambio entre ambas economías.',
].join(' ');

/** The same story as a syndicated copy: a new lead word, a cut clause, a different last sentence. */
export const WIRE_COPY = WIRE_STORY.replace('Los ministros', 'Este martes los ministros')
  .replace(' Según fuentes oficiales,', '')
  .replace('dos productos que concentran buena parte del intercambio entre ambas economías.', 'según informó la agencia estatal.');

export const OTHER_STORY = [
  'El Parlamento Europeo aprobó este jueves una resolución que pide a la Comisión acelerar el reglamento',
  'sobre inteligencia artificial en el sector financiero. La votación fue ajustada y varios grupos anunciaron',
  'que presentarán enmiendas durante la próxima sesión plenaria en Estrasburgo, prevista para marzo.',
].join(' ');
