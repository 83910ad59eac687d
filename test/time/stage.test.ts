import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang, SegmentKind } from '../../src/core/analysis.js';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { NO_TRACE, TraceLog } from '../../src/core/tracer.js';
import { languageStage } from '../../src/language/stage.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { structureStage } from '../../src/structure/stage.js';
import { tokenize } from '../../src/structure/tokens.js';
import { timeStage } from '../../src/time/stage.js';
import { schemaErrors } from '../helpers/schema.js';

/** A document whose parts are given (kind and text, one sentence each), as the structure stage would leave it. */
function docOf(parts: Array<[SegmentKind, string]>, published: string | null = null, lang: Lang = 'es'): Doc {
  const text = parts.map(([, t]) => t).join('\n\n');
  const doc = createDoc({ text, published });
  doc.lang = lang;
  let offset = 0;
  parts.forEach(([kind, t], i) => {
    doc.segments.push({ kind, start: offset, end: offset + t.length });
    doc.sentences.push({ start: offset, end: offset + t.length, segment: i });
    for (const tok of tokenize(text, offset, offset + t.length)) doc.tokens.push({ ...tok, text: text.slice(tok.start, tok.end), sentence: i });
    offset += t.length + 2;
  });
  return doc;
}

const run = (doc: Doc): Doc => {
  timeStage.run(doc, { trace: NO_TRACE });
  return doc;
};

describe('time stage: anchoring', () => {
  it('takes the publication date given with the document', () => {
    const doc = run(docOf([['body', 'Ayer se firmó el acuerdo.']], '2026-02-04'));
    assert.deepEqual(doc.published, { value: '2026-02-04', source: 'metadata' });
    assert.equal(doc.times[0]!.value, '2026-02-03');
  });

  it('infers it from a dateline, taking the year that puts it nearest the dates of the article', () => {
    const doc = run(docOf([
      ['dateline', 'MADRID, 3 mar (EFE).-'],
      ['body', 'El Gobierno aprobó ayer el presupuesto de 2026, tras el acuerdo del 27 de febrero de 2026.'],
    ]));
    assert.deepEqual(doc.published, { value: '2026-03-03', source: 'inferred' });
    assert.equal(doc.times.find((t) => t.text === 'ayer')!.value, '2026-03-02');
  });

  it('prefers a dateline year the article mentions even when an older one also appears', () => {
    const doc = run(docOf([
      ['dateline', 'BRUSSELS, March 3 (Reuters) -'],
      ['body', 'The bloc agreed today on a plan first floated in 2019 and revised on February 20, 2025.'],
    ], null, 'en'));
    assert.deepEqual(doc.published, { value: '2025-03-03', source: 'inferred' });
  });

  it('with only years in the article, takes the one named most often for a dateline', () => {
    const doc = run(docOf([['dateline', 'QUITO, 12 feb (EFE).-'], ['body', 'Las ventas de 2025 superaron a las de 2024; en 2025 también subió el empleo.']]));
    assert.deepEqual(doc.published, { value: '2025-02-12', source: 'inferred' });
  });

  it('has no anchor from a dateline when the article names no year at all', () => {
    const doc = run(docOf([['dateline', 'LIMA, 3 mar (EFE).-'], ['body', 'El Congreso votó ayer la reforma.']]));
    assert.equal(doc.published, null);
    assert.deepEqual(doc.times.find((t) => t.text === 'ayer')!.flags, ['unanchored']);
  });

  it('infers it from "este <weekday> <full date>" only when the weekday agrees', () => {
    const wrong = run(docOf([['body', 'Este lunes 2 de enero de 2026 se reunieron. Ayer hubo protestas.']]));
    assert.equal(wrong.published, null);
    const right = run(docOf([['body', 'Este lunes 2 de febrero de 2026 se reunieron. Ayer hubo protestas.']]));
    assert.deepEqual(right.published, { value: '2026-02-02', source: 'inferred' });
  });

  it('does not take the date of another story\'s teaser as the publication date', () => {
    const doc = run(docOf([['teaser', 'Este lunes 2 de febrero de 2026 cayó la bolsa'], ['body', 'Ayer hubo protestas.']]));
    assert.equal(doc.published, null);
  });

  it('flags a publication date that is not a real date and infers one instead', () => {
    const doc = run(docOf([['body', 'Hoy, 10 de marzo de 2025, se abre el plazo. Ayer se cerró el anterior.']], '2025-02-30'));
    assert.equal(doc.flags[0]!.kind, 'invalid-published');
    assert.match(doc.flags[0]!.message, /"2025-02-30" is not a real YYYY-MM-DD date/);
    assert.deepEqual(doc.published, { value: '2025-03-10', source: 'inferred' });
    assert.equal(doc.times.find((t) => t.text === 'Ayer')!.value, '2025-03-09');
  });
});

