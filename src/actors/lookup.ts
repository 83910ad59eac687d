import { SECTORS, type Sector } from '../core/analysis.js';
import { AtalayaError, oneLine } from '../core/errors.js';
import { tokenize } from '../structure/tokens.js';
import type { CompiledActors, EntryKind, LexEntry } from './compiled.js';
import { normKey } from './normalize.js';
import { termOn } from './offices.js';

/** One period of a person's coding: when it applies and what it says. */
export interface ActorValidity {
  start: string;
  /** null: still in force. */
  end: string | null;
  country: string | null;
  org: string | null;
  sector: Sector | null;
  office: string;
}

/** How one lexicon form is coded. */
export interface ActorMatch {
  /** The form as the lexicon writes it. */
  form: string;
  kind: EntryKind;
  /** The actor's name (a country's English short name, an organisation's or a person's name). */
  name: string | null;
  /** The GDELT-style code the query commands take: country or org, then sector (RUSGOV, NATO, CHN); a person's as of today. */
  code: string | null;
  country: string | null;
  org: string | null;
  sector: Sector | null;
  wikidata: string | null;
  /** A person's dated codings, oldest first; empty for everything else (coded the same on every date). */
  validity: ActorValidity[];
  /** The language the form is matched in: es, en or * (both). */
  lang: string;
  /** The data file it comes from (relative to data/, or a user lexicon's path). */
  source: string;
}

const keyOf = (text: string): string =>
  tokenize(text, 0, text.length)
    .map((t) => normKey(text.slice(t.start, t.end)))
    .join(' ');

const codeOf = (country: string | null, org: string | null, sector: Sector | null): string | null => `${country ?? org ?? ''}${sector ?? ''}` || null;

function describe(data: CompiledActors, e: LexEntry): ActorMatch | null {
  const base = { form: e.form, kind: e.kind, lang: e.lang, source: data.sources[e.source] ?? '?', wikidata: null, validity: [] as ActorValidity[] };
  switch (e.kind) {
    case 'country': case 'capital': case 'demonym': case 'epithet': case 'epithet-adj': {
      const c = data.countries[e.ref];
      return c ? { ...base, name: c.name, code: c.iso3, country: c.iso3, org: null, sector: null } : null;
    }
    case 'institution': {
      const i = data.institutions[e.ref];
      return i ? { ...base, name: i.name, code: codeOf(i.country, null, i.sector), country: i.country, org: null, sector: i.sector } : null;
    }
    case 'org': {
      const o = data.orgs[e.ref];
      return o ? { ...base, name: o.name, code: codeOf(o.country, o.org, o.sector), country: o.country, org: o.org, sector: o.sector } : null;
    }
    case 'place': {
      const p = data.places[e.ref];
      return p ? { ...base, name: p.name, code: p.country, country: p.country, org: null, sector: null } : null;
    }
    case 'person': {
      const p = data.persons[e.ref];
      if (!p) return null;
      const now = termOn(p, null);
      return {
        ...base,
        name: p.name,
        wikidata: p.wikidata,
        code: now ? codeOf(now.country, now.org, now.sector) : null,
        country: now?.country ?? null,
        org: now?.org ?? null,
        sector: now?.sector ?? null,
        validity: p.terms.map((t) => ({ start: t.start, end: t.end, country: t.country, org: t.org, sector: t.sector, office: t.office })),
      };
    }
    case 'role': {
      const r = data.roles[e.ref];
      return r ? { ...base, name: r.label, code: codeOf(r.country, null, r.sector), country: r.country, org: null, sector: r.sector } : null;
    }
    case 'region': case 'quantifier':
      return null;
  }
}

/**
 * How `query` is coded: every lexicon form equal to it (case and accents aside, "otan" finds "OTAN"),
 * else the forms holding all of its words in order (up to `limit`), most specific first.
 */
export function lookupActors(data: CompiledActors, query: string, limit = 20): ActorMatch[] {
  const key = keyOf(query);
  if (!key) return [];
  const exact = [...codeEntries(data, query.trim().toUpperCase()), ...data.entries.filter((e) => e.keys.join(' ') === key)];
  const hits = exact.length ? exact : data.entries.filter((e) => ` ${e.keys.join(' ')} `.includes(` ${key} `)).sort((a, b) => a.keys.length - b.keys.length);
  const out: ActorMatch[] = [];
  const seen = new Set<string>();
  for (const e of hits) {
    const m = describe(data, e);
    if (!m) continue;
    const k = `${m.form}|${m.kind}|${m.code}|${m.name}|${m.source}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(m);
    if (out.length >= limit) break;
  }
  return out;
}

const CODE = /^[A-Z][A-Z0-9]{1,11}$/;

/** For a query that is a country or org code itself: the first form of what it codes, so `actors RUS` tells what RUS is. */
function codeEntries(data: CompiledActors, code: string): LexEntry[] {
  if (!CODE.test(code)) return [];
  const country = data.countries.findIndex((c) => c.iso3 === code);
  const orgs = new Set(data.orgs.flatMap((o, i) => (o.org === code ? [i] : [])));
  const out: LexEntry[] = [];
  const country0 = data.entries.find((e) => e.kind === 'country' && e.ref === country);
  if (country0) out.push(country0);
  const seen = new Set<number>();
  for (const e of data.entries) {
    if (e.kind === 'org' && orgs.has(e.ref) && !seen.has(e.ref)) {
      seen.add(e.ref);
      out.push(e);
    }
  }
  return out;
}

/** Whether `code` is one the store can hold: a country or org code of the lexicon, optionally followed by a sector, or a sector alone. */
export function isKnownCode(data: CompiledActors, code: string): boolean {
  const bases = new Set<string>([...data.countries.map((c) => c.iso3), ...data.orgs.flatMap((o) => (o.org ? [o.org] : []))]);
  if (bases.has(code) || (SECTORS as readonly string[]).includes(code)) return true;
  return SECTORS.some((s) => code.length > s.length && code.endsWith(s) && bases.has(code.slice(0, -s.length)));
}

/**
 * The actor code a person typed for --actor and the like: a code as it is (RUS, NATO, RUSGOV), else a
 * name or alias of the lexicon resolved to its code ("OTAN" → NATO, "Putin" → RUSGOV). A name that
 * matches no actor, or actors of different codes, is an error saying so (never a filter that silently
 * matches nothing).
 */
export function resolveActorCode(data: CompiledActors, value: string): string {
  const upper = value.trim().toUpperCase();
  if (CODE.test(upper) && isKnownCode(data, upper)) return upper;
  const key = keyOf(value);
  const codes = [...new Set(data.entries.filter((e) => e.keys.join(' ') === key).map((e) => describe(data, e)?.code ?? null).filter((c): c is string => c !== null))];
  if (codes.length === 1) return codes[0]!;
  if (codes.length > 1) throw new AtalayaError(`"${oneLine(value)}" names several actors (${codes.join(', ')}): give one of the codes`);
  throw new AtalayaError(`"${oneLine(value)}" is not an actor code (like RUS, NATO or RUSGOV) nor a name or alias in the lexicon: it matches no actor (\`atalaya actors QUERY\` looks names up)`);
}
