import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventActor, EventRecord, PloverType } from '../../src/core/analysis.js';
import { NO_TRACE, TraceLog } from '../../src/core/tracer.js';
import { splitMutualSides } from '../../src/events/mutual-sides.js';
import { analyze } from '../../src/index.js';

const side = (name: string, country: string): EventActor => ({ country, org: null, sector: 'GOV', name, wikidata: null, mention: name });
const LULA = side('Lula', 'BRA');
const MILEI = side('Milei', 'ARG');
const BORIC = side('Boric', 'CHL');
const BRAZIL = side('Brazil', 'BRA');

function event(type: PloverType, cameo: string, actor: EventActor[], recipient: EventActor[] = []): EventRecord {
  return {
    id: 'e0', type, mode: null, cameo, goldstein: 1, quadClass: 1, actor, recipient, date: null, dateFrom: null, location: null,
    modality: 'asserted', negated: false, sentence: 0, segment: 'body', trigger: { start: 0, end: 4, text: 'trig' }, topics: [],
    rule: 'es.test', confidence: 0.8, background: false, mentions: [],
  };
}

const names = (xs: readonly EventActor[]): string[] => xs.map((a) => a.name ?? '?');

const CASES: Array<[string, EventRecord, string[], string[]]> = [
  ['two leaders who met', event('CONSULT', '040', [LULA, MILEI]), ['Lula'], ['Milei']],
  ['three parties who agreed: the first acts, the others receive', event('AGREE', '030', [LULA, MILEI, BORIC]), ['Lula'], ['Milei', 'Boric']],
  ['an agreement signed together (057, a SUPPORT code)', event('SUPPORT', '057', [LULA, MILEI]), ['Lula'], ['Milei']],
  ['cooperation between two', event('COOPERATE', '061', [BRAZIL, MILEI]), ['Brazil'], ['Milei']],
  // Negative cases: nothing to split, or an action with a direction.
  ['a recipient already named', event('CONSULT', '040', [LULA, MILEI], [BORIC]), ['Lula', 'Milei'], ['Boric']],
  ['one party', event('CONSULT', '040', [LULA]), ['Lula'], []],
  ['two visitors (a visit has a direction)', event('CONSULT', '042', [LULA, MILEI]), ['Lula', 'Milei'], []],
  ['an attack by two', event('ASSAULT', '190', [LULA, MILEI]), ['Lula', 'Milei'], []],
  ['praise by two (051 has a direction)', event('SUPPORT', '051', [LULA, MILEI]), ['Lula', 'Milei'], []],
  ['one party named twice', event('CONSULT', '040', [LULA, { ...LULA, mention: 'other' }]), ['Lula', 'Lula'], []],
];

describe('splitMutualSides: the parties of a mutual action named together are its two sides', () => {
  for (const [what, e, actor, recipient] of CASES) {
    it(what, () => {
      const out = splitMutualSides(e, NO_TRACE);
      assert.deepEqual([names(out.actor), names(out.recipient)], [actor, recipient]);
      assert.equal(out.rule.endsWith('+mutual-sides'), out !== e, 'the rule says when the sides were split');
    });
  }

  it('is traced', () => {
    const trace = new TraceLog();
    splitMutualSides(event('CONSULT', '040', [LULA, MILEI]), trace);
    assert.deepEqual(trace.entries.map((x) => x.rule), ['events:mutual-sides']);
  });

  it('in the pipeline, a pair who met is found as a dyad', () => {
    const a = analyze({ text: 'Los presidentes de Brasil, Lula da Silva, y de Argentina, Javier Milei, mantuvieron una reunión el martes.', lang: 'es', published: '2026-05-08' });
    const e = a.events.find((x) => x.type === 'CONSULT');
    assert.ok(e, 'a CONSULT event');
    assert.deepEqual([e.actor.map((x) => x.country), e.recipient.map((x) => x.country)], [['BRA'], ['ARG']]);
  });
});
