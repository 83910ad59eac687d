/** The kinds of English cue words (data/en/ner-cues.txt, compiled to build/ner-en-cues.json). */
export const NER_CUE_KINDS = ['title', 'org', 'loc', 'before-place', 'person-verb', 'first-name', 'starter', 'never'] as const;
export type NerCueKind = (typeof NER_CUE_KINDS)[number];
/** Per kind, each entry as its words ("Prime Minister" → ["Prime", "Minister"]). */
export type NerCueTable = Record<NerCueKind, string[][]>;
