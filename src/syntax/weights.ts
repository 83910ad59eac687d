/** A weight set as compressed sparse rows: sorted keys, row r's entries at [rowStart[r], rowStart[r + 1]). */
export interface SparseRows {
  keys: Uint32Array;
  rowStart: Uint32Array;
  cls: Uint16Array;
  val: Float32Array;
}

/** Weights as int16 steps: weight = q × step. */
export interface QuantizedWeights {
  q: Int16Array;
  step: number;
}

/**
 * A SparseWeights' table exactly as it runs (see the class), so it can be saved and mapped back without
 * rebuilding: `slots` two words per slot (length a power of two × 2), `entries` one word each.
 */
export interface WeightTable {
  classes: number;
  slots: Uint32Array;
  entries: Int32Array;
  scale: number;
  rows: number;
}

/** Entries per row fit in this many bits of a slot's second word; the rest holds the row's first entry. */
const LENGTH_BITS = 8;
const MAX_LENGTH = (1 << LENGTH_BITS) - 1;

/**
 * A trained classifier's weights as the syntax models run them: for each feature key, only the classes
 * it has a non-zero weight for. A tagger feature touches two or three of 17 tags and a parser feature a
 * handful of ~100 transitions, so dense rows would be mostly zeros.
 *
 * Scoring is bound by memory latency, not arithmetic (a parser reads ~150 rows per word, at random
 * places of tables larger than the cache), so the layout is chosen for few cache misses: an open-address
 * table whose slot holds the key, the row's first entry and its length side by side, and each entry one
 * 32-bit word: the class above, the weight as int16 below (the model file stores int16 weights anyway,
 * so nothing is lost). A lookup touches two cache lines, where separate key, index, row-start, class and
 * weight arrays touched five, and the tables are half the size of float pairs.
 */
export class SparseWeights {
  /** Two words per slot: the key, then (first entry << LENGTH_BITS) | length; length 0 = empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Entry e: class in the high 16 bits, round(weight / scale) as int16 in the low 16. */
  private readonly entries: Int32Array;
  private readonly scale: number;
  readonly rows: number;

