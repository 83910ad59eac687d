/**
 * The compiled actor lexicon: the data build's validation (a bad line names file:line and the reason),
 * what it covers, and a table of lookups through the matcher (variants, accents, inflections, capitals,
 * seats of power, organisations) with negative cases.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileActors } from '../../scripts/data/actors.js';
import type { Lang } from '../../src/core/analysis.js';
import type { Token } from '../../src/core/doc.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { actorLexicon } from '../../src/actors/lexicon.js';
import { matchTokens, tokenKeys } from '../../src/actors/match.js';
import { tokenize } from '../../src/structure/tokens.js';

const tokens = (text: string): Token[] => tokenize(text, 0, text.length).map((t) => ({ ...t, text: text.slice(t.start, t.end), sentence: 0 }));

/** What the lexicon reads in `text`: "kind:code" of the first entry of each match, with the matched words. */
function lookup(lang: Lang, text: string): string[] {
  const lex = actorLexicon(lang);
  const toks = tokens(text);
  const tk = tokenKeys(toks);
  const data = lex.data;
  return matchTokens(lex, tk, 0, toks.length).map((it) => {
    const e = data.entries[it.entries[0]!]!;
    const words = text.slice(toks[it.start]!.start, toks[it.end - 1]!.end);
    let code = '';
    if (['country', 'capital', 'demonym', 'epithet-adj', 'epithet'].includes(e.kind)) code = data.countries[e.ref]!.iso3;
    else if (e.kind === 'org') code = data.orgs[e.ref]!.org ?? data.orgs[e.ref]!.key;
    else if (e.kind === 'institution') code = `${data.institutions[e.ref]!.country}/${data.institutions[e.ref]!.sector}`;
    else if (e.kind === 'place') code = data.places[e.ref]!.country ?? '-';
    else if (e.kind === 'person') code = data.persons[e.ref]!.name;
    else if (e.kind === 'role') code = data.roles[e.ref]!.sector ?? '-';
    else if (e.kind === 'region') code = data.regions[e.ref]!;
    return `${words}=${e.kind}:${code}`;
  });
}

describe('actor lexicon: coverage', () => {
  const data = actorLexicon('es').data;
  const codes = new Set(data.countries.map((c) => c.iso3));
  it('has every UN member plus Palestine, Kosovo, Taiwan, the Vatican and the main territories', () => {
    const status = readFileSync(join(PROJECT_ROOT, 'data/shared/countries.tsv'), 'utf8').split('\n').filter((l) => /^[A-Z]{3}\tun\t/.test(l));
    assert.equal(status.length, 193);
    for (const c of ['PSE', 'XKX', 'TWN', 'VAT', 'HKG', 'PRI', 'GRL', 'ESH']) assert.ok(codes.has(c), c);
  });
  it('gives every country an English name', () => {
    for (const c of data.countries) assert.ok(c.name && c.name !== c.iso3, c.iso3);
  });
  it('has at least 40 international organisations with org codes', () => {
    const orgs = new Set(data.orgs.map((o) => o.org).filter(Boolean));
    assert.ok(orgs.size >= 40, `${orgs.size} org codes`);
    for (const o of ['UN', 'UNSC', 'NATO', 'EU', 'AU', 'OAS', 'IMF', 'WB', 'WTO', 'OPEC', 'BRICS', 'G7', 'G20', 'SCO', 'ASEAN', 'MERCOSUR', 'CELAC', 'IAEA', 'ICC', 'WHO', 'UNHCR', 'ICRC']) {
      assert.ok(orgs.has(o), o);
    }
  });
  it('compiles the people lexicon with dated terms', () => {
    const putin = data.persons.find((p) => p.wikidata === 'Q7747');
    assert.ok(putin && putin.terms.length >= 2);
    assert.ok(putin.terms.every((t) => t.country === 'RUS'));
  });
});

