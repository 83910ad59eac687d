/** The kinds of input a source can be read as; apart from the readers so the CLI offers them without loading those. */
export const SOURCE_KINDS = ['text', 'html', 'jsonl', 'feed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
