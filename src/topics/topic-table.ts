import type { Lang } from '../core/analysis.js';
import type { Token } from '../core/doc.js';
import { loadJsonResource } from '../core/resources.js';
import { foldWord } from '../core/fold.js';

/** One term of a topic: folded tokens, a token ending in * matching any word that starts with it. */
export interface TopicTerm {
  topic: string;
  tokens: string[];
}

export type TopicTable = Record<'es' | 'en', TopicTerm[]>;

/** A topic hit: the term matched tokens[first .. last]. */
export interface TopicHit {
  topic: string;
  first: number;
  last: number;
}

interface Index {
  exact: Map<string, TopicTerm[]>;
  /** Prefix terms keyed by the first four letters of their first token's stem. */
  byStem: Map<string, TopicTerm[]>;
}

const STEM_KEY = 4;
let indices: Record<'es' | 'en', Index> | null = null;

function buildIndex(terms: TopicTerm[]): Index {
  const index: Index = { exact: new Map(), byStem: new Map() };
  for (const term of terms) {
    const first = term.tokens[0]!;
    const [map, key] = first.endsWith('*') ? [index.byStem, first.slice(0, STEM_KEY)] : [index.exact, first];
    const list = map.get(key) ?? [];
    list.push(term);
    map.set(key, list);
  }
  return index;
}

function matches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * Topic terms found in tokens[from, to), longest term first at each position, never overlapping.
 * Compiled from data/<lang>/topics.tsv; `und` documents use the Spanish table.
 */
export function findTopicHits(tokens: readonly Token[], from: number, to: number, lang: Lang): TopicHit[] {
  if (!indices) {
    const table = loadJsonResource<TopicTable>('build/topics.json');
    indices = { es: buildIndex(table.es), en: buildIndex(table.en) };
  }
  const index = lang === 'en' ? indices.en : indices.es;
  const hits: TopicHit[] = [];
  const folded: string[] = [];
  const fold = (i: number): string => (folded[i - from] ??= foldWord(tokens[i]!.text));
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const word = fold(i);
    const candidates = [...(index.exact.get(word) ?? []), ...(index.byStem.get(word.slice(0, STEM_KEY)) ?? [])];
    let best: TopicHit | null = null;
    for (const term of candidates) {
      const last = i + term.tokens.length - 1;
      if (last >= to || (best && last <= best.last)) continue;
      let ok = true;
      for (let k = 0; k < term.tokens.length && ok; k++) ok = matches(term.tokens[k]!, fold(i + k));
      if (ok) best = { topic: term.topic, first: i, last };
    }
    if (best) {
      hits.push(best);
      i = best.last;
    }
  }
  return hits;
}
