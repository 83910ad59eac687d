/** The shape of build/structure-cues.json, compiled from data/{es,en}/structure-cues.txt by scripts/data/structure-cues.ts. */
export const CUE_KINDS = ['teaser', 'byline', 'caption', 'boilerplate', 'dateline', 'heading'] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export const CUE_MODES = ['lead', 'start', 'alone', 'contains', 'name', 'credit', 'end'] as const;
export type CueMode = (typeof CUE_MODES)[number];
export const WORD_SECTIONS = ['month', 'weekday', 'stop', 'dangling', 'suffix'] as const;
export type WordSection = (typeof WORD_SECTIONS)[number];

export interface LanguageWords {
  /** Lower-cased stop words, with and without accents. */
  stop: string[];
  /** Words a complete line cannot end with (lower case). */
  dangling: string[];
  /** Stemming suffixes without accents, longest first. */
  suffixes: string[];
}

/**
 * build/structure-cues.json: per mode and kind, the phrases of every language as regular-expression
 * sources that ignore accents and tolerate any run of spaces (the engine adds the `iu` flags); month and
 * weekday names as sources that spell out both cases (no `i` flag needed); stop words, dangling words and suffixes per language.
 */
export interface StructureCueTable {
  cues: Record<CueMode, Partial<Record<CueKind, string[]>>>;
  /** For each `contains` phrase, its longest word written without accents: a cheap test before the pattern. */
  containsKeywords: string[];
  months: string[];
  weekdays: string[];
  words: Record<'es' | 'en', LanguageWords>;
}

