/**
 * Validates data/shared/people.tsv as data, independently of the builder that compiles it: the shape of
 * every row, the codes and dates it uses, that one person keeps one Wikidata code, and that a country never
 * has two heads of state (or of government) at once, so "el presidente de Colombia" on a date has one
 * answer. The checks are plain functions so their own negative cases can be run on rows made here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import countries from 'i18n-iso-countries';
import { PROJECT_ROOT } from '../../src/core/resources.js';

const FILE = 'data/shared/people.tsv';
const COLUMNS = ['name', 'aliases', 'country', 'sector', 'office', 'wikidata', 'start', 'end', 'note'] as const;
const OFFICES = new Set([
  'head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'interior_minister',
  'central_bank_governor', 'opposition_leader', 'org_head',
]);
const SECTORS = new Set(['GOV', 'OPP', 'LEG']);
const ORGS = new Set([
  'UN', 'NATO', 'EU', 'AU', 'OAS', 'IMF', 'WB', 'WTO', 'WHO', 'IAEA', 'ICC', 'ECB', 'OPEC', 'ASEAN',
  'UNHCR', 'OHCHR', 'ICRC', 'IDB',
]);
const ISO3 = new Set([...Object.keys(countries.getAlpha3Codes()), 'XKX']);
const QID = /^Q[1-9]\d*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Two holders of one head office may share a handover day or two; more is a data error. */
const HANDOVER_DAYS = 3;
const DAY_MS = 86_400_000;
const EXCLUSIVE_OFFICES = new Set(['head_of_state', 'head_of_government']);

interface Row {
  line: number;
  name: string;
  aliases: string[];
  country: string;
  sector: string;
  office: string;
  wikidata: string;
  start: string;
  end: string;
  note: string;
}

/** A date of precision year, month or day, as the first and the last day it may mean (UTC ms). */
interface Span { first: number; last: number }

function parseDate(s: string): Span | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? null : Number(m[2]);
  const d = m[3] === undefined ? null : Number(m[3]);
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo === null) return { first: Date.UTC(y, 0, 1), last: Date.UTC(y, 11, 31) };
  const monthEnd = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d === null) return { first: Date.UTC(y, mo - 1, 1), last: Date.UTC(y, mo - 1, monthEnd) };
  if (d < 1 || d > monthEnd) return null;
  const t = Date.UTC(y, mo - 1, d);
  return { first: t, last: t };
}

function noteOrg(note: string): string | null {
  const m = /(?:^|; )org=([A-Z]+)(?:;|$)/.exec(note);
  return m?.[1] ?? null;
}

/** Splits the file into rows; header comment lines must come first and name the source and columns. */
function parseFile(text: string): { rows: Row[]; errors: string[] } {
  const errors: string[] = [];
  const rows: Row[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let inHeader = true;
  const header: string[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('#')) {
      if (!inHeader) errors.push(`line ${line}: comment after the first data row`);
      header.push(raw);
      return;
    }
    inHeader = false;
    const cells = raw.split('\t');
    if (cells.length !== COLUMNS.length) {
      errors.push(`line ${line}: ${cells.length} columns, expected ${COLUMNS.length}`);
      return;
    }
    for (const c of cells) if (c !== c.trim()) errors.push(`line ${line}: stray whitespace in "${c}"`);
    const [name, aliases, country, sector, office, wikidata, start, end, note] = cells as [string, string, string, string, string, string, string, string, string];
    rows.push({ line, name, aliases: aliases === '' ? [] : aliases.split('|'), country, sector, office, wikidata, start, end, note });
  });
  if (!header.some((h) => /source/i.test(h) && /uncertain/.test(h))) errors.push('header: no source line');
  if (!header.some((h) => h.includes(COLUMNS.join('\t')))) errors.push('header: no column list');
  return { rows, errors };
}

