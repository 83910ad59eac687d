import { AtalayaError } from '../core/errors.js';
import { resolveActorCode } from '../actors/lookup.js';
import { actorsFor } from '../pipeline/analyser.js';
import { lexiconFile } from '../pipeline/lexicon-file.js';
import { parseDyad } from '../query/filter.js';
import type { Period } from '../query/periods.js';
import { quadTable, quadTableCsv } from '../query/quad-table.js';
import type { EventSeries, SeriesPoint, Stats } from '../query/stats.js';
import { openStore, resolveDb } from '../store/open.js';

const n = (x: number): string => x.toLocaleString('en-US');

function series(title: string, points: SeriesPoint[]): string[] {
  const out = [`  ${title}`, `    ${'period'.padEnd(11)}${'events'.padStart(7)}${'goldstein'.padStart(10)}   ${['q1', 'q2', 'q3', 'q4'].map((q) => q.padStart(11)).join('')}`];
  for (const p of points) {
    const quads = (['1', '2', '3', '4'] as const).map((q) => `${p.quad[q].events}/${p.quad[q].goldstein}`.padStart(11)).join('');
    out.push(`    ${p.period.padEnd(11)}${String(p.events).padStart(7)}${String(p.goldstein).padStart(10)}   ${quads}`);
  }
  return out;
}

const undated = (s: EventSeries): string => (s.undated ? ` (${s.undated} undated, not in the series)` : '');

/** Stats for a person: totals, then events per type and day, then the dyad's series (events/Goldstein per quad). */
export function formatStats(s: Stats): string {
  const out = [
    `documents ${n(s.documents)} (${n(s.stories)} stories once near-duplicates are folded)`,
    `events    ${n(s.events)} (${n(s.codings)} article codings, ${s.eventsPerArticle} per article)${s.undatedEvents ? `; ${n(s.undatedEvents)} undated, counted per type but not per day` : ''}`,
    ...(s.backgroundCodings ? [`          ${n(s.backgroundCodings)} more told as history (background), not counted`] : []),
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
    const which = d.allModalities ? 'all modalities' : 'asserted events';
    out.push('', `dyad ${d.pair.join('-')}: ${n(d.events)} ${which}${undated(d)}; per quad class: events/Goldstein sum`);
    out.push(...series('per day', d.byDay), ...series('per week', d.byWeek));
    const { forward, backward, together } = d.directed;
    for (const [title, x] of [[`${forward.from} -> ${forward.to}`, forward], [`${backward.from} -> ${backward.to}`, backward], [`${d.pair.join(' with ')}, acting together`, together]] as const) {
      out.push('', `${title}: ${n(x.events)} ${which}${undated(x)}`, ...series('per week', x.byWeek));
    }
  }
  return `${out.join('\n')}\n`;
}

export interface StatsCliOptions {
  db?: string;
  dyad?: string;
  quads?: Period;
  allModalities?: boolean;
  format: 'text' | 'json' | 'csv';
}

/** Writes the stats, or with `quads` the dyad-period quad table (CSV, else JSON), to `write`; notes go to `note`. */
export async function runStats(o: StatsCliOptions, write: (s: string) => void, note: (s: string) => void = (s) => void process.stderr.write(s)): Promise<void> {
  const dyad = o.dyad ? parseDyad(o.dyad, (v) => resolveActorCode(actorsFor(lexiconFile(null)), v)) : undefined;
  if (o.format === 'csv' && !o.quads) throw new AtalayaError('--format csv is the quad table: give the period with --quads day|week|month|year');
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    if (o.quads) {
      const table = await quadTable(store, o.quads, { ...(dyad ? { dyad } : {}), allModalities: o.allModalities ?? false });
      write(o.format === 'json' ? `${JSON.stringify(table, null, 2)}\n` : quadTableCsv(table));
      if (table.undated || table.unpaired) note(`stats: left out ${table.undated} events without a date precise to the ${o.quads} and ${table.unpaired} without two coded sides\n`);
      return;
    }
    // Loaded here, not at start-up: the queries bring kysely.
    const { computeStats } = await import('../query/stats.js');
    const stats = await computeStats(store, { ...(dyad ? { dyad } : {}), allModalities: o.allModalities ?? false });
    write(o.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
  } finally {
    await store.close();
  }
}
