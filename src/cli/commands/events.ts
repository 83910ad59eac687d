import { Command, Option } from 'commander';
import { EVENT_FORMATS } from '../../query/event-formats.js';
import { dbOption, isoDayArg, lexiconOption, positiveIntegerArg, writeOut } from '../args.js';
import type { EventsOptions } from '../events.js';

/** The `events` command, added to the CLI by main.ts; the queries and writers load when it runs. */
export function eventsCommand(): Command {
  return new Command('events')
    .description('list stored events (one per real event, merged across articles) with filters and exports')
    .addOption(dbOption())
    .option('--actor <code>', 'actor side: a country (RUS), organisation (NATO) or full code (RUSGOV), or a name or alias (OTAN, Putin)')
    .option('--recipient <code>', 'recipient side, same codes')
    .option('--dyad <A-B>', 'a pair of actors, either acting on the other (RUS-CHN)')
    .option('--type <type>', 'a PLOVER type (CONSULT) or CAMEO code prefix (04)')
    .addOption(new Option('--quad <n>', 'quad class').choices(['1', '2', '3', '4']))
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)', isoDayArg)
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)', isoDayArg)
    .option('--text <words>', 'only events reported by documents containing these words')
    .option('--include-teasers', 'also events coded in headlines of other stories dropped into a page', false)
    .option('--include-background', 'also events an article tells as history (dated well before it, or in the past perfect)', false)
    .option('--all-modalities', 'gdelt, gdelt-mentions and icews: also negated, intended, expected and hypothetical events', false)
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default('table'))
    .option('--out <file>', 'write to this file instead of standard output (required for parquet)')
    .addOption(lexiconOption())
    .addOption(new Option('--limit <n>', 'at most this many events').argParser(positiveIntegerArg))
    .exitOverride()
    .action(async (o: EventsOptions) => {
      const { runEvents } = await import('../events.js');
      await runEvents(o, writeOut);
    });
}
