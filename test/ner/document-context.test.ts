import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentContext, MAX_OCCURRENCES, OCC_INITIAL } from '../../src/ner/document-context.js';
import { FeatureExtractor, MAX_FEATURES } from '../../src/ner/features.js';

const noLower = { has: (): boolean => false };

/** Occurrences of `key` recorded in the context, as [sentence, token, shape] in document order. */
function occurrences(doc: DocumentContext, key: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let o = doc.first(key); o >= 0; o = doc.next(o)) {
    for (let s = 0; s < 10; s++) for (let t = 0; t < 20; t++) if (doc.isAt(o, s, t)) out.push([s, t, doc.shape(o)]);
  }
  return out;
}

describe('DocumentContext', () => {
  it('chains capitalised occurrences of a word in document order and counts lowercase ones', () => {
    const doc = new DocumentContext(4);
    doc.addCapitalised(7, 0, 3, 11, 12, 0);
    doc.addLower(7);
    doc.addCapitalised(7, 2, 0, 13, 14, OCC_INITIAL);
    doc.addLower(7);
    doc.addCapitalised(9, 1, 1, 0, 0, 0);
    assert.deepEqual(occurrences(doc, 7), [
      [0, 3, 0],
      [2, 0, OCC_INITIAL],
    ]);
    assert.equal(doc.lowerCount(7), 2);
    assert.equal(doc.lowerCount(8), 0);
    assert.equal(doc.first(8), -1);
    const o = doc.first(7);
    assert.deepEqual([doc.before(o), doc.after(o)], [11, 12]);
  });

  it('stores a first pass\'s tags on the occurrences of each sentence as entity types', () => {
    const doc = new DocumentContext(4);
    doc.beginSentence(0);
    doc.addCapitalised(7, 0, 0, 0, 0, 0);
    doc.addCapitalised(8, 0, 2, 0, 0, 0);
    doc.endSentence(0);
    doc.beginSentence(1);
    doc.addCapitalised(7, 1, 1, 0, 0, 0);
    doc.endSentence(1);
    assert.equal(doc.labelled, false);
    // Tags O, B-PER, I-PER, B-ORG: index 0 is O, B-/I- of the n-th type are 2n + 1 and 2n + 2.
    doc.setLabels(0, [1, 0, 4]);
    doc.setLabels(1, [0, 0]);
    const seven = doc.first(7);
    assert.deepEqual([doc.label(seven), doc.label(doc.next(seven)), doc.label(doc.first(8))], [2, 1, 3]);
    assert.equal(doc.labelled, true);
  });

  it('names the unlabelled sentences a second pass over a sentence reads, each once', () => {
    const doc = new DocumentContext(4);
    // Word 7 in sentences 0, 2 and 3; word 8 only in sentence 1; word 9 in sentences 1 and 3.
    const words: Array<Array<[number, number]>> = [[[7, 0]], [[8, 0], [9, 3]], [[7, 1]], [[9, 0], [7, 2]]];
    words.forEach((ws, s) => {
      doc.beginSentence(s);
      for (const [key, token] of ws) doc.addCapitalised(key, s, token, 0, 0, 0);
      doc.endSentence(s);
    });
    const around = (k: number): number[] => {
      const out: number[] = [];
      doc.unlabelledAround(k, out);
      return out;
    };
    assert.deepEqual(around(1), [1, 3]);
    // Sentence 3 is queued already; a word seen once (8) needs nobody.
    assert.deepEqual(around(0), [0, 2]);
    doc.reset();
    assert.deepEqual(around(0), []);
  });

  it('keeps only the first occurrences of a very frequent word', () => {
    const doc = new DocumentContext(4);
    for (let s = 0; s < 30; s++) doc.addCapitalised(5, s, 0, 0, 0, 0);
    assert.equal(occurrences(doc, 5).length, MAX_OCCURRENCES + 1);
  });

  it('grows past its first size and forgets everything on reset', () => {
    const doc = new DocumentContext(2);
    for (let k = 0; k < 100; k++) doc.addCapitalised(k, 0, k % 20, 0, 0, 0);
    assert.deepEqual(occurrences(doc, 99), [[0, 19, 0]]);
    doc.reset();
    assert.equal(doc.first(99), -1);
    doc.addCapitalised(99, 1, 2, 0, 0, 0);
    assert.deepEqual(occurrences(doc, 99), [[1, 2, 0]]);
  });
});

describe('FeatureExtractor with a document context', () => {
  const sentences = ['El fiscal Daryl Williams habló ayer .', 'Williams pidió calma .', 'Nadie respondió .'].map((t) => t.split(' '));

  /** The features of one token as a set, tagged in its document or in a document of its own. */
  function features(sentence: number, token: number, inDocument: boolean): Set<number> {
    const x = new FeatureExtractor(noLower);
    const doc = new DocumentContext();
    const own = inDocument ? sentences : [sentences[sentence]!];
    own.forEach((s, k) => x.addToContext(s, doc, k));
    x.extract(sentences[sentence]!, doc, inDocument ? sentence : 0);
    return new Set(x.feats.subarray(token * MAX_FEATURES, token * MAX_FEATURES + x.counts[token]!));
  }

  it('gives a word features from its other occurrences only', () => {
    const alone = features(1, 0, false);
    const inDoc = features(1, 0, true);
    assert.ok(inDoc.size > alone.size, `${inDoc.size} features in the document, ${alone.size} alone`);
  });

  it('gives a word seen nowhere else the same features in or out of its document', () => {
    assert.deepEqual(features(2, 0, true), features(2, 0, false));
  });

  it('adds nothing for lowercase words', () => {
    assert.deepEqual(features(1, 1, true), features(1, 1, false));
  });
});
