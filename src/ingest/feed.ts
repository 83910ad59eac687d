import type { XMLParser } from 'fast-xml-parser';
import type { Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { decodeHTML } from 'entities';
import { InputError } from '../core/errors.js';
import { htmlFragmentText } from './html.js';
import { lazyRequire } from './lazy-require.js';

const fxp = lazyRequire<typeof import('fast-xml-parser')>('fast-xml-parser');

/**
 * One feed item as a document (with its guid or Atom id, which `watch` remembers items by besides the
 * link), or why it could not be read, or a word about the feed; `where` is "file item N".
 */
export type FeedItem = { where: string; input: DocumentInput; guid: string | null } | { where: string; error: InputError } | { where: string; notice: string };

let parser: XMLParser | null = null;
const parserOptions: ConstructorParameters<typeof XMLParser>[0] = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
};

type Node = Record<string, unknown>;

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const RFC822 = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * The day a feed date names, as written (not shifted to UTC): RSS's "Wed, 04 Feb 2026 23:30:00 -0500"
 * and Atom's "2026-02-04T23:30:00-05:00" are both 2026-02-04, the date the outlet published on.
 */
export function feedDay(value: string | null): string | null {
  if (!value) return null;
  const iso = ISO_DAY.exec(value.trim());
  if (iso) return iso[1]!;
  const m = RFC822.exec(value);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : null;
}

/** Text of an element that may carry attributes ({ "#text": … }) or CDATA; '' when absent. */
function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

function langOf(v: string): Lang | null {
  const code = v.slice(0, 2).toLowerCase();
  return code === 'es' || code === 'en' ? code : null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const nodes = links.filter((l): l is Node => typeof l === 'object' && l !== null);
  const alternate = nodes.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? nodes[0];
  return typeof alternate?.['@_href'] === 'string' ? decodeHTML(alternate['@_href']).trim() : null;
}

/** A plain field (link, id, date) with the entities a feed may still carry once its XML is decoded ("&amp;amp;"). */
const plain = (v: unknown): string => decodeHTML(text(v)).trim();

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each with its link (also its source id), title,
 * date and content (the full content when the feed carries it, else the description), in feed order,
 * HTML entities decoded in every field. Broken XML is one InputError naming the line; an item without
 * text, or whose text is over `maxItemBytes` (the limit is per item, not per feed), is an error for that
 * item only; a feed without items is a notice.
 */
export function* readFeed(xml: string, where: string, maxItemBytes = Infinity): Generator<FeedItem> {
  const valid = fxp().XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(`broken XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, where);
  }
  const root = (parser ??= new (fxp().XMLParser)(parserOptions)).parse(xml) as Node;
  const rss = (root.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  if (!rss && !rdf && !atom) throw new InputError('XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)', where);

  const feedLang = langOf(text(rss?.language ?? (rdf?.channel as Node | undefined)?.['dc:language']) || String(atom?.['@_xml:lang'] ?? ''));
  const items = ((rss?.item ?? rdf?.item ?? atom?.entry ?? []) as unknown[]).filter((x): x is Node => typeof x === 'object' && x !== null);
  if (items.length === 0) yield { where, notice: 'the feed has no items' };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const at = `${where} item ${i + 1}`;
    const title = htmlFragmentText(text(item.title)) || null;
    const link = (atom ? atomLink(item.link) : plain(item.link)) || null;
    const id = plain(item.guid ?? item.id) || null;
    const published = feedDay(plain(item.pubDate ?? item['dc:date'] ?? item.published ?? item.updated) || null);
    const body = htmlFragmentText(text(item['content:encoded'] ?? item.content ?? item.description ?? item.summary));
    if (!body && !title) {
      yield { where: at, error: new InputError('the item has neither a title nor any content', at) };
      continue;
    }
    const full = title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body || title!;
    const bytes = Buffer.byteLength(full);
    if (bytes > maxItemBytes) {
      yield { where: at, error: new InputError(`${(bytes / 1e6).toFixed(1)} MB of text, over the ${(maxItemBytes / 1e6).toFixed(1)} MB limit for one document`, at) };
      continue;
    }
    yield {
      where: at,
      guid: id,
      input: {
        text: full,
        title,
        published,
        lang: langOf(plain(item['dc:language'])) ?? feedLang,
        url: link,
        sourceId: link ?? id ?? at,
      },
    };
  }
}
