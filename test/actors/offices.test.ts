import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompiledActors, OfficeTerm, PersonInfo } from '../../src/actors/compiled.js';
import { actorLexicon } from '../../src/actors/lexicon.js';
import { documentHolder, holderOn, officesOn, termActive, termOn } from '../../src/actors/offices.js';

const term = (t: Partial<OfficeTerm> & Pick<OfficeTerm, 'office' | 'start'>): OfficeTerm => ({
  country: 'XXA', org: null, sector: 'GOV', end: null, alsoHeadOfGovernment: false, ...t,
});

describe('termActive: partial dates', () => {
  const table: Array<[Partial<OfficeTerm>, string, boolean]> = [
    [{ start: '2020-05-01', end: '2022-05-01' }, '2021-01-01', true],
    [{ start: '2020-05-01', end: '2022-05-01' }, '2022-05-01', true],
    [{ start: '2020-05-01', end: '2022-05-01' }, '2022-05-02', false],
    [{ start: '2020-05-01', end: '2022-05-01' }, '2020-04-30', false],
    [{ start: '2020', end: '2021' }, '2021-12-31', true],
    [{ start: '2020', end: '2021' }, '2022-01-01', false],
    [{ start: '2020-05', end: null }, '2020-05-01', true],
    [{ start: '2020-05', end: null }, '2020-04-30', false],
  ];
  for (const [t, date, active] of table) {
    it(`${t.start}–${t.end ?? '…'} on ${date}: ${active}`, () => assert.equal(termActive(term({ office: 'head_of_state', start: t.start!, end: t.end ?? null }), date), active));
  }
});

describe('termOn: which term describes a person on a date', () => {
  const p: PersonInfo = {
    name: 'Ana Ejemplo', wikidata: null,
    terms: [
      term({ office: 'foreign_minister', start: '2010-01-01', end: '2014-01-01' }),
      term({ office: 'opposition_leader', start: '2015-01-01', end: '2018-06-01', sector: 'OPP' }),
      term({ office: 'head_of_government', start: '2018-06-01', end: '2022-06-01' }),
    ],
  };
  const table: Array<[string | null, string]> = [
    ['2012-03-03', 'foreign_minister'],
    ['2016-03-03', 'opposition_leader'],
    ['2018-06-01', 'head_of_government'],
    ['2014-06-01', 'foreign_minister'],
    ['2030-01-01', 'head_of_government'],
    ['2000-01-01', 'foreign_minister'],
    [null, 'head_of_government'],
  ];
  for (const [date, office] of table) it(`${date ?? 'no date'} → ${office}`, () => assert.equal(termOn(p, date)?.office, office));
  it('lists the offices held that day', () => assert.deepEqual(officesOn(p, '2019-01-01'), ['head_of_government']));
});

describe('holderOn: who held an office of a country on a date', () => {
  const data = {
    persons: [
      { name: 'Primera', wikidata: null, terms: [term({ office: 'head_of_state', start: '2010-01-01', end: '2015-01-10', alsoHeadOfGovernment: true })] },
      { name: 'Segundo', wikidata: null, terms: [term({ office: 'head_of_state', start: '2015-01-10', end: null, alsoHeadOfGovernment: true })] },
      { name: 'Tercera', wikidata: null, terms: [term({ office: 'foreign_minister', start: '2016', end: null })] },
    ],
  } as unknown as CompiledActors;
  const table: Array<[string, string[], string | null, string | null]> = [
    ['XXA', ['head_of_state'], '2012-01-01', 'Primera'],
    ['XXA', ['head_of_state'], '2015-01-10', 'Segundo'],
    ['XXA', ['head_of_government'], '2014-01-01', 'Primera'],
    ['XXA', ['foreign_minister'], '2015-06-01', null],
    ['XXA', ['foreign_minister'], '2016-06-01', 'Tercera'],
    ['XXA', ['defence_minister', 'head_of_state'], '2020-01-01', 'Segundo'],
    ['XXB', ['head_of_state'], '2012-01-01', null],
    ['XXA', ['head_of_state'], null, 'Segundo'],
  ];
  for (const [where, offices, date, name] of table) {
    it(`${where} ${offices.join('|')} on ${date ?? 'no date'} → ${name ?? 'nobody'}`, () => {
      const h = holderOn(data, where, offices, date);
      assert.equal(h ? data.persons[h.person]!.name : null, name);
    });
  }
});

