import type { EntityType, Sector } from '../core/analysis.js';
import type { CaseNeed } from './normalize.js';

/**
 * The compiled actor lexicon (build/actors.json), written by scripts/data/actors.ts from data/shared/,
 * data/es/ and data/en/ and read once by the actors stage.
 */
export const ACTORS_RESOURCE = 'build/actors.json';

export const ENTRY_KINDS = [
  'person', 'org', 'institution', 'country', 'capital', 'place', 'epithet', 'role', 'demonym', 'epithet-adj',
  'region', 'quantifier',
] as const;
/** What a lexicon form names; the order is the preference when one span has several readings. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type EntryLang = 'es' | 'en' | '*';

/** One form of the lexicon: a token sequence, what it needs of capitalisation, and what it names. */
export interface LexEntry {
  /** Normalised token keys (normKey of each token of the form). */
  keys: string[];
  /** The CaseNeed of each token. */
  cases: CaseNeed[];
  kind: EntryKind;
  /**
   * Index into the table of its kind: countries (country, capital, demonym, epithet-adj, epithet),
   * institutions, orgs, places, persons, roles, regions; for a quantifier, how many actors it gathers.
   */
  ref: number;
  /** A plural form (demonyms, region adjectives, roles). */
  plural: boolean;
  lang: EntryLang;
  /** Index into `sources`: the data file it came from. */
  source: number;
  /** The form as written in the data file (for `via` and traces). */
  form: string;
}

export interface CountryInfo {
  iso3: string;
  /** English short name, used as the actor's name. */
  name: string;
  regions: string[];
}

export interface InstitutionInfo {
  name: string;
  country: string;
  sector: Sector;
  /** The office of its head ("el jefe del Kremlin" → head_of_state), or null. */
  headOffice: string | null;
  type: EntityType;
}

export interface OrgInfo {
  key: string;
  org: string | null;
  country: string | null;
  sector: Sector | null;
  name: string;
}

export interface PlaceInfo {
  name: string;
  country: string | null;
  /** A seat of international bodies where foreign delegations meet (Geneva, Davos): the scene, not the story's country. */
  venue: boolean;
}

/** One term of one office held by one person. Dates are YYYY, YYYY-MM or YYYY-MM-DD; end null = in office. */
export interface OfficeTerm {
  country: string | null;
  org: string | null;
  sector: Sector | null;
  office: string;
  start: string;
  end: string | null;
  /** A head of state who also heads the government (note "also head_of_government"). */
  alsoHeadOfGovernment: boolean;
}

export interface PersonInfo {
  name: string;
  wikidata: string | null;
  terms: OfficeTerm[];
}

export type RoleKind = 'person' | 'body' | 'nation' | 'counterpart';

export interface RoleInfo {
  kind: RoleKind;
  /** The first singular form, for `via`. */
  label: string;
  sector: Sector | null;
  /** Offices this role names anywhere. */
  offices: string[];
  /** Offices it names in one country instead (canciller in DEU/AUT). */
  byCountry: Record<string, string[]>;
  head: boolean;
  qualified: boolean;
  det: boolean;
  /** Always this country ("el jefe del Pentágono"). */
  country: string | null;
  /** Often someone from another country than the story's ("el embajador", "los refugiados"): never takes the story's country. */
  abroad: boolean;
}

export interface CompiledActors {
  sources: string[];
  entries: LexEntry[];
  countries: CountryInfo[];
  institutions: InstitutionInfo[];
  orgs: OrgInfo[];
  places: PlaceInfo[];
  persons: PersonInfo[];
  roles: RoleInfo[];
  regions: string[];
  /** Normalised keys of capitalised words that are also common words, per language. */
  nameWords: { es: string[]; en: string[] };
  /** Closed-class words by class (data/es/ and data/en/actors-function-words.tsv), per language. */
  functionWords: { es: Record<FunctionWordClass, string[]>; en: Record<FunctionWordClass, string[]> };
}

export const FUNCTION_WORD_CLASSES = ['determiner', 'of', 'article', 'and', 'language-prep', 'opener', 'locality', 'subordinator', 'feminine', 'masculine'] as const;
export type FunctionWordClass = (typeof FUNCTION_WORD_CLASSES)[number];
