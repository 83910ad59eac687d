import type { EventRecord } from '../core/analysis.js';
import { actorIdentity } from './actor-code.js';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day an ISO value starts on (2026-02-04, 2026-02-04T10:00, 2026-08-08/2026-08-09), or null below day precision. */
export function dayOf(value: string | null): string | null {
  return value && FULL_DAY.test(value) ? value.slice(0, 10) : null;
}

function identities(actors: EventRecord['actor']): string {
  const ids = new Set<string>();
  for (const a of actors) {
    const id = actorIdentity(a);
    if (id) ids.add(id);
  }
  return [...ids].sort().join('+');
}

/**
 * The identity of a real event across articles: same CAMEO root (the type family), same actors and
 * recipients, same day, same modality and polarity. An event without a day or without any known actor
 * cannot be matched safely, so its key is private to its document and it stays on its own. Background
 * (history an article recalls) is kept apart from news of the same day; the mark is appended only for
 * background, so the keys of news events stored before it existed still match.
 */
export function mergeKey(e: EventRecord, docId: string): string {
  const day = dayOf(e.date);
  const actors = identities(e.actor);
  const recipients = identities(e.recipient);
  const root = e.cameo.slice(0, 2) || e.type;
  const shared = `${root}|${actors}|${recipients}|${day}|${e.modality}|${e.negated ? 'not' : 'yes'}${e.background ? '|background' : ''}`;
  return day && (actors || recipients) ? shared : `${docId}#${e.id}|${shared}`;
}
