import { useMemo } from 'preact/hooks';
import { api, type Filter } from '../api.js';
import { goldsteinColor } from '../colors.js';
import { forceLayout } from '../force-layout.js';
import { link } from '../hash-route.js';
import { useLoad } from '../use-load.js';

const W = 900;
const H = 600;

/** Who acts on whom: one arrow per directed pair, width by events, colour by mean Goldstein score. */
export function Network(props: { filter: Filter }) {
  const net = useLoad(() => api.actors(props.filter, 40), [JSON.stringify(props.filter)]);
  const layout = useMemo(() => {
    if (!net.data) return null;
    const placed = forceLayout(
      net.data.actors.map((a) => a.code),
      net.data.links.map((l) => ({ source: l.source, target: l.target, weight: l.events })),
    );
    return new Map(placed.map((p) => [p.id, { x: 30 + p.x * (W - 60), y: 20 + p.y * (H - 40) }]));
  }, [net.data]);
  if (net.error) return <p class="error">{net.error}</p>;
  if (!net.data || !layout) return <p class="muted">Loading…</p>;
  const { actors, links } = net.data;
  const radius = (n: number): number => 6 + Math.sqrt(n) * 3;
  const size = new Map(actors.map((a) => [a.code, radius(a.asActor + a.asRecipient)]));
  return (
    <div class="network">
      <p class="muted">
        {actors.length} actors, {links.length} directed pairs. Arrow width: events; colour: mean Goldstein (red conflict, green cooperation). Click an actor
        for its events.
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} class="network-svg" data-testid="network" role="img" aria-label="network of actors">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#666" />
          </marker>
        </defs>
        {links.map((l) => {
          const a = layout.get(l.source)!;
          const b = layout.get(l.target)!;
          const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
          const rb = size.get(l.target) ?? 8;
          const ra = size.get(l.source) ?? 8;
          // Bent slightly so A→B and B→A stay apart.
          const mx = (a.x + b.x) / 2 - ((b.y - a.y) / d) * 18;
          const my = (a.y + b.y) / 2 + ((b.x - a.x) / d) * 18;
          const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * (rb + 2);
          const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * (rb + 2);
          const sx = a.x + ((mx - a.x) / Math.hypot(mx - a.x, my - a.y)) * ra;
          const sy = a.y + ((my - a.y) / Math.hypot(mx - a.x, my - a.y)) * ra;
          return (
            <path
              class="link"
              d={`M${sx},${sy} Q${mx},${my} ${ex},${ey}`}
              stroke={goldsteinColor(l.goldstein)}
              stroke-width={1 + Math.log2(1 + l.events) * 1.5}
              fill="none"
              marker-end="url(#arrow)"
            >
              <title>{`${l.source} → ${l.target}: ${l.events} events, mean Goldstein ${l.goldstein}`}</title>
            </path>
          );
        })}
        {actors.map((a) => {
          const p = layout.get(a.code)!;
          return (
            <a href={link('events', `party=${a.code}`)} class="node">
              <circle cx={p.x} cy={p.y} r={size.get(a.code)} />
              <text x={p.x} y={p.y - (size.get(a.code) ?? 8) - 3} text-anchor="middle">
                {a.code}
              </text>
              <title>{`${a.code}${a.name ? ` (${a.name})` : ''}: ${a.asActor} as actor, ${a.asRecipient} as recipient`}</title>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
