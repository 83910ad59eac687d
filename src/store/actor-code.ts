import type { Actor } from '../core/analysis.js';

/**
 * A GDELT-style actor code: the country (ISO alpha-3) or organisation code followed by the sector, e.g.
 * RUSGOV, NATO, CHN, or the sector alone (GOV) when neither is known; null when there is no code at all.
 */
export function actorCode(a: Actor): string | null {
  const code = `${a.country ?? a.org ?? ''}${a.sector ?? ''}`;
  return code || null;
}

/**
 * Who an actor is for merging reports of one event across articles: the country or organisation
 * (articles disagree on sectors: one says "Rusia", another "el Kremlin"), else the lower-cased name.
 */
export function actorIdentity(a: Actor): string | null {
  return a.country ?? a.org ?? (a.name ? a.name.toLowerCase() : null);
}
