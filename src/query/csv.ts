import type { EventActor } from '../core/analysis.js';
import { actorCode } from '../store/actor-code.js';
import { eventDay } from './event-day.js';
import type { MergedEvent } from './events.js';

/** A CSV column's kind: text is always quoted, numbers never, so readers can tell "041" from 41. */
export type CsvKind = 'text' | 'number';
type Value = string | number | null;

const codes = (xs: EventActor[]): string => xs.map((x) => actorCode(x) ?? x.name ?? '?').join(';');
const names = (xs: EventActor[]): string => xs.map((x) => x.name ?? actorCode(x) ?? '?').join(';');
const source = (e: MergedEvent) => e.sources[0];

/**
 * The CSV export's columns. Codes (CAMEO, actor codes) are text so leading zeros survive; the date is the
 * first day of its period with the precision beside it, and the ISO value as coded in date_value.
 */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, CsvKind, (e: MergedEvent) => Value]> = [
  ['id', 'number', (e) => e.id],
  ['date', 'text', (e) => eventDay(e.date)?.day ?? null],
  ['date_precision', 'text', (e) => eventDay(e.date)?.precision ?? null],
  ['date_value', 'text', (e) => e.date],
  ['type', 'text', (e) => e.type],
  ['mode', 'text', (e) => e.mode],
  ['cameo', 'text', (e) => e.cameo],
  ['quad_class', 'number', (e) => e.quadClass],
  ['goldstein', 'number', (e) => e.goldstein],
  ['actor_codes', 'text', (e) => codes(e.actor) || null],
  ['actor_names', 'text', (e) => names(e.actor) || null],
  ['recipient_codes', 'text', (e) => codes(e.recipient) || null],
  ['recipient_names', 'text', (e) => names(e.recipient) || null],
  ['location', 'text', (e) => e.location?.name ?? null],
  ['location_country', 'text', (e) => e.location?.country ?? null],
  ['latitude', 'number', (e) => e.location?.lat ?? null],
  ['longitude', 'number', (e) => e.location?.lon ?? null],
  ['modality', 'text', (e) => e.modality],
  ['negated', 'number', (e) => (e.negated ? 1 : 0)],
  ['background', 'number', (e) => (e.background ? 1 : 0)],
  ['topics', 'text', (e) => e.topics.join(';') || null],
  ['num_mentions', 'number', (e) => e.numMentions],
  ['num_articles', 'number', (e) => e.numArticles],
  ['num_sources', 'number', (e) => e.numSources],
  ['first_seen', 'text', (e) => e.firstSeen],
  ['source_url', 'text', (e) => source(e)?.url ?? source(e)?.sourceId ?? null],
  ['document', 'text', (e) => source(e)?.document ?? null],
  ['trigger', 'text', (e) => source(e)?.trigger ?? null],
  ['rule', 'text', (e) => source(e)?.rule ?? null],
];

/** One cell: empty for no value, text quoted (quotes doubled), numbers bare. */
export function csvCell(kind: CsvKind, v: Value): string {
  if (v === null) return '';
  return kind === 'text' ? `"${String(v).replace(/"/g, '""')}"` : String(v);
}

/** The header is text too, so a reader that types by quoting (QUOTE_NONNUMERIC) reads it as names. */
export const csvHeader = (): string => `${CSV_COLUMNS.map(([name]) => csvCell('text', name)).join(',')}\n`;
export const csvRow = (e: MergedEvent): string => `${CSV_COLUMNS.map(([, kind, get]) => csvCell(kind, get(e))).join(',')}\n`;
