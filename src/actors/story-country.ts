import type { Tracer } from '../core/tracer.js';
import type { Draft } from './draft.js';

/** Appended to the `via` of a mention whose country came from the story rather than its own words. */
export const STORY_COUNTRY_VIA = '+story-country';

/**
 * News leaves the country of domestic actors unsaid: in a story set in Ecuador, "la policía", "los
 * manifestantes", "el Gobierno" and "el presidente" are Ecuador's. When every mention that names a
 * country in the story (outside teasers and bylines) names the same one, and a place name (a country, a
 * capital, a city, a seat of power) says the story happens there, the local actors without a country
 * take it. A nationality alone ("una bandera israelí", "el expresidente estadounidense") says who someone
 * is, not where the story is; a story naming two countries or none leaves them as they are.
 */
export function applyStoryCountry(drafts: readonly Draft[], trace: Tracer): void {
  let country: string | null = null;
  let locals = 0;
  let placed = false;
  for (const d of drafts) {
    if (d.local) locals++;
    const c = d.outsideStory ? null : d.actor?.country;
    if (!c) continue;
    if (country === null) country = c;
    else if (country !== c) return;
    if (d.plainName) placed = true;
  }
  if (country === null || locals === 0 || !placed) return;
  for (const d of drafts) {
    if (!d.local || d.outsideStory || !d.actor || d.actor.country || d.actor.org) continue;
    d.actor = { ...d.actor, country };
    d.via += STORY_COUNTRY_VIA;
    if (trace.enabled) trace.record('actors.story-country', d.start, d.end, () => `the only country the story names: ${country}`);
  }
}
