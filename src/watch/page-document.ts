import type { DocumentInput } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { decodeBytes } from '../ingest/decode.js';
import { htmlToDocument } from '../ingest/html.js';

/** The charset a Content-Type names ("text/html; charset=ISO-8859-1" → "iso-8859-1"), or null. */
export function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * A fetched article page as the document to store: its main text by the same reader `ingest` uses for
 * HTML, decoded by the header's charset or the page's own; what the page lacks (title, date, language)
 * is taken from the feed's item, and the item's link stays the document's URL and name (a canonical
 * link may point anywhere). A response that is not a page (a PDF, an image) is an InputError.
 */
export function pageDocument(bytes: Uint8Array, contentType: string, item: DocumentInput, where: string, notice: (message: string) => void): DocumentInput {
  if (contentType && !HTML_TYPES.test(contentType)) throw new InputError(`not an HTML page (${contentType.split(';')[0]!.trim()})`, where);
  const decoded = decodeBytes(bytes, where, charsetOf(contentType));
  if (decoded.warning) notice(decoded.warning);
  const page = htmlToDocument(decoded.text, where, notice);
  return {
    text: page.text,
    title: page.title ?? item.title ?? null,
    published: page.published ?? item.published ?? null,
    lang: page.lang ?? item.lang ?? null,
    url: item.url ?? page.url ?? null,
    sourceId: item.sourceId ?? null,
  };
}
