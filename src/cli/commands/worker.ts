import { Command, Option } from 'commander';
import { resolveDb } from '../../store/open.js';
import { dbOption, positiveArg, positiveIntegerArg, processIo } from '../args.js';

/** The `worker` command, added to the CLI by main.ts. */
export function workerCommand(): Command {
  return new Command('worker')
    .description('analyse documents queued by `ingest --queue` into the PostgreSQL store (run one per core, on any machine)')
    .addOption(dbOption())
    .addOption(new Option('--batch <n>', 'jobs per round (one transaction)').argParser(positiveIntegerArg).default(50))
    .addOption(new Option('--poll <seconds>', 'wait between looks at an empty queue').argParser(positiveArg).default(2))
    .option('--until-empty', 'exit when nothing is left waiting instead of waiting for more', false)
    .exitOverride()
    .action(async (o: { db?: string; batch: number; poll: number; untilEmpty: boolean }) => {
      const { runWorkerCommand } = await import('../worker.js');
      process.exitCode = await runWorkerCommand(
        { db: resolveDb(o.db), batch: o.batch, poll: o.poll, untilEmpty: o.untilEmpty },
        processIo,
      );
    });
}
