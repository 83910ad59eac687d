import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conjugate } from '../../scripts/data/events-conjugate-es.js';
import { inflectNoun, inflectVerb } from '../../scripts/data/events-inflect-en.js';
import { eventTables } from '../../src/events/tables.js';
import { predictedRoots } from '../../eval/updp-spanish-events.js';
import { predictedTypes } from '../../eval/plover-english.js';
import type { EventRecord } from '../../src/core/analysis.js';

describe('Spanish verb forms (built from the infinitive, accents folded)', () => {
  const cases: [string, 'ie' | 'ue' | 'i' | 'ie-i' | 'ue-u' | null, string, string][] = [
    ['atacar', null, 'ataco', 'past'], // atacó
    ['atacar', null, 'ataquen', 'subj'],
    ['rechazar', null, 'rechacen', 'subj'],
    ['negar', 'ie', 'niegan', 'pres'],
    ['negar', 'ie', 'nieguen', 'subj'],
    ['reforzar', 'ue', 'refuerza', 'pres'],
    ['pedir', 'i', 'pidio', 'past'],
    ['pedir', 'i', 'pidiera', 'subj'],
    ['pedir', 'i', 'pidiendo', 'ger'],
    ['advertir', 'ie-i', 'advierte', 'pres'],
    ['advertir', 'ie-i', 'advirtieron', 'past'],
    ['exigir', null, 'exijan', 'subj'],
    ['construir', null, 'construyo', 'past'],
    ['construir', null, 'construyendo', 'ger'],
    ['ofrecer', null, 'ofrezca', 'subj'],
    ['firmar', null, 'firmara', 'fut'],
    ['firmar', null, 'firmarian', 'cond'],
    ['firmar', null, 'firmado', 'part'],
    ['reunir', null, 'reunirse', 'inf'],
  ];
  for (const [inf, cls, form, tag] of cases) {
    it(`${inf} -> ${form} (${tag})`, () => assert.ok(conjugate(inf, cls, null).get(form)?.includes(tag as never), [...conjugate(inf, cls, null).keys()].join(' ')));
  }

  it('leaves out second persons and the first singular, whose forms are usually nouns ("protestas")', () => {
    assert.equal(conjugate('apoyar', null, null).has('apoyas'), false);
    assert.equal(conjugate('apoyar', null, null).has('apoyamos'), true);
    assert.equal(conjugate('protestar', null, null).has('protestas'), false);
    assert.equal(conjugate('protestar', null, null).has('protesta'), true);
  });

  it('follows an irregular model with its prefix', () => {
    const model = { base: 'tener', prefixes: ['de'], six: { pret: ['tuve', 'tuviste', 'tuvo', 'tuvimos', 'tuvisteis', 'tuvieron'] }, fut: 'tendr' };
    const forms = conjugate('detener', 'ie', model);
    assert.ok(forms.get('detuvo')?.includes('past'));
    assert.ok(forms.get('detuvieran')?.includes('subj'));
    assert.ok(forms.get('detendra')?.includes('fut'));
    assert.ok(forms.get('detiene')?.includes('pres'));
  });

  it('collects the forms only written with an accent', () => {
    const accented = new Set<string>();
    conjugate('rechazar', null, null, accented);
    assert.ok(accented.has('rechazo'));
    assert.ok(!accented.has('rechaza'));
  });

  it('refuses what is not an infinitive', () => assert.throws(() => conjugate('casa', null, null), /not a Spanish infinitive/));
});

describe('English verb and noun forms', () => {
  it('inflects regular verbs with both spellings of a doubled consonant', () => {
    const forms = inflectVerb('ban', undefined);
    assert.ok(forms.get('banned')?.includes('past'));
    assert.ok(forms.get('banned')?.includes('part'));
    assert.ok(forms.get('bans')?.includes('pres'));
    assert.ok(inflectVerb('deny', undefined).has('denied'));
  });
  it('takes irregular forms from the table', () => {
    const forms = inflectVerb('hold', { past: ['held'], part: ['held'] });
    assert.ok(forms.get('held')?.includes('part'));
    assert.equal(forms.has('holded'), false);
  });
  it('makes plurals', () => assert.deepEqual(inflectNoun('embargo').concat(inflectNoun('ally')), ['embargo', 'embargos', 'ally', 'allies']));
});

describe('compiled CAMEO table', () => {
  const es = eventTables('es')!;
  const cases: [string, string, number, string | null][] = [
    ['041', 'CONSULT', 1, 'phone'],
    ['057', 'SUPPORT', 1, null],
    ['0841', 'RETREAT', 2, 'release'],
    ['164', 'SANCTION', 4, null], // CAMEO 1.1b3: halt negotiations
    ['163', 'COERCE', 4, 'restrict'], // CAMEO 1.1b3: embargo, boycott or sanctions (issue 14: not 166)
    ['166', 'SANCTION', 4, 'expel'], // CAMEO 1.1b3: expel or withdraw
    ['1451', 'PROTEST', 4, 'riot'], // violent protest, not obstruction
    ['150', 'MOBILIZE', 4, null], // shows of force, weapons tests
    ['14', 'PROTEST', 4, null],
    ['190', 'ASSAULT', 4, null],
  ];
  for (const [code, type, quad, mode] of cases) {
    it(`${code} is ${type}, quad class ${quad}`, () => {
      const info = es.cameo[code];
      assert.equal(info?.type, type);
      assert.equal(info?.quadClass, quad);
      if (mode !== null) assert.equal(info?.mode, mode);
    });
  }
  it('has no PLOVER type for statements (CAMEO 01)', () => assert.equal(es.cameo['010'], undefined));
  it('names the intention and threat codes of a root', () => {
    assert.equal(es.cameo['042']?.intent, '036');
    assert.equal(es.cameo['143']?.threat, '133');
  });
  it('loads once', () => assert.equal(eventTables('es'), es));
  it('has no tables for an undetermined language', () => assert.equal(eventTables('und'), null));
});

describe('evaluator scoring of negated events', () => {
  const ev = (cameo: string, quadClass: 1 | 2 | 3 | 4, negated: boolean, type: EventRecord['type']): EventRecord =>
    ({ cameo, quadClass, negated, type, actor: [], recipient: [] }) as unknown as EventRecord;
  it('counts a refused cooperation as a rejection and drops a conflict that did not happen', () => {
    const events = [ev('057', 1, true, 'SUPPORT'), ev('190', 4, true, 'ASSAULT'), ev('141', 4, false, 'PROTEST')];
    assert.deepEqual(predictedRoots(events).map((p) => p.root), ['12', '14']);
    assert.deepEqual(predictedTypes(events), ['REJECT', 'PROTEST']);
  });
});
