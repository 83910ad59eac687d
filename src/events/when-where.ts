import type { EventActor, EventLocation, TimeExpr } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { SentenceView } from './view.js';

/** Time expressions that can date an event (a duration or a repeated time cannot). */
export const DATING_KINDS = new Set<TimeExpr['kind']>(['date', 'month', 'year', 'week', 'range', 'time']);
const LOCATIVE = new Set(['en', 'in', 'at', 'desde', 'from']);

export interface EventDate {
  date: string | null;
  dateFrom: string | null;
}

/** The time expressions of each sentence, in text order (one pass over doc.times). */
export function timesBySentence(doc: Doc): TimeExpr[][] {
  const out: TimeExpr[][] = doc.sentences.map(() => []);
  let s = 0;
  const times = [...doc.times].sort((a, b) => a.start - b.start);
  for (const t of times) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= t.start) s++;
    if (s < doc.sentences.length && doc.sentences[s]!.start <= t.start) out[s]!.push(t);
  }
  return out;
}

/** The date of an event: the nearest dating expression in its clause, else in its sentence, else the publication date. */
export function dateOf(view: SentenceView, times: readonly TimeExpr[], clauseFrom: number, clauseTo: number, trigger: number): EventDate {
  const tokens = view.doc.tokens;
  const at = tokens[view.offset + trigger]!.start;
  const clauseStart = tokens[view.offset + clauseFrom]!.start;
  const clauseEnd = tokens[view.offset + Math.max(clauseFrom, clauseTo - 1)]!.end;
  let best: TimeExpr | null = null;
  let bestScore = Infinity;
  for (const t of times) {
    if (!DATING_KINDS.has(t.kind)) continue;
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    const score = (inClause ? 0 : 1e9) + Math.abs(t.start - at);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best ? { date: best.value, dateFrom: best.id } : publishedDate(view);
}

/** The publication date as an event's default date, or no date. */
export function publishedDate(view: SentenceView): EventDate {
  const published = view.doc.published;
  return published ? { date: published.value, dateFrom: 'published' } : { date: null, dateFrom: null };
}

/**
 * A gazetteer place named in tokens [from, to) — capitalised, preferring one after "en"/"in" — nearest the
 * trigger. A place that is one of the event's actors without a locative preposition ("Washington advirtió",
 * "Moscow condemned") stands for a government by metonymy: it is not where the event happened.
 */
export function placeOf(view: SentenceView, from: number, to: number, trigger: number, actors: readonly EventActor[] = []): EventLocation | null {
  let best: EventLocation | null = null;
  let bestScore = Infinity;
  for (let i = from; i < to; i++) {
    const candidates = view.tables.placesByFirst.get(view.norm[i]!);
    if (!candidates) continue;
    const first = view.doc.tokens[view.offset + i]!.text;
    if (first[0] === first[0]!.toLowerCase()) continue;
    for (const p of candidates) {
      if (i + p.tokens.length > to) continue;
      let ok = true;
      for (let k = 1; k < p.tokens.length && ok; k++) ok = view.norm[i + k] === p.tokens[k];
      if (!ok) continue;
      const locative = i > 0 && LOCATIVE.has(view.norm[i - 1]!);
      if (!locative && isActorAt(view, i, actors)) break;
      const score = (locative ? 0 : 1000) + Math.abs(i - trigger);
      if (score < bestScore) {
        best = { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
        bestScore = score;
      }
      break;
    }
  }
  return best;
}

function isActorAt(view: SentenceView, i: number, actors: readonly EventActor[]): boolean {
  const mi = view.mention[i]!;
  if (mi < 0 || actors.length === 0) return false;
  const id = view.doc.mentions[mi]!.id;
  return actors.some((a) => a.mention === id);
}
