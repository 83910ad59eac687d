import type { Lang, Mention, Quote, Span } from '../core/analysis.js';
import type { Doc, Token } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { findQuotes } from './find-quotes.js';
import { isQuotedName } from './is-name.js';
import { findSpeaker, type SpeakerMatch } from './speaker.js';
import { isSpeechVerb } from './speech-verbs.js';
import { rootSubject, treeSpeech } from './tree-speaker.js';
import { sentenceTree } from '../syntax/sentence-tree.js';
import type { QuotedSpan } from './find-quotes.js';

/** The `via` of mentions matched in the dated people lexicon. */
const NAMED_PERSON = 'lexicon:shared/people';
/** A dropped-subject quote takes the last speaker only if it spoke this recently (in sentences). */
const DROPPED_SUBJECT_REACH = 3;
const LETTER = /\p{L}/u;
const QUOTE_MARK = /[«»“”"]/;

/** What was found for a quote: a speaker, the previous quote's speaker, or only a verb without a subject. */
type Found = SpeakerMatch | { verbOnly: true } | { previous: string } | null;

/**
 * Direct quotes and their speakers. Quoted names are skipped; a speaker is the mention "según" points
 * to, else the subject of the verb of saying on the sentence's dependency tree (parsed only for
 * sentences holding a quote, and for a bare quote's neighbours that have a verb of saying), else the
 * word-order rules of findSpeaker where there is no tree; a quote standing alone as its sentence takes
 * its speaker from the next sentence ("Así lo dijo X") or the one before. The speaker is followed back
 * through coreference to the actor it names.
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
          const last = sentenceAt(doc, q.outer.end - 1);
          let found = speakerIn(doc, sentence, q, firstToken, lang);
          // "«Vamos. No hay otra opción», aseguró el técnico": the attribution is in the sentence the quote ends in.
          if (!found && last > sentence) found = speakerIn(doc, last, q, firstToken, lang);
          if (!found && opensAndCloses(doc, sentence, last >= 0 ? last : sentence, q.outer)) found = neighbourSpeaker(doc, sentence, last >= 0 ? last : sentence, firstToken, lang, lastSpeaker);
          if (found && 'mention' in found) {
            speaker = rootOf(found.mention, doc).id;
            const m = found.mention;
            ctx.trace.record(`quotes:${found.rule}`, m.start, m.end, () => `speaker of "${text}"`);
          } else if (found && 'previous' in found) {
            speaker = found.previous;
            ctx.trace.record('quotes:previous-quote', q.inner.start, q.inner.end, () => `a quote paragraph after another quote: its speaker`);
          } else if (found && lastSpeaker && sentence - lastSpeaker.sentence <= DROPPED_SUBJECT_REACH) {
            speaker = lastSpeaker.id;
            ctx.trace.record('quotes:dropped-subject', q.inner.start, q.inner.end, () => `verb of saying without a subject: the last speaker`);
          }
          if (speaker) lastSpeaker = { id: speaker, sentence: last >= 0 ? last : sentence };
        }
        const quote: Quote = { id: `q${doc.quotes.length}`, start: q.inner.start, end: q.inner.end, text, speaker };
        doc.quotes.push(quote);
      }
    }
  },
};

/** Index into `mentions` of the mention over each token of doc.tokens[from, from + count) (-1 for none). */
function mentionIndex(doc: Doc, from: number, count: number, mentions: readonly Mention[]): Int32Array {
  const at = new Int32Array(count).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = 0; t < count; t++) {
      const tok = doc.tokens[from + t]!;
      if (tok.start >= m.start && tok.end <= m.end && at[t] === -1) at[t] = i;
    }
  });
  return at;
}

function sentenceMentions(doc: Doc, s: number, skip: { start: number; end: number } | null): Mention[] {
  const span = doc.sentences[s]!;
  return doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end && (!skip || m.end <= skip.start || m.start >= skip.end));
}

