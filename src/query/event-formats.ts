/**
 * The export formats by name. Kept apart from the writers (export.ts) so that the CLI can offer the
 * choices at start-up without loading them.
 */
/** Text exports, written as a stream of strings (parquet, binary, is written by parquet.ts). */
export const TEXT_FORMATS = ['table', 'jsonl', 'csv', 'gdelt', 'gdelt-mentions', 'polecat', 'polecat-json', 'icews'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
export const EVENT_FORMATS = [...TEXT_FORMATS, 'parquet'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Formats with no column for modality or negation: they list asserted events only unless asked. */
export const ASSERTED_FORMATS: ReadonlySet<EventFormat> = new Set(['gdelt', 'gdelt-mentions', 'icews']);
