import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { InputError } from '../core/errors.js';

/**
 * An HTML page to a document: the main text via Readability (paragraphs kept as blank-line separated
 * blocks, so the structure stage sees the page's parts), title, published date and language from the
 * page's meta tags when present.
 */
export function htmlToDocument(html: string, where: string): DocumentInput {
  const dom = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
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
  const article = new Readability(dom.cloneNode(true) as Document).parse();
  const title = meta('meta[property="og:title"]') ?? article?.title?.trim() ?? dom.title?.trim() ?? null;
  const blocks: string[] = [];
  const container = article?.content
    ? (new DOMParser().parseFromString(`<html><body>${article.content}</body></html>`, 'text/html') as unknown as Document)
    : dom;
  for (const el of Array.from(container.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,figcaption'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  if (blocks.length === 0) {
    const text = (container.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) throw new InputError('the page has no readable text', where);
    blocks.push(text);
  }
  const body = blocks.join('\n\n');
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text: text.normalize('NFC'), title, published, lang, url: meta('link[rel="canonical"]') ?? null };
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1]! : null;
}