/** The speaker of quote q in sentence s: "según", else the tree, else word order. */
function speakerIn(doc: Doc, s: number, q: QuotedSpan, firstToken: readonly number[], lang: Lang): Found {
  const from = firstToken[s]!;
  const count = firstToken[s + 1]! - from;
  const tokens = doc.tokens.slice(from, from + count);
  const mentions = sentenceMentions(doc, s, q.outer);
  const byOrder = findSpeaker(q.outer, tokens, mentions, lang);
  if (byOrder && 'rule' in byOrder && byOrder.rule === 'according-to') return byOrder;
  const tree = sentenceTree(doc, s, from, count);
  if (!tree) return byOrder;
  const at = mentionIndex(doc, from, count, mentions);
  const read = treeSpeech(tree, q.outer, mentions, at, lang);
  if (read.speaker) return read.speaker;
  if (read.verb) return { verbOnly: true };
  if (byOrder) return byOrder;
  // "La alcaldesa fue tajante: «…»": a clause ending in a colon introduces the quote, with any verb.
  const introduced = /:\s*$/.test(doc.text.slice(doc.sentences[s]!.start, q.outer.start));
  const subject = introduced ? rootSubject(tree, mentions, at) : null;
  return subject ? { mention: subject, rule: 'colon' } : null;
}

/** Whether the quote is its sentences' whole text: nothing but punctuation before or after it. */
function opensAndCloses(doc: Doc, first: number, last: number, outer: Span): boolean {
  const before = doc.text.slice(doc.sentences[first]!.start, outer.start);
  const after = doc.text.slice(outer.end, doc.sentences[last]!.end);
  return !LETTER.test(before) && !LETTER.test(after);
}

/**
 * The speaker of a quote standing alone: a next sentence whose verb of saying reports nothing of its own
 * ("Así lo afirmó el ministro"); else the previous sentence's speaker (its verb of saying's subject, or
 * the subject of a sentence ending in a colon), or the speaker of a quote that sentence held.
 */
function neighbourSpeaker(
  doc: Doc, first: number, last: number, firstToken: readonly number[], lang: Lang, lastSpeaker: { id: string; sentence: number } | null,
): Found {
  const next = last + 1;
  if (next < doc.sentences.length && !hasQuoteMark(doc, next)) {
    const read = readNeighbour(doc, next, firstToken, lang, false);
    if (read && !read.content && read.speaker) return { mention: read.speaker, rule: 'next-sentence' };
  }
  const prev = first - 1;
  if (prev < 0) return null;
  if (lastSpeaker && lastSpeaker.sentence === prev) return { previous: lastSpeaker.id };
  const colon = /:\s*$/.test(doc.text.slice(doc.sentences[prev]!.start, doc.sentences[prev]!.end));
  const read = readNeighbour(doc, prev, firstToken, lang, colon);
  return read?.speaker ? { mention: read.speaker, rule: 'previous-sentence' } : null;
}

function hasQuoteMark(doc: Doc, s: number): boolean {
  return QUOTE_MARK.test(doc.text.slice(doc.sentences[s]!.start, doc.sentences[s]!.end));
}

/**
 * A neighbouring sentence's verb of saying and its subject; parsed only when a word of it is a verb of
 * saying (or, with `colon`, when it introduces the quote whatever its verb).
 */
function readNeighbour(doc: Doc, s: number, firstToken: readonly number[], lang: Lang, colon: boolean): { speaker: Mention | null; content: boolean } | null {
  const from = firstToken[s]!;
  const count = firstToken[s + 1]! - from;
  let speech = false;
  for (let t = from; t < from + count && !speech; t++) speech = isSpeechVerb(doc.tokens[t]!.text.toLowerCase(), lang);
  if (!speech && !colon) return null;
  const tree = sentenceTree(doc, s, from, count);
  if (!tree) return null;
  const mentions = sentenceMentions(doc, s, null);
  const at = mentionIndex(doc, from, count, mentions);
  const read = treeSpeech(tree, null, mentions, at, lang);
  if (read.speaker) return { speaker: read.speaker.mention, content: read.content };
  return colon ? { speaker: rootSubject(tree, mentions, at), content: true } : null;
}

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
