import { Command, Option } from 'commander';
import { parseDyad } from '../query/filter.js';
import { computeStats, type SeriesPoint, type Stats } from '../query/stats.js';
import { openStore, resolveDb } from '../store/open.js';
import { dbOption } from './ingest.js';

const n = (x: number): string => x.toLocaleString('en-US');

function series(title: string, points: SeriesPoint[]): string[] {
  const out = [`  ${title}`, `    ${'period'.padEnd(11)}${'events'.padStart(7)}${'goldstein'.padStart(10)}   ${['q1', 'q2', 'q3', 'q4'].map((q) => q.padStart(11)).join('')}`];
  for (const p of points) {
    const quads = (['1', '2', '3', '4'] as const).map((q) => `${p.quad[q].events}/${p.quad[q].goldstein}`.padStart(11)).join('');
    out.push(`    ${p.period.padEnd(11)}${String(p.events).padStart(7)}${String(p.goldstein).padStart(10)}   ${quads}`);
  }
  return out;
}

/** Stats for a person: totals, then events per type and day, then the dyad's series (events/Goldstein per quad). */
export function formatStats(s: Stats): string {
  const out = [
    `documents ${n(s.documents)} (${n(s.stories)} stories once near-duplicates are folded)`,
    `events    ${n(s.events)} (${n(s.codings)} article codings)`,
    `actors    ${n(s.actors)} distinct codes in ${n(s.mentions)} mentions`,
    `flags     ${n(s.flags)}${Object.keys(s.flagsByKind).length ? ` (${Object.entries(s.flagsByKind).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`,
  ];
  if (Object.keys(s.eventsByType).length) {
    out.push('', 'events per type');
    for (const [type, count] of Object.entries(s.eventsByType)) out.push(`  ${type.padEnd(10)} ${String(count).padStart(7)}`);
  }
  if (Object.keys(s.eventsByDay).length) {
    out.push('', 'events per day');
    for (const [day, count] of Object.entries(s.eventsByDay)) out.push(`  ${day} ${String(count).padStart(7)}`);
  }
  if (s.dyad) {
    const d = s.dyad;
    out.push('', `dyad ${d.pair.join('-')}: ${n(d.events)} events${d.undated ? ` (${d.undated} undated)` : ''}; per quad class: events/Goldstein sum`);
    out.push(...series('per day', d.byDay), ...series('per week', d.byWeek));
  }
  return `${out.join('\n')}\n`;
}

export async function runStats(o: { db?: string; dyad?: string; format: 'text' | 'json' }, write: (s: string) => void): Promise<void> {
  const dyad = o.dyad ? parseDyad(o.dyad) : undefined;
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    const stats = await computeStats(store, dyad ? { dyad } : {});
    write(o.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
  } finally {
    await store.close();
  }
}

/** The `stats` command, added to the CLI by main.ts. */
export function statsCommand(): Command {
  return new Command('stats')
    .description('counts of documents, events, actors and flags; events per type and day; a dyad’s time series')
    .addOption(dbOption())
    .option('--dyad <A-B>', 'time series for a pair of actors (RUS-CHN): events and Goldstein sums per quad class, per day and week')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (o: { db?: string; dyad?: string; format: 'text' | 'json' }) => {
      await runStats(o, (s) => void process.stdout.write(s));
    });
}
