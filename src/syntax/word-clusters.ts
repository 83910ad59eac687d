import { seededRandom } from '../core/random.js';

/**
 * Word clusters from unlabelled text, a cheap stand-in for Brown clusters (Koo et al. 2008): each word
 * of the text is a vector of its left and right neighbours (among the most frequent words), and
 * spherical k-means groups words with like neighbours, so a word the treebank never had a head for
 * shares weights with words it behaves like. Two levels, like two Brown prefix lengths: `fine`
 * clusters, and `coarse` ones grouping the fine centroids.
 */
export interface ClusterOptions {
  fine: number;
  coarse: number;
  /** Words seen fewer times than this get no cluster (too few contexts to place them). */
  minCount: number;
  /** How many of the most frequent words serve as context dimensions (plus one for the rest). */
  contexts: number;
  iterations: number;
  seed: number;
}

export interface WordCluster {
  fine: number;
  coarse: number;
}

/** How clusters are keyed: lower case, digits as 0 (as the parser's word feature is). */
export function clusterKey(form: string): string {
  return form.toLowerCase().replace(/\d/g, '0');
}

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

export function buildClusters(sentences: readonly (readonly string[])[], opt: ClusterOptions): Map<string, WordCluster> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(clusterKey(w), (counts.get(clusterKey(w)) ?? 0) + 1);
  // Ties broken by the word itself, so the order (and so the result) does not depend on the text's order.
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextId = new Map(byCount.slice(0, opt.contexts).map(([w], i) => [w, i]));
  const vocab = byCount.filter(([, c]) => c >= opt.minCount).map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  // Left neighbour in [0, block), right in [block, 2 block): the context words, then one for any other
  // word, then one for the sentence's edge.
  const block = opt.contexts + 2;
  const dims = 2 * block;
  const rows = vocab.map(() => new Map<number, number>());
  const bump = (row: Map<number, number>, d: number): void => {
    row.set(d, (row.get(d) ?? 0) + 1);
  };
  for (const s of sentences) {
    const keys = s.map(clusterKey);
    keys.forEach((k, i) => {
      const id = wordId.get(k);
      if (id === undefined) return;
      const row = rows[id]!;
      bump(row, i > 0 ? (contextId.get(keys[i - 1]!) ?? opt.contexts) : opt.contexts + 1);
      bump(row, block + (i + 1 < keys.length ? (contextId.get(keys[i + 1]!) ?? opt.contexts) : opt.contexts + 1));
    });
  }
  const vectors = rows.map((row) => unit([...row].sort((a, b) => a[0] - b[0])));
  const fineCentroids = kmeans(vectors, dims, Math.min(opt.fine, vectors.length), opt, opt.seed);
  const fineOf = vectors.map((v) => nearest(v, fineCentroids));
  const centroidVectors = fineCentroids.map((c) => denseToSparse(c));
  const coarseCentroids = kmeans(centroidVectors, dims, Math.min(opt.coarse, centroidVectors.length), opt, opt.seed + 1);
  const coarseOf = centroidVectors.map((v) => nearest(v, coarseCentroids));
  const out = new Map<string, WordCluster>();
  vocab.forEach((w, i) => out.set(w, { fine: fineOf[i]!, coarse: coarseOf[fineOf[i]!]! }));
  return out;
}

/** Counts as square roots (frequent neighbours dominate less), then length 1. */
function unit(entries: [number, number][]): Sparse {
  const idx = Int32Array.from(entries, (e) => e[0]);
  const val = Float32Array.from(entries, (e) => Math.sqrt(e[1]));
  let norm = 0;
  for (const v of val) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i]! /= norm;
  return { idx, val };
}

function denseToSparse(c: Float32Array): Sparse {
  const entries: [number, number][] = [];
  c.forEach((v, i) => {
    if (v !== 0) entries.push([i, v]);
  });
  return { idx: Int32Array.from(entries, (e) => e[0]), val: Float32Array.from(entries, (e) => e[1]) };
}