/** Checks each row on its own. */
function rowErrors(r: Row): string[] {
  const e: string[] = [];
  const at = `line ${r.line} (${r.name})`;
  if (r.name === '') e.push(`${at}: empty name`);
  const seen = new Set<string>();
  for (const a of r.aliases) {
    if (a === '' || a !== a.trim()) e.push(`${at}: empty or padded alias`);
    if (a === r.name) e.push(`${at}: alias repeats the name`);
    if (seen.has(a)) e.push(`${at}: alias "${a}" twice`);
    seen.add(a);
  }
  if (!OFFICES.has(r.office)) e.push(`${at}: unknown office "${r.office}"`);
  if (r.wikidata !== '' && !QID.test(r.wikidata)) e.push(`${at}: bad QID "${r.wikidata}"`);
  const org = noteOrg(r.note);
  if (r.country === '') {
    if (org === null || !ORGS.has(org)) e.push(`${at}: no country and no known org= in the note`);
  } else {
    if (!ISO3.has(r.country)) e.push(`${at}: unknown country code "${r.country}"`);
    if (org !== null) e.push(`${at}: both a country and org=${org}`);
  }
  if (r.office === 'org_head' && r.country !== '') e.push(`${at}: org_head with a country`);
  if (r.country === '' ? r.sector !== '' : !SECTORS.has(r.sector)) e.push(`${at}: bad sector "${r.sector}"`);
  if (r.office === 'opposition_leader' && r.sector !== 'OPP') e.push(`${at}: opposition leader not OPP`);
  if (r.office !== 'opposition_leader' && r.sector === 'OPP') e.push(`${at}: OPP sector on ${r.office}`);
  if (r.office === 'central_bank_governor' && !/(?:^|; )central_bank(?:;|$)/.test(r.note)) e.push(`${at}: governor without note central_bank`);
  if (r.note.includes('also head_of_government') && r.office !== 'head_of_state') e.push(`${at}: also head_of_government on ${r.office}`);
  // A reader (or the builder) finds what to verify by the items that begin with "uncertain".
  for (const item of r.note.split('; ')) if (item.includes('uncertain') && !item.startsWith('uncertain')) e.push(`${at}: "uncertain" inside note item "${item}"`);
  const s = parseDate(r.start);
  const en = r.end === '' ? null : parseDate(r.end);
  if (s === null) e.push(`${at}: bad start "${r.start}"`);
  if (r.end !== '' && en === null) e.push(`${at}: bad end "${r.end}"`);
  if (s && en && s.first > en.last) e.push(`${at}: start ${r.start} after end ${r.end}`);
  return e;
}

/** Checks that hold across rows: duplicates, one code per person, alias collisions, overlapping heads. */
function crossErrors(rows: Row[]): string[] {
  const e: string[] = [];
  const keys = new Set<string>();
  const qidOfName = new Map<string, Set<string>>();
  const nameOfQid = new Map<string, string>();
  const ownerOfString = new Map<string, string>();
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const r of rows) {
    const key = `${r.name}\t${r.office}\t${r.start}`;
    if (keys.has(key)) e.push(`line ${r.line}: duplicate (${r.name}, ${r.office}, ${r.start})`);
    keys.add(key);
    const q = qidOfName.get(r.name) ?? new Set<string>();
    q.add(r.wikidata);
    qidOfName.set(r.name, q);
    if (r.wikidata !== '') {
      const other = nameOfQid.get(r.wikidata);
      if (other !== undefined && other !== r.name) e.push(`line ${r.line}: ${r.wikidata} given to both ${other} and ${r.name}`);
      nameOfQid.set(r.wikidata, r.name);
    }
    for (const s of [r.name, ...r.aliases]) {
      const f = fold(s);
      const owner = ownerOfString.get(f);
      if (owner !== undefined && owner !== r.name) e.push(`line ${r.line}: "${s}" names both ${owner} and ${r.name}`);
      ownerOfString.set(f, r.name);
    }
  }
  for (const [name, qids] of qidOfName) {
    if (qids.size > 1) e.push(`${name}: rows disagree on the QID (${[...qids].map((q) => q || 'empty').join(', ')})`);
  }
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    if (!EXCLUSIVE_OFFICES.has(r.office) || r.note.includes('co-head')) continue;
    // A head of state who also heads the government holds both offices, so neither may overlap.
    const offices = r.office === 'head_of_state' && r.note.includes('also head_of_government') ? [r.office, 'head_of_government'] : [r.office];
    for (const office of offices) {
      const g = `${r.country || noteOrg(r.note)}\t${office}`;
      const list = groups.get(g);
      if (list) list.push(r);
      else groups.set(g, [r]);
    }
  }
  for (const [g, list] of groups) {
    // Partial dates count at their narrowest, so only certain overlaps are reported.
    const spans = list.map((r) => ({ r, from: parseDate(r.start)?.last ?? 0, to: r.end === '' ? Infinity : (parseDate(r.end)?.first ?? 0) }));
    spans.sort((a, b) => a.from - b.from);
    for (let i = 1; i < spans.length; i++) {
      const prev = spans[i - 1]!;
      const cur = spans[i]!;
      if (prev.to - cur.from > HANDOVER_DAYS * DAY_MS) {
        e.push(`${g.replace('\t', ' ')}: ${prev.r.name} (line ${prev.r.line}) overlaps ${cur.r.name} (line ${cur.r.line})`);
      }
    }
  }
  return e;
}

