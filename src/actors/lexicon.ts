import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';
import { ACTORS_RESOURCE, ENTRY_KINDS, FUNCTION_WORD_CLASSES, type CompiledActors, type FunctionWordClass, type LexEntry } from './compiled.js';

/** A node of the token trie: the entries whose form ends here and the tokens that may follow. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Indexes into `entries`, in order of kind preference. */
  ends: number[] | null;
}

/** The compiled lexicon plus one token trie per language, built once on first use. */
export interface ActorLexicon {
  readonly data: CompiledActors;
  readonly root: TrieNode;
  /** Normalised keys of capitalised words that are also common words. */
  readonly nameWords: ReadonlySet<string>;
  readonly lang: Lang;
  /** Country index by ISO alpha-3. */
  readonly countryIndex: ReadonlyMap<string, number>;
  /** The English short name of a country, used as the actor's name. */
  countryName(iso3: string): string | null;
  /** `via` of a mention an entry produced: "lexicon:<file>#<form>". */
  via(e: LexEntry): string;
  /** Closed-class words of the language (both languages for "und"), by class. */
  readonly words: Readonly<Record<FunctionWordClass, ReadonlySet<string>>>;
}

const KIND_RANK = new Map(ENTRY_KINDS.map((k, i) => [k, i]));
/** Per compiled data (the built-in one, or one with a user lexicon merged in), per language, built once. */
const lexicons = new WeakMap<CompiledActors, Map<Lang, ActorLexicon>>();

/** The built-in compiled lexicon (build/actors.json), read once. */
export function builtInActors(): CompiledActors {
  return loadJsonResource<CompiledActors>(ACTORS_RESOURCE);
}

/** The built-in lexicon of a language. */
export function actorLexicon(lang: Lang): ActorLexicon {
  return actorLexiconOf(builtInActors(), lang);
}

/** The lexicon of a language over `data`: the built-in data, or one with a user lexicon merged in. */
export function actorLexiconOf(data: CompiledActors, lang: Lang): ActorLexicon {
  let perLang = lexicons.get(data);
  if (!perLang) lexicons.set(data, (perLang = new Map()));
  let lex = perLang.get(lang);
  if (!lex) {
    const fits = (e: LexEntry): boolean => lang === 'und' || e.lang === '*' || e.lang === lang;
    const root: TrieNode = { next: null, ends: null };
    data.entries.forEach((e, i) => {
      if (!fits(e)) return;
      let node = root;
      for (const key of e.keys) {
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: null, ends: null }));
        node = child;
      }
      (node.ends ??= []).push(i);
    });
    sortEnds(root, data.entries);
    const words = lang === 'und' ? [...data.nameWords.es, ...data.nameWords.en] : data.nameWords[lang];
    const countryIndex = new Map(data.countries.map((c, i) => [c.iso3, i]));
    const langs = lang === 'und' ? (['es', 'en'] as const) : lang === 'en' ? (['en'] as const) : (['es'] as const);
    const classes = {} as Record<FunctionWordClass, ReadonlySet<string>>;
    for (const c of FUNCTION_WORD_CLASSES) classes[c] = new Set(langs.flatMap((l) => data.functionWords[l][c]));
    const vias = data.entries.map((e) => `lexicon:${data.sources[e.source]}#${e.form}`);
    const entryIndex = new Map(data.entries.map((e, i) => [e, i]));
    lex = {
      data, root, nameWords: new Set(words), lang, countryIndex,
      countryName: (iso3) => data.countries[countryIndex.get(iso3) ?? -1]?.name ?? null,
      via: (e) => vias[entryIndex.get(e) ?? -1] ?? `lexicon:${data.sources[e.source]}#${e.form}`,
      words: classes,
    };
    perLang.set(lang, lex);
  }
  return lex;
}

function sortEnds(node: TrieNode, entries: readonly LexEntry[]): void {
  node.ends?.sort((a, b) => (KIND_RANK.get(entries[a]!.kind) ?? 0) - (KIND_RANK.get(entries[b]!.kind) ?? 0));
  if (node.next) for (const child of node.next.values()) sortEnds(child, entries);
}
