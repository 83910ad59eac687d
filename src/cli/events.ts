import { Command, Option } from 'commander';
import { listEvents } from '../query/events.js';
import { EVENT_FORMATS, eventWriter, type EventFormat } from '../query/export.js';
import { NO_FILTER, parseActorCode, parseDyad, parseEventType, parseQuad, type EventFilter } from '../query/filter.js';
import { openStore, resolveDb } from '../store/open.js';
import { dbOption, isoDayArg, positiveIntegerArg } from './ingest.js';

interface EventsOptions {
  db?: string;
  actor?: string;
  recipient?: string;
  dyad?: string;
  type?: string;
  quad?: string;
  since?: string;
  until?: string;
  text?: string;
  includeTeasers: boolean;
  format: EventFormat;
  limit?: number;
}

export function eventFilter(o: EventsOptions): EventFilter {
  return {
    ...NO_FILTER,
    actor: o.actor ? parseActorCode(o.actor) : null,
    recipient: o.recipient ? parseActorCode(o.recipient) : null,
    dyad: o.dyad ? parseDyad(o.dyad) : null,
    type: o.type ? parseEventType(o.type) : null,
    quad: o.quad ? parseQuad(o.quad) : null,
    since: o.since ?? null,
    until: o.until ?? null,
    text: o.text ?? null,
    includeTeasers: o.includeTeasers,
  };
}

/** Streams the matching events to `write` in `format`; returns how many there were. */
export async function runEvents(o: EventsOptions, write: (s: string) => void): Promise<number> {
  const filter = eventFilter(o);
  const writer = eventWriter(o.format);
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    write(writer.begin());
    let n = 0;
    for await (const e of listEvents(store, filter, o.limit ?? Infinity)) write(writer.row(e, n++));
    write(writer.end(n));
    return n;
  } finally {
    await store.close();
  }
}

/** The `events` command, added to the CLI by main.ts. */
export function eventsCommand(): Command {
  return new Command('events')
    .description('list stored events (one per real event, merged across articles) with filters and exports')
    .addOption(dbOption())
    .option('--actor <code>', 'actor side: a country (RUS), organisation (NATO) or full code (RUSGOV)')
    .option('--recipient <code>', 'recipient side, same codes')
    .option('--dyad <A-B>', 'a pair of actors, either acting on the other (RUS-CHN)')
    .option('--type <type>', 'a PLOVER type (CONSULT) or CAMEO code prefix (04)')
    .addOption(new Option('--quad <n>', 'quad class').choices(['1', '2', '3', '4']))
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)', isoDayArg)
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)', isoDayArg)
    .option('--text <words>', 'only events reported by documents containing these words')
    .option('--include-teasers', 'also events coded in headlines of other stories dropped into a page', false)
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default('table'))
    .addOption(new Option('--limit <n>', 'at most this many events').argParser(positiveIntegerArg))
    .exitOverride()
    .action(async (o: EventsOptions) => {
      await runEvents(o, (s) => void process.stdout.write(s));
    });
}
