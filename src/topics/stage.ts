import type { SegmentKind, TopicScore } from '../core/analysis.js';
import type { Stage } from '../core/stage.js';
import { findTopicHits } from './topic-table.js';

/** Parts of the page that are about this story; teasers, captions and boilerplate say nothing of it. */
const STORY_PARTS: ReadonlySet<SegmentKind> = new Set(['title', 'heading', 'body', 'dateline']);
/** A topic needs this many term hits to count for the document. */
const MIN_HITS = 2;

/**
 * Document topics from the topic lexicons: each topic's share of all term hits in the story's own
 * parts, for topics hit at least twice, highest first.
 */
export const topicsStage: Stage = {
  name: 'topics',
  requires: ['lang', 'segments', 'sentences', 'tokens'],
  provides: ['topics'],
  run(doc, ctx) {
    const lang = doc.lang ?? 'und';
    const counts = new Map<string, number>();
    let total = 0;
    let from = 0;
    while (from < doc.tokens.length) {
      const sentence = doc.tokens[from]!.sentence;
      let to = from;
      while (to < doc.tokens.length && doc.tokens[to]!.sentence === sentence) to++;
      const segment = doc.segments[doc.sentences[sentence]!.segment]!;
      if (STORY_PARTS.has(segment.kind)) {
        for (const hit of findTopicHits(doc.tokens, from, to, lang)) {
          counts.set(hit.topic, (counts.get(hit.topic) ?? 0) + 1);
          total++;
          ctx.trace.record(`topics:${lang === 'en' ? 'en' : 'es'}`, doc.tokens[hit.first]!.start, doc.tokens[hit.last]!.end, () => hit.topic);
        }
      }
      from = to;
    }
    const topics: TopicScore[] = [];
    for (const [topic, n] of counts) if (n >= MIN_HITS) topics.push({ topic, score: Math.round((n / total) * 100) / 100 });
    doc.topics = topics.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
  },
};
