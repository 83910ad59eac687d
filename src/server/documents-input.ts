import type { Lang } from '../core/analysis.js';
import type { DocumentInput } from '../core/doc.js';
import { AtalayaError, InputError } from '../core/errors.js';
import { decodeBytes } from '../ingest/decode.js';
import { parseRecord } from '../ingest/record.js';
import { readUpload, type SourceItem } from '../ingest/sources.js';
import { parseDay } from '../query/filter.js';
import type { BodyKind } from './body.js';
import { HttpError } from './errors.js';
import { parsed } from './params.js';

/** Metadata a client may give in the query string for a plain-text or HTML body (a record carries its own). */
export const METADATA_PARAMS = ['title', 'published', 'lang', 'url', 'name'] as const;

export interface Metadata {
  title: string | null;
  published: string | null;
  lang: Lang | null;
  url: string | null;
  /** What the document is named by in the store (`show NAME`), as a file name names an ingested file. */
  name: string | null;
}

function parseLang(value: string): Lang {
  if (value === 'es' || value === 'en') return value;
  throw new AtalayaError(`"${value}" is not a language Atalaya reads (es, en)`);
}

export function metadataOf(params: Map<string, string>): Metadata {
  return {
    title: params.get('title') ?? null,
    published: parsed(params, 'published', parseDay),
    lang: parsed(params, 'lang', parseLang),
    url: params.get('url') ?? null,
    name: params.get('name') ?? null,
  };
}

/**
 * The documents of a POST body, read by the same readers `ingest` uses for a file of that kind; a
 * JSON body is one input record (ANALYSIS_FORMAT.md), however it is laid out over lines.
 */
export function* bodyDocuments(bytes: Buffer, kind: BodyKind, meta: Metadata, where: string): Generator<SourceItem> {
  if (kind === 'json') {
    try {
      const { text } = decodeBytes(bytes, where);
      yield { where, input: withMetadata(parseRecord(text, where), meta) };
    } catch (err) {
      yield { where, error: err instanceof AtalayaError ? err : new InputError(String(err), where) };
    }
    return;
  }
  for (const item of readUpload(bytes, meta.name ?? where, kind)) yield 'input' in item ? { ...item, input: withMetadata(item.input, meta) } : item;
}

/** The query string fills in what the document itself does not say. */
function withMetadata(input: DocumentInput, meta: Metadata): DocumentInput {
  return {
    ...input,
    title: input.title ?? meta.title,
    published: input.published ?? meta.published,
    lang: input.lang ?? meta.lang,
    url: input.url ?? meta.url,
    sourceId: input.sourceId ?? meta.name ?? input.url ?? meta.url,
  };
}

/** The one document a body must hold (POST /api/analyze), or a 400 saying why there is none. */
export function singleDocument(items: Iterable<SourceItem>): DocumentInput {
  let input: DocumentInput | null = null;
  for (const item of items) {
    if ('error' in item) throw new HttpError(400, 'unreadable document', item.error.describe());
    if ('notice' in item) continue;
    if (input) throw new HttpError(400, 'more than one document', 'POST /api/analyze takes one; POST /api/documents stores many');
    input = item.input;
  }
  if (!input) throw new HttpError(400, 'no document in the request body', null);
  return input;
}
