import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { decodeBytes } from '../ingest/decode.js';
import { conllDocuments, parseConll } from '../ner/conll.js';
import { tagDocument } from '../ner/tagger.js';

/**
 * Reads CoNLL (token in the first column, blank line between sentences), writes "TOKEN TAG" lines. The
 * model reads each sentence within its document, as it reads an article: documents start at
 * `-DOCSTART-` lines (echoed in the output) or, in wire text without them, at agency datelines.
 */
export function runTag(file: string, write: (s: string) => void, lang: 'es' | 'en' = 'es'): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, file);
  }
  for (const doc of conllDocuments(parseConll(decodeBytes(bytes, file).text, file, false))) {
    const tags = tagDocument(doc.map((s) => s.tokens), lang);
    if (doc[0]!.docStart) write('-DOCSTART- O\n\n');
    doc.forEach((s, k) => write(s.tokens.map((t, i) => `${t} ${tags[k]![i]}`).join('\n') + '\n\n'));
  }
}