/** Who held an office of a country (or org) on a day; on a handover day the incoming holder. */
function holder(rows: Row[], where: string, office: string, day: string): string[] {
  const t = parseDate(day)!.first;
  const on = rows.filter((r) => (r.country === where || (r.country === '' && noteOrg(r.note) === where)) && r.office === office
    && parseDate(r.start)!.first <= t && (r.end === '' || parseDate(r.end)!.last > t));
  return on.map((r) => r.name).sort();
}

const text = readFileSync(PROJECT_ROOT + FILE, 'utf8');
const { rows, errors: fileErrors } = parseFile(text);

describe(`${FILE} as data`, () => {
  it('has the header and nine columns on every line', () => assert.deepEqual(fileErrors, []));
  it('has several hundred rows', () => assert.ok(rows.length >= 500, `${rows.length} rows`));
  it('has valid fields on every row', () => assert.deepEqual(rows.flatMap(rowErrors), []));
  it('keeps one QID per person, one person per name or alias, and one head of each office at a time', () => {
    assert.deepEqual(crossErrors(rows), []);
  });
  it('covers the offices of every required country', () => {
    const required = [
      'ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'DEU', 'FRA', 'GBR', 'IDN', 'IND', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS',
      'SAU', 'TUR', 'USA', 'ZAF', 'ESP', 'PRT', 'BOL', 'CHL', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'GTM', 'HND',
      'HTI', 'NIC', 'PAN', 'PER', 'PRY', 'SLV', 'URY', 'VEN',
    ];
    const missing = required.filter((c) => !rows.some((r) => r.country === c && (r.office === 'head_of_state' || r.office === 'head_of_government')));
    assert.deepEqual(missing, []);
    const g20Offices = ['foreign_minister', 'defence_minister', 'central_bank_governor'];
    const thin = required.slice(0, 21).flatMap((c) => g20Offices.filter((o) => !rows.some((r) => r.country === c && r.office === o)).map((o) => `${c} ${o}`));
    assert.deepEqual(thin, []);
  });
  it('gives every international organisation head an org code', () => {
    const orgs = new Set(rows.filter((r) => r.office === 'org_head').map((r) => noteOrg(r.note)));
    for (const o of ['UN', 'NATO', 'EU', 'IMF', 'WB', 'WTO', 'WHO', 'IAEA', 'ICC', 'OAS', 'AU', 'ECB']) assert.ok(orgs.has(o), o);
  });
});

