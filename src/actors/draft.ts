import type { Actor, EntityType, Sector } from '../core/analysis.js';

/** What a descriptor or group still needs from the text before it to become an actor. */
export type Need =
  /** A person by role: "el líder ruso", "la presidenta", "el mandatario asiático", "su homólogo colombiano". */
  | {
      kind: 'person';
      country: string | null;
      org: string | null;
      /** Index into the lexicon's regions: the antecedent must be the only one of that region so far. */
      region: number | null;
      offices: readonly string[];
      sector: Sector | null;
      /** "su homólogo": the office of the last person named, in another country. */
      counterpart: boolean;
    }
  /** A country by region: "el país asiático". */
  | { kind: 'nation'; region: number }
  /** Several actors named before: "ambos países", "los dos líderes", "ambos gobiernos". */
  | { kind: 'group'; count: number; of: 'country' | 'person'; sector: Sector | null };

/** What a role in front of a name says about it ("el presidente ruso Vladímir Putin", "el canciller Merz"). */
export interface Intro {
  country: string | null;
  org: string | null;
  sector: Sector | null;
  offices: readonly string[];
  /** The role names no country and is not one that usually comes from abroad: the name may take the story's country. */
  local: boolean;
  /** The role is an organisation's kind ("la central obrera CGTP", "el partido Fuerza Popular"): the name is that organisation. */
  body: boolean;
  /** The grammatical gender of the role ("la ministra Ana Gil"), which the name then has. */
  gender: Gender | null;
}

/** Grammatical gender of a person's role, read from its determiner (Spanish); null where the text does not say. */
export type Gender = 'f' | 'm';

/** A mention being built: the format's fields plus what coreference needs to know about it. */
export interface Draft {
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd) in doc.tokens. */
  tokStart: number;
  tokEnd: number;
  sentence: number;
  type: EntityType;
  actor: Actor | null;
  via: string;
  refersTo: Draft | null;
  /** Index into the lexicon's persons for a named person. */
  person: number | null;
  /** Offices the actor holds (named people on the date, or the role's), for descriptor compatibility. */
  offices: readonly string[];
  /** Set while the draft still has to find its antecedent; unresolved drafts without an actor are dropped. */
  need: Need | null;
  /** A role followed by a name in apposition ("el presidente ruso, Vladímir Putin"): the name's first token. */
  apposedAt: number;
  /** A name the NER model found, not the lexicon. */
  model: boolean;
  /** A name written as one token ("Putin", "Pérez"): a surname repeat when a fuller name came before. */
  single: boolean;
  /** Left out of antecedent search (the headline of another story dropped into the page). */
  outsideStory: boolean;
  /** The gender its role's determiner gives ("la ministra"), or a role in apposition or in front of the name gave it. */
  gender: Gender | null;
  /** A person's name (from the people lexicon or the model), as opposed to a role or descriptor. */
  isName: boolean;
  /** A lexicon name of a place, country or institution, which a longer name found by the model may contain. */
  plainName: boolean;
  /** A place where delegations of other countries meet (Geneva, Davos): it does not tell the country of the story's actors. */
  venue: boolean;
  /**
   * An actor of some country the words leave unsaid ("la policía", "los paramilitares", "el presidente
   * Hugo Chávez" when the lexicon does not know him): it takes the story's country when the text names only one.
   */
  local: boolean;
}

/** A draft over text [start, end) and tokens [tokStart, tokEnd), with every field of its shape set. */
export function newDraft(
  start: number, end: number, tokStart: number, tokEnd: number, sentence: number, type: EntityType, actor: Actor | null, via: string,
): Draft {
  return {
    start, end, tokStart, tokEnd, sentence, type, actor, via, refersTo: null, person: null, offices: [], need: null,
    apposedAt: -1, model: false, single: tokEnd - tokStart === 1, outsideStory: false, gender: null, isName: false, plainName: false, venue: false, local: false,
  };
}

export const actorOf = (a: Partial<Actor>): Actor => ({
  country: a.country ?? null, org: a.org ?? null, sector: a.sector ?? null, name: a.name ?? null, wikidata: a.wikidata ?? null,
});
