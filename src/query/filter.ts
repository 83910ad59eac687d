import { PLOVER_TYPES, type QuadClass } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';

/** Which events a query wants. Every field narrows; null means "any". */
export interface EventFilter {
  /** An actor code on the actor side: a country (RUS), an organisation (NATO) or a full code (RUSGOV). */
  actor: string | null;
  recipient: string | null;
  /** An actor code on either side: everything an actor does or has done to it. */
  party: string | null;
  /** Two codes, either one acting on the other or both acting together (--actor/--recipient give direction). */
  dyad: readonly [string, string] | null;
  /** Two codes both on the actor side: the two acting together (a meeting coded with a compound actor). */
  together: readonly [string, string] | null;
  /** A PLOVER type (CONSULT) or a CAMEO code prefix (04, 043). */
  type: string | null;
  quad: QuadClass | null;
  /** Inclusive YYYY-MM-DD bounds on the event's day; events without a day are left out when either is set. */
  since: string | null;
  until: string | null;
  /** Full-text search over the reporting documents. */
  text: string | null;
  /** Headlines of other stories dropped into a page are left out unless asked for. */
  includeTeasers: boolean;
  /** Events an article tells as history (EventRecord.background) are left out unless asked for. */
  includeBackground: boolean;
  /**
   * Only what reports assert happened (not negated, not intended, expected or hypothetical), and each
   * event coded from those reports alone: what GDELT, ICEWS and dyad series count.
   */
  assertedOnly: boolean;
}

export const NO_FILTER: EventFilter = {
  actor: null, recipient: null, party: null, dyad: null, together: null, type: null, quad: null, since: null, until: null, text: null, includeTeasers: false,
  includeBackground: false, assertedOnly: false,
};

const CODE = /^[A-Z][A-Z0-9]{1,11}$/;

/** An actor code as typed by a person (any case), checked. */
export function parseActorCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!CODE.test(code)) throw new AtalayaError(`"${value}" is not an actor code (like RUS, NATO or RUSGOV)`);
  return code;
}

/** "RUS-CHN" (or "rus-chn") -> ["RUS", "CHN"]; `side` reads each side (a code by default; the CLI also takes names). */
export function parseDyad(value: string, side: (v: string) => string = parseActorCode): [string, string] {
  const parts = value.split('-');
  if (parts.length !== 2) throw new AtalayaError(`"${value}" is not a dyad: two actor codes joined by "-", like RUS-CHN`);
  return [side(parts[0]!), side(parts[1]!)];
}

/** A PLOVER type name (any case) or a CAMEO code prefix of 2 to 4 digits. */
export function parseEventType(value: string): string {
  const v = value.trim().toUpperCase();
  if (/^\d{2,4}$/.test(v) || (PLOVER_TYPES as readonly string[]).includes(v)) return v;
  throw new AtalayaError(`"${value}" is neither a PLOVER type (${PLOVER_TYPES.join(', ')}) nor a CAMEO code`);
}

/** A YYYY-MM-DD day that exists (Date.UTC rolls month 13 over into January, so the parts must survive). */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new AtalayaError(`"${value}" is not a YYYY-MM-DD date`);
  return value;
}

export function parseQuad(value: string): QuadClass {
  const q = Number(value);
  if (q === 1 || q === 2 || q === 3 || q === 4) return q;
  throw new AtalayaError(`"${value}" is not a quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)`);
}
