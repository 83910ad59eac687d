/**
 * An open-addressing map from 32-bit keys (already well mixed by hash.finish) to their position in
 * `keys`. Built once when a model loads; lookups allocate nothing.
 */
export class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i]! & this.mask;
      while (this.slots[s] !== 0) {
        if (keys[this.slots[s]! - 1] === keys[i]) throw new Error(`duplicate key ${keys[i]}`);
        s = (s + 1) & this.mask;
      }
      this.slots[s] = i + 1;
    }
  }

  /** Position of `key` in `keys`, or -1. */
  get(key: number): number {
    const { slots, keys, mask } = this;
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const v = slots[s]!;
      if (v === 0) return -1;
      if (keys[v - 1] === key) return v - 1;
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }
}
