import type { Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { decodeHTML } from 'entities';
import { htmlDepth } from './html-depth.js';
import { stripTags } from './html-strip.js';
import { lazyRequire } from './lazy-require.js';

const linkedom = lazyRequire<typeof import('linkedom')>('linkedom');
const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability');

/**
 * The deepest markup handed to the DOM and Readability. Real pages nest a few dozen elements deep; past a
 * few hundred both slow down superlinearly (2,000 nested elements took half a minute) and, deeper still,
 * overflow the stack.
 */
export const MAX_HTML_DEPTH = 200;

/**
 * An HTML page to a document: the main text via Readability (paragraphs kept as blank-line separated
 * blocks, so the structure stage sees the page's parts), title, published date and language from the
 * page's meta tags when present. Markup nested deeper than MAX_HTML_DEPTH is read as plain text instead
 * (tags stripped, entities decoded), said through `notice`.
 */
export function htmlToDocument(html: string, where: string, notice: (message: string) => void = () => undefined): DocumentInput {
  const depth = htmlDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    notice(`markup nested over ${MAX_HTML_DEPTH} elements deep: read as plain text (tags stripped), without Readability`);
    return plainPage(html, where);
  }
  const dom = new (linkedom().DOMParser)().parseFromString(html, 'text/html') as unknown as Document;
  if (!dom?.documentElement) throw new InputError('not an HTML document', where);
  const meta = (selector: string): string | null => dom.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const published = isoDay(
    meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      dom.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const langAttr = (dom.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const lang: Lang | null = langAttr === 'es' || langAttr === 'en' ? langAttr : null;
  const article = new (readability().Readability)(dom.cloneNode(true) as Document).parse();
  const title = meta('meta[property="og:title"]') ?? article?.title?.trim() ?? dom.title?.trim() ?? null;
  const container = article?.content ? parseFragment(article.content) : dom;
  const body = blockText(container);
  if (!body) throw new InputError('the page has no readable text', where);
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text: text.normalize('NFC'), title, published, lang, url: dom.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null };
}

/** A page too deep to parse: its words, its <title> and its <html lang>. */
function plainPage(html: string, where: string): DocumentInput {
  const body = stripTags(html.replace(/<title\b[^<>]*>[^<]*<\/title\s*>/i, ' '));
  if (!body) throw new InputError('the page has no readable text', where);
  const title = decodeHTML(/<title\b[^<>]*>([^<]*)</i.exec(html)?.[1] ?? '').replace(/\s+/g, ' ').trim() || null;
  const langAttr = (/<html\b[^<>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i.exec(html)?.[1] ?? '').toLowerCase();
  const lang: Lang | null = langAttr === 'es' || langAttr === 'en' ? langAttr : null;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text: text.normalize('NFC'), title, published: null, lang, url: null };
}

function parseFragment(html: string): Document {
  return new (linkedom().DOMParser)().parseFromString(`<html><body>${html}</body></html>`, 'text/html') as unknown as Document;
}

const BLOCKS = 'h1,h2,h3,h4,p,li,blockquote,figcaption';
const SPACE = /\s+/g;
const NOT_TEXT = 'script,style,noscript,template';

/** The readable blocks of a parsed page, one per paragraph, blank-line separated; '' when there are none. */
function blockText(container: Document): string {
  const blocks: string[] = [];
  for (const el of Array.from(container.querySelectorAll(BLOCKS))) {
    const text = (el.textContent ?? '').replace(SPACE, ' ').trim();
    if (text) blocks.push(text);
  }
  if (blocks.length === 0) {
    // Code and styles are not text, whatever textContent says.
    for (const el of Array.from(container.querySelectorAll(NOT_TEXT))) el.remove();
    return (container.body?.textContent ?? '').replace(SPACE, ' ').trim();
  }
  return blocks.join('\n\n');
}

/**
 * The text of an HTML fragment (a feed item's description or content): paragraphs as blank-line
 * separated blocks, markup and entities resolved; plain text passes through with its spacing tidied.
 */
export function htmlFragmentText(html: string): string {
  // Feeds escape their HTML once more than a page does, so a plain-text title still carries entities ("acus&oacute;").
  if (!html.includes('<')) return decodeHTML(html).replace(/[ \t\u00a0]+/g, ' ').trim().normalize('NFC');
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return stripTags(html).normalize('NFC');
  return blockText(parseFragment(html)).normalize('NFC');
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1]! : null;
}
