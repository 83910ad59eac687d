/**
 * The largest text the pipeline analyses as one document, in UTF-16 code units (characters for
 * Spanish and English). About two seconds of analysis here; news articles are well under a tenth of it.
 * Readers split longer texts at paragraph breaks (src/ingest/split-long.ts); the pipeline refuses them.
 */
export const MAX_DOCUMENT_CHARS = 200_000;

export const tooLongMessage = (length: number): string =>
  `too-long: ${length.toLocaleString('en-US')} characters; the largest document analysed whole is ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')}`;
