import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runTag } from '../../src/cli/tag.js';
import { InputError } from '../../src/core/errors.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { parseConll } from '../../src/ner/conll.js';

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

  it('reports a missing file as an input error naming it', () => {
    assert.throws(() => runTag('/nonexistent/x.conll', () => {}), (e: unknown) => e instanceof InputError && e.where === '/nonexistent/x.conll' && /no such file/.test(e.message));
  });
});
