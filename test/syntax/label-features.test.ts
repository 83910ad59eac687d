import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABEL_FEATURES, labelFeatures } from '../../src/syntax/label-features.js';
import type { ParserInput } from '../../src/syntax/parser-features.js';
import { ParserState } from '../../src/syntax/parser-state.js';

// "the talks failed": word ids and tags are arbitrary numbers (DET 1, NOUN 2, VERB 3).
const input = (upos: number[]): ParserInput => ({
  n: 3,
  word: Uint32Array.from([0, 101, 102, 103]),
  suffix: Uint32Array.from([0, 201, 202, 203]),
  upos: Int32Array.from([0, ...upos]),
  morph: Int32Array.from([0, 5, 6, 7]),
  cluster: Int32Array.from([0, 11, 12, 13]),
  coarse: Int32Array.from([0, 1, 2, 3]),
});

function keys(x: ParserInput, st: ParserState, head: number, dependent: number): Set<number> {
  const out = new Uint32Array(LABEL_FEATURES);
  const k = labelFeatures(st, x, head, dependent, out);
  assert.ok(k > 0 && k <= LABEL_FEATURES);
  return new Set(out.subarray(0, k));
}

const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((k) => b.has(k)).length;

describe('label classifier features', () => {
  const x = input([1, 2, 3]);
  const st = new ParserState(3, 0);
  st.apply(0);
  const detNoun = keys(x, st, 2, 1);

  it('are the same for the same arc in the same state (deterministic)', () => assert.deepEqual(keys(x, st, 2, 1), detNoun));

  const cases: [string, () => Set<number>, number][] = [
    // Reversing the arc keeps no feature: every one names the head or the dependent in its role.
    ['the reversed arc (1 → 2)', () => keys(x, st, 1, 2), 0],
    // Ten features name the words, endings, clusters and the head's tag but not the dependent's tag.
    ['another dependent tag', () => keys(input([4, 2, 3]), st, 2, 1), 10],
  ];
  for (const [what, other, atMost] of cases) {
    it(`differ for ${what}`, () => assert.ok(shared(detNoun, other()) <= atMost, `${shared(detNoun, other())} features shared`));
  }

  it('see what the head already has attached on that side', () => {
    const before = new ParserState(3, 0);
    before.apply(0);
    before.apply(0);
    const bare = keys(x, before, 3, 2);
    const withDet = new ParserState(3, 0);
    withDet.apply(0);
    withDet.apply(2 + 2 * 4); // LEFT-ARC 2 → 1, label 4
    withDet.apply(0);
    const afterDet = keys(x, withDet, 3, 2);
    assert.notDeepEqual(afterDet, bare, 'the dependent now has a left dependent');
    assert.ok(shared(afterDet, bare) >= 20, 'most features still name the same two words');
  });
});
