import { Command, Option } from 'commander';
import { lexiconFile } from '../../pipeline/lexicon-file.js';
import { resolveDb } from '../../store/open.js';
import { dbOption, isoDayArg, lexiconOption, positiveIntegerArg, processIo } from '../args.js';

/** The `reanalyze` command, added to the CLI by main.ts. */
export function reanalyzeCommand(): Command {
  return new Command('reanalyze')
    .description('re-run the current analyser over stored texts and replace their analyses and events')
    .addOption(dbOption())
    .option('--since <date>', 'only documents published on or after this day (YYYY-MM-DD)', isoDayArg)
    .option('--where-version-not-current', 'only documents another analyser version wrote (a rerun resumes)', false)
    .addOption(new Option('--batch <n>', 'documents per transaction').argParser(positiveIntegerArg).default(100))
    .addOption(lexiconOption())
    .exitOverride()
    .action(async (o: { db?: string; since?: string; whereVersionNotCurrent: boolean; batch: number; lexicon?: string }) => {
      const { runReanalyzeCommand } = await import('../reanalyze.js');
      process.exitCode = await runReanalyzeCommand(
        { db: resolveDb(o.db), batch: o.batch, since: o.since ?? null, onlyStale: o.whereVersionNotCurrent, lexicon: lexiconFile(o.lexicon) },
        processIo,
      );
    });
}
