import type { Figures } from './harness.js';

/** The row or column of a code one side has and the other does not (a missed or an extra event). */
export const NONE = '-';

/**
 * Gold against predicted CAMEO roots (or any codes), counted over sentences. A sentence's codes are
 * multisets with no alignment between them, so equal codes pair first (the diagonal); the rest pair in
 * text order, gold with predicted, and what is left over pairs with NONE. The table shows which roots a
 * wrong code is taken for, which are missed and which are invented.
 */
export class RootConfusion {
  private readonly rows = new Map<string, Map<string, number>>();

  add(gold: readonly string[], predicted: readonly string[]): void {
    const leftGold = [...gold];
    const leftPredicted: string[] = [];
    for (const p of predicted) {
      const i = leftGold.indexOf(p);
      if (i >= 0) {
        leftGold.splice(i, 1);
        this.count(p, p);
      } else leftPredicted.push(p);
    }
    const n = Math.max(leftGold.length, leftPredicted.length);
    for (let i = 0; i < n; i++) this.count(leftGold[i] ?? NONE, leftPredicted[i] ?? NONE);
  }

  /** How often gold code g was predicted as p. */
  cell(g: string, p: string): number {
    return this.rows.get(g)?.get(p) ?? 0;
  }

  /**
   * One figure per gold root, "confusion <root>": the predicted roots with their counts, most frequent
   * first ("14:120 01:6 -:30"); the row "confusion -" holds the events no gold coding asked for.
   */
  figures(): Figures {
    const out: Figures = {};
    const keys = [...this.rows.keys()].sort((a, b) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)));
    for (const g of keys) {
      const cells = [...this.rows.get(g)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      out[`confusion ${g}`] = cells.map(([p, n]) => `${p}:${n}`).join(' ');
    }
    return out;
  }

  private count(g: string, p: string): void {
    let row = this.rows.get(g);
    if (!row) this.rows.set(g, (row = new Map()));
    row.set(p, (row.get(p) ?? 0) + 1);
  }
}
