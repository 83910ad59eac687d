import { conllDocuments, parseConll } from '../ner/conll.js';
import { tagDocument } from '../ner/tagger.js';
import { readTextFile } from './read-file.js';

/**
 * Reads CoNLL (token in the first column, blank line between sentences), writes "TOKEN TAG" lines. The
 * model reads each sentence within its document, as it reads an article: documents start at
 * `-DOCSTART-` lines (echoed in the output) or, in wire text without them, at agency datelines.
 */
export function runTag(file: string, write: (s: string) => void, lang: 'es' | 'en' = 'es'): void {
  for (const doc of conllDocuments(parseConll(readTextFile(file), file, false))) {
    const tags = tagDocument(doc.map((s) => s.tokens), lang);
    if (doc[0]!.docStart) write('-DOCSTART- O\n\n');
    doc.forEach((s, k) => write(s.tokens.map((t, i) => `${t} ${tags[k]![i]}`).join('\n') + '\n\n'));
  }
}
