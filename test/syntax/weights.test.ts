import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pruneRows, SparseWeights } from '../../src/syntax/weights.js';

/** Four keys, one of them with an empty row; two collide in a 16-slot table (same low bits). */
const keys = Uint32Array.from([3, 19, 40, 0xfffffff3]);
const rowStart = Uint32Array.from([0, 2, 2, 3, 5]);
const cls = Uint16Array.from([0, 2, 1, 0, 1]);
const val = Float32Array.from([0.5, -1, 2, 0.25, 4]);

function scores(w: SparseWeights, features: number[]): number[] {
  const out = new Float32Array(w.classes);
  w.score(Uint32Array.from(features), features.length, out);
  // Weights are kept as int16 steps of (largest / 32767): equal to the input to three decimals.
  return Array.from(out, (x) => Math.round(x * 1e3) / 1e3);
}

describe('SparseWeights', () => {
  const w = new SparseWeights(3, keys, rowStart, cls, val);
  const cases: [string, number[], number[]][] = [
    ['one feature adds its row', [3], [0.5, 0, -1]],
    ['a key colliding with another is still found', [19, 0xfffffff3], [0.25, 4, 0]],
    ['an empty row adds nothing', [19], [0, 0, 0]],
    ['an unknown key adds nothing', [7, 35], [0, 0, 0]],
    ['a feature given twice counts twice', [40, 40], [0, 4, 0]],
  ];
  for (const [name, features, expected] of cases) it(name, () => assert.deepEqual(scores(w, features), expected));

  it('gives back the rows it was built from (what the model file stores), without the empty one', () => {
    const back = w.csr();
    assert.deepEqual(Array.from(back.keys), [3, 40, 0xfffffff3]);
    assert.deepEqual(Array.from(back.rowStart), [0, 2, 3, 5]);
    assert.deepEqual(Array.from(back.cls), [0, 2, 1, 0, 1]);
    assert.deepEqual(Array.from(back.val, (x) => Math.round(x * 1e3) / 1e3), [0.5, -1, 2, 0.25, 4]);
  });

  const bad: [string, () => SparseWeights, RegExp][] = [
    ['row starts not matching the entries', () => new SparseWeights(3, keys, Uint32Array.from([0, 2, 2, 3, 4]), cls, val), /inconsistent/],
    ['a class beyond the count', () => new SparseWeights(2, keys, rowStart, cls, val), /class 2 out of range/],
    ['unsorted keys', () => new SparseWeights(3, Uint32Array.from([19, 3, 40, 50]), rowStart, cls, val), /not sorted/],
  ];
  for (const [name, make, message] of bad) it(`refuses ${name}`, () => assert.throws(make, message));
});

describe('pruneRows', () => {
  const w = new SparseWeights(3, keys, rowStart, cls, val);
  const cases: [string, number, number[]][] = [
    ['nothing under 0', 0, [3, 40, 0xfffffff3]],
    ['a row goes when its largest weight is under the bound', 1.5, [40, 0xfffffff3]],
    ['a row stays when any weight reaches it, small ones included', 4, [0xfffffff3]],
    ['every row can go', 5, []],
  ];
  for (const [name, min, kept] of cases) {
    it(name, () => {
      const p = pruneRows(w, min);
      assert.deepEqual(Array.from(p.csr().keys), kept);
      assert.equal(p.rows, kept.length);
    });
  }
  it('keeps the kept rows whole', () => assert.deepEqual(scores(pruneRows(w, 4), [0xfffffff3, 3]), [0.25, 4, 0]));
});

describe('SparseWeights from int16 steps (as the model file stores them)', () => {
  it('scores the same as from the weights they stand for', () => {
    const q = Int16Array.from([2, -4, 8, 1, 16]);
    const w = new SparseWeights(3, keys, rowStart, cls, { q, step: 0.25 });
    assert.deepEqual(scores(w, [3, 19, 40, 0xfffffff3]), [0.75, 6, -1]);
  });
});

describe('SparseWeights from a saved table (a runtime model file)', () => {
  const w = new SparseWeights(3, keys, rowStart, cls, val);
  it('scores the same as the weights it was saved from, over copies of the arrays', () => {
    const t = w.table();
    const again = SparseWeights.fromTable({ ...t, slots: t.slots.slice(), entries: t.entries.slice() });
    for (const features of [[3], [19, 0xfffffff3], [40, 40], [7]]) assert.deepEqual(scores(again, features), scores(w, features));
    assert.equal(again.rows, 3);
    assert.deepEqual(again.csr(), w.csr());
  });
  const t = w.table();
  const bad: [string, () => SparseWeights, RegExp][] = [
    ['slots that are not a power of two', () => SparseWeights.fromTable({ ...t, slots: new Uint32Array(30) }), /power of two/],
    ['more rows than half the slots (a lookup could find no empty slot)', () => SparseWeights.fromTable({ ...t, rows: 9 }), /row count/],
    ['a scale that is not positive', () => SparseWeights.fromTable({ ...t, scale: 0 }), /weight scale/],
  ];
  for (const [name, make, message] of bad) it(`refuses ${name}`, () => assert.throws(make, message));
});