describe('actor lexicon: lookups', () => {
  const table: Array<[Lang, string, string[]]> = [
    ['es', 'Rusia', ['Rusia=country:RUS']],
    ['es', 'RUSIA', ['RUSIA=country:RUS']],
    ['es', 'EE.UU.', ['EE.UU.=country:USA']],
    ['es', 'EEUU', ['EEUU=country:USA']],
    ['es', 'EE. UU.', ['EE. UU.=country:USA']],
    ['es', 'Estados Unidos de América', ['Estados Unidos de América=country:USA']],
    ['es', 'Reino Unido', ['Reino Unido=country:GBR']],
    ['es', 'Gran Bretaña', ['Gran Bretaña=country:GBR']],
    ['es', 'Corea del Sur', ['Corea del Sur=country:KOR']],
    ['es', 'Corea del Norte', ['Corea del Norte=country:PRK']],
    ['es', 'República Democrática del Congo', ['República Democrática del Congo=country:COD']],
    ['es', 'Moscú', ['Moscú=capital:RUS']],
    ['es', 'Moscu', ['Moscu=capital:RUS']],
    ['es', 'Pekín', ['Pekín=capital:CHN']],
    ['es', 'Pionyang', ['Pionyang=capital:PRK']],
    ['es', 'Abu Dhabi', ['Abu Dhabi=capital:ARE']],
    ['es', 'Kremlin', ['Kremlin=institution:RUS/GOV']],
    ['es', 'Casa Blanca', ['Casa Blanca=institution:USA/GOV']],
    ['es', 'Pentágono', ['Pentágono=institution:USA/MIL']],
    ['es', 'Moncloa', ['Moncloa=institution:ESP/GOV']],
    ['es', 'Planalto', ['Planalto=institution:BRA/GOV']],
    ['es', 'Palacio Nacional', ['Palacio Nacional=institution:MEX/GOV']],
    ['es', 'rusos', ['rusos=demonym:RUS']],
    ['es', 'rusas', ['rusas=demonym:RUS']],
    ['es', 'estadounidenses', ['estadounidenses=demonym:USA']],
    ['es', 'británica', ['británica=demonym:GBR']],
    ['es', 'israelíes', ['israelíes=demonym:ISR']],
    ['es', 'nipón', ['nipón=epithet-adj:JPN']],
    ['es', 'gigante asiático', ['gigante asiático=epithet:CHN']],
    ['es', 'asiáticas', ['asiáticas=region:asia']],
    ['es', 'OTAN', ['OTAN=org:NATO']],
    ['es', 'ONU', ['ONU=org:UN']],
    ['es', 'Consejo de Seguridad de la ONU', ['Consejo de Seguridad de la ONU=org:UNSC']],
    ['es', 'Unión Europea', ['Unión Europea=org:EU']],
    ['es', 'Parlamento Europeo', ['Parlamento Europeo=org:EU']],
    ['es', 'FMI', ['FMI=org:IMF']],
    ['es', 'OPEP', ['OPEP=org:OPEC']],
    ['es', 'OIEA', ['OIEA=org:IAEA']],
    ['es', 'CPI', ['CPI=org:ICC']],
    ['es', 'ACNUR', ['ACNUR=org:UNHCR']],
    ['es', 'G20', ['G20=org:G20']],
    ['es', 'Nuevo México', ['Nuevo México=place:USA']],
    ['es', 'Ciudad de México', ['Ciudad de México=capital:MEX']],
    ['es', 'Vladímir Putin', ['Vladímir Putin=person:Vladimir Putin']],
    ['es', 'Vladimir Putin', ['Vladimir Putin=person:Vladimir Putin']],
    ['es', 'policías', ['policías=role:COP']],
    ['es', 'ministra de Defensa', ['ministra de Defensa=role:GOV']],
    ['en', 'the U.S.', ['U.S.=country:USA']],
    ['en', 'US', ['US=country:USA']],
    ['en', 'Britain', ['Britain=country:GBR']],
    ['en', 'America', ['America=country:USA']],
    ['en', 'Latin America', ['Latin America=place:-']],
    ['en', 'Moscow', ['Moscow=capital:RUS']],
    ['en', 'Kyiv', ['Kyiv=capital:UKR']],
    ['en', 'Kiev', ['Kiev=capital:UKR']],
    ['en', 'Downing Street', ['Downing Street=institution:GBR/GOV']],
    ['en', 'Russians', ['Russians=demonym:RUS']],
    ['en', 'Chinese', ['Chinese=demonym:CHN']],
    ['en', 'NATO', ['NATO=org:NATO']],
    ['en', 'the European Union', ['European Union=org:EU']],
    ['en', 'New Mexico', ['New Mexico=place:USA']],
    // negative cases: common words, wrong capitals, names inside other names
    ['es', 'chile', []],
    ['es', 'la paz y la unión', []],
    ['es', 'la casa blanca', []],
    ['es', 'onu', []],
    ['en', 'let us go', []],
    ['en', 'china plates', []],
    ['en', 'russian', []],
    ['es', 'Rusia', ['Rusia=country:RUS']],
  ];
  for (const [lang, text, expected] of table) {
    it(`${lang}: "${text}" → ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(lookup(lang, text), expected));
  }
  it('keeps English-only forms out of Spanish text and the other way round', () => {
    assert.deepEqual(lookup('es', 'US'), []);
    assert.deepEqual(lookup('en', 'ONU'), []);
  });
});

describe('actor lexicon: the data build rejects bad lines', () => {
  const root = mkdtempSync(join(tmpdir(), 'atalaya-actors-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const fresh = (): string => {
    const dir = mkdtempSync(join(root, 'case-'));
    cpSync(join(PROJECT_ROOT, 'data'), join(dir, 'data'), { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, change: (text: string) => string): void => {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  it('compiles the project data', () => assert.ok(compileActors(PROJECT_ROOT).entries.length > 1000));
  const cases: Array<[string, string, (t: string) => string, RegExp]> = [
    ['an unknown country code', 'data/es/actors-institutions.tsv', (t) => t.replace('Kremlin\tRUS', 'Kremlin\tRUX'), /actors-institutions\.tsv:\d+: unknown country code "RUX"/],
    ['an unknown sector', 'data/es/actors-roles.tsv', (t) => t.replace('\tCOP\t', '\tCOPS\t'), /actors-roles\.tsv:\d+: unknown sector "COPS"/],
    ['an unknown office', 'data/en/actors-roles.tsv', (t) => t.replace('head_of_government\t', 'prime_minister\t'), /actors-roles\.tsv:\d+: unknown office "prime_minister"/],
    ['a missing source header', 'data/es/actors-regions.tsv', (t) => t.replace(/^# source:[^\n]*\n/, ''), /actors-regions\.tsv:1: the first line must be "# source: …"/],
    ['a wrong number of columns', 'data/shared/organisations.tsv', (t) => t.replace('\nNATO\tNATO\t', '\nNATO\t'), /organisations\.tsv:\d+: expected 7 tab-separated columns/],
    ['a country missing from a language', 'data/en/actors-countries.tsv', (t) => t.replace(/\nPER\t[^\n]*/, ''), /en\/actors-countries\.tsv: PER is missing/],
    ['a demonym without an inflection rule', 'data/es/actors-countries.tsv', (t) => t.replace('\truso\t', '\trusq\t'), /actors-countries\.tsv:\d+: no inflection rule for the adjective "rusq"/],
    ['a bad date in people', 'data/shared/people.tsv', (t) => t.replace('\t2012-05-07\t\t', '\t2012-13-07\t\t'), /people\.tsv:\d+: start "2012-13-07"/],
    ['an unknown class of function words', 'data/en/actors-function-words.tsv', (t) => t.replace('\nopener\t', '\nstarter\t'), /actors-function-words\.tsv:\d+: unknown class "starter"/],
    ['a region nobody is in', 'data/es/actors-regions.tsv', (t) => `${t}ártico\tarctic_circle\n`, /actors-regions\.tsv:\d+: region "arctic_circle"/],
  ];
  for (const [what, file, change, message] of cases) {
    it(`stops on ${what}`, () => {
      const dir = fresh();
      edit(dir, file, change);
      assert.throws(() => compileActors(dir), message);
    });
  }
});
