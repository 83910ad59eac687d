import { Command, Option } from 'commander';
import type { Lang } from '../../core/analysis.js';
import { SOURCE_KINDS, type SourceKind } from '../../ingest/source-kinds.js';
import { lexiconFile } from '../../pipeline/lexicon-file.js';
import { DEFAULT_BUSY_WAIT_MS } from '../../store/busy.js';
import { resolveDb } from '../../store/open.js';
import { dbOption, isoDayArg, lexiconOption, positiveArg, positiveIntegerArg, processIo } from '../args.js';

/** The `ingest` command, added to the CLI by main.ts; the pipeline and the stores load when it runs. */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, analyse and store articles: files, folders, JSONL, RSS/Atom feeds, - for stdin')
    .argument('<paths...>', 'files or folders to ingest; - reads stdin')
    .addOption(dbOption())
    .addOption(new Option('--input <kind>', 'read every input as this kind (default: by extension and content)').choices(SOURCE_KINDS))
    .addOption(new Option('--batch <n>', 'documents per transaction').argParser(positiveIntegerArg).default(100))
    .addOption(new Option('--max-mb <mb>', 'largest document read, in MB').argParser(positiveArg).default(10))
    .option('--published <date>', 'publication date for documents that carry none (YYYY-MM-DD)', isoDayArg)
    .option('--queue', 'queue the documents for `atalaya worker` processes instead of analysing here (PostgreSQL)', false)
    .addOption(new Option('--lang <lang>', 'language for documents that do not say (skips detection)').choices(['es', 'en']))
    .addOption(new Option('--busy-wait <s>', "seconds a batch waits for another process's SQLite write lock").argParser(positiveArg).default(DEFAULT_BUSY_WAIT_MS / 1000))
    .addOption(lexiconOption())
    .exitOverride()
    .action(async (paths: string[], o: { db?: string; input?: SourceKind; batch: number; maxMb: number; published?: string; lang?: Lang; queue: boolean; busyWait: number; lexicon?: string }) => {
      const { runIngestCommand } = await import('../ingest.js');
      process.exitCode = await runIngestCommand(
        paths,
        { db: resolveDb(o.db), input: o.input ?? null, batch: o.batch, maxMb: o.maxMb, published: o.published ?? null, lang: o.lang ?? null, queue: o.queue, busyWaitS: o.busyWait, lexicon: lexiconFile(o.lexicon) },
        processIo,
      );
    });
}
