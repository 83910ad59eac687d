import { Command, Option } from 'commander';
import { resolveDb } from '../../store/open.js';
import { dbOption, durationArg, intervalArg, positiveArg, positiveIntegerArg, processIo } from '../args.js';

/** The `watch` command, added to the CLI by main.ts. */
export function watchCommand(): Command {
  return new Command('watch')
    .description('follow RSS/Atom feeds: poll them, fetch each new item\'s page, analyse and store it')
    .argument('<feeds>', 'a file with one feed URL per line (# comments, optional lang=es|en country=CODE)')
    .addOption(dbOption())
    .addOption(new Option('--every <duration>', 'time between polls of a feed (90s, 15m, 1h)').argParser(intervalArg).default(900_000, '15m'))
    .option('--once', 'poll once and exit (for cron)', false)
    .addOption(new Option('--max-items <n>', 'new items handled per feed per poll (the rest wait for the next)').argParser(positiveIntegerArg).default(50))
    .addOption(new Option('--concurrency <n>', 'requests in flight at once').argParser(positiveIntegerArg).default(4))
    .addOption(new Option('--delay <duration>', 'pause between two requests to one host').argParser(durationArg).default(1000, '1s'))
    .addOption(new Option('--max-mb <mb>', 'largest feed or page read, in MB').argParser(positiveArg).default(10))
    .addOption(new Option('--log <format>', 'messages and summaries on stderr as text or JSON lines').choices(['text', 'json']).default('text'))
    .option('--queue', 'queue new documents for `atalaya worker` processes instead of analysing here (PostgreSQL)', false)
    .exitOverride()
    .action(async (file: string, o: { db?: string; every: number; once: boolean; maxItems: number; concurrency: number; delay: number; maxMb: number; log: 'text' | 'json'; queue: boolean }) => {
      const { runWatchCommand } = await import('../watch.js');
      process.exitCode = await runWatchCommand(
        file,
        { db: resolveDb(o.db), everyMs: o.every, once: o.once, maxItems: o.maxItems, concurrency: o.concurrency, delayMs: o.delay, maxMb: o.maxMb, log: o.log, queue: o.queue },
        processIo,
      );
    });
}
