/**
 * Issue 16: some inputs cost minutes (a 9 MB record, 6 minutes in coreference; a sentence with no full
 * stop made the events stage quadratic). Each stage's time on a pathological text of n characters and of
 * 2n must at most about double (test/helpers/doubling.ts). Sizes stay within the largest document
 * analysed whole; longer texts are split before the pipeline, so these bound any input's cost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDoc } from '../../src/core/doc.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { cpuMs, superlinear, timeDoubling } from '../helpers/doubling.js';

/** Each stage's CPU time on one text, run as the pipeline runs them (the syntax layer included). */
function stageTimes(text: string): Map<string, number> {
  const doc = createDoc({ text, lang: 'es' });
  const ctx = { trace: NO_TRACE, syntax: true };
  const times = new Map<string, number>();
  for (const stage of STAGES) {
    if (doc.halted) break;
    times.set(stage.name, cpuMs(() => stage.run(doc, ctx)));
  }
  return times;
}
/** `unit` repeated to exactly n characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const cases: Array<[string, (n: number) => string]> = [
  ['no spaces', (n) => fill('VenezuelayColombiareabrieronlafrontera,', n)],
  ['no full stops', (n) => fill('el canciller de Perú viajó a Quito y firmó un acuerdo con Ecuador y Bolivia criticó la reunión ', n)],
  ['all capitals', (n) => fill('EL GOBIERNO DE CUBA ACUSÓ A ESTADOS UNIDOS DE BLOQUEO EN LA HABANA. ', n)],
  ['one giant quote', (n) => `El portavoz afirmó: «${fill('Argentina no negociará la soberanía de las islas y rechaza la propuesta ', n)}».`],
  ['dates', (n) => fill('el 14 de julio de 2025, el lunes pasado, hace dos semanas, ', n)],
  ['names', (n) => fill('Lucía Fernández, Tomás Herrera, Valentina Ruiz y Mateo Castro; ', n)],
  ['one letter repeated', (n) => fill('a', n)],
  ['a line per word', (n) => fill('Honduras\n', n)],
];

describe('pipeline stages on pathological texts: doubling the text at most about doubles each stage', () => {
  stageTimes('Guatemala y Belice retomaron el diálogo sobre su frontera el martes.');
  for (const [what, make] of cases) {
    it(what, () => {
      const parts = timeDoubling((n) => stageTimes(make(n)), 12_000, 2);
      assert.deepEqual(superlinear(parts), []);
    });
  }
});
