/**
 * Compiles the actor lexicon — states, capitals, seats of power, places, organisations, people with
 * their dated offices, roles, demonyms, region adjectives, epithets and quantifiers — from data/shared/,
 * data/es/ and data/en/ into build/actors.json (src/actors/compiled.ts describes it). Every line is
 * validated; a bad one stops the build naming file:line and the reason.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECTORS, type EntityType, type Sector } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import {
  FUNCTION_WORD_CLASSES, type CompiledActors, type CountryInfo, type EntryKind, type EntryLang, type FunctionWordClass,
  type InstitutionInfo, type OfficeTerm, type OrgInfo, type PersonInfo, type PlaceInfo, type RoleInfo, type RoleKind,
} from '../../src/actors/compiled.js';
import { caseNeed, CaseNeed, normKey } from '../../src/actors/normalize.js';
import { tokenize } from '../../src/structure/tokens.js';
import { expandAlternations, inflectEnglishDemonym, inflectSpanishAdjective, splitForms, type InflectedForm } from './actors-forms.js';
import type { DataBuilder } from './builder.js';

export const OFFICES = new Set([
  'head_of_state', 'head_of_government', 'vice_president', 'foreign_minister', 'defence_minister',
  'interior_minister', 'finance_minister', 'central_bank_governor', 'opposition_leader', 'org_head', 'minister',
]);
const SECTOR_SET = new Set<string>(SECTORS);
const ISO3 = /^[A-Z]{3}$/;
const QID = /^Q[1-9]\d*$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const LANGS = ['es', 'en'] as const;
const PEOPLE_FILES = ['data/shared/people.tsv', 'data/shared/people.sample.tsv'];

interface Row {
  file: string;
  line: number;
  cols: string[];
}

class DataError extends Error {}

const fail = (row: Pick<Row, 'file' | 'line'>, reason: string): never => {
  throw new DataError(`${row.file}:${row.line}: ${reason}`);
};

/** Tab-separated rows of a data file (relative to `root`) whose first line names its source; `#` lines are comments. */
function readTsv(root: string, file: string, min: number, max: number): Row[] {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new DataError(`${file}: missing`);
  }
  const lines = text.split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) fail({ file, line: 1 }, 'the first line must be "# source: …"');
  const rows: Row[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (!text.trim() || text.startsWith('#')) return;
    const cols = text.split('\t').map((c) => c.trim());
    if (cols.length < min || cols.length > max) {
      fail({ file, line: i + 1 }, `expected ${min === max ? min : `${min} to ${max}`} tab-separated columns, found ${cols.length}`);
    }
    while (cols.length < max) cols.push('');
    rows.push({ file, line: i + 1, cols });
  });
  return rows;
}

const col = (row: Row, i: number): string => row.cols[i] ?? '';
const dash = (s: string): string | null => (s === '-' || s === '' ? null : s);
const list = (s: string): string[] => (dash(s) === null ? [] : splitForms(s));

function sector(row: Row, s: string): Sector | null {
  if (dash(s) === null) return null;
  if (!SECTOR_SET.has(s)) fail(row, `unknown sector "${s}" (expected one of ${SECTORS.join(' ')})`);
  return s as Sector;
}

const emptyClasses = (): Record<FunctionWordClass, string[]> =>
  Object.fromEntries(FUNCTION_WORD_CLASSES.map((c) => [c, [] as string[]])) as Record<FunctionWordClass, string[]>;

class LexiconBuilder {
  constructor(private readonly root: string) {}

  private read(file: string, min: number, max: number): Row[] {
    return readTsv(this.root, file, min, max);
  }

  readonly out: CompiledActors = {
    sources: [], entries: [], countries: [], institutions: [], orgs: [], places: [], persons: [], roles: [], regions: [],
    nameWords: { es: [], en: [] },
    functionWords: { es: emptyClasses(), en: emptyClasses() },
  };
  private readonly countryIndex = new Map<string, number>();
  private readonly regionIndex = new Map<string, number>();
  private readonly seen = new Set<string>();

  country(row: Row, iso3: string): number {
    const i = this.countryIndex.get(iso3);
    if (i === undefined) return fail(row, `unknown country code "${iso3}" (not in data/shared/countries.tsv)`);
    return i;
  }

