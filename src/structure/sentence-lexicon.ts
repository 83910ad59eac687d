import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';

/**
 * title: never ends a sentence; ambiguous: ends one only before a sentence opener; numeric: an
 * abbreviation only before a number; final: ends a sentence before any capital, like an ordinary word.
 */
export type AbbreviationKind = 'title' | 'ambiguous' | 'numeric' | 'final';

/** The per-language shape of build/abbreviations.json (scripts/data/abbreviations.ts writes it). */
interface AbbreviationTable {
  title: string[];
  ambiguous: string[];
  numeric: string[];
  final: string[];
  starter: string[];
  pairs: Array<[string, string]>;
}

/** Lookups over the abbreviation data, built once per language from the compiled file. */
export interface SentenceLexicon {
  /** The kind of an abbreviation written with its final period ("Sr.", "EE.UU."), if it is one. */
  abbreviation(word: string): AbbreviationKind | undefined;
  /** True when `word` + `next` are consecutive words of one multi-word abbreviation ("p." "ej."). */
  continues(word: string, next: string): boolean;
  /** True when `word` is the first word of a multi-word abbreviation ("p." of "p. ej."). */
  opensPair(word: string): boolean;
  /** True for a capitalised word that starts a sentence after an ambiguous abbreviation ("El", "The"). */
  isStarter(word: string): boolean;
}

const RESOURCE = 'build/abbreviations.json';
const lexicons = new Map<Lang, SentenceLexicon>();

/** The lexicon for a language; `und` merges both, Spanish first where they disagree. */
export function sentenceLexicon(lang: Lang): SentenceLexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    const data = loadJsonResource<Record<string, AbbreviationTable>>(RESOURCE);
    const tables = (lang === 'und' ? ['es', 'en'] : [lang]).map((l) => {
      const t = data[l];
      if (!t) throw new Error(`${RESOURCE} has no table for "${l}": run \`npm run build\``);
      return t;
    });
    lex = makeLexicon(tables);
    lexicons.set(lang, lex);
  }
  return lex;
}

function makeLexicon(tables: AbbreviationTable[]): SentenceLexicon {
  const kinds = new Map<string, AbbreviationKind>();
  const starters = new Set<string>();
  const pairs = new Set<string>();
  const openers = new Set<string>();
  for (const t of tables) {
    for (const kind of ['title', 'ambiguous', 'numeric', 'final'] as const) {
      for (const w of t[kind]) if (!kinds.has(w)) kinds.set(w, kind);
    }
    for (const w of t.starter) starters.add(w);
    for (const [a, b] of t.pairs) {
      pairs.add(`${a} ${b}`);
      openers.add(a);
    }
  }
  return {
    abbreviation(word) {
      const exact = kinds.get(word);
      if (exact !== undefined) return exact;
      // A lowercase abbreviation capitalised because it opens a sentence ("Aprox. 20 personas…"); not
      // for one letter, where a capital is an initial ("John P. Smith") and not the page sign "p.".
      if (word.length < 3) return undefined;
      const first = word.charAt(0);
      const lower = first.toLowerCase();
      return lower === first ? undefined : kinds.get(lower + word.slice(1));
    },
    continues: (word, next) => openers.has(word) && pairs.has(`${word} ${next}`),
    opensPair: (word) => openers.has(word),
    isStarter: (word) => starters.has(word),
  };
}
