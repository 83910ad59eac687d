import type { Generated } from 'kysely';

/**
 * The store's tables as kysely sees them. Both engines hold the same columns with the same meaning:
 * dates are ISO text, booleans are 0/1 integers, JSON is text, so rows read back alike from SQLite and
 * PostgreSQL. Offsets are named span_start/span_end because START and END are SQL keywords.
 */
export interface DocumentsTable {
  seq: Generated<number>;
  /** The analysis's document id: a hash of the text, so the same text is stored once. */
  id: string;
  source_id: string | null;
  url: string | null;
  /** The URL's host: the "source" when counting how many outlets reported an event. */
  host: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  published_source: string | null;
  /** The first document of its near-duplicate group (itself when it has no earlier near-duplicate). */
  story_id: string;
  /** MinHash signature (hex), kept to compare later documents against this one. */
  minhash: string | null;
  n_events: number;
  ingested_at: string;
  text: string;
  /** The analysis as JSON without document.text (which is the column above). */
  analysis: string;
  /** The terms full-text search indexes (src/store/search-terms.ts), space-separated. */
  search_text: string;
  /** The analyser that wrote `analysis` (src/core/analyser-version.ts); null when stored before it was recorded. */
  analyser_version: string | null;
}

export interface DocumentNamesTable {
  doc_id: string;
  /** A file name, record id or URL the document was fed under; one document may arrive under many. */
  name: string;
}

export interface DocumentBandsTable {
  band: number;
  hash: number;
  doc_id: string;
}

export interface MentionsTable {
  doc_id: string;
  id: string;
  span_start: number;
  span_end: number;
  text: string;
  type: string;
  country: string | null;
  org: string | null;
  sector: string | null;
  name: string | null;
  wikidata: string | null;
  /** country or org followed by sector, as GDELT writes actor codes (RUSGOV, NATO, CHN). */
  actor_code: string | null;
  refers_to: string | null;
  via: string;
}

export interface TimesTable {
  doc_id: string;
  id: string;
  span_start: number;
  span_end: number;
  text: string;
  value: string;
  kind: string;
  flags: string;
  suggestion: string | null;
}

export interface QuotesTable {
  doc_id: string;
  id: string;
  span_start: number;
  span_end: number;
  text: string;
  speaker: string | null;
}

export interface TopicsTable {
  doc_id: string;
  topic: string;
  score: number;
}

export interface FlagsTable {
  doc_id: string;
  n: number;
  kind: string;
  span_start: number;
  span_end: number;
  message: string;
}

/** One real event, however many articles report it (GDELT's event row). */
export interface MergedEventsTable {
  id: Generated<number>;
  key: string;
  type: string;
  cameo: string;
  goldstein: number;
  quad_class: number;
  day: string | null;
  /** day, or '9999-99-99' when unknown: a non-null sort key for paging in date order. */
  sort_day: string;
  first_seen: string;
}

/** One article's coding of an event, kept for provenance. */
export interface EventsTable {
  doc_id: string;
  id: string;
  merged_id: number;
  type: string;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quad_class: number;
  date: string | null;
  day: string | null;
  date_from: string | null;
  location_name: string | null;
  location_country: string | null;
  lat: number | null;
  lon: number | null;
  modality: string;
  negated: number;
  sentence: number;
  segment: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  topics: string;
  rule: string;
  confidence: number;
  /** 1 when the article tells it as history (EventRecord.background). */
  background: Generated<number>;
  /** How many times the article tells it (EventRecord.mentions.length). */
  mentions: Generated<number>;
}

export interface EventActorsTable {
  doc_id: string;
  event_id: string;
  role: 'actor' | 'recipient';
  n: number;
  country: string | null;
  org: string | null;
  sector: string | null;
  name: string | null;
  wikidata: string | null;
  mention: string | null;
  code: string | null;
}

/** A feed `atalaya watch` follows: its hints, the validators of its last answer and its health. */
export interface WatchFeedsTable {
  url: string;
  lang: string | null;
  country: string | null;
  etag: string | null;
  last_modified: string | null;
  last_poll: string | null;
  last_success: string | null;
  /** The last failure's one-line reason; null once the feed answers again. */
  last_error: string | null;
  /** Polls failed in a row: what the back-off grows with. */
  failures: number;
  /** When the feed is next polled (ISO): the interval after a success, longer after each failure. */
  next_due: string;
  /** Items handled from this feed so far. */
  items: number;
}

/** An item a feed listed, by guid and by link (one row each), so neither a restart nor a second feed fetches it again. */
export interface WatchItemsTable {
  feed_url: string;
  key: string;
  /** 1 once stored (or given up on); 0 while its page keeps failing and is retried. */
  done: number;
  attempts: number;
  last_error: string | null;
  seen_at: string;
}

export interface Database {
  documents: DocumentsTable;
  document_names: DocumentNamesTable;
  document_bands: DocumentBandsTable;
  mentions: MentionsTable;
  times: TimesTable;
  quotes: QuotesTable;
  topics: TopicsTable;
  flags: FlagsTable;
  merged_events: MergedEventsTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  watch_feeds: WatchFeedsTable;
  watch_items: WatchItemsTable;
}
