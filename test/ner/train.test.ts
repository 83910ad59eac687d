import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { parseConll } from '../../src/ner/conll.js';
import { decodeModel, encodeModel } from '../../src/ner/model-file.js';
import { PerceptronTagger } from '../../src/ner/perceptron-tagger.js';
import { documentRanges, trainNer, trainTwoPass, type LabeledSentence, type TrainOptions } from '../../src/ner/train.js';

const fixture = parseConll(readFileSync(`${PROJECT_ROOT}test/fixtures/conll/tiny-train.conll`, 'utf8'), 'tiny-train.conll', true);
const options: TrainOptions = { epochs: 5, seed: 7, minCount: 1, prune: 0, folds: 0 };

describe('trainNer', () => {
  it('learns its training sentences', () => {
    const tagger = new PerceptronTagger(trainNer(fixture, options).weights);
    for (const s of fixture) assert.deepEqual(tagger.tag(s.tokens), s.tags, s.tokens.join(' '));
  });

  it('generalises a little from a name it has seen to a new sentence', () => {
    const tagger = new PerceptronTagger(trainNer(fixture, options).weights);
    assert.deepEqual(tagger.tag(['Ana', 'Ruiz', 'trabaja', 'en', 'Bilbao', '.']), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  });

  it('is deterministic: same data and seed, same bytes', () => {
    const a = encodeModel({ ...trainNer(fixture, { ...options, runs: 2, folds: 2 }).weights, meta: {} });
    const b = encodeModel({ ...trainNer(fixture, { ...options, runs: 2, folds: 2 }).weights, meta: {} });
    assert.ok(a.equals(b));
  });

  it('names the sentence and token of an unknown tag', () => {
    assert.throws(
      () => trainNer([{ tokens: ['Lima'], tags: ['B-CITY'], where: 'x.conll:4' }], options),
      /x\.conll:4: unknown tag "B-CITY" on token 1/,
    );
  });

  it('repairs an I- tag that follows O into B- (as conlleval reads it)', () => {
    const tagger = new PerceptronTagger(trainNer([{ tokens: ['en', 'Lima', '.'], tags: ['O', 'I-LOC', 'O'] }], options).weights);
    assert.deepEqual(tagger.tag(['en', 'Lima', '.']), ['O', 'B-LOC', 'O']);
  });
});

describe('documentRanges', () => {
  const of = (docs: Array<number | undefined>): LabeledSentence[] => docs.map((doc) => ({ tokens: ['x'], tags: ['O'], doc }));
  const cases: Array<[Array<number | undefined>, Array<[number, number]>]> = [
    [[0, 0, 1, 1, 1], [[0, 2], [2, 5]]],
    [[3, 3, 3], [[0, 3]]],
    // Sentences without a document are each their own; the same number apart is two documents.
    [[undefined, undefined], [[0, 1], [1, 2]]],
    [[0, 1, 0], [[0, 1], [1, 2], [2, 3]]],
    [[], []],
  ];
  for (const [docs, expected] of cases) it(JSON.stringify(docs), () => assert.deepEqual(documentRanges(of(docs)), expected));
});

describe('trainNer with documents', () => {
  const inDocs = fixture.map((s, i) => ({ ...s, doc: Math.floor(i / 3) }));

  it('learns its training sentences tagged in their documents', () => {
    const tagger = new PerceptronTagger(trainNer(inDocs, options).weights);
    const tagged = tagger.tagDocument(inDocs.slice(0, 3).map((s) => s.tokens));
    inDocs.slice(0, 3).forEach((s, k) => assert.deepEqual(tagged[k], s.tags, s.tokens.join(' ')));
  });

  it('trains a second pass that round-trips through the model file and tags like the trained one', () => {
    const weights = trainTwoPass(inDocs, options, 2, 1).weights;
    assert.ok(weights.second && weights.second.keys.length > 0);
    const before = new PerceptronTagger(weights);
    const after = new PerceptronTagger(decodeModel(encodeModel(weights), 'two-pass'));
    const tokens = inDocs.slice(0, 3).map((s) => s.tokens);
    assert.deepEqual(after.tagDocument(tokens), before.tagDocument(tokens));
    tokens.forEach((t, k) => assert.deepEqual(after.tagDocument(tokens)[k], inDocs[k]!.tags, t.join(' ')));
  });

  it('is deterministic with sentences also trained alone', () => {
    const a = encodeModel({ ...trainNer(inDocs, { ...options, alone: 2 }).weights, meta: {} });
    const b = encodeModel({ ...trainNer(inDocs, { ...options, alone: 2 }).weights, meta: {} });
    assert.ok(a.equals(b));
  });
});

describe('model file', () => {
  const weights = trainNer(fixture, { ...options, folds: 2, lists: [[['Gran', 'Canaria'], 'LOC_LEX']] }).weights;

  it('round-trips: the decoded model tags like the trained one', () => {
    const decoded = decodeModel(encodeModel({ ...weights, meta: { note: 'test' } }), 'test');
    assert.equal(decoded.meta.note, 'test');
    assert.equal(decoded.gazetteer.size, weights.gazetteer.size);
    const before = new PerceptronTagger(weights);
    const after = new PerceptronTagger(decoded);
    for (const s of fixture) assert.deepEqual(after.tag(s.tokens), before.tag(s.tokens));
  });

  const bad: Array<[string, Buffer, RegExp]> = [
    ['not gzip', Buffer.from('hello'), /not a gzipped JSON model/],
    ['another format', gzipSync(JSON.stringify({ format: 'other@1' })), /format "other@1"/],
    ['other feature templates', gzipSync(JSON.stringify({ format: 'atalaya/ner-perceptron@1', featureVersion: -1 })), /feature templates v-1.*retrain/],
  ];
  for (const [what, bytes, message] of bad) {
    it(`rejects ${what}, naming the file`, () => assert.throws(() => decodeModel(bytes, 'm.json.gz'), (e: Error) => /^m\.json\.gz: /.test(e.message) && message.test(e.message)));
  }
});
