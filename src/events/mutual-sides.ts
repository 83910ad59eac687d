import type { EventRecord, PloverType } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';

/** Types whose action two parties do to each other: meeting, cooperating, agreeing. */
const MUTUAL_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'COOPERATE', 'AGREE']);
/** Mutual codes of other types: diplomatic cooperation (050) and signing an agreement (057), both SUPPORT. */
const MUTUAL_CODES: ReadonlySet<string> = new Set(['050', '057']);
/** Visits (042 make, 043 host) have a direction even when two parties are named together. */
const DIRECTED_CODES: ReadonlySet<string> = new Set(['042', '043']);

export const MUTUAL_SIDES_RULE = 'events:mutual-sides';

/**
 * "Putin y Xi mantuvieron una conversación", "Russia and China signed a deal": the parties of a mutual
 * action named together as its subject are its two sides. The first named becomes the actor and the
 * others the recipient, as dyadic event data records them, so a query for the pair (`--dyad RUS-CHN`)
 * finds the event; a record with its sides already given, or with one party, is returned as it is.
 * The record's `rule` gains `+mutual-sides`.
 */
export function splitMutualSides(e: EventRecord, trace: Tracer): EventRecord {
  if (!(MUTUAL_TYPES.has(e.type) || MUTUAL_CODES.has(e.cameo)) || DIRECTED_CODES.has(e.cameo) || e.recipient.length > 0 || e.actor.length < 2) return e;
  const [first, ...rest] = e.actor;
  // Two mentions of one party ("Rusia y su presidente" named as one side) do not make two sides.
  const others = rest.filter((a) => !(a.name === first!.name && a.country === first!.country));
  if (others.length === 0) return e;
  trace.record(MUTUAL_SIDES_RULE, e.trigger.start, e.trigger.end, () => `${e.rule}: ${first!.name ?? first!.country ?? '?'} is the actor, ${others.map((a) => a.name ?? a.country ?? '?').join(', ')} the recipient of a mutual ${e.type}`);
  return { ...e, actor: [first!], recipient: others, rule: `${e.rule}+mutual-sides` };
}
