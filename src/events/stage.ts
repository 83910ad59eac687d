import type { EventActor, EventRecord, SegmentKind } from '../core/analysis.js';
import type { Stage } from '../core/stage.js';
import { carryFrom, codeSentence } from './code-sentence.js';
import { eventTables } from './tables.js';
import { buildView, foldTokens, mentionIndex, sameSpanGroups, type SentenceView } from './view.js';
import { sentenceTree } from '../syntax/sentence-tree.js';
import { mergeMentions } from './merge-mentions.js';
import { timesBySentence } from './when-where.js';
import { speakerOfFirstPerson } from './first-person.js';

const ACCENT = /[áéíóú]/;
/** Parts of a page that report nothing anybody did (a caption shows a photo, often a file photo, of what the text reports). */
const SKIPPED_PARTS = new Set<SegmentKind>(['boilerplate', 'byline', 'dateline', 'caption']);
/** A subject dropped at the start of a sentence is taken from the previous one only within running text. */
const CARRYING_PARTS = new Set<SegmentKind>(['body']);

/**
 * Event coding (PLOVER/CAMEO): clause-level trigger patterns per sentence, roles from the dependency tree
 * of the sentences that have one (src/events/tree-roles.ts) filled by the mentions, mood from cue words
 * and tense, date, place and topics from the clause. Event topics come from
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
    const none = (): EventActor[] => [];
    let carried: () => EventActor[] = none;
    let previousSegment = -1;
    let t = 0;
    while (t < doc.tokens.length) {
      const sentence = doc.tokens[t]!.sentence;
      let end = t;
      while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence) end++;
      const segIndex = doc.sentences[sentence]!.segment;
      const segment = doc.segments[segIndex]!.kind;
      if (!CARRYING_PARTS.has(segment) || (previousSegment >= 0 && segIndex - previousSegment > 1)) carried = none;
      if (!SKIPPED_PARTS.has(segment)) {
        const norm = foldTokens(doc, t, end - t);
        const [from, count] = [t, end - t];
        const view = (): SentenceView => buildView(doc, tables, sentence, from, count, mentionOf, sameSpan, accentedText, mentionById, norm);
        // A sentence without a single trigger word only hands its subject on (worked out if the next one asks).
        const fresh = events.length;
        const tree = (): ReturnType<typeof sentenceTree> => sentenceTree(doc, sentence, from, count);
        const subject = norm.some((w) => tables.patterns.byAnchor.has(w))
          ? codeSentence({ view: view(), segment, times: times[sentence] ?? [], carried, trace: ctx.trace, nextId, tree }, events)
          : carryFrom(view, carried);
        speakerOfFirstPerson(doc, events, fresh, from, count, tree, ctx.trace);
        carried = CARRYING_PARTS.has(segment) ? subject : none;
        previousSegment = segIndex;
      }
      t = end;
    }
    doc.events = mergeMentions(events, doc.mentions, ctx.trace);
  },
};
