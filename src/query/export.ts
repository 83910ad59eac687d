import type { EventActor } from '../core/analysis.js';
import { actorCode } from '../store/actor-code.js';
import { csvHeader, csvRow } from './csv.js';
import type { MergedEvent } from './events.js';
import { gdeltEventGetters, gdeltMentionGetters, gdeltMentions, gdeltRows, tsvCell } from './gdelt.js';
import { icewsHeader, icewsLines } from './icews.js';
import { polecatHeader, polecatLine, polecatRecord } from './polecat.js';
import type { TextFormat } from './event-formats.js';

export interface WriterOptions {
  /** Also negated, intended, expected and hypothetical events in formats that cannot say so. */
  allModalities: boolean;
}

/** Writes a stream of events in one format: a head, one chunk per event, a tail. */
export interface EventWriter {
  begin(): string;
  row(e: MergedEvent, index: number): string;
  end(count: number): string;
}

const SPACES = /\s+/g;
/** One table cell: on one line, cut to `n` characters. */
const clip = (raw: string, n: number): string => {
  const s = raw.replace(SPACES, ' ');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

function who(xs: EventActor[]): string {
  if (xs.length === 0) return '?';
  return xs.map((x) => [actorCode(x), x.name].filter(Boolean).join(' ') || '?').join(' + ');
}

const table: EventWriter = {
  begin: () => `${'DATE'.padEnd(11)}${'TYPE'.padEnd(15)}${'ACTOR -> RECIPIENT'.padEnd(58)}${'ART'.padStart(4)}${'SRC'.padStart(4)}  EVIDENCE\n`,
  row(e) {
    const mood = [e.negated ? 'not' : '', e.modality !== 'asserted' ? e.modality : '', e.background ? 'background' : ''].filter(Boolean).join(',');
    const type = `${e.type} ${e.cameo}${mood ? ` (${mood})` : ''}`;
    const src = e.sources[0];
    const evidence = src ? `«${clip(src.trigger, 30)}» ${clip(src.url ?? src.sourceId ?? src.document, 50)}` : '';
    return `${(e.date ?? '????-??-??').slice(0, 10).padEnd(11)}${clip(type, 14).padEnd(15)}${clip(`${who(e.actor)} -> ${who(e.recipient)}`, 57).padEnd(58)}${String(e.numArticles).padStart(4)}${String(e.numSources).padStart(4)}  ${evidence}\n`;
  },
  end: (n) => `${n} event${n === 1 ? '' : 's'}\n`,
};

const jsonl: EventWriter = { begin: () => '', row: (e) => `${JSON.stringify(e)}\n`, end: () => '' };
const csv: EventWriter = { begin: csvHeader, row: csvRow, end: () => '' };

/** GDELT 2.0 events: tab-separated, no header, one row per actor pair. */
function gdelt(o: WriterOptions): EventWriter {
  const getters = gdeltEventGetters();
  const line = (cells: string[]): string => `${cells.join('\t')}\n`;
  return { begin: () => '', row: (e) => gdeltRows(e, o.allModalities).map((r) => line(getters.map((get) => tsvCell(get(r))))).join(''), end: () => '' };
}

/** GDELT 2.0 Mentions: one row per report of each GDELT event row. */
function gdeltMentionsWriter(o: WriterOptions): EventWriter {
  const getters = gdeltMentionGetters();
  return { begin: () => '', row: (e) => gdeltMentions(e, o.allModalities).map((m) => `${getters.map((get) => tsvCell(get(m))).join('\t')}\n`).join(''), end: () => '' };
}

const polecat: EventWriter = { begin: polecatHeader, row: polecatLine, end: () => '' };

const polecatJson: EventWriter = {
  begin: () => '[',
  row: (e, i) => `${i > 0 ? ',' : ''}\n${JSON.stringify(polecatRecord(e))}`,
  end: (n) => (n > 0 ? '\n]\n' : ']\n'),
};

const icews = (o: WriterOptions): EventWriter => ({ begin: icewsHeader, row: (e) => icewsLines(e, o.allModalities), end: () => '' });

export function eventWriter(format: TextFormat, options: WriterOptions = { allModalities: false }): EventWriter {
  switch (format) {
    case 'table':
      return table;
    case 'jsonl':
      return jsonl;
    case 'csv':
      return csv;
    case 'gdelt':
      return gdelt(options);
    case 'gdelt-mentions':
      return gdeltMentionsWriter(options);
    case 'polecat':
      return polecat;
    case 'polecat-json':
      return polecatJson;
    case 'icews':
      return icews(options);
  }
}
