import { DEFAULT_MAX_BODY } from './limits.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { PROJECT_ROOT } from '../core/resources.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { analyzeRoutes } from './analyze-routes.js';
import { documentRoutes } from './documents-routes.js';
import { errorJson, onError } from './errors.js';
import { eventRoutes } from './events-routes.js';
import { openApiDocument } from './openapi.js';
import { statsRoutes } from './stats-routes.js';

export interface AppOptions {
  /** POST /api/documents stores documents only when this is set (`serve --allow-ingest`). */
  allowIngest?: boolean;
  /** The largest request body read, in bytes. */
  maxBodyBytes?: number;
  /** The built dashboard (web/ → dist-web/ by `npm run build`); null serves the API alone. */
  webRoot?: string | null;
}

export { DEFAULT_MAX_BODY };
export const WEB_ROOT = join(PROJECT_ROOT, 'dist-web');

/**
 * The dashboard renders article text as text, but a page that runs only its own scripts is a second
 * line of defence: an injected `<script>` or `onerror=` would be refused by the browser.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The HTTP API over `store` (and the dashboard's files): routes in one file per group under src/server. */
export function createApp(store: Store, o: AppOptions = {}): Hono {
  const maxBytes = o.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let pipeline: Pipeline | null = null;
  // Built on first use: a server that only reads the store never loads the lexicons and the model.
  const getPipeline = (): Pipeline => (pipeline ??= buildPipeline());

  const app = new Hono();
  app.onError(onError);
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  const api = new Hono();
  api.route('/events', eventRoutes(store));
  api.route('/documents', documentRoutes(store, getPipeline, { allowIngest: o.allowIngest ?? false, maxBytes }));
  api.route('/analyze', analyzeRoutes(getPipeline, maxBytes));
  api.route('/', statsRoutes(store));
  const openapi = openApiDocument({ maxBytes });
  api.get('/openapi.json', (c) => c.json(openapi));
  app.route('/api', api);
  // A mounted app's notFound is not consulted: the catch-all under /api is what answers a wrong route.
  app.all('/api/*', (c) => errorJson(c, 404, 'no such route', `${c.req.method} ${c.req.path}; the routes are in /api/openapi.json`));

  const webRoot = o.webRoot === undefined ? WEB_ROOT : o.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('/*', serveStatic({ root: webRoot }));
  } else {
    app.get('/', (c) => c.text('The dashboard is not built: run `npm run build`. The API is at /api (see /api/openapi.json).\n', 503));
  }
  app.notFound((c) => errorJson(c, 404, 'not found', c.req.path));
  return app;
}