describe('spot checks: who held the office on the day', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['COL', 'head_of_state', '2023-06-01', ['Gustavo Petro']],
    ['COL', 'head_of_state', '2018-08-06', ['Juan Manuel Santos']],
    ['ESP', 'head_of_government', '2019-01-01', ['Pedro Sánchez']],
    ['ESP', 'head_of_government', '2017-05-01', ['Mariano Rajoy']],
    ['ESP', 'head_of_state', '2020-01-01', ['Felipe VI']],
    ['USA', 'head_of_state', '2019-06-01', ['Donald Trump']],
    ['USA', 'head_of_state', '2022-06-01', ['Joe Biden']],
    ['USA', 'head_of_state', '2025-06-01', ['Donald Trump']],
    ['USA', 'head_of_state', '2016-06-01', ['Barack Obama']],
    ['USA', 'foreign_minister', '2022-03-01', ['Antony Blinken']],
    ['RUS', 'head_of_state', '2022-02-24', ['Vladimir Putin']],
    ['RUS', 'foreign_minister', '2018-01-01', ['Sergey Lavrov']],
    ['CHN', 'head_of_state', '2020-01-01', ['Xi Jinping']],
    ['GBR', 'head_of_government', '2017-01-01', ['Theresa May']],
    ['GBR', 'head_of_government', '2022-09-20', ['Liz Truss']],
    ['GBR', 'head_of_state', '2023-01-01', ['Charles III']],
    ['FRA', 'head_of_state', '2016-01-01', ['François Hollande']],
    ['FRA', 'head_of_state', '2018-01-01', ['Emmanuel Macron']],
    ['DEU', 'head_of_government', '2020-01-01', ['Angela Merkel']],
    ['DEU', 'head_of_government', '2023-01-01', ['Olaf Scholz']],
    ['BRA', 'head_of_state', '2020-01-01', ['Jair Bolsonaro']],
    ['BRA', 'head_of_state', '2024-01-01', ['Luiz Inácio Lula da Silva']],
    ['MEX', 'head_of_state', '2020-01-01', ['Andrés Manuel López Obrador']],
    ['MEX', 'head_of_state', '2025-01-01', ['Claudia Sheinbaum']],
    ['ARG', 'head_of_state', '2017-01-01', ['Mauricio Macri']],
    ['ARG', 'head_of_state', '2024-01-01', ['Javier Milei']],
    ['JPN', 'head_of_government', '2018-01-01', ['Shinzo Abe']],
    ['IND', 'head_of_government', '2021-01-01', ['Narendra Modi']],
    ['TUR', 'head_of_state', '2021-01-01', ['Recep Tayyip Erdoğan']],
    ['UKR', 'head_of_state', '2022-03-01', ['Volodymyr Zelensky']],
    ['UN', 'org_head', '2020-01-01', ['António Guterres']],
    ['UN', 'org_head', '2015-06-01', ['Ban Ki-moon']],
    ['NATO', 'org_head', '2020-01-01', ['Jens Stoltenberg']],
    ['ECB', 'org_head', '2018-01-01', ['Mario Draghi']],
    ['ECB', 'org_head', '2021-01-01', ['Christine Lagarde']],
  ];
  for (const [where, office, day, expected] of cases) {
    it(`${where} ${office} on ${day} is ${expected.join(', ')}`, () => assert.deepEqual(holder(rows, where, office, day), expected));
  }
  const negatives: Array<[string, string, string, string]> = [
    ['COL', 'head_of_state', '2023-06-01', 'Iván Duque'],
    ['ESP', 'head_of_government', '2019-01-01', 'Mariano Rajoy'],
    ['USA', 'head_of_state', '2021-06-01', 'Donald Trump'],
  ];
  for (const [where, office, day, not] of negatives) {
    it(`${where} ${office} on ${day} is not ${not}`, () => assert.ok(!holder(rows, where, office, day).includes(not)));
  }
  it('keeps one code for a person across terms', () => {
    const trump = rows.filter((r) => r.name === 'Donald Trump' && r.office === 'head_of_state');
    assert.equal(trump.length, 2);
    assert.ok(trump.every((r) => r.wikidata === 'Q22686'));
  });
});