function dot(v: Sparse, c: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.idx.length; i++) s += v.val[i]! * c[v.idx[i]!]!;
  return s;
}

function nearest(v: Sparse, centroids: Float32Array[]): number {
  let best = 0;
  let bestScore = -Infinity;
  centroids.forEach((c, k) => {
    const s = dot(v, c);
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  });
  return best;
}

/** Spherical k-means (cosine similarity) with k-means++ seeding from a seeded generator. */
function kmeans(vectors: Sparse[], dims: number, k: number, opt: ClusterOptions, seed: number): Float32Array[] {
  const rand = seededRandom(seed);
  const centroids: Float32Array[] = [];
  const toDense = (v: Sparse): Float32Array => {
    const c = new Float32Array(dims);
    for (let i = 0; i < v.idx.length; i++) c[v.idx[i]!] = v.val[i]!;
    return c;
  };
  if (k === 0) return centroids;
  centroids.push(toDense(vectors[Math.floor(rand() * vectors.length)]!));
  // Distance to the nearest chosen centroid, 1 − cosine, kept up to date as centroids are added.
  const gap = vectors.map((v) => 1 - dot(v, centroids[0]!));
  while (centroids.length < k) {
    let total = 0;
    for (const g of gap) total += Math.max(0, g) ** 2;
    let r = rand() * total;
    let pick = vectors.length - 1;
    for (let i = 0; i < gap.length; i++) {
      r -= Math.max(0, gap[i]!) ** 2;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    const c = toDense(vectors[pick]!);
    centroids.push(c);
    vectors.forEach((v, i) => {
      gap[i] = Math.min(gap[i]!, 1 - dot(v, c));
    });
  }
  for (let it = 0; it < opt.iterations; it++) {
    const sums = centroids.map(() => new Float32Array(dims));
    for (const v of vectors) {
      const s = sums[nearest(v, centroids)]!;
      for (let i = 0; i < v.idx.length; i++) s[v.idx[i]!]! += v.val[i]!;
    }
    sums.forEach((s, c) => {
      let norm = 0;
      for (const x of s) norm += x * x;
      // A cluster left empty keeps its centroid.
      if (norm === 0) return;
      norm = Math.sqrt(norm);
      for (let i = 0; i < dims; i++) s[i]! /= norm;
      centroids[c] = s;
    });
  }
  return centroids;
}

/** `word\tfine\tcoarse` lines, sorted by word (the table as the cluster file and the model hold it). */
export function clusterLines(clusters: ReadonlyMap<string, WordCluster>): string[] {
  return [...clusters].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, c]) => `${w}\t${c.fine}\t${c.coarse}`);
}

/** Reads `word\tfine\tcoarse` lines (`#` lines are comments); a bad line is an error naming it. */
export function parseClusterLines(lines: readonly string[], where: string): Map<string, WordCluster> {
  const out = new Map<string, WordCluster>();
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [w, fine, coarse, extra] = line.split('\t');
    if (!w || extra !== undefined || !/^\d+$/.test(fine ?? '') || !/^\d+$/.test(coarse ?? '')) {
      throw new Error(`${where}:${i + 1}: expected word<TAB>fine cluster<TAB>coarse cluster, got ${JSON.stringify(line.slice(0, 60))}`);
    }
    out.set(w, { fine: Number(fine), coarse: Number(coarse) });
  });
  return out;
}

/** What the parser reads for a word without a cluster. */
export const NO_CLUSTER = -1;

/**
 * Writes the clusters of words 1..n (forms[i - 1]) into fine and coarse (length n + 1; index 0, the
 * root, is left as it is).
 */
export function lookUpClusters(forms: readonly string[], table: ReadonlyMap<string, WordCluster>, fine: Int32Array, coarse: Int32Array): void {
  for (let i = 0; i < forms.length; i++) {
    const c = table.size > 0 ? table.get(clusterKey(forms[i]!)) : undefined;
    fine[i + 1] = c ? c.fine : NO_CLUSTER;
    coarse[i + 1] = c ? c.coarse : NO_CLUSTER;
  }
}
