import { Hono } from 'hono';
import { actorNetwork } from '../query/actor-network.js';
import { eventPlaces } from '../query/event-places.js';
import { parseDyad } from '../query/filter.js';
import { computeStats } from '../query/stats.js';
import type { Store } from '../store/store.js';
import { actorParam, eventFilterOf, FILTER_PARAMS, limitOf, parsed, queryParams } from './params.js';

/** GET /api/stats, /api/actors and /api/places: what the store holds, who acts on whom, and where. */
export function statsRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/stats', async (c) => {
    const params = queryParams(c, ['dyad', 'actor']);
    const dyad = parsed(params, 'dyad', (v) => parseDyad(v, actorParam));
    const actor = parsed(params, 'actor', actorParam);
    return c.json(await computeStats(store, { ...(dyad ? { dyad } : {}), ...(actor ? { actor } : {}) }));
  });
  app.get('/actors', async (c) => {
    const params = queryParams(c, [...FILTER_PARAMS, 'limit']);
    return c.json(await actorNetwork(store, eventFilterOf(params), limitOf(params, 50, 500)));
  });
  app.get('/places', async (c) => {
    const params = queryParams(c, [...FILTER_PARAMS]);
    return c.json(await eventPlaces(store, eventFilterOf(params)));
  });
  return app;
}
