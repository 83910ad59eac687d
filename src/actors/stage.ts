import type { Lang, Mention, SegmentKind } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import type { Tracer } from '../core/tracer.js';
import { nerDocument } from '../ner/tagger.js';
import { resolveCoreference } from './coref.js';
import { latestTextDate } from './latest-text-date.js';
import type { Draft } from './draft.js';
import { actorLexicon, type ActorLexicon } from './lexicon.js';
import { matchTokens, tokenKeys, type LexItem, type TokenKeys } from './match.js';
import { TokenCase } from './normalize.js';
import { phraseBuffers, sentenceDrafts, type ModelSpan } from './phrases.js';
import { applyStoryCountry } from './story-country.js';

/**
 * Actor mentions: lexicon matches (countries, demonyms, capitals and seats of power, organisations,
 * people with dated offices, roles), the NER model's names where the lexicon found none, then
 * coreference of descriptors, groups, appositions and surnames.
 */
export const actorsStage: Stage = actorsStageWith(actorLexicon);

/** The actors stage over another lexicon (a user lexicon merged into the built-in one: src/actors/user-lexicon.ts). */
export function actorsStageWith(lexiconOf: (lang: Lang) => ActorLexicon): Stage {
  return {
    name: 'actors',
    requires: ['text', 'lang', 'segments', 'sentences', 'tokens', 'published'],
    provides: ['mentions'],
    run(doc, ctx) {
      doc.mentions = findMentions(doc, ctx.trace, lexiconOf);
    },
  };
}

const ENTITY = /^[BI]-(PER|ORG|LOC|MISC)$/;
/** Parts of the page that name no actor of the news: notices and widgets, authors' lines, photo captions and credits. */
const PAGE_PARTS: ReadonlySet<SegmentKind> = new Set(['boilerplate', 'byline', 'caption']);

/** Spans of IOB2 tags over tokens [from, from + tags.length). */
export function tagSpans(tags: readonly string[], from: number): ModelSpan[] {
  const out: ModelSpan[] = [];
  let open: ModelSpan | null = null;
  tags.forEach((tag, i) => {
    const m = tag === 'O' ? null : ENTITY.exec(tag);
    const type = m?.[1] as ModelSpan['type'] | undefined;
    if (open && (!type || tag.startsWith('B-') || type !== open.type)) {
      out.push(open);
      open = null;
    }
    if (type) {
      if (open) open.end = from + i + 1;
      else open = { start: from + i, end: from + i + 1, type };
    }
  });
  if (open) out.push(open);
  return out;
}

export function findMentions(doc: Doc, trace: Tracer, lexiconOf: (lang: Lang) => ActorLexicon = actorLexicon): Mention[] {
  if (doc.tokens.length === 0) return [];
  const lex = lexiconOf(doc.lang ?? 'und');
  const tk = tokenKeys(doc.tokens);
  const date = doc.published?.value ?? null;
  const ceiling = date === null ? latestTextDate(doc.times) : null;
  const seenPersons = new Set<number>();
  const drafts: Draft[] = [];
  const buffers = phraseBuffers(doc.tokens.length);
  // The model reads each sentence with what the rest of the article says about its capitalised words.
  const starts: number[] = [];
  const texts: string[][] = [];
  for (let from = 0; from < doc.tokens.length;) {
    const sentence = doc.tokens[from]!.sentence;
    let to = from + 1;
    while (to < doc.tokens.length && doc.tokens[to]!.sentence === sentence) to++;
    const words = new Array<string>(to - from);
    for (let t = from; t < to; t++) words[t - from] = doc.tokens[t]!.text;
    starts.push(from);
    texts.push(words);
    from = to;
  }
  const ner = nerDocument(texts, doc.lang === 'en' ? 'en' : 'es');
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = from + texts[k]!.length;
    const sentence = doc.tokens[from]!.sentence;
    const part = doc.sentences[sentence];
    if (part && PAGE_PARTS.has(doc.segments[part.segment]?.kind ?? 'body')) continue;
    const items = matchTokens(lex, tk, from, to);
    const names: ModelSpan[] = mayHoldUnknownName(doc, lex, tk, items, from, to) ? tagSpans(ner.tag(k), from) : [];
    for (const d of sentenceDrafts({ doc, lex, tk, from, to, sentence, items, names, date, ceiling, seenPersons, buffers, trace })) drafts.push(d);
  }
  const resolved = resolveCoreference(drafts, { doc, lex, date, ceiling, trace });
  applyStoryCountry(resolved, trace);
  return toMentions(resolved, doc.text);
}

/**
 * Whether the NER model could find a name the lexicon did not: some capitalised word outside the
 * lexicon's matches other than a function word opening the sentence. Most sentences of news have one;
 * those that do not are spared the model.
 */
function mayHoldUnknownName(doc: Doc, lex: ActorLexicon, tk: TokenKeys, items: readonly LexItem[], from: number, to: number): boolean {
  let k = 0;
  let first = true;
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t]!;
    if (tok.kind !== 'word') continue;
    while (k < items.length && items[k]!.end <= t) k++;
    const covered = k < items.length && items[k]!.start <= t;
    const opener = first && lex.words.opener.has(tk.keys[t]!);
    first = false;
    if (!covered && !opener && tk.cases[t] !== TokenCase.Lower) return true;
  }
  return false;
}

/** Numbers the drafts m0, m1… in text order (members of a group keep their order) and links refersTo by id. */
function toMentions(drafts: Draft[], text: string): Mention[] {
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start || a.i - b.i);
  const ids = new Map<Draft, string>();
  order.forEach(({ d }, n) => ids.set(d, `m${n}`));
  return order.map(({ d }) => ({
    id: ids.get(d)!,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    type: d.type,
    actor: d.actor,
    refersTo: d.refersTo ? (ids.get(d.refersTo) ?? null) : null,
    via: d.via,
  }));
}
