import { Hono } from 'hono';
import type { Pipeline } from '../pipeline/pipeline.js';
import { bodyKind, readBody } from './body.js';
import { bodyDocuments, METADATA_PARAMS, metadataOf, singleDocument } from './documents-input.js';
import { HttpError } from './errors.js';
import { parseBoolean, parsed, queryParams } from './params.js';

/** POST /api/analyze: one document in (a JSON record, a page or plain text), its analysis out; nothing stored. */
export function analyzeRoutes(pipeline: () => Pipeline, maxBytes: number): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const params = queryParams(c, [...METADATA_PARAMS, 'trace']);
    const kind = bodyKind(c, ['json', 'html', 'text']);
    const bytes = await readBody(c, maxBytes);
    if (bytes.length === 0) throw new HttpError(400, 'empty request body', 'send the text, the page or a JSON record');
    const input = singleDocument(bodyDocuments(bytes, kind, metadataOf(params), 'request body'));
    return c.json(pipeline().analyze(input, { trace: parsed(params, 'trace', parseBoolean) ?? false }));
  });
  return app;
}
