import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as spanish } from '@orama/stemmers/spanish';

/**
 * What full-text search indexes and looks for, computed here once for both engines, so SQLite (FTS5)
 * and PostgreSQL (a tsvector) hold the very same terms and a query means the same on both.
 *
 * A term is a word lower-cased, stemmed by the Snowball stemmer of the document's language (Spanish,
 * or English's Porter2: the algorithms PostgreSQL's `spanish` and `english` configurations use) and
 * then stripped of diacritics, so "Sanción", "sanciones" and "sancion" are one term. Stemming runs
 * before folding because Snowball's Spanish rules read the accents ("-ión"). Other languages are
 * folded, not stemmed. No stop words are dropped: a phrase keeps every word it has.
 */

/** Terms kept per document: the first this many words of title and text are searchable. */
export const MAX_SEARCH_TERMS = 16_000;
/** Longer "words" (base64, hashes, run-together URLs) are not searched for and not indexed. */
export const MAX_TERM_LENGTH = 60;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MARKS = /\p{M}+/gu;
const STEMMERS: Record<string, (word: string) => string> = { es: spanish, en: english };
const identity = (w: string): string => w;

/** Per language, the term of each word seen; words repeat (Zipf), so most lookups skip the stemmer. */
const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

/** The languages whose documents are stemmed; every other language is searched unstemmed. */
export const STEMMED_LANGS = Object.keys(STEMMERS);

/** The term of one word in documents of `lang`. */
export function termOf(word: string, lang: string): string {
  const key = lang in STEMMERS ? lang : 'und';
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  let term = cache.get(word);
  if (term === undefined) {
    const stem = STEMMERS[key] ?? identity;
    term = stem(word.normalize('NFC').toLowerCase()).normalize('NFD').replace(MARKS, '');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/** The terms of `text` read as `lang`, in order, at most `max` of them. */
export function searchTerms(text: string, lang: string, max = MAX_SEARCH_TERMS): string[] {
  const out: string[] = [];
  if (max <= 0) return out;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length > MAX_TERM_LENGTH) continue;
    const term = termOf(word, lang);
    if (!term) continue;
    out.push(term);
    if (out.length >= max) break;
  }
  return out;
}

/** The documents.search_text column: the terms of the title and then the text, space-separated. */
export function searchText(title: string | null, text: string, lang: string): string {
  const head = title ? searchTerms(title, lang) : [];
  return [...head, ...searchTerms(text, lang, MAX_SEARCH_TERMS - head.length)].join(' ');
}