  countryCode(row: Row, s: string): string | null {
    const code = dash(s);
    if (code !== null) this.country(row, code);
    return code;
  }

  source(file: string): number {
    const name = file.replace(/^data\//, '').replace(/\.tsv$/, '');
    let i = this.out.sources.indexOf(name);
    if (i < 0) i = this.out.sources.push(name) - 1;
    return i;
  }

  /** Adds one form; `anyCase` drops the capitalisation needs (roles, demonyms and adjectives are words, not names). */
  add(row: Row, form: string, kind: EntryKind, ref: number, lang: EntryLang, opts: { plural?: boolean; anyCase?: boolean } = {}): void {
    const tokens = tokenize(form, 0, form.length).map((t) => form.slice(t.start, t.end));
    if (tokens.length === 0) fail(row, `empty form in ${kind}`);
    const keys = tokens.map(normKey);
    const cases = tokens.map((t) => (opts.anyCase ? CaseNeed.Any : caseNeed(t)));
    const id = `${keys.join(' ')}|${cases.join('')}|${kind}|${ref}|${lang}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.out.entries.push({ keys, cases, kind, ref, plural: opts.plural ?? false, lang, source: this.source(row.file), form });
  }

  countries(): void {
    for (const row of this.read('data/shared/countries.tsv', 4, 4)) {
      const [iso3 = '', status = '', parent = '', regions = ''] = row.cols;
      if (!ISO3.test(iso3)) fail(row, `"${iso3}" is not an ISO 3166-1 alpha-3 code`);
      if (this.countryIndex.has(iso3)) fail(row, `${iso3} is listed twice`);
      if (!['un', 'observer', 'partial', 'territory'].includes(status)) fail(row, `unknown status "${status}"`);
      if (dash(parent) !== null && !ISO3.test(parent)) fail(row, `"${parent}" is not an ISO code`);
      const info: CountryInfo = { iso3, name: iso3, regions: regions.split(',').map((r) => r.trim()).filter(Boolean) };
      for (const r of info.regions) if (!this.regionIndex.has(r)) this.regionIndex.set(r, this.out.regions.push(r) - 1);
      this.countryIndex.set(iso3, this.out.countries.push(info) - 1);
    }
    for (const lang of LANGS) {
      const inflect = lang === 'es' ? inflectSpanishAdjective : inflectEnglishDemonym;
      const listed = new Set<string>();
      for (const row of this.read(`data/${lang}/actors-countries.tsv`, 5, 5)) {
        const [iso3 = '', names = '', demonyms = '', epithets = '', capitals = ''] = row.cols;
        const ci = this.country(row, iso3);
        if (listed.has(iso3)) fail(row, `${iso3} is listed twice`);
        listed.add(iso3);
        const nameList = list(names);
        if (nameList.length === 0) fail(row, `${iso3} has no name`);
        if (lang === 'en') this.out.countries[ci]!.name = nameList[0]!;
        for (const n of nameList) this.add(row, n, 'country', ci, lang);
        for (const c of list(capitals)) this.add(row, c, 'capital', ci, lang);
        for (const d of list(demonyms)) for (const f of this.inflected(row, inflect, d)) this.add(row, f.form, 'demonym', ci, lang, { plural: f.plural, anyCase: lang === 'es' });
        for (const e of list(epithets)) for (const f of this.inflected(row, inflect, e)) this.add(row, f.form, 'epithet-adj', ci, lang, { plural: f.plural, anyCase: lang === 'es' });
      }
      for (const c of this.out.countries) if (!listed.has(c.iso3)) throw new DataError(`data/${lang}/actors-countries.tsv: ${c.iso3} is missing`);
    }
  }

  private inflected(row: Row, inflect: (s: string) => InflectedForm[], base: string): InflectedForm[] {
    try {
      return inflect(base);
    } catch (err) {
      return fail(row, (err as Error).message);
    }
  }

  institutions(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-institutions.tsv`, 5, 5)) {
        const [names = '', country = '', sec = '', office = '', type = ''] = row.cols;
        const code = this.countryCode(row, country);
        if (code === null) fail(row, 'an institution needs a country');
        const s = sector(row, sec);
        if (s === null) fail(row, 'an institution needs a sector');
        const headOffice = dash(office);
        if (headOffice !== null && !OFFICES.has(headOffice)) fail(row, `unknown office "${headOffice}"`);
        if (type !== 'ORG' && type !== 'LOC') fail(row, `entity type must be ORG or LOC, not "${type}"`);
        const forms = list(names);
        const info: InstitutionInfo = { name: forms[0] ?? '', country: code!, sector: s!, headOffice, type: type as EntityType };
        const ref = this.out.institutions.push(info) - 1;
        for (const f of forms) this.add(row, f, 'institution', ref, lang);
      }
    }
  }

  orgs(): void {
    const keys = new Set<string>();
    for (const row of this.read('data/shared/organisations.tsv', 7, 7)) {
      const [key = '', org = '', country = '', sec = '', name = '', es = '', en = ''] = row.cols;
      if (!/^[A-Z0-9]+$/.test(key)) fail(row, `key "${key}" must be capitals and digits`);
      if (keys.has(key)) fail(row, `key ${key} is listed twice`);
      keys.add(key);
      const code = dash(org);
      if (code !== null && !/^[A-Z0-9]+$/.test(code)) fail(row, `org code "${code}" must be capitals and digits`);
      const info: OrgInfo = { key, org: code, country: this.countryCode(row, country), sector: sector(row, sec), name };
      if (!name) fail(row, 'an organisation needs an English name');
      const ref = this.out.orgs.push(info) - 1;
      for (const f of list(es)) this.add(row, f, 'org', ref, 'es');
      for (const f of list(en)) this.add(row, f, 'org', ref, 'en');
    }
  }

  places(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-places.tsv`, 2, 3)) {
        const [names = '', country = '', flags = ''] = row.cols;
        const code = this.countryCode(row, country);
        if (flags !== '' && flags !== '-' && flags !== 'venue') fail(row, `unknown flag "${flags}" (expected venue or -)`);
        for (const f of list(names)) {
          const ref = this.out.places.push({ name: f, country: code, venue: flags === 'venue' } satisfies PlaceInfo) - 1;
          this.add(row, f, 'place', ref, lang);
        }
      }
    }
  }

  epithets(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-epithets.tsv`, 2, 2)) {
        const [phrases = '', country = ''] = row.cols;
        const ci = this.country(row, country);
        for (const f of list(phrases)) this.add(row, f, 'epithet', ci, lang);
      }
    }
  }

  regions(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-regions.tsv`, 2, 2)) {
        const [adjectives = '', region = ''] = row.cols;
        const ref = this.regionIndex.get(region);
        if (ref === undefined) fail(row, `region "${region}" is not used by any country in data/shared/countries.tsv`);
        for (const a of list(adjectives)) {
          const forms = lang === 'es' ? this.inflected(row, inflectSpanishAdjective, a) : inflectEnglishDemonym(a);
          for (const f of forms) this.add(row, f.form, 'region', ref!, lang, { plural: f.plural, anyCase: lang === 'es' });
        }
      }
    }
  }

  quantifiers(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-quantifiers.tsv`, 2, 2)) {
        const [forms = '', count = ''] = row.cols;
        const n = Number(count);
        if (!Number.isInteger(n) || n < 2) fail(row, `"${count}" is not a count of two or more`);
        for (const f of list(forms)) this.add(row, f, 'quantifier', n, lang, { plural: true, anyCase: true });
      }
    }
  }

  roles(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-roles.tsv`, 6, 6)) {
        const [kind = '', singular = '', plural = '', sec = '', offices = '', flags = ''] = row.cols;
        if (!['person', 'body', 'nation', 'counterpart'].includes(kind)) fail(row, `unknown role kind "${kind}"`);
        const info: RoleInfo = {
          kind: kind as RoleKind, label: '', sector: sector(row, sec), offices: [], byCountry: {},
          head: false, qualified: false, det: false, country: null, abroad: false,
        };
        for (const o of list(offices)) {
          const eq = o.indexOf('=');
          const office = eq < 0 ? o : o.slice(eq + 1);
          if (!OFFICES.has(office)) fail(row, `unknown office "${office}"`);
          if (eq < 0) info.offices.push(office);
          else (info.byCountry[this.countryCode(row, o.slice(0, eq))!] ??= []).push(office);
        }
        let cap = false;
        for (const f of list(flags).flatMap((x) => x.split(','))) {
          if (f === 'head') info.head = true;
          else if (f === 'qualified') info.qualified = true;
          else if (f === 'det') info.det = true;
          else if (f === 'cap') cap = true;
          else if (f === 'abroad') info.abroad = true;
          else if (f.startsWith('country=')) info.country = this.countryCode(row, f.slice(8));
          else fail(row, `unknown flag "${f}"`);
        }
        const sg = list(singular).flatMap(expandAlternations);
        const pl = list(plural).flatMap(expandAlternations);
        if (sg.length + pl.length === 0) fail(row, 'a role needs at least one form');
        info.label = sg[0] ?? pl[0]!;
        const ref = this.out.roles.push(info) - 1;
        for (const f of sg) this.add(row, f, 'role', ref, lang, { anyCase: !cap });
        for (const f of pl) this.add(row, f, 'role', ref, lang, { plural: true, anyCase: !cap });
      }
    }
  }

  nameWords(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-name-words.tsv`, 1, 1)) this.out.nameWords[lang].push(normKey(col(row, 0)));
    }
  }

  functionWords(): void {
    for (const lang of LANGS) {
      for (const row of this.read(`data/${lang}/actors-function-words.tsv`, 2, 2)) {
        const [cls = '', list = ''] = row.cols;
        if (!(FUNCTION_WORD_CLASSES as readonly string[]).includes(cls)) fail(row, `unknown class "${cls}" (expected ${FUNCTION_WORD_CLASSES.join(', ')})`);
        this.out.functionWords[lang][cls as FunctionWordClass].push(...list.split(/\s+/).filter(Boolean).map(normKey));
      }
    }
  }

  people(): void {
    const byKey = new Map<string, number>();
    const terms = new Set<string>();
    for (const file of PEOPLE_FILES) {
      if (!existsSync(join(this.root, file))) continue;
      for (const row of this.read(file, 8, 9)) {
        const [name = '', aliases = '', country = '', sec = '', office = '', qid = '', start = '', end = '', note = ''] = row.cols;
        if (!name) fail(row, 'a person needs a name');
        if (!OFFICES.has(office)) fail(row, `unknown office "${office}"`);
        if (qid && !QID.test(qid)) fail(row, `"${qid}" is not a Wikidata QID`);
        if (!DATE.test(start)) fail(row, `start "${start}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
        if (end && !DATE.test(end)) fail(row, `end "${end}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
        if (end && end < start.slice(0, end.length)) fail(row, `ends (${end}) before it starts (${start})`);
        const org = /(?:^|[;\s])org=([A-Z0-9]+)/.exec(note)?.[1] ?? null;
        const term: OfficeTerm = {
          country: this.countryCode(row, country), org, sector: sector(row, sec), office, start, end: end || null,
          alsoHeadOfGovernment: /also head_of_government/.test(note),
        };
        const termKey = `${name}|${office}|${start}`;
        if (terms.has(termKey)) continue;
        terms.add(termKey);
        const key = qid || name;
        let ref = byKey.get(key);
        if (ref === undefined) {
          ref = this.out.persons.push({ name, wikidata: qid || null, terms: [] } satisfies PersonInfo) - 1;
          byKey.set(key, ref);
        }
        this.out.persons[ref]!.terms.push(term);
        for (const f of [name, ...list(aliases)]) this.add(row, f, 'person', ref, '*');
      }
    }
    for (const p of this.out.persons) p.terms.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }
}

/** Compiles the actor data under `root` (the project root, or a test's folder of data files). */
export function compileActors(root: string): CompiledActors {
  const b = new LexiconBuilder(root);
  b.countries();
  b.institutions();
  b.orgs();
  b.places();
  b.epithets();
  b.regions();
  b.quantifiers();
  b.roles();
  b.nameWords();
  b.functionWords();
  b.people();
  return b.out;
}

export const actorsBuilder: DataBuilder = {
  name: 'actors',
  build(outDir) {
    writeFileSync(join(outDir, 'actors.json'), JSON.stringify(compileActors(PROJECT_ROOT)));
  },
};