describe('the checks themselves reject bad rows', () => {
  const good: Row = {
    line: 1, name: 'Ana Prueba', aliases: ['Prueba'], country: 'COL', sector: 'GOV', office: 'foreign_minister',
    wikidata: '', start: '2019-02', end: '2020-03-01', note: '',
  };
  it('accepts a good row', () => assert.deepEqual(rowErrors(good), []));
  const bad: Array<[string, Partial<Row>, RegExp]> = [
    ['an unknown country', { country: 'XXX' }, /unknown country/],
    ['an alpha-2 country', { country: 'CO' }, /unknown country/],
    ['a lower-case QID', { wikidata: 'q123' }, /bad QID/],
    ['an unknown office', { office: 'president' }, /unknown office/],
    ['a 13th month', { start: '2019-13' }, /bad start/],
    ['30 February', { end: '2020-02-30' }, /bad end/],
    ['an end before the start', { start: '2021-01-01', end: '2020-12-31' }, /after end/],
    ['an org head with a country', { office: 'org_head', note: 'org=UN' }, /both a country|org_head with a country/],
    ['no country and no org', { country: '', sector: '' }, /no country/],
    ['an unknown org', { country: '', sector: '', note: 'org=FOO' }, /no country/],
    ['an opposition leader in GOV', { office: 'opposition_leader' }, /not OPP/],
    ['a governor without central_bank', { office: 'central_bank_governor' }, /central_bank/],
    ['also head_of_government on a minister', { note: 'also head_of_government' }, /also head_of_government/],
    ['a buried uncertainty', { note: 'acting, dates uncertain' }, /inside note item/],
    ['an alias equal to the name', { aliases: ['Ana Prueba'] }, /repeats the name/],
  ];
  for (const [what, patch, message] of bad) {
    it(`rejects ${what}`, () => assert.ok(rowErrors({ ...good, ...patch }).some((m) => message.test(m)), JSON.stringify(rowErrors({ ...good, ...patch }))));
  }

  const head = (name: string, start: string, end: string, extra: Partial<Row> = {}): Row =>
    ({ ...good, name, aliases: [], office: 'head_of_state', start, end, ...extra });
  it('accepts a one-day handover', () => assert.deepEqual(crossErrors([head('A', '2010-01-01', '2014-08-07'), head('B', '2014-08-07', '')]), []));
  it('accepts co-heads', () => assert.deepEqual(crossErrors([head('A', '2010', '', { note: 'co-head' }), head('B', '2012', '', { note: 'co-head' })]), []));
  const crossBad: Array<[string, Row[], RegExp]> = [
    ['two heads for a month', [head('A', '2010-01-01', '2014-09-07'), head('B', '2014-08-07', '')], /overlaps/],
    ['an open term under a later one', [head('A', '2010-01-01', ''), head('B', '2014-08-07', '2015-01-01')], /overlaps/],
    ['a president heading the government beside a prime minister',
      [head('A', '2010-01-01', '', { note: 'also head_of_government' }), head('B', '2012-01-01', '2013-01-01', { office: 'head_of_government' })], /head_of_government: .*overlaps/],
    ['one person twice in an office from one date, even for two countries', [head('A', '2010-01-01', ''), head('A', '2010-01-01', '', { country: 'CAN' })], /duplicate/],
    ['a duplicate row', [head('A', '2010-01-01', '2011-01-01'), head('A', '2010-01-01', '2011-01-01')], /duplicate/],
    ['one person with two QIDs', [head('A', '2010', '2011', { wikidata: 'Q1' }), head('A', '2012', '2013', { wikidata: 'Q2' })], /disagree/],
    ['one QID for two people', [head('A', '2010', '2011', { wikidata: 'Q1' }), head('B', '2012', '2013', { wikidata: 'Q1' })], /given to both/],
    ['an alias shared by two people', [head('A', '2010', '2011', { aliases: ['Gómez'] }), head('B', '2012', '2013', { aliases: ['Gomez'] })], /names both/],
  ];
  for (const [what, list, message] of crossBad) {
    it(`rejects ${what}`, () => assert.ok(crossErrors(list).some((m) => message.test(m)), JSON.stringify(crossErrors(list))));
  }
  it('finds the incoming holder on a handover day', () => {
    assert.deepEqual(holder([head('A', '2010-01-01', '2014-08-07'), head('B', '2014-08-07', '')], 'COL', 'head_of_state', '2014-08-07'), ['B']);
  });
  it('parses the file shape and reports a short line', () => {
    const { errors } = parseFile('# source: x, verify entries marked uncertain\n# name\taliases\tcountry\tsector\toffice\twikidata\tstart\tend\tnote\nA\tB\n');
    assert.deepEqual(errors, ['line 3: 2 columns, expected 9']);
  });
});