describe('time stage: output', () => {
  const pipeline = buildPipeline([languageStage, structureStage, timeStage]);

  it('numbers times t0, t1… in text order with offsets into the text', () => {
    const text = 'El lunes se reunieron.\n\nEl mes pasado hubo protestas y la semana que viene habrá huelga.';
    const a = pipeline.analyze({ text, published: '2026-02-04', lang: 'es' });
    assert.deepEqual(a.times.map((t) => [t.id, t.text, text.slice(t.start, t.end)]), [
      ['t0', 'El lunes', 'El lunes'],
      ['t1', 'El mes pasado', 'El mes pasado'],
      ['t2', 'la semana que viene', 'la semana que viene'],
    ]);
    assert.deepEqual(schemaErrors(a), []);
  });

  it('adds a document flag with a plain message for each date that contradicts itself', () => {
    const text = 'Anunció este lunes 2 de enero de 2026 el plan. El 31 de febrero se firmó. El 15 de marzo de 2026 se votó.';
    const a = pipeline.analyze({ text, published: '2026-02-04', lang: 'es' });
    assert.deepEqual(a.flags.map((f) => [f.kind, f.message, text.slice(f.start, f.end)]), [
      ['weekday-mismatch', '2 January 2026 was a Friday, not a Monday', 'este lunes 2 de enero de 2026'],
      ['impossible-date', '31 February does not exist', 'El 31 de febrero'],
      ['future-in-past-tense', '15 March 2026 is after the publication date (4 February 2026) but is told in the past tense', 'El 15 de marzo de 2026'],
    ]);
  });

  it('records the rule behind each time when tracing', () => {
    const a = pipeline.analyze({ text: 'Hace dos semanas se firmó.', published: '2026-02-04', lang: 'es' }, { trace: true });
    const entry = a.trace!.find((t) => t.stage === 'time');
    assert.deepEqual([entry!.rule, entry!.detail], ['es.shift.ago', '2026-W04 [week]']);
  });

  it('reads a text the language stage could not place with the lexicon that finds more', () => {
    const es = run(docOf([['body', 'Ayer llovió.']], '2026-02-04', 'und'));
    assert.deepEqual(es.times.map((t) => [t.text, t.value]), [['Ayer', '2026-02-03']]);
    const en = run(docOf([['body', 'Talks resume Monday.']], '2026-02-04', 'und'));
    assert.deepEqual(en.times.map((t) => [t.text, t.value]), [['Monday', '2026-02-02']]);
    const de = run(docOf([['body', 'Gestern hat die Regierung entschieden.']], '2026-02-04', 'und'));
    assert.deepEqual(de.times, []);
    assert.deepEqual(de.published, { value: '2026-02-04', source: 'metadata' });
  });

  it('gives the same output for the same input (no clock, no state between documents)', () => {
    const input = { text: 'Ayer, hace dos semanas y el lunes 2 de enero de 2026.', published: '2026-02-04', lang: 'es' as const };
    assert.deepEqual(pipeline.analyze(input), pipeline.analyze(input));
  });

  it('reads a document the same after a longer one (atoms are reused between documents)', () => {
    const short = { text: 'El acuerdo se firmó el 3 de marzo y entra en vigor dentro de dos semanas.', published: '2026-02-04', lang: 'es' as const };
    const alone = pipeline.analyze(short).times;
    const long = Array.from({ length: 400 }, (_, i) => `El ${(i % 28) + 1} de mayo de 2025 hubo ${i} reuniones durante tres horas.`).join(' ');
    pipeline.analyze({ text: long, published: '2026-02-04', lang: 'es' });
    assert.deepEqual(pipeline.analyze(short).times, alone);
  });

  it('traces the inferred anchor', () => {
    const doc = docOf([['body', 'Este miércoles 4 de febrero de 2026 hablaron.']]);
    const log = new TraceLog();
    timeStage.run(doc, { trace: log });
    assert.ok(log.entries.some((e) => e.rule === 'es.anchor.this-weekday-date' && e.detail === 'published 2026-02-04'));
  });
});
