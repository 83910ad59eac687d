import type { Doc } from '../core/doc.js';
import { findTopicHits } from './topic-table.js';

/** The distinct topics whose terms occur in tokens[first, last] of a document (an event's clause or sentence). */
export function topicsInTokens(doc: Doc, first: number, last: number): string[] {
  const topics: string[] = [];
  for (const hit of findTopicHits(doc.tokens, first, last + 1, doc.lang ?? 'und')) if (!topics.includes(hit.topic)) topics.push(hit.topic);
  return topics;
}
