import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transitionCost } from '../../src/syntax/oracle.js';
import { ParserState, transitionCount } from '../../src/syntax/parser-state.js';

const LABELS = 3;
const ROOT = 0;

/** Follows zero-cost transitions only; for a projective tree this must rebuild it exactly. */
function followOracle(heads: number[], labels: number[]): ParserState {
  const n = heads.length;
  const gh = Int32Array.from([-1, ...heads]);
  const gl = Int32Array.from([-1, ...labels]);
  const st = new ParserState(n, ROOT);
  while (!st.done) {
    let next = -1;
    for (let t = 0; t < transitionCount(LABELS); t++) {
      if (st.valid(t) && transitionCost(st, t, gh, gl) === 0) {
        next = t;
        break;
      }
    }
    assert.ok(next >= 0, 'some transition must cost nothing on the way to a reachable gold tree');
    st.apply(next);
  }
  st.finish(() => 1);
  return st;
}

describe('arc-eager dynamic oracle', () => {
  // heads are 1-based, 0 = root; label 0 is the root label.
  const trees: Array<[string, number[], number[]]> = [
    ['one word', [0], [0]],
    ['a head-final phrase', [3, 3, 0], [1, 2, 0]],
    ['a chain to the right', [0, 1, 2, 3], [0, 1, 2, 1]],
    ['a verb with subject, object and punctuation', [2, 0, 4, 2, 2], [1, 0, 2, 1, 2]],
    ['nested right and left dependents', [0, 4, 4, 1, 6, 4, 1], [0, 1, 2, 1, 2, 1, 2]],
  ];
  for (const [what, heads, labels] of trees) {
    it(`rebuilds ${what} exactly from zero-cost transitions`, () => {
      const st = followOracle(heads, labels);
      assert.deepEqual([...st.heads.slice(1)], heads);
      assert.deepEqual([...st.labels.slice(1)], labels);
    });
  }

  it('charges a wrong label on a gold arc one point, a lost head one point', () => {
    const gh = Int32Array.from([-1, 2, 0]);
    const gl = Int32Array.from([-1, 1, 0]);
    const st = new ParserState(2, ROOT);
    st.apply(0);
    // s0 = word 1, b = word 2: LEFT-ARC with label 1 is right, with label 2 costs the label.
    assert.equal(transitionCost(st, 2 + 2 * 1, gh, gl), 0);
    assert.equal(transitionCost(st, 2 + 2 * 2, gh, gl), 1);
    // RIGHT-ARC 1 → 2 loses word 1's head (word 2) and word 2's head (the root).
    assert.equal(transitionCost(st, 3 + 2 * 1, gh, gl), 2);
  });

  it('gives the root one dependent only, and finish() leaves no word without a head', () => {
    const st = new ParserState(3, ROOT);
    assert.ok(st.valid(3 + 2 * ROOT));
    assert.ok(!st.valid(3 + 2 * 1), 'the root takes only the root label');
    st.apply(3 + 2 * ROOT);
    st.apply(1);
    assert.ok(!st.valid(3 + 2 * ROOT), 'a second root dependent is not allowed');
    st.apply(0);
    st.apply(0);
    st.finish(() => 2);
    assert.deepEqual([...st.heads.slice(1)], [0, 1, 1]);
    assert.deepEqual([...st.labels.slice(1)], [0, 2, 2]);
  });
});
