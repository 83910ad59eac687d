import type { Mention } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { CueKind } from './compiled.js';
import { foldWord } from '../core/fold.js';

/** The folded form of each token of doc.tokens[offset, offset + count), as the tables are keyed. */
export function foldTokens(doc: Doc, offset: number, count: number): string[] {
  const norm = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const t = doc.tokens[offset + i]!;
    norm[i] = t.kind === 'word' ? foldWord(t.text) : t.text;
  }
  return norm;
}
import { matchesAt, type Match, type MatchInput } from './match.js';
import type { CuePattern, EventTables } from './tables.js';

/** Punctuation that closes a clause for role finding (commas do not: they also set off appositions). */
const HARD_BOUNDARY = new Set([';', ':', '(', ')', '«', '»', '"', '“', '”', '¿', '?', '¡', '!', '—', '[', ']']);

/**
 * One sentence as the coder reads it: folded words, the mention covering each token, clause boundaries
 * and the cue words found in it. Indices are positions inside the sentence (0 = its first token).
 */
export interface SentenceView extends MatchInput {
  readonly doc: Doc;
  readonly tables: EventTables;
  readonly sentence: number;
  /** Index in doc.tokens of the sentence's first token. */
  readonly offset: number;
  readonly count: number;
  /** Index into doc.mentions of the mention covering each token, or -1. */
  readonly mention: Int32Array;
  readonly boundary: readonly boolean[];
  readonly comma: readonly boolean[];
  /** Cue matches, by kind, in order. */
  readonly cues: ReadonlyMap<CueKind, readonly Match<CuePattern>[]>;
  /** The subordinator and relative-pronoun match covering each token, or null (looked up per token by the clause scans). */
  readonly subAt: readonly (Match<CuePattern> | null)[];
  readonly relativeAt: readonly (Match<CuePattern> | null)[];
  /** Tokens inside a relative clause set off after a mention (", que visitó China,"). */
  readonly inRelative: readonly boolean[];
  /** Tokens of a subordinate clause opening the sentence or following a comma, up to its comma ("Si Rusia ataca,"). */
  readonly inAdverbial: readonly boolean[];
  /** Tokens inside "según X" up to the next comma: a source, not a subject. */
  readonly inReport: readonly boolean[];
  /** Index into doc.mentions by mention id (for following refersTo). */
  readonly mentionById: ReadonlyMap<string, number>;
  /** Whether the document writes accents (so "rechazo" without one is not "rechazó"). */
  readonly accentedText: boolean;
  /** For a mention covering several actors over the same words, all their indices. */
  readonly sameSpan: ReadonlyMap<number, readonly number[]>;
}

export function buildView(
  doc: Doc, tables: EventTables, sentence: number, offset: number, count: number, mentionOf: Int32Array,
  sameSpan: ReadonlyMap<number, readonly number[]>, accentedText: boolean, mentionById: ReadonlyMap<string, number>,
  norm: string[],
): SentenceView {
  const skippable = new Array<boolean>(count);
  const boundary = new Array<boolean>(count);
  const comma = new Array<boolean>(count);
  const mention = mentionOf.subarray(offset, offset + count);
  for (let i = 0; i < count; i++) {
    const t = doc.tokens[offset + i]!;
    skippable[i] = t.kind === 'word' || t.kind === 'number';
    boundary[i] = t.kind !== 'word' && t.kind !== 'number' && HARD_BOUNDARY.has(t.text);
    comma[i] = t.text === ',';
  }
  const input: MatchInput = { norm, skippable };
  const all: Match<CuePattern>[] = [];
  for (let i = 0; i < count; i++) matchesAt(tables.cues, input, i, count, all);
  const cues = new Map<CueKind, Match<CuePattern>[]>();
  for (const m of all) {
    const list = cues.get(m.item.kind);
    if (list) list.push(m);
    else cues.set(m.item.kind, [m]);
  }
  const subAt = new Array<Match<CuePattern> | null>(count).fill(null);
  const relativeAt = new Array<Match<CuePattern> | null>(count).fill(null);
  for (const m of cues.get('sub') ?? []) for (let j = m.first; j <= m.last; j++) subAt[j] ??= m;
  for (const m of cues.get('relative') ?? []) for (let j = m.first; j <= m.last; j++) relativeAt[j] ??= m;
  const inRelative = new Array<boolean>(count).fill(false);
  for (const m of cues.get('relative') ?? []) {
    let p = m.first - 1;
    if (p >= 0 && comma[p]) p--;
    if (p < 0 || mention[p]! < 0) continue;
    for (let j = m.first; j < count && !boundary[j] && !comma[j]; j++) inRelative[j] = true;
  }
  const inAdverbial = new Array<boolean>(count).fill(false);
  for (const m of cues.get('sub') ?? []) {
    if (m.first > 0 && !comma[m.first - 1] && !boundary[m.first - 1]) continue;
    let close = -1;
    for (let j = m.last + 1; j < count && !boundary[j]; j++) {
      if (comma[j]) {
        close = j;
        break;
      }
    }
    // Only a clause closed by a comma with more sentence after it is set off ("Si X, Y"; not "…, que X.").
    if (close < 0 || close === count - 1) continue;
    for (let j = m.first; j <= close; j++) inAdverbial[j] = true;
  }
  const inReport = new Array<boolean>(count).fill(false);
  for (const m of cues.get('report') ?? []) {
    for (let j = m.first; j < count && !boundary[j] && !comma[j]; j++) inReport[j] = true;
  }
  return {
    doc, tables, sentence, offset, count, norm, skippable, mention, boundary, comma, cues, subAt, relativeAt, inRelative, inAdverbial,
    inReport, sameSpan, accentedText, mentionById,
  };
}

/** Mentions over exactly the same words, grouped under the first of them. */
export function sameSpanGroups(doc: Doc): Map<number, number[]> {
  const byKey = new Map<string, number[]>();
  doc.mentions.forEach((m, i) => {
    const key = `${m.start}:${m.end}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const out = new Map<number, number[]>();
  for (const list of byKey.values()) if (list.length > 1) for (const i of list) out.set(i, list);
  return out;
}

/** Index into doc.mentions of the mention covering each token of the document, or -1 (one linear pass). */
export function mentionIndex(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  const order = doc.mentions.map((_, i) => i).sort((a, b) => doc.mentions[a]!.start - doc.mentions[b]!.start);
  let t = 0;
  for (const mi of order) {
    const m: Mention = doc.mentions[mi]!;
    while (t < doc.tokens.length && doc.tokens[t]!.end <= m.start) t++;
    for (let j = t; j < doc.tokens.length && doc.tokens[j]!.start < m.end; j++) if (out[j] === -1) out[j] = mi;
  }
  return out;
}
