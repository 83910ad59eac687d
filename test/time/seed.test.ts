import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { languageStage } from '../../src/language/stage.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { structureStage } from '../../src/structure/stage.js';
import { timeStage } from '../../src/time/stage.js';
import { SEED_PATH } from '../helpers/schema.js';

/** The seed article's "Done when" of issue 3, with no --published. */
describe('time on the seed article', { skip: !existsSync(SEED_PATH) && 'shared/seed is absent' }, () => {
  const run = () => buildPipeline([languageStage, structureStage, timeStage]).analyze({ text: readFileSync(SEED_PATH, 'utf8') });

  it('infers the publication date 2026-02-04', () => {
    assert.deepEqual(run().document.published, { value: '2026-02-04', source: 'inferred' });
  });

  const expected: Array<[string, string, string[], string | null]> = [
    ['Este miércoles 4 de febrero 2026', '2026-02-04', [], null],
    ['el mes pasado', '2026-01', [], null],
    ['el mes que viene', '2026-03', [], null],
    ['este lunes 2 de enero de 2026', '2026-01-02', ['weekday-mismatch'], '2026-02-02'],
  ];
  for (const [text, value, flags, suggestion] of expected) {
    it(`"${text}" -> ${value}${flags.length ? ` with ${flags.join(', ')}` : ''}`, () => {
      const t = run().times.find((x) => x.text === text);
      assert.ok(t, `"${text}" is tagged`);
      assert.deepEqual([t.value, t.flags, t.suggestion], [value, flags, suggestion]);
    });
  }

  it('flags the contradiction on the document with a plain message', () => {
    const flag = run().flags.find((f) => f.kind === 'weekday-mismatch');
    assert.equal(flag?.message, '2 January 2026 was a Friday, not a Monday');
  });
});
