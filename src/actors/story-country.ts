import type { Tracer } from '../core/tracer.js';
import type { Draft } from './draft.js';

/** Appended to the `via` of a mention whose country came from the story rather than its own words. */
export const STORY_COUNTRY_VIA = '+story-country';

const countryless = (d: Draft): boolean => !d.actor?.country && !d.actor?.org;

/**
 * Where the story is set: the one country its place names (a country, a capital, a city, a seat of power)
 * belong to, outside teasers and bylines; null when they name two countries or none. An actor of another
 * country ("el presidente venezolano Nicolás Maduro" in a story from Lima) is a visitor: it keeps its own
 * country and does not move the story. A nationality alone ("una bandera israelí") is not a place, and
 * neither is a venue of international talks ("reunidos en Ginebra").
 */
export function storySetting(drafts: readonly Draft[]): string | null {
  let country: string | null = null;
  for (const d of drafts) {
    // Talks in Geneva are between foreign delegations: the venue says nothing of who is there.
    const c = d.outsideStory || !d.plainName || d.venue ? null : d.actor?.country;
    if (!c) continue;
    if (country === null) country = c;
    else if (country !== c) return null;
  }
  return country;
}

/**
 * News leaves the country of domestic actors unsaid: in a story set in Ecuador, "la policía", "los
 * manifestantes", "el Gobierno", "el presidente", "el jefe de Gabinete, Juan Pérez," and "el Partido
 * Socialista" are Ecuador's. The actors marked local (a role that does not usually come from abroad, a
 * name introduced by one, an organisation named with a party's, union's or ministry's own words) and
 * without a country take the story's; a name and the local role it stands in apposition with count as one.
 */
export function applyStoryCountry(drafts: readonly Draft[], trace: Tracer): void {
  const country = storySetting(drafts);
  if (country === null) return;
  for (const d of drafts) {
    const r = d.refersTo;
    if (!r || d.outsideStory || r.outsideStory) continue;
    if (d.local && countryless(r) && r.actor) r.local = true;
    else if (r.local && countryless(d)) d.local = true;
  }
  for (const d of drafts) {
    if (!d.local || d.outsideStory || !d.actor || !countryless(d)) continue;
    d.actor = { ...d.actor, country };
    d.via += STORY_COUNTRY_VIA;
    if (trace.enabled) trace.record('actors.story-country', d.start, d.end, () => `the story is set in ${country}`);
  }
}