describe('documentHolder: an undated article takes no holder newer than its text', () => {
  const data = {
    persons: [
      { name: 'Primera', wikidata: null, terms: [term({ office: 'head_of_state', start: '2010-01-01', end: '2015-01-10' })] },
      { name: 'Segundo', wikidata: null, terms: [term({ office: 'head_of_state', start: '2015-01-10', end: '2019-01-01' })] },
      { name: 'Primera', wikidata: null, terms: [] },
    ],
  } as unknown as CompiledActors;
  // Primera again from 2019: the same person before and after Segundo.
  data.persons[0]!.terms.push(term({ office: 'head_of_state', start: '2019-01-01', end: null }));
  const table: Array<[string | null, string | null, string]> = [
    // dated: the date decides, the ceiling is not read
    ['2016-05-01', null, 'Segundo'],
    // undated, the text's dates reach the current holder's term: the current holder
    [null, '2020-03', 'Primera'],
    [null, '2019', 'Primera'],
    // undated, text older than the current term, and another held it then: nobody, said as undated
    [null, '2017-06-01', 'undated'],
    // undated, text older than the current term, held then by the same person: that person
    [null, '2012', 'Primera'],
    // undated, no date in the text: the latest holder
    [null, null, 'Primera'],
  ];
  for (const [date, ceiling, expected] of table) {
    it(`published ${date ?? 'unknown'}, text up to ${ceiling ?? 'no date'} → ${expected}`, () => {
      const h = documentHolder(data, 'XXA', ['head_of_state'], { date, ceiling });
      assert.equal(h === 'undated' ? 'undated' : h ? data.persons[h.person]!.name : null, expected);
    });
  }
});

describe('holderOn for an organisation with several heads', () => {
  const data = {
    persons: [
      { name: 'Una', wikidata: null, terms: [term({ country: null, org: 'XO', office: 'org_head', start: '2019-12-01' })] },
      { name: 'Otro', wikidata: null, terms: [term({ country: null, org: 'XO', office: 'org_head', start: '2024-12-01' })] },
      { name: 'Sola', wikidata: null, terms: [term({ country: null, org: 'YO', office: 'org_head', start: '2020-01-01' })] },
    ],
  } as unknown as CompiledActors;
  it('names nobody when "unique" is asked and two heads overlap', () => assert.equal(holderOn(data, 'XO', ['org_head'], '2025-06-01', true), null));
  it('names the only head there is', () => assert.equal(holderOn(data, 'XO', ['org_head'], '2022-06-01', true)?.person, 0));
  it('names the newest when uniqueness is not asked', () => assert.equal(holderOn(data, 'XO', ['org_head'], '2025-06-01')?.person, 1));
  it('names a lone head', () => assert.equal(holderOn(data, 'YO', ['org_head'], '2025-06-01', true)?.person, 2));
});

describe('holderOn over the people lexicon', () => {
  const data = actorLexicon('es').data;
  const table: Array<[string, string, string, string]> = [
    ['COL', 'head_of_state', '2023-06-01', 'Gustavo Petro'],
    ['USA', 'head_of_state', '2026-02-04', 'Donald Trump'],
    ['USA', 'head_of_state', '2022-02-04', 'Joe Biden'],
    ['RUS', 'head_of_state', '2026-02-04', 'Vladimir Putin'],
    ['DEU', 'head_of_government', '2026-02-04', 'Friedrich Merz'],
    ['FRA', 'head_of_state', '2026-02-04', 'Emmanuel Macron'],
  ];
  for (const [where, office, date, name] of table) {
    it(`${where} ${office} on ${date} → ${name}`, () => {
      const h = holderOn(data, where, [office], date);
      assert.equal(h ? data.persons[h.person]!.name : null, name);
    });
  }
});
