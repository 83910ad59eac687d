import { PLOVER_TYPES } from '../core/analysis.js';
import { API_EVENT_FORMATS, DEFAULT_PAGE, MAX_EXPORT, MAX_PAGE } from './events-routes.js';

type Schema = Record<string, unknown>;
interface Param {
  name: string;
  description: string;
  schema: Schema;
}

const str = (description: string): Schema => ({ type: 'string', description });
const q = (name: string, description: string, schema: Schema = { type: 'string' }): Param => ({ name, description, schema });

/** The event filter, as `atalaya events` takes it (src/server/params.ts FILTER_PARAMS). */
const FILTER: Param[] = [
  q('actor', 'actor side: a country (RUS), organisation (NATO) or full code (RUSGOV)'),
  q('recipient', 'recipient side, same codes'),
  q('party', 'either side, same codes'),
  q('dyad', 'a pair, either acting on the other or both acting together (RUS-CHN)'),
  q('type', `a PLOVER type (${PLOVER_TYPES.join(', ')}) or a CAMEO code prefix (04)`),
  q('quad', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', { type: 'integer', enum: [1, 2, 3, 4] }),
  q('since', 'events on or after this day', { type: 'string', format: 'date' }),
  q('until', 'events on or before this day', { type: 'string', format: 'date' }),
  q('text', 'only events reported by documents containing these words (stemmed in each document’s language, case and accents folded; "quoted words" are a phrase)'),
  q('include-teasers', 'also events coded in headlines of other stories dropped into a page', { type: 'boolean' }),
  q('include-background', 'also events an article tells as history (dated well before it, or in the past perfect)', { type: 'boolean' }),
];

/** Metadata for a text or HTML body (src/server/documents-input.ts METADATA_PARAMS). */
const METADATA: Param[] = [
  q('title', 'the document title'),
  q('published', 'publication day, the anchor for relative dates', { type: 'string', format: 'date' }),
  q('lang', 'skip detection and read the text as this language', { type: 'string', enum: ['es', 'en'] }),
  q('url', 'where the document was published'),
  q('name', 'the name the document is stored under (as a file name is)'),
];

const ERROR = { $ref: '#/components/schemas/Error' };
const errors = (...codes: number[]): Record<string, Schema> =>
  Object.fromEntries(codes.map((code) => [String(code), { description: ERROR_TEXT[code] ?? 'error', content: { 'application/json': { schema: ERROR } } }]));
const ERROR_TEXT: Record<number, string> = {
  400: 'a bad query parameter (named in `error`) or unreadable input',
  403: 'the server is read-only (started without --allow-ingest)',
  404: 'not found',
  413: 'the request body is over the limit',
  415: 'a Content-Type the route does not read',
};
const json = (description: string, schema: Schema = { type: 'object' }): Schema => ({ description, content: { 'application/json': { schema } } });
const inQuery = (ps: Param[]): Schema[] => ps.map((p) => ({ in: 'query', name: p.name, description: p.description, required: false, schema: p.schema }));
const limit = (fallback: number, max: number): Param => q('limit', `at most this many (default ${fallback})`, { type: 'integer', minimum: 1, maximum: max });
const cursor = q('cursor', 'the `next` value of the previous page');
const bodies = (types: string[]): Schema => ({
  required: true,
  content: Object.fromEntries(types.map((t) => [t, { schema: t === 'application/json' ? { $ref: '#/components/schemas/InputRecord' } : { type: 'string' } }])),
});

/** The OpenAPI 3.1 description of every route `createApp` serves; test/server/openapi.test.ts holds the two together. */
export function openApiDocument(o: { maxBytes: number }): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Atalaya',
      version: '1',
      description: 'Political events coded from Spanish and English news, each with the words behind it. Errors are `{error, detail}`.',
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'real events (merged across articles), filtered, in date order',
          parameters: inQuery([
            ...FILTER,
            q('format', '`json`: one page and a cursor; the others stream every matching event as `atalaya events --format` does', { type: 'string', enum: API_EVENT_FORMATS }),
            q('all-modalities', 'gdelt, gdelt-mentions and icews: also events no report asserts (negated, intended, expected, hypothetical), as `--all-modalities`', { type: 'boolean' }),
            q('limit', `json: events per page (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}); exports: at most this many (default ${MAX_EXPORT})`, { type: 'integer', minimum: 1 }),
            cursor,
          ]),
          responses: {
            '200': {
              description: 'a page of events, or the whole export',
              content: {
                'application/json': { schema: { type: 'object', properties: { events: { type: 'array' }, next: { type: ['string', 'null'] } } } },
                'application/x-ndjson': { schema: { type: 'string' } },
                'text/csv': { schema: { type: 'string' } },
                'text/tab-separated-values': { schema: { type: 'string' } },
              },
            },
            ...errors(400),
          },
        },
      },
      '/api/documents': {
        get: {
          summary: 'stored documents in store order',
          parameters: inQuery([q('text', 'only documents containing these words'), limit(50, 500), cursor]),
          responses: { '200': json('a page of documents and the cursor of the next'), ...errors(400) },
        },
        post: {
          summary: 'analyse and store documents, as `atalaya ingest` does (only with --allow-ingest)',
          parameters: inQuery(METADATA),
          requestBody: bodies(['application/json', 'application/x-ndjson', 'text/html', 'application/rss+xml', 'text/plain']),
          responses: { '200': json('nothing new: every document was already stored'), '201': json('documents stored: the counts and each failure'), ...errors(400, 403, 413, 415) },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'a stored document: its analysis, names, story and events',
          parameters: [{ in: 'path', name: 'id', required: true, description: 'id, id prefix, or a name it was stored under', schema: { type: 'string' } }],
          responses: { '200': json('the document'), ...errors(400, 404) },
        },
      },
      '/api/documents/{id}/timeline': {
        get: {
          summary: 'a stored document’s chronology: each day, week, month or range it speaks of, in calendar order, with the events dated by it, against its publication date',
          parameters: [{ in: 'path', name: 'id', required: true, description: 'id, id prefix, or a name it was stored under', schema: { type: 'string' } }],
          responses: { '200': json('the timeline: entries (value, precision, from, to, offset from publication, times, events), undated events, unplaced time expressions'), ...errors(400, 404) },
        },
      },
      '/api/stats': {
        get: {
          summary: 'counts, events per type and day; a dyad’s or an actor’s series per day and ISO week (events and Goldstein sums per quad class)',
          parameters: inQuery([q('dyad', 'a pair (RUS-CHN)'), q('actor', 'an actor on either side (RUS)')]),
          responses: { '200': json('the statistics'), ...errors(400) },
        },
      },
      '/api/actors': {
        get: {
          summary: 'actors with their events as source and as target, and who acts on whom (events, mean Goldstein)',
          parameters: inQuery([...FILTER, limit(50, 500)]),
          responses: { '200': json('actors and links'), ...errors(400) },
        },
      },
      '/api/places': {
        get: {
          summary: 'where events happened, and the countries of their actors',
          parameters: inQuery(FILTER),
          responses: { '200': json('places and countries'), ...errors(400) },
        },
      },
      '/api/analyze': {
        post: {
          summary: `analyse one document (at most ${o.maxBytes.toLocaleString('en-US')} bytes); nothing is stored`,
          parameters: inQuery([...METADATA, q('trace', 'record which rule produced what', { type: 'boolean' })]),
          requestBody: bodies(['application/json', 'text/html', 'text/plain']),
          responses: { '200': json('the analysis (atalaya/analysis@1, schema/analysis.schema.json)'), ...errors(400, 413, 415) },
        },
      },
      '/api/openapi.json': { get: { summary: 'this document', responses: { '200': json('OpenAPI 3.1') } } },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'detail'],
          properties: { error: str('what went wrong, naming the parameter when one is bad'), detail: { type: ['string', 'null'], description: 'why, or where' } },
        },
        InputRecord: {
          type: 'object',
          description: 'one input record, as a JSONL line for `ingest`: text or html, with optional metadata',
          properties: {
            id: { type: ['string', 'number'] }, url: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' },
            lang: { type: 'string', enum: ['es', 'en'] }, text: { type: 'string' }, html: { type: 'string' },
          },
        },
      },
    },
  };
}
