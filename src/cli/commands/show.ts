import { Command, Option } from 'commander';
import { dbOption, writeOut } from '../args.js';

/** The `show` command, added to the CLI by main.ts. */
export function showCommand(): Command {
  return new Command('show')
    .description('print a stored document with its annotations (by id, id prefix, file name, record id or URL)')
    .argument('<doc>', 'document id, id prefix or a name it was ingested under')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (ref: string, o: { db?: string; format: 'text' | 'json' }) => {
      const { runShow } = await import('../show.js');
      await runShow(ref, o, writeOut);
    });
}
