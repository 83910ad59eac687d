import type { Lang, Mention } from '../core/analysis.js';
import type { Token } from '../core/doc.js';
import { isSpeechVerb } from './speech-verbs.js';

/** How a speaker was found, for `rule` in the trace. */
export type SpeakerRule =
  | 'according-to' | 'verb-subject' | 'verb-inverted' | 'after-quote' | 'dropped-subject'
  | 'tree-subject' | 'tree-apposed-name' | 'next-sentence' | 'previous-sentence' | 'colon';

export interface SpeakerMatch {
  mention: Mention;
  rule: SpeakerRule;
}

const ACCORDING_TO = new Set(['según', 'segun']);
/** A mention right after one of these is a complement ("agradeció a Xi"), not the subject. */
const PREPOSITIONS = new Set(['a', 'al', 'con', 'de', 'del', 'ante', 'para', 'por', 'contra', 'entre', 'sobre', 'to', 'with', 'of', 'by', 'for', 'against', 'from']);
/** How far after a verb of saying an inverted subject may stand ("dijo ayer el ministro"). */
const INVERTED_WINDOW = 4;

/**
 * The speaker of a quote inside one sentence: "según X" / "according to X"; else the subject of the
 * nearest verb of saying before the quote (or the inverted subject right after that verb); else a verb
 * of saying after the quote with its subject. `sentenceTokens` are the sentence's tokens, `mentions`
 * the sentence's mentions in text order; the quote's own tokens and mentions are never candidates.
 */
export function findSpeaker(
  quote: { start: number; end: number },
  sentenceTokens: readonly Token[],
  mentions: readonly Mention[],
  lang: Lang,
): SpeakerMatch | { verbOnly: true } | null {
  const outside = mentions.filter((m) => m.end <= quote.start || m.start >= quote.end);
  const tokens = sentenceTokens.filter((t) => t.end <= quote.start || t.start >= quote.end);

  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.text.toLowerCase();
    const according = ACCORDING_TO.has(lower) || (lower === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to');
    if (!according) continue;
    const m = outside.find((x) => x.start >= tokens[i]!.end && x.start <= (tokens[i + 3]?.end ?? Infinity));
    if (m) return { mention: m, rule: 'according-to' };
  }

  let before = -1;
  let after = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSpeechVerb(tokens[i]!.text.toLowerCase(), lang)) continue;
    if (tokens[i]!.end <= quote.start) before = i;
    else if (after < 0) after = i;
  }
  if (before >= 0) {
    const verb = tokens[before]!;
    const subject = nearestSubject(outside, tokens, verb.start, -Infinity);
    if (subject) return { mention: subject, rule: 'verb-subject' };
    const inverted = firstAfter(outside, tokens, before);
    if (inverted && inverted.end <= quote.start) return { mention: inverted, rule: 'verb-inverted' };
  }
  if (after >= 0) {
    const verb = tokens[after]!;
    const between = nearestSubject(outside, tokens, verb.start, quote.end);
    if (between) return { mention: between, rule: 'after-quote' };
    const inverted = firstAfter(outside, tokens, after);
    if (inverted) return { mention: inverted, rule: 'after-quote' };
  }
  return before >= 0 || after >= 0 ? { verbOnly: true } : null;
}

/** The closest mention ending before `limit` and starting after `from` that is not a prepositional complement. */
function nearestSubject(mentions: readonly Mention[], tokens: readonly Token[], limit: number, from: number): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.end > limit || m.start < from) continue;
    if (best && m.start >= best.start && m.end <= best.end) continue;
    const prev = tokens.findLast((t) => t.end <= m.start);
    if (prev && PREPOSITIONS.has(prev.text.toLowerCase())) continue;
    if (!best || m.start > best.end || (m.start <= best.start && m.end >= best.end)) best = m;
  }
  return best;
}

function firstAfter(mentions: readonly Mention[], tokens: readonly Token[], verbIndex: number): Mention | null {
  const limit = tokens[Math.min(verbIndex + INVERTED_WINDOW, tokens.length - 1)]!.end;
  const verbEnd = tokens[verbIndex]!.end;
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start < verbEnd || m.start > limit) continue;
    if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = m;
  }
  return best;
}
