import type { Insertable } from 'kysely';
import type { Analysis, EventActor } from '../core/analysis.js';
import { actorCode } from './actor-code.js';
import { dayOf } from './merge-key.js';
import { searchText } from './search-terms.js';
import type { Database, EventActorsTable, EventsTable } from './schema.js';

type Row<T extends keyof Database> = Insertable<Database[T]>;

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The analysis as stored: everything but the text, which has its own column (and full-text index). */
export function analysisJson(a: Analysis): string {
  return JSON.stringify({ ...a, document: { ...a.document, text: undefined } });
}

/**
 * The columns of a document's row that come from its analysis: what an insert writes and a re-analysis
 * replaces (text, story, minhash and first ingest time stay as stored).
 */
export function analysedColumns(a: Analysis, analyserVersion: string) {
  const d = a.document;
  return {
    source_id: d.sourceId,
    url: d.url,
    host: hostOf(d.url),
    title: d.title,
    lang: d.lang,
    published: d.published?.value ?? null,
    published_source: d.published?.source ?? null,
    n_events: a.events.length,
    analysis: analysisJson(a),
    search_text: searchText(d.title, d.text, d.lang),
    analyser_version: analyserVersion,
  };
}

export function documentRow(a: Analysis, storyId: string, minhashHex: string | null, now: string, analyserVersion: string): Row<'documents'> {
  const d = a.document;
  return { id: d.id, story_id: storyId, minhash: minhashHex, ingested_at: now, text: d.text, ...analysedColumns(a, analyserVersion) };
}

/** Rows of every annotation layer of one document, except events (which need their merged ids first). */
export function layerRows(a: Analysis): {
  mentions: Row<'mentions'>[];
  times: Row<'times'>[];
  quotes: Row<'quotes'>[];
  topics: Row<'topics'>[];
  flags: Row<'flags'>[];
} {
  const doc = a.document.id;
  return {
    mentions: a.mentions.map((m) => ({
      doc_id: doc,
      id: m.id,
      span_start: m.start,
      span_end: m.end,
      text: m.text,
      type: m.type,
      country: m.actor?.country ?? null,
      org: m.actor?.org ?? null,
      sector: m.actor?.sector ?? null,
      name: m.actor?.name ?? null,
      wikidata: m.actor?.wikidata ?? null,
      actor_code: m.actor ? actorCode(m.actor) : null,
      refers_to: m.refersTo,
      via: m.via,
    })),
    times: a.times.map((t) => ({
      doc_id: doc,
      id: t.id,
      span_start: t.start,
      span_end: t.end,
      text: t.text,
      value: t.value,
      kind: t.kind,
      flags: JSON.stringify(t.flags),
      suggestion: t.suggestion,
    })),
    quotes: a.quotes.map((q) => ({ doc_id: doc, id: q.id, span_start: q.start, span_end: q.end, text: q.text, speaker: q.speaker })),
    topics: [...topicScores(a).entries()].map(([topic, score]) => ({ doc_id: doc, topic, score })),
    flags: a.flags.map((f, n) => ({ doc_id: doc, n, kind: f.kind, span_start: f.start, span_end: f.end, message: f.message })),
  };
}

/** One score per topic: a repeated topic keeps its highest score rather than breaking the key. */
function topicScores(a: Analysis): Map<string, number> {
  const best = new Map<string, number>();
  for (const t of a.topics) best.set(t.topic, Math.max(t.score, best.get(t.topic) ?? -Infinity));
  return best;
}

export function eventRows(a: Analysis, mergedIds: readonly number[]): { events: Insertable<EventsTable>[]; actors: Insertable<EventActorsTable>[] } {
  const doc = a.document.id;
  const events: Insertable<EventsTable>[] = [];
  const actors: Insertable<EventActorsTable>[] = [];
  a.events.forEach((e, i) => {
    events.push({
      doc_id: doc,
      id: e.id,
      merged_id: mergedIds[i]!,
      type: e.type,
      mode: e.mode,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad_class: e.quadClass,
      date: e.date,
      day: dayOf(e.date),
      date_from: e.dateFrom,
      location_name: e.location?.name ?? null,
      location_country: e.location?.country ?? null,
      lat: e.location?.lat ?? null,
      lon: e.location?.lon ?? null,
      modality: e.modality,
      negated: e.negated ? 1 : 0,
      sentence: e.sentence,
      segment: e.segment,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      trigger_text: e.trigger.text,
      topics: JSON.stringify(e.topics),
      rule: e.rule,
      confidence: e.confidence,
      background: e.background ? 1 : 0,
      mentions: e.mentions.length,
    });
    const push = (role: 'actor' | 'recipient', xs: EventActor[]): void =>
      xs.forEach((x, n) =>
        actors.push({
          doc_id: doc,
          event_id: e.id,
          role,
          n,
          country: x.country,
          org: x.org,
          sector: x.sector,
          name: x.name,
          wikidata: x.wikidata,
          mention: x.mention,
          code: actorCode(x),
        }),
      );
    push('actor', e.actor);
    push('recipient', e.recipient);
  });
  return { events, actors };
}
