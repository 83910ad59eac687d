import type {
  EventRecord, Flag, Lang, Mention, Published, Quote, Segment, Sentence, SyntaxLayer, TimeExpr, TopicScore,
} from './analysis.js';

/** What a caller hands the pipeline: the text plus whatever metadata came with it. */
export interface DocumentInput {
  text: string;
  title?: string | null;
  /** YYYY-MM-DD, from metadata (CLI --published, JSONL `published`, an HTML meta tag). */
  published?: string | null;
  /** Forces the language instead of detecting it. */
  lang?: Lang | null;
  url?: string | null;
  sourceId?: string | null;
}

export const TOKEN_KINDS = ['word', 'number', 'punct', 'symbol'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** A token is internal to the pipeline (the format does not export tokens). */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Index into `Doc.sentences`. */
  sentence: number;
}

/**
 * The working document the stages fill in, one layer each. Stages only append to layers they provide
 * (plus `flags`, which any stage may add to); the pipeline turns a finished Doc into an Analysis.
 */
export interface Doc {
  readonly text: string;
  readonly input: DocumentInput;
  /** Detected (or forced) language; null until the language stage ran. */
  lang: Lang | null;
  /** Set by a stage when the rest of the pipeline must not run (e.g. an unsupported language). */
  halted: string | null;
  published: Published | null;
  segments: Segment[];
  sentences: Sentence[];
  tokens: Token[];
  /**
   * Syntactic words and their tree (null until the syntax stage ran, or when the language has no model);
   * `sentenceWords[s]` is the index of sentence s's first word, with one extra entry at the end.
   */
  syntax: (SyntaxLayer & { sentenceWords: number[] }) | null;
  mentions: Mention[];
  times: TimeExpr[];
  quotes: Quote[];
  events: EventRecord[];
  topics: TopicScore[];
  flags: Flag[];
}

export function createDoc(input: DocumentInput): Doc {
  return {
    text: input.text,
    input,
    lang: null,
    halted: null,
    published: null,
    segments: [],
    sentences: [],
    tokens: [],
    syntax: null,
    mentions: [],
    times: [],
    quotes: [],
    events: [],
    topics: [],
    flags: [],
  };
}
