/**
 * The arc-eager transition system (Nivre 2003) over words 1..n with an artificial root 0 that starts on
 * the stack. Transition ids: 0 SHIFT, 1 REDUCE, 2 + 2l LEFT-ARC with label l, 3 + 2l RIGHT-ARC with
 * label l. The root takes one dependent (UD trees have one root), labelled `rootLabel`.
 */
export const SHIFT = 0;
export const REDUCE = 1;
export const isLeft = (t: number): boolean => t >= 2 && t % 2 === 0;
export const isRight = (t: number): boolean => t >= 3 && t % 2 === 1;
export const labelOf = (t: number): number => (t - 2) >> 1;
export const transitionCount = (labels: number): number => 2 + 2 * labels;

export class ParserState {
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly stack: Int32Array;
  sp = 0;
  /** First word of the buffer; the buffer is empty when b > n. */
  b = 1;
  /** Nearest and second-nearest left and right dependents, 0 when none (the root is never a dependent). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly n: number, readonly rootLabel: number) {
    const size = n + 1;
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.stack = new Int32Array(size + 1);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.stack[0] = 0;
    this.sp = 1;
  }

  get done(): boolean {
    return this.b > this.n;
  }

  /** Stack top, or -1 when the stack is empty. */
  get s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1]! : -1;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  valid(t: number): boolean {
    if (this.done) return false;
    const s0 = this.s0;
    if (t === SHIFT) return true;
    if (t === REDUCE) return s0 > 0 && this.heads[s0] !== -1;
    const l = labelOf(t);
    if (isLeft(t)) return s0 > 0 && this.heads[s0] === -1 && l !== this.rootLabel;
    if (s0 < 0) return false;
    if (s0 === 0) return l === this.rootLabel && this.rightCount[0] === 0;
    return l !== this.rootLabel;
  }

  apply(t: number): void {
    const s0 = this.s0;
    const b = this.b;
    if (t === SHIFT) {
      this.stack[this.sp++] = b;
      this.b++;
    } else if (t === REDUCE) {
      this.sp--;
    } else if (isLeft(t)) {
      this.attach(b, s0, labelOf(t));
      this.sp--;
    } else {
      this.attach(s0, b, labelOf(t));
      this.stack[this.sp++] = b;
      this.b++;
    }
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    if (dep < head) {
      this.leftCount[head]!++;
      if (this.left1[head] === 0 || dep < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dep;
      } else if (this.left2[head] === 0 || dep < this.left2[head]!) {
        this.left2[head] = dep;
      }
    } else {
      this.rightCount[head]!++;
      if (dep > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dep;
      } else if (dep > this.right2[head]!) {
        this.right2[head] = dep;
      }
    }
  }

  /**
   * Gives every word left without a head one: the root's dependent when there is one (else the first
   * such word becomes the root), with `fallbackLabel`. Greedy parsing can end with a word stranded on
   * the stack; the tree must still be a tree.
   */
  finish(fallbackLabel: (word: number) => number): void {
    let root = this.right1[0]!;
    for (let i = 1; i <= this.n; i++) {
      if (this.heads[i] !== -1) continue;
      if (root === 0) {
        root = i;
        this.heads[i] = 0;
        this.labels[i] = this.rootLabel;
      } else {
        this.heads[i] = root;
        this.labels[i] = fallbackLabel(i);
      }
    }
  }
}
