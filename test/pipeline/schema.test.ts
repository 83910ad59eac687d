import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze } from '../../src/index.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { SEED_PATH, schemaErrors } from '../helpers/schema.js';

const dir = `${PROJECT_ROOT}examples/articles/`;
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('analysis output matches schema/analysis.schema.json', () => {
  for (const file of articles) {
    it(file, () => {
      const a = analyze({ text: readFileSync(dir + file, 'utf8'), sourceId: file }, { trace: true });
      assert.deepEqual(schemaErrors(a), []);
      for (const s of [...a.segments, ...a.sentences, ...a.mentions, ...a.times, ...a.quotes, ...a.flags]) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= a.document.text.length, `span ${s.start}-${s.end} inside the text`);
      }
    });
  }

  it('the seed article', { skip: !existsSync(SEED_PATH) && 'shared/seed is absent' }, () => {
    assert.deepEqual(schemaErrors(analyze(readFileSync(SEED_PATH, 'utf8'))), []);
  });

  const broken: Array<[string, (a: Record<string, unknown>) => void]> = [
    ['a wrong format tag', (a) => { a.format = 'atalaya/analysis@2'; }],
    ['an unknown segment kind', (a) => { (a.segments as Array<Record<string, unknown>>)[0]!.kind = 'sidebar'; }],
    ['a missing document', (a) => { delete a.document; }],
  ];
  for (const [what, mutate] of broken) {
    it(`rejects ${what}`, () => {
      const a = JSON.parse(JSON.stringify(analyze(readFileSync(dir + articles[0], 'utf8')))) as Record<string, unknown>;
      mutate(a);
      assert.notDeepEqual(schemaErrors(a), []);
    });
  }
});
