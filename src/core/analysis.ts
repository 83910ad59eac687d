/**
 * The analysis format `atalaya/analysis@1`: the one contract between the pipeline and everything that
 * reads it (CLI, store, HTTP API, dashboard). Mirrors shared/design/ANALYSIS_FORMAT.md and
 * schema/analysis.schema.json; fields may be added, none renamed or dropped without a new version.
 * Every start/end is a UTF-16 offset into document.text, end exclusive.
 */

export const ANALYSIS_FORMAT = 'atalaya/analysis@1' as const;

export const LANGS = ['es', 'en', 'und'] as const;
export type Lang = (typeof LANGS)[number];

export const SEGMENT_KINDS = [
  'title',
  'heading',
  'body',
  'teaser',
  'fragment',
  'dateline',
  'byline',
  'caption',
  'boilerplate',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SECTORS = [
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'OPP', 'ELI', 'REB', 'SPY', 'BUS',
  'CVL', 'LAB', 'MED', 'EDU', 'REL', 'HLH', 'NGO', 'CRM', 'REF', 'UAF',
] as const;
export type Sector = (typeof SECTORS)[number];

export const TIME_KINDS = ['date', 'month', 'year', 'week', 'range', 'duration', 'time', 'set'] as const;
export type TimeKind = (typeof TIME_KINDS)[number];

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const MODALITIES = ['asserted', 'intended', 'expected', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

export type QuadClass = 1 | 2 | 3 | 4;

export interface Span {
  start: number;
  end: number;
}

export interface Published {
  value: string;
  source: 'metadata' | 'inferred';
}

export interface DocumentInfo {
  /** A hash of `text`: the same text always has the same id. */
  id: string;
  sourceId: string | null;
  url: string | null;
  lang: Lang;
  title: string | null;
  published: Published | null;
  text: string;
}

export interface Segment extends Span {
  kind: SegmentKind;
}

export interface Sentence extends Span {
  /** Index into `segments`. */
  segment: number;
}

export interface Actor {
  country: string | null;
  org: string | null;
  sector: Sector | null;
  name: string | null;
  wikidata: string | null;
}

export interface Mention extends Span {
  id: string;
  text: string;
  type: EntityType;
  actor: Actor | null;
  /** Id of the mention this one corefers with ("el líder ruso" -> the Putin mention). */
  refersTo: string | null;
  /** What produced it: "lexicon:<file>", "model", "coref:<rule>". */
  via: string;
}

export interface TimeExpr extends Span {
  id: string;
  text: string;
  /** ISO 8601: 2026-02-04 | 2026-02 | 2026 | 2026-W06 | 2026-08-08/2026-08-09 | P2W | 2026-02-04T10:00 */
  value: string;
  kind: TimeKind;
  flags: string[];
  /** The likely intended value when a flag says the text contradicts itself. */
  suggestion: string | null;
  /** The grammar rule that found it, then any resolution rule that chose its value ("es.date.dmy+weekday-year"). */
  rule: string;
}

export interface Quote extends Span {
  id: string;
  text: string;
  /** Id of the speaker's mention, or null when no speaker was found. */
  speaker: string | null;
}

export interface EventActor extends Actor {
  mention: string | null;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EventTrigger extends Span {
  text: string;
}

/** One place where the article reports an event: the title, the lead, a later "la liberación", a quote repeating it. */
export interface EventMention {
  /** The trigger's span and text. */
  start: number;
  end: number;
  text: string;
  sentence: number;
  segment: SegmentKind;
  /** The pattern that coded this mention, and the code it gave (mentions of one happening may differ in detail). */
  rule: string;
  cameo: string;
}

export interface EventRecord {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string;
  goldstein: number;
  quadClass: QuadClass;
  actor: EventActor[];
  recipient: EventActor[];
  date: string | null;
  /** The time expression id it came from, "published", or null. */
  dateFrom: string | null;
  location: EventLocation | null;
  modality: Modality;
  negated: boolean;
  sentence: number;
  segment: SegmentKind;
  trigger: EventTrigger;
  topics: string[];
  /** The pattern or model that produced it. */
  rule: string;
  confidence: number;
  /**
   * Reported as history, not news: its own clause dates it clearly before the article's time window, or
   * puts it in the past perfect. Kept in the analysis; stored queries and exports leave it out by default.
   */
  background: boolean;
  /** Every mention of this happening in the article, in text order (this record's own trigger among them). */
  mentions: EventMention[];
}

export interface TopicScore {
  topic: string;
  score: number;
}

export interface Flag extends Span {
  kind: string;
  message: string;
}

/** One step of `--trace`: which stage and rule produced what, over which span. */
export interface TraceEntry {
  stage: string;
  rule: string;
  start: number;
  end: number;
  detail: string;
}

export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT',
  'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS_TAGS)[number];

/**
 * One syntactic word (Universal Dependencies). A contraction or a verb with clitics is several words:
 * the parts of "del" (de + el) share the token's span; the parts of "dárselo" each get their letters.
 */
export interface SyntaxWord extends Span {
  /** The word as UD writes it ("de", "el", "dar"), which need not equal the text at its span. */
  form: string;
  lemma: string;
  upos: Upos;
  /** The morphological features the model predicts (`Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin`), `_` for none. */
  feats: string;
  /** Index of the head word in `syntax.words`; -1 for the root of its sentence. */
  head: number;
  /** UD relation to the head (`nsubj`, `obj`, `obl`, `nsubj:pass`…; `root` for the root). */
  deprel: string;
  /** Index into `sentences`. */
  sentence: number;
}

/** A token of the text that is several syntactic words (UD's multiword token): "del", "dárselo". */
export interface MultiwordToken extends Span {
  /** Indices in `syntax.words` of its first and last word. */
  first: number;
  last: number;
}

/** The syntax layer: the model that produced it and the words of every sentence, in text order. */
export interface SyntaxLayer {
  /** `syntax-es` / `syntax-en` with the model's training seed and epochs, e.g. `syntax-es (seed 1, 15 epochs)`. */
  model: string;
  words: SyntaxWord[];
  multiwords: MultiwordToken[];
}

export interface Analysis {
  format: typeof ANALYSIS_FORMAT;
  document: DocumentInfo;
  segments: Segment[];
  sentences: Sentence[];
  mentions: Mention[];
  times: TimeExpr[];
  quotes: Quote[];
  events: EventRecord[];
  topics: TopicScore[];
  flags: Flag[];
  /** Present only when asked for (`--syntax`): the tree is large and most readers need only events. */
  syntax?: SyntaxLayer;
  /** Present only when tracing was asked for. */
  trace?: TraceEntry[];
}
