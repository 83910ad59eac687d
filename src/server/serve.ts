import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  /** http://host:port/ as a person would open it. */
  url: string;
  port: number;
  /** Stops taking connections, ends the open ones and resolves when the server is closed. */
  close(): Promise<void>;
}

/** Listens on `host:port` (0 picks a free port) with the app over `store`. */
export function startServer(store: Store, o: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = createApp(store, o);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (err: Error): void => reject(err);
    server = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.on('error', onError);
  });
}
