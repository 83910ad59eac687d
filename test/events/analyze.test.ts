import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Analysis, EventRecord } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { analyze } from '../../src/index.js';

const countries = (xs: EventRecord['actor']): string => xs.map((a) => a.country ?? '?').join('+');
const find = (a: Analysis, pred: (e: EventRecord) => boolean): EventRecord | undefined => a.events.find(pred);

describe('events through analyze(): a defence treaty article (team fixture)', () => {
  const text = readFileSync(`${PROJECT_ROOT}test/fixtures/events/es-tratado-defensa.txt`, 'utf8');
  const a = analyze({ text, published: '2026-03-11' });

  it('codes the meeting of two leaders as one CONSULT with both as actors, dated and placed', () => {
    const e = find(a, (x) => x.type === 'CONSULT' && x.segment === 'body' && x.modality === 'asserted');
    assert.ok(e, 'a CONSULT');
    assert.equal(countries(e.actor), 'UKR+POL');
    assert.equal(e.date, '2026-03-10');
    assert.equal(e.location?.name, 'Varsovia');
    assert.equal(e.location?.country, 'POL');
  });

  it('keeps a negated signature negated and codes the refusal as REJECT', () => {
    const signed = a.events.filter((x) => x.cameo === '057' && x.negated);
    assert.equal(signed.length, 1);
    assert.equal(countries(signed[0]!.actor), 'HUN');
    const refusal = find(a, (x) => x.type === 'REJECT');
    assert.equal(refusal?.cameo, '120');
    assert.ok(!a.events.some((x) => x.type === 'AID'), 'the refused shipment is not an event of its own');
  });

  it('marks the teaser\'s event and dates an expected visit by its month', () => {
    assert.deepEqual(a.events.filter((x) => x.segment === 'teaser').map((x) => x.type), ['ASSAULT']);
    const visit = find(a, (x) => x.cameo === '042');
    assert.equal(visit?.modality, 'expected');
    assert.equal(visit?.date, '2026-04');
    assert.equal(countries(visit!.actor), 'POL');
  });

  it('gives every event an id, a rule and its trigger words', () => {
    a.events.forEach((e, i) => {
      assert.equal(e.id, `e${i}`);
      assert.match(e.rule, /^es\./);
      assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    });
  });
});

const SEED = `${PROJECT_ROOT}../shared/seed/000_f18dc38b7e87eedd.txt`;

describe('events through analyze(): the seed article (issue 5, "Done when")', { skip: !existsSync(SEED) && 'seed article absent' }, () => {
  const a = existsSync(SEED) ? analyze({ text: readFileSync(SEED, 'utf8'), published: '2026-02-04' }) : null;
  const body = (a?.events ?? []).filter((e) => e.segment !== 'teaser');

  it('a CONSULT between Russia and China on 2026-02-04', () => {
    const e = body.find((x) => x.type === 'CONSULT' && x.date === '2026-02-04' && x.dateFrom !== 'published');
    assert.ok(e?.cameo.startsWith('04'));
    assert.equal(countries(e!.actor), 'RUS+CHN');
  });

  it('SUPPORT from Russia toward China', () => {
    assert.ok(body.some((x) => x.type === 'SUPPORT' && countries(x.actor) === 'RUS' && countries(x.recipient) === 'CHN'));
  });

  it('what Xi says China will do is an intention (03x) with China as its actor', () => {
    // "mencionó que discutirá con Putin…": the complement clause has no subject of its own; it is the speaker's.
    const said = body.filter((x) => x.cameo === '036' && x.modality === 'intended');
    assert.ok(said.some((x) => countries(x.actor) === 'CHN' && countries(x.recipient) === 'RUS'), said.map((x) => `${countries(x.actor)}->${countries(x.recipient)}`).join(' '));
  });

  it('China letting Russians in without visas (CHN -> RUS)', () => {
    assert.ok(body.some((x) => x.rule.startsWith('es.concede.permitir') && countries(x.actor) === 'CHN' && countries(x.recipient) === 'RUS'));
  });

  it('the British and Canadian visits dated 2026-01, the German one 2026-03 and expected', () => {
    const visits = body.filter((x) => x.cameo === '042');
    const past = visits.find((x) => x.date === '2026-01');
    assert.equal(countries(past!.actor), 'GBR+CAN');
    const next = visits.find((x) => x.date === '2026-03');
    assert.equal(next?.modality, 'expected');
    assert.equal(countries(next!.actor), 'DEU');
  });

  it('the attack in the teaser stays out of the body\'s events', () => {
    assert.ok(!body.some((x) => x.type === 'ASSAULT'));
    assert.ok(a!.events.some((x) => x.type === 'ASSAULT' && x.segment === 'teaser'));
  });
});