  /** `val`: the weights, or int16 steps of a given size as the model file stores them (taken as they are). */
  constructor(readonly classes: number, keys: Uint32Array, rowStart: Uint32Array, cls: Uint16Array, val: Float32Array | QuantizedWeights) {
    const count = val instanceof Float32Array ? val.length : val.q.length;
    if (rowStart.length !== keys.length + 1 || cls.length !== count || rowStart[keys.length] !== cls.length) {
      throw new Error('inconsistent weight arrays');
    }
    if (classes > 0xffff) throw new Error(`too many classes (${classes})`);
    if (cls.length >= 2 ** (32 - LENGTH_BITS)) throw new Error(`too many weight entries (${cls.length})`);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 2);
    this.entries = new Int32Array(cls.length);
    if (val instanceof Float32Array) {
      let max = 0;
      for (let e = 0; e < val.length; e++) max = Math.max(max, Math.abs(val[e]!));
      this.scale = max > 0 ? max / 32767 : 1;
      for (let e = 0; e < cls.length; e++) this.entries[e] = (cls[e]! << 16) | (Math.round(val[e]! / this.scale) & 0xffff);
    } else {
      this.scale = val.step;
      for (let e = 0; e < cls.length; e++) this.entries[e] = (cls[e]! << 16) | (val.q[e]! & 0xffff);
    }
    for (let e = 0; e < cls.length; e++) if (cls[e]! >= classes) throw new Error(`class ${cls[e]} out of range (${classes} classes)`);
    let rows = 0;
    for (let r = 0; r < keys.length; r++) {
      const first = rowStart[r]!;
      const length = rowStart[r + 1]! - first;
      if (r > 0 && keys[r]! <= keys[r - 1]!) throw new Error('weight keys not sorted and distinct');
      if (rowStart[r + 1]! < first) throw new Error(`row ${r} ends before it starts`);
      if (length === 0) continue;
      if (length > MAX_LENGTH) throw new Error(`row ${r} has ${length} entries (at most ${MAX_LENGTH})`);
      let s = keys[r]! & this.mask;
      while ((this.slots[2 * s + 1]! & MAX_LENGTH) !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]!;
      this.slots[2 * s + 1] = ((first << LENGTH_BITS) | length) >>> 0;
      rows++;
    }
    this.rows = rows;
  }

  /** The table as it runs (shared, not copied): what a runtime model file stores. */
  table(): WeightTable {
    return { classes: this.classes, slots: this.slots, entries: this.entries, scale: this.scale, rows: this.rows };
  }

  /**
   * The weights over a saved table, its arrays used as they are (no copy, no rebuild, no pass over
   * them): loading a model becomes a file read. Only the shape is checked; the content is the build's
   * own output, tied to its model file (src/syntax/runtime-file.ts), and a typed array read out of
   * range gives undefined, never another object's memory.
   */
  static fromTable(t: WeightTable): SparseWeights {
    const size = t.slots.length / 2;
    if (size < 1 || (size & (size - 1)) !== 0) throw new Error(`table of ${t.slots.length} slot words is not two words × a power of two`);
    // At most half the slots full, as the constructor makes them: a lookup always meets an empty slot.
    if (t.classes > 0xffff || !(t.scale > 0) || t.rows * 2 > size) throw new Error('bad class count, weight scale or row count');
    // The one constructor builds from rows; a saved table skips it.
    const w = Object.create(SparseWeights.prototype) as { -readonly [K in 'classes' | 'slots' | 'mask' | 'entries' | 'scale' | 'rows']: unknown };
    w.classes = t.classes;
    w.slots = t.slots;
    w.mask = size - 1;
    w.entries = t.entries;
    w.scale = t.scale;
    w.rows = t.rows;
    return w as unknown as SparseWeights;
  }

  /** Adds the weights of features[0..n) to scores (length ≥ classes). Unknown features add nothing. */
  score(features: Uint32Array, n: number, scores: Float32Array): void {
    const { slots, mask, entries, scale } = this;
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      for (let s = key & mask; ; s = (s + 1) & mask) {
        const info = slots[2 * s + 1]!;
        if (info === 0) break;
        if (slots[2 * s] !== key) continue;
        const first = info >>> LENGTH_BITS;
        const end = first + (info & MAX_LENGTH);
        for (let e = first; e < end; e++) {
          const v = entries[e]!;
          scores[v >>> 16]! += ((v << 16) >> 16) * scale;
        }
        break;
      }
    }
  }

  /** The weights back as sorted sparse rows (what the model file stores). */
  csr(): SparseRows {
    const found: [number, number][] = [];
    for (let s = 0; s <= this.mask; s++) {
      const info = this.slots[2 * s + 1]!;
      if (info !== 0) found.push([this.slots[2 * s]!, info]);
    }
    found.sort((a, b) => a[0] - b[0]);
    const keys = new Uint32Array(found.length);
    const rowStart = new Uint32Array(found.length + 1);
    let total = 0;
    for (const [, info] of found) total += info & MAX_LENGTH;
    const cls = new Uint16Array(total);
    const val = new Float32Array(total);
    let e = 0;
    found.forEach(([key, info], r) => {
      keys[r] = key;
      rowStart[r] = e;
      const first = info >>> LENGTH_BITS;
      for (let j = first; j < first + (info & MAX_LENGTH); j++, e++) {
        const v = this.entries[j]!;
        cls[e] = v >>> 16;
        val[e] = ((v << 16) >> 16) * this.scale;
      }
    });
    rowStart[found.length] = e;
    return { keys, rowStart, cls, val };
  }
}

/**
 * Drops the rows whose largest weight is under `min` in magnitude: a feature that never moves a score by
 * more than that hardly changes a decision, and most rows are such (rare words in rare contexts). Halving
 * the rows halves the table the parser reads at random, which is what its speed and memory depend on.
 */
export function pruneRows(w: SparseWeights, min: number): SparseWeights {
  const { keys, rowStart, cls, val } = w.csr();
  const keptKeys: number[] = [];
  const starts: number[] = [0];
  const keptCls: number[] = [];
  const keptVal: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let max = 0;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) max = Math.max(max, Math.abs(val[e]!));
    if (max < min) continue;
    keptKeys.push(keys[r]!);
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      keptCls.push(cls[e]!);
      keptVal.push(val[e]!);
    }
    starts.push(keptCls.length);
  }
  return new SparseWeights(w.classes, Uint32Array.from(keptKeys), Uint32Array.from(starts), Uint16Array.from(keptCls), Float32Array.from(keptVal));
}
