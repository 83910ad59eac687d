import { HashIndex } from '../ner/hash-index.js';

/**
 * A trained classifier's weights as the syntax models ship them: for each feature key, only the classes
 * it has a non-zero weight for (compressed sparse rows). A tagger feature touches two or three of 17
 * tags and a parser feature a handful of ~100 transitions, so dense rows would be mostly zeros.
 */
export class SparseWeights {
  private readonly index: HashIndex;

  constructor(
    readonly classes: number,
    /** Sorted, distinct feature keys. */
    readonly keys: Uint32Array,
    /** Row r's entries are [rowStart[r], rowStart[r + 1]). */
    readonly rowStart: Uint32Array,
    readonly cls: Uint16Array,
    readonly val: Float32Array,
  ) {
    if (rowStart.length !== keys.length + 1 || cls.length !== val.length || rowStart[keys.length] !== cls.length) {
      throw new Error('inconsistent weight arrays');
    }
    this.index = new HashIndex(keys);
  }

  /** Adds the weights of features[0..n) to scores (length ≥ classes). Unknown features add nothing. */
  score(features: Uint32Array, n: number, scores: Float32Array): void {
    const { index, rowStart, cls, val } = this;
    for (let i = 0; i < n; i++) {
      const r = index.get(features[i]!);
      if (r < 0) continue;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) scores[cls[e]!]! += val[e]!;
    }
  }
}
