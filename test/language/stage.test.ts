import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/core/doc.js';
import { NO_TRACE, TraceLog } from '../../src/core/tracer.js';
import { languageStage } from '../../src/language/stage.js';

function run(text: string, lang: 'es' | 'en' | null = null, trace = NO_TRACE) {
  const doc = createDoc({ text, lang });
  languageStage.run(doc, { trace });
  return doc;
}

describe('languageStage', () => {
  it('sets es and goes on', () => {
    const doc = run('El Gobierno aprobó ayer la reforma de la ley electoral con el apoyo de sus socios.');
    assert.equal(doc.lang, 'es');
    assert.equal(doc.halted, null);
    assert.deepEqual(doc.flags, []);
  });

  it('flags a language Atalaya does not read and halts the document', () => {
    const doc = run('Il governo ha approvato ieri la legge di bilancio, che sarà discussa in Parlamento nelle prossime settimane.');
    assert.equal(doc.lang, 'und');
    assert.equal(doc.halted, 'unsupported-language');
    assert.equal(doc.flags.length, 1);
    assert.equal(doc.flags[0]!.kind, 'unsupported-language');
    assert.match(doc.flags[0]!.message, /Italian \(ita\)/);
  });

  it('leaves text too short to decide as und, without a flag, and goes on', () => {
    const doc = run('Putin');
    assert.equal(doc.lang, 'und');
    assert.equal(doc.halted, null);
    assert.deepEqual(doc.flags, []);
  });

  it('takes a forced language without detecting', () => {
    const doc = run('Le gouvernement a annoncé mardi une réforme des retraites.', 'es');
    assert.equal(doc.lang, 'es');
    assert.equal(doc.halted, null);
  });

  it('traces what decided', () => {
    const log = new TraceLog();
    run('The prime minister said on Tuesday that the talks would resume next month.', null, log);
    assert.equal(log.entries.length, 1);
    assert.match(log.entries[0]!.rule, /^language:/);
    assert.match(log.entries[0]!.detail, /eng/);
  });
});
