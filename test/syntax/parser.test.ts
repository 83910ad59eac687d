import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, TRANSITION_KINDS, type ParseOptions } from '../../src/syntax/parser.js';
import type { ParserInput } from '../../src/syntax/parser-features.js';
import { TrainingWeights } from '../../src/syntax/train-weights.js';

// Tags: DET 1, NOUN 2, VERB 3, PUNCT 4, ADP 5. Labels: root 0, det 1, nsubj 2, obj 3, punct 4, obl 5, case 6.
const LABELS = 7;
interface Toy {
  words: string[];
  upos: number[];
  heads: number[];
  labels: number[];
}
const toys: Toy[] = [
  { words: ['the', 'union', 'called', 'a', 'strike', '.'], upos: [1, 2, 3, 1, 2, 4], heads: [2, 3, 0, 5, 3, 3], labels: [1, 2, 0, 1, 3, 4] },
  { words: ['a', 'minister', 'resigned', '.'], upos: [1, 2, 3, 4], heads: [2, 3, 0, 3], labels: [1, 2, 0, 4] },
  { words: ['the', 'army', 'left', 'the', 'city', 'in', 'march', '.'], upos: [1, 2, 3, 1, 2, 5, 2, 4], heads: [2, 3, 0, 5, 3, 7, 3, 3], labels: [1, 2, 0, 1, 3, 6, 5, 4] },
  { words: ['police', 'arrested', 'protesters', '.'], upos: [2, 3, 2, 4], heads: [2, 0, 2, 2], labels: [2, 0, 3, 4] },
];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};
const input = (t: Toy): ParserInput => ({
  n: t.words.length,
  word: Uint32Array.from([0, ...t.words.map(hash)]),
  suffix: Uint32Array.from([0, ...t.words.map((w) => hash(w.slice(-3)))]),
  upos: Int32Array.from([0, ...t.upos]),
  morph: new Int32Array(t.words.length + 1),
  cluster: new Int32Array(t.words.length + 1).fill(-1),
  coarse: new Int32Array(t.words.length + 1).fill(-1),
});
const OPTIONS: ParseOptions = { labels: LABELS, rootLabel: 0, fallbackLabel: () => 4 };

function trained(epochs: number): { transitions: TrainingWeights; labeler: TrainingWeights } {
  const transitions = new TrainingWeights(TRANSITION_KINDS);
  const labeler = new TrainingWeights(LABELS);
  for (let e = 0; e < epochs; e++) {
    for (const t of toys) {
      parse(input(t), { transitions, labeler }, OPTIONS, {
        goldHead: Int32Array.from([-1, ...t.heads]),
        goldLabel: Int32Array.from([-1, ...t.labels]),
        learn: transitions.update.bind(transitions),
        learnLabel: labeler.update.bind(labeler),
        explore: () => false,
      });
    }
  }
  return { transitions, labeler };
}

describe('arc-eager parser with a separate label classifier', () => {
  const model = trained(10);
  for (const t of toys) {
    it(`learns "${t.words.join(' ')}" (heads and labels)`, () => {
      const st = parse(input(t), model, OPTIONS);
      assert.deepEqual([...st.heads.slice(1)], t.heads);
      assert.deepEqual([...st.labels.slice(1)], t.labels);
    });
  }

  it('the transition classifier has four classes, the labeler one per label', () => {
    assert.equal(model.transitions.classes, 4);
    assert.equal(model.labeler.classes, LABELS);
  });

  const untrained = { transitions: new TrainingWeights(TRANSITION_KINDS), labeler: new TrainingWeights(LABELS) };
  const cases: [string, Toy][] = [['a sentence', toys[0]!], ['one word', { words: ['resign'], upos: [3], heads: [0], labels: [0] }]];
  for (const [what, t] of cases) {
    it(`with no weights still gives ${what} a tree: one root, labelled root, no other word labelled root`, () => {
      const st = parse(input(t), untrained, OPTIONS);
      const heads = [...st.heads.slice(1)];
      const labels = [...st.labels.slice(1)];
      assert.equal(heads.filter((h) => h === 0).length, 1);
      assert.ok(heads.every((h) => h >= 0 && h <= t.words.length));
      labels.forEach((l, i) => assert.equal(l === 0, heads[i] === 0, `word ${i + 1}`));
    });
  }
});
