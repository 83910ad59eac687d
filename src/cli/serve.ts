import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BODY } from '../server/limits.js';
import { openStore, resolveDb } from '../store/open.js';
import { dbOption, positiveArg } from './ingest.js';

export interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  allowIngest: boolean;
  maxBodyMb: number;
}

function portArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0 to 65535)`);
  return n;
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

/** The `serve` command, added to the CLI by main.ts. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the HTTP API (/api, described at /api/openapi.json) and the dashboard over a store')
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'port to listen on (0: any free one)').argParser(portArg).default(8080))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--allow-ingest', 'let POST /api/documents store documents (read-only otherwise)', false)
    .addOption(new Option('--max-body-mb <mb>', 'largest request body').argParser(positiveArg).default(DEFAULT_MAX_BODY / 1e6))
    .exitOverride()
    .action(async (o: ServeOptions) => {
      await runServe(o, (s) => void process.stdout.write(s));
    });
}
