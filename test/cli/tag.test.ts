import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runTag } from '../../src/cli/tag.js';
import { InputError } from '../../src/core/errors.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { parseConll } from '../../src/ner/conll.js';
import { tagDocument } from '../../src/ner/tagger.js';

const FIXTURE = `${PROJECT_ROOT}test/fixtures/conll/sample.conll`;

describe('atalaya tag --conll', () => {
  it('prints TOKEN TAG per line with the model tags, a blank line between sentences', () => {
    let out = '';
    runTag(FIXTURE, (s) => (out += s));
    const sentences = parseConll(out, 'output', true);
    assert.deepEqual(sentences.map((s) => s.tokens.length), [13, 10]);
    assert.match(out, /^La \S+\nOrganización /);
    const tagged = sentences.map((s) => s.tokens.map((t, i) => `${t}/${s.tags[i]}`).join(' '));
    assert.match(tagged[0]!, /Lima\/B-LOC/);
    assert.match(tagged[1]!, /Pedro\/B-PER Alvarado\/I-PER/);
    assert.match(tagged[1]!, /Quito\/B-LOC/);
    assert.ok(out.endsWith('\n\n'));
  });

  it('tags each sentence within its document, as the eval and the pipeline do', () => {
    let out = '';
    runTag(FIXTURE, (s) => (out += s));
    const input = parseConll(readFileSync(FIXTURE, 'utf8'), FIXTURE, true);
    const expected = tagDocument(input.map((s) => s.tokens));
    assert.deepEqual(parseConll(out, 'output', true).map((s) => s.tags), expected);
  });

  it('starts a document at each -DOCSTART- line and echoes it: the same story tags the same in each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-tag-'));
    try {
      const file = join(dir, 'docs.conll');
      const story = readFileSync(FIXTURE, 'utf8').trim();
      writeFileSync(file, `-DOCSTART- -X- O\n\n${story}\n\n-DOCSTART- -X- O\n\n${story}\n`);
      let out = '';
      runTag(file, (s) => (out += s));
      assert.equal(out.match(/^-DOCSTART- O$/gm)?.length, 2);
      const tagged = parseConll(out, 'output', true);
      assert.deepEqual(tagged.map((s) => s.tokens.length), [13, 10, 13, 10]);
      assert.deepEqual(tagged.slice(0, 2).map((s) => s.tags), tagged.slice(2).map((s) => s.tags));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file as an input error naming it', () => {
    assert.throws(() => runTag('/nonexistent/x.conll', () => {}), (e: unknown) => e instanceof InputError && e.where === '/nonexistent/x.conll' && /no such file/.test(e.message));
  });
});
