import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PipelineError, StageError } from '../../src/core/errors.js';
import type { Layer, Stage } from '../../src/core/stage.js';
import { checkStages } from '../../src/pipeline/build.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/pipeline/stages.js';

const stage = (name: string, requires: Layer[], provides: Layer[], run: Stage['run'] = () => {}): Stage => ({ name, requires, provides, run });

describe('checkStages', () => {
  it('accepts the default pipeline', () => assert.doesNotThrow(() => checkStages(STAGES)));

  const bad: Array<[string, Stage[], RegExp]> = [
    ['a requirement nothing provides', [stage('a', ['tokens'], [])], /requires "tokens"/],
    ['a requirement provided only later', [stage('a', ['lang'], []), stage('b', [], ['lang'])], /requires "lang"/],
    ['a layer provided twice', [stage('a', [], ['lang']), stage('b', [], ['lang'])], /already provides/],
    ['a stage listed twice', [stage('a', [], []), stage('a', [], [])], /appears twice/],
  ];
  for (const [what, stages, message] of bad) {
    it(`rejects ${what}`, () => assert.throws(() => checkStages(stages), (e: unknown) => e instanceof PipelineError && message.test(e.message)));
  }
});

describe('pipeline run', () => {
  it('wraps a stage that throws in a StageError naming the stage and the document', () => {
    const p = buildPipeline([stage('boom', [], [], () => { throw new Error('kaput'); })]);
    assert.throws(
      () => p.analyze({ text: 'x', sourceId: 'doc-7' }),
      (e: unknown) => e instanceof StageError && e.stage === 'boom' && e.where === 'doc-7' && /kaput/.test(e.message),
    );
  });

  it('stops running stages once one halts the document', () => {
    const ran: string[] = [];
    const p = buildPipeline([
      stage('a', [], [], (doc) => { ran.push('a'); doc.halted = 'stop'; }),
      stage('b', [], [], () => { ran.push('b'); }),
    ]);
    p.analyze({ text: 'x' });
    assert.deepEqual(ran, ['a']);
  });

  it('evaluates trace details only when tracing is on', () => {
    let evaluated = 0;
    const p = buildPipeline([stage('t', [], [], (_doc, ctx) => ctx.trace.record('r1', 0, 1, () => { evaluated++; return 'detail'; }))]);
    assert.equal(p.analyze({ text: 'x' }).trace, undefined);
    assert.equal(evaluated, 0);
    const traced = p.analyze({ text: 'x' }, { trace: true });
    assert.deepEqual(traced.trace, [{ stage: 't', rule: 'r1', start: 0, end: 1, detail: 'detail' }]);
  });

  it('gives the same id to the same text and a different one to different text', () => {
    const p = buildPipeline([]);
    assert.equal(p.analyze({ text: 'hola' }).document.id, p.analyze({ text: 'hola' }).document.id);
    assert.notEqual(p.analyze({ text: 'hola' }).document.id, p.analyze({ text: 'adiós' }).document.id);
  });
});
