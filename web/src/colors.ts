/** Quad classes as analysts read them: cooperation in blues/greens, conflict in oranges/reds. */
export const QUAD_COLORS: Record<1 | 2 | 3 | 4, string> = { 1: '#4e9bd1', 2: '#2f9e6b', 3: '#e3923b', 4: '#c8423b' };
export const QUAD_NAMES: Record<1 | 2 | 3 | 4, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

/** A Goldstein score (-10 conflict … +10 cooperation) as a colour: red through grey to green. */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 50, 45] : [40, 150, 90];
  const k = Math.abs(t) ** 0.7;
  const c = grey.map((v, i) => Math.round(v + (end[i]! - v) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
