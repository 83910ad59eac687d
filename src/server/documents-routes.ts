import { Hono } from 'hono';
import { ingest, type IngestCounts } from '../ingest/ingest.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { loadDocument } from '../query/document.js';
import { documentTimeline } from '../query/document-timeline.js';
import { listDocuments } from '../query/list-documents.js';
import type { Store } from '../store/store.js';
import { bodyKind, readBody } from './body.js';
import { bodyDocuments, METADATA_PARAMS, metadataOf } from './documents-input.js';
import { HttpError } from './errors.js';
import { decodeSeqCursor, encodeSeqCursor, limitOf, parsed, queryParams } from './params.js';

export interface DocumentRouteOptions {
  /** POST stores documents only when the server was started with --allow-ingest. */
  allowIngest: boolean;
  maxBytes: number;
}

/** What POST /api/documents answers: ingest's counts and each place that could not be read or analysed. */
export interface IngestAnswer {
  counts: Omit<IngestCounts, 'interrupted' | 'storeFailed'>;
  errors: Array<{ where: string; message: string }>;
  notices: Array<{ where: string; message: string }>;
}

const noSuchDocument = (ref: string): HttpError =>
  new HttpError(404, 'no such document', `no stored document has the id, id prefix or name "${ref}"`);

export function documentRoutes(store: Store, pipeline: () => Pipeline, o: DocumentRouteOptions): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const params = queryParams(c, ['text', 'limit', 'cursor']);
    const text = params.get('text');
    const page = await listDocuments(store, {
      text: text?.trim() ? text : null,
      after: parsed(params, 'cursor', decodeSeqCursor),
      limit: limitOf(params, 50, 500),
    });
    return c.json({ documents: page.documents, next: page.next === null ? null : encodeSeqCursor(page.next) });
  });

  app.get('/:id', async (c) => {
    queryParams(c, []);
    const ref = c.req.param('id');
    const doc = await loadDocument(store, ref);
    if (!doc) throw noSuchDocument(ref);
    return c.json(doc);
  });

  app.get('/:id/timeline', async (c) => {
    queryParams(c, []);
    const ref = c.req.param('id');
    const analysis = await store.getDocument(ref);
    if (!analysis) throw noSuchDocument(ref);
    return c.json(documentTimeline(analysis));
  });

  app.post('/', async (c) => {
    if (!o.allowIngest) throw new HttpError(403, 'this server is read-only', 'start it with `atalaya serve --allow-ingest` to store documents');
    const params = queryParams(c, [...METADATA_PARAMS]);
    const kind = bodyKind(c, ['json', 'jsonl', 'html', 'text', 'feed']);
    const bytes = await readBody(c, o.maxBytes);
    if (bytes.length === 0) throw new HttpError(400, 'empty request body', 'send documents: text, a page, a feed, a JSON record or JSONL records');
    const answer: IngestAnswer = { counts: { read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, updated: 0, failed: 0, events: 0, seconds: 0 }, errors: [], notices: [] };
    const counts = await ingest(bodyDocuments(bytes, kind, metadataOf(params), 'upload'), store, pipeline(), { batchSize: 100, published: null, lang: null }, {
      error: (where, message) => void answer.errors.push({ where, message }),
      notice: (where, message) => void answer.notices.push({ where, message }),
      progress: () => undefined,
    });
    // A store failure is in `errors` already, as the line the CLI prints.
    const { interrupted: _, storeFailed: _failed, ...rest } = counts;
    answer.counts = rest;
    if (counts.read === 0) throw new HttpError(400, 'no readable document in the request body', answer.errors.map((e) => `${e.where}: ${e.message}`).join('; ') || null);
    return c.json(answer, counts.stored > 0 ? 201 : 200);
  });
  return app;
}
