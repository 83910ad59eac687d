/** A gold coding: its code (CAMEO root, PLOVER type) and the countries its source may be (ISO alpha-3). */
export interface GoldSource {
  code: string;
  countries: readonly string[];
}

/** A predicted event: its code and the country of its first actor that has one. */
export interface PredictedSource {
  code: string;
  country: string | null;
}

export interface SourceCountryTally {
  /** Gold codings with a country that a predicted event of the same code matched. */
  matched: number;
  /** Of those, how many the event gave one of the gold countries. */
  right: number;
}

/**
 * Source-country accuracy among matched events, for one sentence. Each gold coding with a country takes
 * an unused predicted event of its code, one with a gold country first (codings are not aligned to
 * events, so the kindest pairing is the fair one); an event without a country counts as wrong, so the
 * measure is not raised by coding fewer actors. Codings without a country take no event.
 */
export function tallySourceCountry(gold: readonly GoldSource[], predicted: readonly PredictedSource[], tally: SourceCountryTally): void {
  const used = new Set<number>();
  for (const g of gold) {
    if (g.countries.length === 0) continue;
    let at = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i]!;
      if (used.has(i) || p.code !== g.code) continue;
      if (p.country !== null && g.countries.includes(p.country)) {
        at = i;
        break;
      }
      if (at < 0) at = i;
    }
    if (at < 0) continue;
    used.add(at);
    tally.matched++;
    const country = predicted[at]!.country;
    if (country !== null && g.countries.includes(country)) tally.right++;
  }
}
