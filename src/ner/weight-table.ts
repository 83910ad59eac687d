import * as tags from './tags.js';

// Imported bindings are copied into locals once: under tsx (tests, eval, bench) each read of an
// imported binding is a getter call, which would dominate the per-feature loops.
const { TAG_COUNT } = tags;

/** Slot layout in 32-bit words: the key, then TAG_COUNT int16 weights (padded to whole words). */
const STRIDE = 1 + Math.ceil(TAG_COUNT / 2);

/**
 * The model's weights in one open-addressing table whose slots hold the key beside its row of int16
 * weights, so a feature costs one memory access whether or not the model knows it. Key 0 marks an empty
 * slot; a real key of 0 is stored as 1 (one colliding feature out of four billion).
 */
export class WeightTable {
  readonly words: Uint32Array;
  readonly weights: Int16Array;
  readonly mask: number;
  /** Stored weight = round(weight × scale). */
  readonly scale: number;

  constructor(keys: Uint32Array, rows: Float32Array, scale: number) {
    let size = 16;
    while (size < keys.length * 1.35) size *= 2;
    this.mask = size - 1;
    this.scale = scale;
    this.words = new Uint32Array(size * STRIDE);
    this.weights = new Int16Array(this.words.buffer);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! || 1;
      let s = key & this.mask;
      while (this.words[s * STRIDE] !== 0) s = (s + 1) & this.mask;
      this.words[s * STRIDE] = key;
      const w = (s * STRIDE + 1) * 2;
      for (let t = 0; t < TAG_COUNT; t++) this.weights[w + t] = Math.round(rows[r * TAG_COUNT + t]! * scale);
    }
  }

  /** Index into `weights` of the key's row, or -1 when the model has no weights for it. */
  row(key: number): number {
    const k = key || 1;
    const { words, mask } = this;
    for (let s = k & mask; ; s = (s + 1) & mask) {
      const v = words[s * STRIDE]!;
      if (v === k) return (s * STRIDE + 1) * 2;
      if (v === 0) return -1;
    }
  }
}
