import { openStore, resolveDb } from '../store/open.js';

export interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  allowIngest: boolean;
  maxBodyMb: number;
}

/**
 * `atalaya serve`: the HTTP API and the dashboard until Ctrl-C (or SIGTERM), which closes the server
 * and the store before the process ends. A read-only server needs an existing store; --allow-ingest
 * creates one.
 */
export async function runServe(o: ServeOptions, write: (s: string) => void): Promise<void> {
  const db = resolveDb(o.db);
  const store = await openStore(db, { mustExist: !o.allowIngest });
  let server;
  try {
    // The server (hono and the routes) is loaded only by `serve`, not at every command's start-up.
    const { startServer } = await import('../server/serve.js');
    server = await startServer(store, { host: o.host, port: o.port, allowIngest: o.allowIngest, maxBodyBytes: Math.round(o.maxBodyMb * 1e6) });
  } catch (err) {
    await store.close();
    throw err;
  }
  write(`atalaya: serving ${store.location}${o.allowIngest ? ' (ingest allowed)' : ' (read-only)'} at ${server.url}  (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  write('atalaya: stopped\n');
}
