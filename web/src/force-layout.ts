/** A node placed by the layout, in a unit square [0, 1]². */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * A small deterministic force layout (repulsion between every pair, springs along edges, a pull to
 * the centre): the same network always draws the same way, so screenshots and tests are stable and
 * no simulation library or random seed is needed for the few dozen actors a view shows.
 */
export function forceLayout(ids: readonly string[], edges: readonly LayoutEdge[], iterations = 300): Placed[] {
  const n = ids.length;
  if (n === 0) return [];
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = ids.map((_, i) => 0.5 + 0.35 * Math.cos((2 * Math.PI * i) / n));
  const y = ids.map((_, i) => 0.5 + 0.35 * Math.sin((2 * Math.PI * i) / n));
  const springs = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: Math.log2(1 + e.weight) }))
    .filter((s): s is { a: number; b: number; w: number } => s.a !== undefined && s.b !== undefined && s.a !== s.b);
  const ideal = 0.6 / Math.sqrt(n);
  for (let it = 0; it < iterations; it++) {
    const step = 0.02 * (1 - it / iterations) + 0.001;
    const dx = new Array<number>(n).fill(0);
    const dy = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ux = x[i]! - x[j]!;
        const uy = y[i]! - y[j]!;
        const d2 = Math.max(ux * ux + uy * uy, 1e-6);
        const f = (ideal * ideal) / d2;
        dx[i]! += ux * f;
        dy[i]! += uy * f;
        dx[j]! -= ux * f;
        dy[j]! -= uy * f;
      }
    }
    for (const s of springs) {
      const ux = x[s.b]! - x[s.a]!;
      const uy = y[s.b]! - y[s.a]!;
      const d = Math.max(Math.hypot(ux, uy), 1e-6);
      const f = ((d - ideal) / d) * 0.5 * s.w;
      dx[s.a]! += ux * f;
      dy[s.a]! += uy * f;
      dx[s.b]! -= ux * f;
      dy[s.b]! -= uy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! += (0.5 - x[i]!) * 0.05;
      dy[i]! += (0.5 - y[i]!) * 0.05;
      const len = Math.hypot(dx[i]!, dy[i]!);
      const k = len > step ? step / len : 1;
      x[i] = Math.min(0.97, Math.max(0.03, x[i]! + dx[i]! * k));
      y[i] = Math.min(0.97, Math.max(0.03, y[i]! + dy[i]! * k));
    }
  }
  return ids.map((id, i) => ({ id, x: x[i]!, y: y[i]! }));
}
