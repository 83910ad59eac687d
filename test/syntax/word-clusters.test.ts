import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildClusters, clusterKey, clusterLines, lookUpClusters, NO_CLUSTER, parseClusterLines } from '../../src/syntax/word-clusters.js';

describe('clusterKey', () => {
  const cases: [string, string][] = [
    ['Madrid', 'madrid'],
    ['1995', '0000'],
    ['COVID-19', 'covid-00'],
    ['dijo', 'dijo'],
  ];
  for (const [form, key] of cases) it(`${form} → ${key}`, () => assert.equal(clusterKey(form), key));
});

// Days and verbs in the same slots of sentences written for this test; each slot filler appears often.
const days = ['lunes', 'martes', 'jueves', 'viernes'];
const verbs = ['dijo', 'afirmó', 'explicó', 'añadió'];
const nouns = ['ministro', 'portavoz', 'alcalde', 'embajador'];
const text: string[][] = [];
for (const d of days) for (const v of verbs) for (const n of nouns) text.push(['el', n, v, 'el', d, 'que', 'no', '.']);
text.push(['una', 'rareza', 'aislada']);
const options = { fine: 6, coarse: 2, minCount: 3, contexts: 20, iterations: 10, seed: 1 };

describe('buildClusters', () => {
  const clusters = buildClusters(text, options);
  const fineOf = (w: string): number => clusters.get(w)!.fine;

  const together: [string, string[]][] = [['days', days], ['verbs', verbs], ['nouns', nouns]];
  for (const [what, words] of together) {
    it(`puts words in the same slots together (${what})`, () => assert.equal(new Set(words.map(fineOf)).size, 1));
  }
  it('keeps words of different slots apart', () => assert.equal(new Set([fineOf('lunes'), fineOf('dijo'), fineOf('ministro')]).size, 3));
  it('gives no cluster to a word seen fewer than minCount times', () => assert.equal(clusters.get('rareza'), undefined));
  it('gives each fine cluster one coarse cluster', () => {
    const coarseOfFine = new Map<number, Set<number>>();
    for (const c of clusters.values()) coarseOfFine.set(c.fine, (coarseOfFine.get(c.fine) ?? new Set()).add(c.coarse));
    for (const set of coarseOfFine.values()) assert.equal(set.size, 1);
  });
  it('is deterministic for a seed, whatever the order of the text', () => {
    assert.deepEqual(clusterLines(buildClusters([...text].reverse(), options)), clusterLines(clusters));
  });
});

describe('cluster lines', () => {
  it('round-trip', () => {
    const table = buildClusters(text, options);
    assert.deepEqual(parseClusterLines(['# a header', ...clusterLines(table)], 'f'), table);
  });
  const bad: [string, string][] = [
    ['a missing column', 'lunes\t3'],
    ['a column too many', 'lunes\t3\t1\t0'],
    ['a cluster that is not a number', 'lunes\tx\t1'],
  ];
  for (const [what, line] of bad) {
    it(`refuse ${what}, naming the file and line`, () => assert.throws(() => parseClusterLines(['# h', line], 'models/c.tsv'), /^Error: models\/c\.tsv:2: expected word<TAB>fine/));
  }
});

describe('lookUpClusters', () => {
  it('writes words 1..n, an unknown word as NO_CLUSTER', () => {
    const table = new Map([['lunes', { fine: 4, coarse: 1 }]]);
    const fine = new Int32Array(3);
    const coarse = new Int32Array(3);
    lookUpClusters(['Lunes', 'zzz'], table, fine, coarse);
    assert.deepEqual([...fine], [0, 4, NO_CLUSTER]);
    assert.deepEqual([...coarse], [0, 1, NO_CLUSTER]);
  });
});
