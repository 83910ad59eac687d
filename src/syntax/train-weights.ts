import { SparseWeights } from './weights.js';

/**
 * An averaged perceptron (Collins 2002) over sparse rows, for training only. Averaging is lazy: each
 * weight remembers when it last changed, so an update costs the features it touches, not the model.
 */
export class TrainingWeights {
  private readonly rows = new Map<number, number>();
  private rowCls: number[][] = [];
  private rowSlot: number[][] = [];
  private w: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  private total: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  private stamp: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  private slots = 0;
  /** Updates made so far (the averaging clock). */
  private time = 0;

  constructor(readonly classes: number) {}

  score(features: Uint32Array, n: number, scores: Float32Array): void {
    const { rows, rowCls, rowSlot, w } = this;
    for (let i = 0; i < n; i++) {
      const r = rows.get(features[i]!);
      if (r === undefined) continue;
      const cs = rowCls[r]!;
      const ss = rowSlot[r]!;
      for (let e = 0; e < cs.length; e++) scores[cs[e]!]! += w[ss[e]!]!;
    }
  }

  /** One perceptron step: the right class's weights up, the guessed class's down. */
  update(truth: number, guess: number, features: Uint32Array, n: number): void {
    this.time++;
    if (truth === guess) return;
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(feature: number, c: number, delta: number): void {
    let r = this.rows.get(feature);
    if (r === undefined) {
      r = this.rowCls.length;
      this.rows.set(feature, r);
      this.rowCls.push([]);
      this.rowSlot.push([]);
    }
    const cs = this.rowCls[r]!;
    let e = cs.indexOf(c);
    if (e < 0) {
      e = cs.length;
      cs.push(c);
      this.rowSlot[r]!.push(this.newSlot());
    }
    const s = this.rowSlot[r]![e]!;
    this.total[s]! += (this.time - this.stamp[s]!) * this.w[s]!;
    this.stamp[s] = this.time;
    this.w[s]! += delta;
  }

  private newSlot(): number {
    if (this.slots === this.w.length) {
      const grow = (a: Float64Array): Float64Array<ArrayBuffer> => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.total = grow(this.total);
      this.stamp = grow(this.stamp);
    }
    return this.slots++;
  }

  /**
   * The averaged weights, dropping those whose magnitude is below `prune` (they barely move a decision
   * and make up most of the file).
   */
  averaged(prune = 0): SparseWeights {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const rowStart = new Uint32Array(keys.length + 1);
    const cls: number[] = [];
    const val: number[] = [];
    const t = Math.max(1, this.time);
    let kept = 0;
    const keptKeys: number[] = [];
    for (const k of keys) {
      const r = this.rows.get(k)!;
      const cs = this.rowCls[r]!;
      const ss = this.rowSlot[r]!;
      const before = cls.length;
      for (let e = 0; e < cs.length; e++) {
        const s = ss[e]!;
        const avg = (this.total[s]! + (this.time - this.stamp[s]!) * this.w[s]!) / t;
        if (Math.abs(avg) > prune) {
          cls.push(cs[e]!);
          val.push(avg);
        }
      }
      if (cls.length > before) {
        keptKeys.push(k);
        rowStart[++kept] = cls.length;
      }
    }
    return new SparseWeights(
      this.classes, Uint32Array.from(keptKeys), rowStart.slice(0, kept + 1), Uint16Array.from(cls), Float32Array.from(val),
    );
  }

  /** How far the model has grown, for the training log. */
  get size(): { features: number; weights: number } {
    return { features: this.rows.size, weights: this.slots };
  }
}
