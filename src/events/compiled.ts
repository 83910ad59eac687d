import type { PloverType, QuadClass } from '../core/analysis.js';

/**
 * The event coder's compiled data (build/events/<lang>.json), written by scripts/data/events.ts from
 * data/<lang>/events-*.tsv and data/shared/cameo-*.tsv.
 */

export const VERB_TAGS = ['inf', 'ger', 'part', 'pres', 'past', 'fut', 'cond', 'subj'] as const;
export type VerbTag = (typeof VERB_TAGS)[number];

/** A set of verb tags as bits: tag VERB_TAGS[i] is bit i. What the compiled tables store per form. */
export function verbTagMask(tags: Iterable<VerbTag>): number {
  let mask = 0;
  for (const t of tags) mask |= 1 << VERB_TAGS.indexOf(t);
  return mask;
}

/** One element of a pattern: a token matching any of `forms` (and, for verbs, `tags`), or a gap. */
export type CompiledElement =
  | { k: 'tok'; lex: string[]; words: string[]; tags: VerbTag[] | null }
  | { k: 'gap'; max: number };

export interface CompiledRoles {
  /** Prepositions (folded) that introduce the recipient; "obj" is a bare direct object. */
  recipient: string[];
  /** Prepositions (folded) that introduce the actor after a noun trigger ("las visitas de los ministros"). */
  actor: string[];
  /** The clause's subject is the recipient (victims: "resultaron heridos"). */
  subjectIsRecipient: boolean;
  /** The clause's subject is the actor's own, even in the passive (forces deployed: "las tropas rusas fueron desplegadas"). */
  subjectIsActor: boolean;
  /** A reciprocal action ("se reunieron"): an event only between two parties (two actors, or an actor and a recipient). */
  mutual: boolean;
  /** A noun trigger that is an event wherever it is named ("la huelga"), even beside a reported action. */
  stands: boolean;
  /** Events whose trigger follows this one closely are its content ("rechazó firmar"): not coded apart. */
  governs: 'none' | 'plain' | 'threat';
}

export interface CameoInfo {
  type: PloverType;
  mode: string | null;
  goldstein: number;
  quadClass: QuadClass;
  /** The 03x code for a stated intention of this action, when CAMEO has one. */
  intent: string | null;
  /** The 13x code for a threat of this action, when CAMEO has one. */
  threat: string | null;
}

export interface CompiledPattern {
  id: string;
  /** CAMEO code, or "-" for a pattern that only blocks (its words start no event). */
  cameo: string;
  elements: CompiledElement[];
  roles: CompiledRoles;
  confidence: number;
}

export const CUE_KINDS = [
  'neg', 'intent', 'expected', 'hypothetical', 'if', 'aux-passive', 'aux-perfect', 'sub', 'relative', 'prep',
  'coord', 'report', 'speech', 'det', 'purpose', 'notverb', 'aux-progressive', 'unreal',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CompiledCue {
  kind: CueKind;
  elements: CompiledElement[];
}

export interface CompiledPlace {
  /** Folded tokens of the name. */
  tokens: string[];
  name: string;
  country: string;
  lat: number;
  lon: number;
}

export interface CompiledLanguage {
  lang: string;
  /** Lexeme ("v:reunir", "n:acuerdo") -> its folded forms. */
  lexemes: Record<string, string[]>;
  /**
   * Folded verb form -> its tags as a verbTagMask (a form can be several: "reunimos" is present and
   * past). A number, not a list: some 20,000 forms load without an array each.
   */
  verbTags: Record<string, number>;
  /** Folded verb forms that are written with an accent ("rechazó"): unaccented in accented text, another word. */
  accented: string[];
  patterns: CompiledPattern[];
  cues: CompiledCue[];
  places: CompiledPlace[];
  cameo: Record<string, CameoInfo>;
}
