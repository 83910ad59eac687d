import { Command, Option } from 'commander';
import { DEFAULT_MAX_BODY } from '../../server/limits.js';
import { dbOption, portArg, positiveArg, writeOut } from '../args.js';
import type { ServeOptions } from '../serve.js';

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
      const { runServe } = await import('../serve.js');
      await runServe(o, writeOut);
    });
}
