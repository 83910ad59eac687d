import { createWriteStream } from 'node:fs';
import { Command, Option } from 'commander';
import { AtalayaError } from '../core/errors.js';
import { ASSERTED_FORMATS, EVENT_FORMATS, eventWriter, type EventFormat } from '../query/export.js';
import { resolveActorCode } from '../actors/lookup.js';
import { actorsFor, lexiconFile } from '../pipeline/analyser.js';
import { NO_FILTER, parseDyad, parseEventType, parseQuad, type EventFilter } from '../query/filter.js';
import { lexiconOption } from './actors.js';
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
  includeBackground?: boolean;
  allModalities?: boolean;
  format: EventFormat;
  limit?: number;
  out?: string;
  /** A user lexicon whose names --actor, --recipient and --dyad also take. */
  lexicon?: string;
}

export function eventFilter(o: EventsOptions): EventFilter {
  const actor = (v: string): string => resolveActorCode(actorsFor(lexiconFile(o.lexicon)), v);
  return {
    ...NO_FILTER,
    actor: o.actor ? actor(o.actor) : null,
    recipient: o.recipient ? actor(o.recipient) : null,
    dyad: o.dyad ? parseDyad(o.dyad, actor) : null,
    type: o.type ? parseEventType(o.type) : null,
    quad: o.quad ? parseQuad(o.quad) : null,
    since: o.since ?? null,
    until: o.until ?? null,
    text: o.text ?? null,
    includeTeasers: o.includeTeasers,
    includeBackground: o.includeBackground ?? false,
    // Formats with no modality or negation column list only what reports assert, coded from those reports.
    assertedOnly: ASSERTED_FORMATS.has(o.format) && !o.allModalities,
  };
}

/**
 * Streams the matching events to `write` in `format` (or to the file `out`); returns how many there were.
 * Parquet is binary and written to `out` only.
 */
export async function runEvents(o: EventsOptions, write: (s: string) => void): Promise<number> {
  const filter = eventFilter(o);
  if (o.format === 'parquet' && !o.out) throw new AtalayaError('--format parquet writes a file: give it with --out FILE');
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    // Loaded here, not at start-up: the queries bring kysely, and Parquet its writer.
    const { listEvents } = await import('../query/events.js');
    const events = listEvents(store, filter, o.limit ?? Infinity);
    if (o.format === 'parquet') return await (await import('../query/parquet.js')).writeParquet(o.out!, events);
    const writer = eventWriter(o.format, { allModalities: o.allModalities ?? false });
    const file = o.out ? createWriteStream(o.out) : null;
    const put = file ? (s: string): void => void (s && file.write(s)) : write;
    put(writer.begin());
    let n = 0;
    for await (const e of events) put(writer.row(e, n++));
    put(writer.end(n));
    if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
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
      await runEvents(o, (s) => void process.stdout.write(s));
    });
}
