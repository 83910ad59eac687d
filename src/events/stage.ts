import type { EventActor, EventRecord, SegmentKind } from '../core/analysis.js';
import type { Stage } from '../core/stage.js';
import { codeSentence } from './code-sentence.js';
import { eventTables } from './tables.js';
import { buildView, mentionIndex, sameSpanGroups } from './view.js';
import { timesBySentence } from './when-where.js';

const ACCENT = /[áéíóú]/;
/** Parts of a page that report nothing anybody did. */
const SKIPPED_PARTS = new Set<SegmentKind>(['boilerplate', 'byline', 'dateline']);
/** A subject dropped at the start of a sentence is taken from the previous one only within running text. */
const CARRYING_PARTS = new Set<SegmentKind>(['body']);

/**
 * Event coding (PLOVER/CAMEO): clause-level trigger patterns per sentence, roles from the mentions, mood
 * from cue words and tense, date, place and topics from the clause. Event topics come from
 * src/topics/span-topics.ts.
 */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'published', 'times', 'mentions', 'quotes', 'topics'],
  provides: ['events'],
  run(doc, ctx) {
    const tables = eventTables(doc.lang ?? 'und');
    if (!tables || doc.tokens.length === 0) return;
    const mentionOf = mentionIndex(doc);
    const sameSpan = sameSpanGroups(doc);
    const accentedText = ACCENT.test(doc.text);
    const mentionById = new Map(doc.mentions.map((m, i) => [m.id, i]));
    const times = timesBySentence(doc);
    const events: EventRecord[] = [];
    let n = 0;
    const nextId = (): string => `e${n++}`;
    let carried: EventActor[] = [];
    let previousSegment = -1;
    let t = 0;
    while (t < doc.tokens.length) {
      const sentence = doc.tokens[t]!.sentence;
      let end = t;
      while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence) end++;
      const segIndex = doc.sentences[sentence]!.segment;
      const segment = doc.segments[segIndex]!.kind;
      if (!CARRYING_PARTS.has(segment) || (previousSegment >= 0 && segIndex - previousSegment > 1)) carried = [];
      if (!SKIPPED_PARTS.has(segment)) {
        const view = buildView(doc, tables, sentence, t, end - t, mentionOf, sameSpan, accentedText, mentionById);
        const subject = codeSentence({ view, segment, times: times[sentence] ?? [], carried, trace: ctx.trace, nextId }, events);
        carried = CARRYING_PARTS.has(segment) ? subject : [];
        previousSegment = segIndex;
      }
      t = end;
    }
    doc.events = events;
  },
};
