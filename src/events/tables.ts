import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';
import {
  VERB_TAGS, type CameoInfo, type CompiledLanguage, type CompiledPattern, type CompiledPlace, type CompiledRoles, type CueKind, type VerbTag,
} from './compiled.js';

/** A pattern element at run time: a set of folded forms, or a gap of up to `max` words. */
export type Element = { gap: false; forms: ReadonlySet<string> } | { gap: true; max: number };

export interface Pattern {
  id: string;
  cameo: string;
  elements: readonly Element[];
  roles: CompiledRoles;
  confidence: number;
  /** Index of the element whose token decides tense, voice and polarity (the first verb, else the first element). */
  head: number;
  /** Whether the pattern has a verb: a purely nominal one ("la huelga") names an event rather than reporting it. */
  verbal: boolean;
}

export interface CuePattern {
  kind: CueKind;
  elements: readonly Element[];
}

/** Patterns indexed by the folded form of their first token, so each token looks up only its own candidates. */
export interface PatternIndex<P> {
  byAnchor: ReadonlyMap<string, readonly P[]>;
}

export interface EventTables {
  lang: Lang;
  patterns: PatternIndex<Pattern>;
  cues: PatternIndex<CuePattern>;
  /** Folded single-word cues by kind (prepositions, negators …), for quick membership tests. */
  words: ReadonlyMap<CueKind, ReadonlySet<string>>;
  /** A verb form's tags (undefined for a word that is no verb form of the patterns). */
  verbTags: { get(form: string): readonly VerbTag[] | undefined };
  /** Verb forms that are not also a noun or adjective of the patterns ("apoyo", "marcha" are both): clause markers. */
  verbMarkers: { has(form: string): boolean };
  accented: ReadonlySet<string>;
  /** Forms of the patterns' nouns and adjectives. */
  nominal: ReadonlySet<string>;
  placesByFirst: ReadonlyMap<string, readonly CompiledPlace[]>;
  cameo: Readonly<Record<string, CameoInfo>>;
}

const cache = new Map<Lang, EventTables>();

/** The tags of each mask, made once: at most 256 arrays shared by every form, instead of one per form. */
const tagLists = new Map<number, readonly VerbTag[]>();
function tagsOf(mask: number): readonly VerbTag[] {
  let tags = tagLists.get(mask);
  if (!tags) {
    tags = Object.freeze(VERB_TAGS.filter((_, i) => (mask & (1 << i)) !== 0));
    tagLists.set(mask, tags);
  }
  return tags;
}
/** Cue kinds only ever asked "is this word one?" (never matched as patterns in a sentence). */
const WORD_KINDS: ReadonlySet<CueKind> = new Set(['prep', 'coord', 'det', 'notverb', 'speech', 'unreal']);

function index<P extends { elements: readonly Element[] }>(items: readonly P[]): PatternIndex<P> {
  const byAnchor = new Map<string, P[]>();
  for (const item of items) {
    const first = item.elements[0];
    if (!first || first.gap) continue;
    for (const form of first.forms) {
      const list = byAnchor.get(form);
      if (list) list.push(item);
      else byAnchor.set(form, [item]);
    }
  }
  return { byAnchor };
}

/** The event tables of one language, compiled by `npm run build`, loaded and indexed once per process. */
export function eventTables(lang: Lang): EventTables | null {
  if (lang === 'und') return null;
  const cached = cache.get(lang);
  if (cached) return cached;
  const data = loadJsonResource<CompiledLanguage>(`build/events/${lang}.json`);
  const lexSets = new Map<string, ReadonlySet<string>>();
  const elements = (raw: CompiledPattern['elements']): Element[] =>
    raw.map((e) => {
      if (e.k === 'gap') return { gap: true, max: e.max };
      const key = [...e.lex, ...e.words.map((w) => `=${w}`)].join(' ');
      let forms = lexSets.get(key);
      if (!forms) {
        const set = new Set<string>(e.words);
        for (const l of e.lex) for (const f of data.lexemes[l] ?? []) set.add(f);
        forms = set;
        lexSets.set(key, forms);
      }
      return { gap: false, forms };
    });
  const patterns: Pattern[] = data.patterns.map((p) => {
    const head = p.elements.findIndex((e) => e.k === 'tok' && (e.tags !== null || e.lex.some((l) => l.startsWith('v:'))));
    return { id: p.id, cameo: p.cameo, elements: elements(p.elements), roles: p.roles, confidence: p.confidence, head: head < 0 ? 0 : head, verbal: head >= 0 };
  });
  const cues: CuePattern[] = data.cues.map((c) => ({ kind: c.kind, elements: elements(c.elements) }));
  const words = new Map<CueKind, Set<string>>();
  for (const c of cues) {
    const only = c.elements.length === 1 ? c.elements[0] : undefined;
    if (!only || only.gap) continue;
    const set = words.get(c.kind) ?? new Set<string>();
    for (const f of only.forms) set.add(f);
    words.set(c.kind, set);
  }
  const placesByFirst = new Map<string, CompiledPlace[]>();
  for (const p of data.places) {
    const first = p.tokens[0]!;
    const list = placesByFirst.get(first);
    if (list) list.push(p);
    else placesByFirst.set(first, [p]);
  }
  for (const list of placesByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const nominal = new Set<string>();
  for (const [key, forms] of Object.entries(data.lexemes)) if (!key.startsWith('v:')) for (const f of forms) nominal.add(f);
  // Looked up in the parsed object itself: copying ~20,000 forms into a Map and a Set cost start-up time.
  const masks = data.verbTags;
  const isVerbForm = (form: string): boolean => Object.hasOwn(masks, form);
  const tables: EventTables = {
    lang,
    patterns: index(patterns),
    // Word-list kinds are looked up in `words`; only the others need matching per sentence.
    cues: index(cues.filter((c) => !WORD_KINDS.has(c.kind))),
    words,
    verbTags: { get: (form) => (isVerbForm(form) ? tagsOf(masks[form]!) : undefined) },
    verbMarkers: { has: (form) => isVerbForm(form) && !nominal.has(form) },
    accented: new Set(data.accented),
    nominal,
    placesByFirst,
    cameo: data.cameo,
  };
  cache.set(lang, tables);
  return tables;
}
