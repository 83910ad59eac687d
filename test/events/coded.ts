import type { Actor, EventRecord, Lang, TimeExpr } from '../../src/core/analysis.js';
import type { Doc } from '../../src/core/doc.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { eventsStage } from '../../src/events/stage.js';
import { docWithMentions, type MentionSpec } from '../helpers/doc.js';

/** A mention with the actor it names (country, org or sector; the rest null). */
export interface ActorSpec extends MentionSpec {
  actor?: Partial<Actor>;
}

export interface TimeSpec {
  text: string;
  value: string;
  kind?: TimeExpr['kind'];
}

/** Runs the events stage alone on a Doc with real structure and hand-placed mentions and times. */
export interface CodeOptions {
  published?: string | null;
  times?: TimeSpec[];
  /** Changes the Doc before the stage runs (e.g. marks a segment as a teaser). */
  prepare?: (doc: Doc) => void;
}

export function codeDoc(text: string, lang: Lang, actors: ActorSpec[], opts: CodeOptions = {}): Doc {
  const doc = docWithMentions(text, lang, actors, opts.published ?? null);
  doc.published = opts.published ? { value: opts.published, source: 'metadata' } : null;
  for (const m of doc.mentions) {
    const spec = actors.find((a) => a.text === m.text);
    if (spec?.actor) m.actor = { country: null, org: null, sector: null, name: null, wikidata: null, ...spec.actor };
  }
  doc.times = (opts.times ?? []).map((t, i) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`time "${t.text}" not in the text`);
    return { id: `t${i}`, start, end: start + t.text.length, text: t.text, value: t.value, kind: t.kind ?? 'date', flags: [], suggestion: null, rule: 'test.fixture' };
  });
  opts.prepare?.(doc);
  eventsStage.run(doc, { trace: NO_TRACE });
  return doc;
}

export function code(text: string, lang: Lang, actors: ActorSpec[] = [], opts: CodeOptions = {}): EventRecord[] {
  return codeDoc(text, lang, actors, opts).events;
}

/** "RUS+CHN": the countries (or names, or orgs) of a role, for compact assertions. */
export function who(list: EventRecord['actor']): string {
  return list.map((a) => a.country ?? a.org ?? a.name ?? a.sector ?? '?').join('+');
}

/** "CONSULT 040 RUS+CHN -> UKR asserted": one event in one line. */
export function line(e: EventRecord): string {
  return `${e.type} ${e.cameo} ${who(e.actor) || '-'} -> ${who(e.recipient) || '-'} ${e.modality}${e.negated ? ' negated' : ''}`;
}
