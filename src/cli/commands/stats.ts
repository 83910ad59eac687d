import { Command, Option } from 'commander';
import { PERIODS } from '../../query/periods.js';
import { dbOption, writeOut } from '../args.js';
import type { StatsCliOptions } from '../stats.js';

/** The `stats` command, added to the CLI by main.ts. */
export function statsCommand(): Command {
  return new Command('stats')
    .description('counts of documents, events, actors and flags; events per type and day; a dyad’s directed series; dyad-period quad tables')
    .addOption(dbOption())
    .option('--dyad <A-B>', 'time series for a pair of actors (RUS-CHN): in all and per direction, per day and week, by quad class')
    .addOption(new Option('--quads <period>', 'instead: events per quad class per directed dyad and period (CSV, ICEWS-style)').choices(PERIODS))
    .option('--all-modalities', 'series and quad tables also count negated, intended, expected and hypothetical events', false)
    .addOption(new Option('--format <format>', 'output format (csv: the quad table)').choices(['text', 'json', 'csv']).default('text'))
    .exitOverride()
    .action(async (o: StatsCliOptions) => {
      const { runStats } = await import('../stats.js');
      // A quad table is a table: CSV unless JSON is asked for.
      await runStats(o.quads && o.format === 'text' ? { ...o, format: 'csv' } : o, writeOut);
    });
}
