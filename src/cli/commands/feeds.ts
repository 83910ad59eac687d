import { Command, Option } from 'commander';
import { dbOption, writeOut } from '../args.js';

/** The `feeds` command, added to the CLI by main.ts. */
export function feedsCommand(): Command {
  return new Command('feeds')
    .description('list the feeds `atalaya watch` follows and their health')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: { db?: string; format: 'text' | 'json' }) => {
      const { runFeeds } = await import('../feeds.js');
      await runFeeds(o, writeOut);
    });
}
