import { loadJsonResource } from '../core/resources.js';

/** A state system's code: COW and Gleditsch–Ward each have three letters and a number. */
export interface StateCode {
  letters: string;
  number: number;
}

/** One country's codes in the schemes event data sets use (null where a scheme has none for it). */
export interface CountryCodes {
  iso3: string;
  /** FIPS 10-4, what GDELT's geo columns carry. */
  fips: string | null;
  /** Correlates of War, what POLECAT and most conflict data sets join on. */
  cow: StateCode | null;
  gw: StateCode | null;
}

let byIso3: Map<string, CountryCodes> | undefined;

/** Every row of data/shared/country-crosswalk.tsv as compiled by the build (loaded once). */
export function crosswalk(): readonly CountryCodes[] {
  return loadJsonResource<CountryCodes[]>('build/country-crosswalk.json');
}

/** The codes of an ISO-3 country, or null for a code the crosswalk does not have. */
export function countryCodes(iso3: string): CountryCodes | null {
  byIso3 ??= new Map(crosswalk().map((c) => [c.iso3, c]));
  return byIso3.get(iso3) ?? null;
}

/** FIPS 10-4 for an ISO-3 code, null when unknown or when the country has none. */
export const fipsOf = (iso3: string | null): string | null => (iso3 ? (countryCodes(iso3)?.fips ?? null) : null);
