import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SECTORS, type Sector } from '../core/analysis.js';
import { AtalayaError, oneLine } from '../core/errors.js';
import { tokenize } from '../structure/tokens.js';
import type { CompiledActors, LexEntry, OfficeTerm } from './compiled.js';
import { caseNeed, normKey } from './normalize.js';

/** The office of a user entry's terms: no role names it, so "el presidente" never resolves to a user entry. */
export const USER_OFFICE = 'user-lexicon';

/** The columns of a user lexicon line, in order (the first five are required, the rest may be left off). */
export const USER_LEXICON_COLUMNS = ['type', 'name', 'aliases', 'country', 'sector', 'start', 'end', 'org', 'wikidata'] as const;

/** A user lexicon read and checked: the file's entries merged over the built-in lexicon, and its content hash. */
export interface UserLexicon {
  readonly file: string;
  /** The first 12 hex digits of the file's SHA-256: part of the analyser version of analyses made with it. */
  readonly hash: string;
  readonly data: CompiledActors;
}

const SECTOR_SET = new Set<string>(SECTORS);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const CODE = /^[A-Z][A-Z0-9]{1,11}$/;
const QID = /^Q[1-9]\d*$/;

interface Line {
  line: number;
  type: 'PER' | 'ORG';
  name: string;
  forms: string[];
  country: string | null;
  sector: Sector | null;
  start: string | null;
  end: string | null;
  org: string | null;
  wikidata: string | null;
}

const empty = (s: string | undefined): string | null => (s === undefined || s === '' || s === '-' ? null : s);

/**
 * Reads a user lexicon file (see README, "User lexicons") and merges it over `base`: each line adds a
 * person or an organisation under its name and aliases, and a form the built-in lexicon already has is
 * taken over (the built-in readings of that form are dropped), which is how an entry is overridden.
 * Lines of one person with several dated rows become that person's terms. The first bad line stops it
 * with `file:line: reason`, since analyses made with a half-read lexicon would be coded wrong silently.
 */
export function loadUserLexicon(file: string, base: CompiledActors): UserLexicon {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new AtalayaError(`cannot read the lexicon: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`, file);
  }
  const lines = parseUserLexicon(bytes.toString('utf8'), file, base);
  return { file, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12), data: mergeUserLines(base, lines, file) };
}

/** Checks every line of a user lexicon against the built-in country codes; throws `file:line: reason` on the first bad one. */
export function parseUserLexicon(text: string, file: string, base: CompiledActors): Line[] {
  const countries = new Set(base.countries.map((c) => c.iso3));
  const out: Line[] = [];
  const fail = (line: number, reason: string): never => {
    throw new AtalayaError(reason, `${file}:${line}`);
  };
  text.split('\n').forEach((raw, i) => {
    const n = i + 1;
    const text = raw.replace(/\r$/, '').replace(/^\ufeff/, '');
    if (!text.trim() || text.trimStart().startsWith('#')) return;
    const cols = text.split('\t').map((c) => c.trim());
    if (cols.length < 5 || cols.length > USER_LEXICON_COLUMNS.length) {
      fail(n, `expected 5 to ${USER_LEXICON_COLUMNS.length} tab-separated columns (${USER_LEXICON_COLUMNS.join(', ')}), found ${cols.length}`);
    }
    const [type = '', name = '', aliases = '', country = '', sector = '', start = '', end = '', org = '', wikidata = ''] = cols;
    if (type !== 'PER' && type !== 'ORG') fail(n, `type "${oneLine(type)}" must be PER (a person) or ORG (an organisation or group)`);
    if (!name) fail(n, 'no name');
    const c = empty(country);
    if (c !== null && !countries.has(c)) fail(n, `unknown country code "${oneLine(c)}" (ISO 3166-1 alpha-3, as in data/shared/countries.tsv)`);
    const s = empty(sector);
    if (s !== null && !SECTOR_SET.has(s)) fail(n, `unknown sector "${oneLine(s)}" (one of ${SECTORS.join(' ')})`);
    const o = empty(org);
    if (o !== null && !CODE.test(o)) fail(n, `org code "${oneLine(o)}" must be 2 to 12 capitals and digits, starting with a capital`);
    if (c === null && o === null && s === null) fail(n, 'no code: give a country, an org code or a sector');
    const from = empty(start);
    const to = empty(end);
    for (const [label, d] of [['start', from], ['end', to]] as const) {
      if (d !== null && !DATE.test(d)) fail(n, `${label} "${oneLine(d)}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (from !== null && to !== null && to < from.slice(0, to.length)) fail(n, `ends (${to}) before it starts (${from})`);
    if (type === 'ORG' && (from !== null || to !== null)) fail(n, 'dates apply to people (PER) only: an organisation is coded the same on every date');
    const q = empty(wikidata);
    if (q !== null && !QID.test(q)) fail(n, `"${oneLine(q)}" is not a Wikidata QID`);
    const forms = [name, ...aliases.split('|').map((a) => a.trim()).filter((a) => a && a !== '-')];
    for (const f of forms) if (!/[\p{L}\p{N}]/u.test(f)) fail(n, `the form "${oneLine(f)}" has no word`);
    out.push({ line: n, type: type as Line['type'], name, forms, country: c, sector: s as Sector | null, start: from, end: to, org: o, wikidata: q });
  });
  return out;
}

function mergeUserLines(base: CompiledActors, lines: readonly Line[], file: string): CompiledActors {
  const data: CompiledActors = {
    ...base,
    sources: [...base.sources, file],
    persons: [...base.persons],
    orgs: [...base.orgs],
  };
  const source = data.sources.length - 1;
  const entries: LexEntry[] = [];
  const persons = new Map<string, number>();
  const add = (form: string, kind: LexEntry['kind'], ref: number): void => {
    const tokens = tokenize(form, 0, form.length).map((t) => form.slice(t.start, t.end));
    entries.push({ keys: tokens.map(normKey), cases: tokens.map(caseNeed), kind, ref, plural: false, lang: '*', source, form });
  };
  for (const l of lines) {
    if (l.type === 'ORG') {
      const ref = data.orgs.push({ key: `USER${l.line}`, org: l.org, country: l.country, sector: l.sector, name: l.name }) - 1;
      for (const f of l.forms) add(f, 'org', ref);
      continue;
    }
    const key = l.wikidata ?? l.name;
    let ref = persons.get(key);
    if (ref === undefined) {
      ref = data.persons.push({ name: l.name, wikidata: l.wikidata, terms: [] }) - 1;
      persons.set(key, ref);
    }
    const term: OfficeTerm = {
      country: l.country, org: l.org, sector: l.sector, office: USER_OFFICE, start: l.start ?? '0001', end: l.end, alsoHeadOfGovernment: false,
    };
    data.persons[ref] = { ...data.persons[ref]!, terms: [...data.persons[ref]!.terms, term].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) };
    for (const f of l.forms) add(f, 'person', ref);
  }
  const taken = new Set(entries.map((e) => e.keys.join(' ')));
  data.entries = [...base.entries.filter((e) => !taken.has(e.keys.join(' '))), ...dedupe(entries)];
  return data;
}

/** One entry per form, kind and ref: a person's alias repeated on each of its dated rows is one form. */
function dedupe(entries: readonly LexEntry[]): LexEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const k = `${e.keys.join(' ')}|${e.cases.join('')}|${e.kind}|${e.ref}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
