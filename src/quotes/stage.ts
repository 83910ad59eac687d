import type { Mention, Quote } from '../core/analysis.js';
import type { Doc, Token } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { findQuotes } from './find-quotes.js';
import { isQuotedName } from './is-name.js';
import { findSpeaker } from './speaker.js';

/** The `via` of mentions matched in the dated people lexicon. */
const NAMED_PERSON = 'lexicon:shared/people';
/** A dropped-subject quote takes the last speaker only if it spoke this recently (in sentences). */
const DROPPED_SUBJECT_REACH = 3;

/**
 * Direct quotes and their speakers. Quoted names are skipped; a speaker is the mention a verb of
 * saying or "según" points to, followed back through coreference to the actor it names.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'mentions'],
  provides: ['quotes'],
  run(doc, ctx) {
    const lang = doc.lang ?? 'und';
    const firstToken = sentenceTokenStarts(doc);
    let lastSpeaker: { id: string; sentence: number } | null = null;
    for (const segment of doc.segments) {
      for (const q of findQuotes(doc.text, segment.start, segment.end, lang)) {
        const text = doc.text.slice(q.inner.start, q.inner.end);
        if (isQuotedName(text)) {
          ctx.trace.record('quotes:name', q.inner.start, q.inner.end, () => `"${text}" reads as a name, not a quote`);
          continue;
        }
        const sentence = sentenceAt(doc, q.outer.start);
        let speaker: string | null = null;
        if (sentence >= 0) {
          const s = doc.sentences[sentence]!;
          const tokens = doc.tokens.slice(firstToken[sentence]!, firstToken[sentence + 1]!);
          const mentions = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
          const found = findSpeaker(q.outer, tokens, mentions, lang);
          if (found && 'mention' in found) {
            speaker = rootOf(found.mention, doc).id;
            ctx.trace.record(`quotes:${found.rule}`, found.mention.start, found.mention.end, () => `speaker of "${text}"`);
          } else if (found && lastSpeaker && sentence - lastSpeaker.sentence <= DROPPED_SUBJECT_REACH) {
            speaker = lastSpeaker.id;
            ctx.trace.record('quotes:dropped-subject', q.inner.start, q.inner.end, () => `verb of saying without a subject: the last speaker`);
          }
          if (speaker) lastSpeaker = { id: speaker, sentence };
        }
        const quote: Quote = { id: `q${doc.quotes.length}`, start: q.inner.start, end: q.inner.end, text, speaker };
        doc.quotes.push(quote);
      }
    }
  },
};

/** Index of each sentence's first token (tokens are stored sentence by sentence), plus a final sentinel. */
function sentenceTokenStarts(doc: Doc): number[] {
  const starts = new Array<number>(doc.sentences.length + 1).fill(doc.tokens.length);
  for (let i = doc.tokens.length - 1; i >= 0; i--) starts[(doc.tokens[i] as Token).sentence] = i;
  for (let s = doc.sentences.length - 1; s >= 0; s--) if (starts[s]! > starts[s + 1]!) starts[s] = starts[s + 1]!;
  return starts;
}

function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Follows refersTo from the speaker's mention ("el líder ruso" -> … -> "presidentes de Rusia") and keeps
 * the first mention that names a known person ("Vladímir Putin"), else the chain's end: the quote is
 * attributed to a name wherever the text gave one.
 */
function rootOf(m: Mention, doc: Doc): Mention {
  let current = m;
  for (let hops = 0; hops < 10; hops++) {
    if (current.via.startsWith(NAMED_PERSON) || !current.refersTo) return current;
    const next = doc.mentions.find((x) => x.id === current.refersTo);
    if (!next) return current;
    current = next;
  }
  return current;
}
