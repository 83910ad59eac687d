import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { api } from '../api.js';
import { QUAD_COLORS, QUAD_NAMES } from '../colors.js';
import { periodSeconds } from '../series-time.js';
import { useLoad } from '../use-load.js';
import type { SeriesPoint } from '../../../src/query/stats.js';

const QUADS = [1, 2, 3, 4] as const;

/**
 * Events per day or ISO week of a dyad or an actor, stacked by quad class, with the Goldstein sum on a
 * second axis. uPlot draws it: a few kB, canvas, fast on long series, and made for time axes, which is
 * all this chart needs (a grammar-of-graphics library such as Observable Plot would be ten times larger).
 */
export function Timeline(props: { subject: string | null }) {
  const top = useLoad(() => (props.subject ? Promise.resolve(null) : api.actors({}, 1)), [props.subject]);
  const subject = props.subject ?? top.data?.actors[0]?.code ?? null;
  const [input, setInput] = useState(subject ?? '');
  const [period, setPeriod] = useState<'byDay' | 'byWeek'>('byDay');
  useEffect(() => setInput(subject ?? ''), [subject]);
  const isDyad = subject?.includes('-') ?? false;
  const stats = useLoad(() => (subject ? api.stats(isDyad ? { dyad: subject } : { actor: subject }) : Promise.resolve(null)), [subject]);
  const series = stats.data ? (isDyad ? stats.data.dyad : stats.data.actor) : null;
  return (
    <div class="timeline">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = `#/timeline/${encodeURIComponent(input.trim().toUpperCase())}`;
        }}
      >
        <label>
          dyad or actor <input name="subject" value={input} placeholder="RUS-CHN or RUS" onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="submit">Show</button>
        <label>
          <input type="radio" name="period" checked={period === 'byDay'} onChange={() => setPeriod('byDay')} /> per day
        </label>
        <label>
          <input type="radio" name="period" checked={period === 'byWeek'} onChange={() => setPeriod('byWeek')} /> per ISO week
        </label>
      </form>
      {stats.error && <p class="error">{stats.error}</p>}
      {series && (
        <p class="muted" data-testid="timeline-summary">
          {subject}: {series.events} events{series.undated ? ` (${series.undated} without a day, not drawn)` : ''}
        </p>
      )}
      {series && series[period].length > 0 ? <Chart points={series[period]} /> : series && <p class="muted">No dated events for {subject}.</p>}
    </div>
  );
}

function Chart(props: { points: SeriesPoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const pts = props.points;
    const x = pts.map((p) => periodSeconds(p.period));
    // Stacked bars: each quad's bar is drawn from zero to the running total, the tallest first, so the
    // visible bands are the quads; the legend shows each quad's own count.
    const raw = QUADS.map((q) => pts.map((p) => p.quad[q].events));
    const stacked = QUADS.map((_, i) => pts.map((_, j) => raw.slice(0, i + 1).reduce((s, r) => s + r[j]!, 0)));
    const goldstein = pts.map((p) => p.goldstein);
    const order = [3, 2, 1, 0] as const;
    const bars = uPlot.paths.bars!({ size: [0.7, 48], align: 0 });
    const opts: uPlot.Options = {
      width: Math.max(300, el.clientWidth),
      height: 340,
      scales: { x: { time: true }, n: { range: (_u, _min, max) => [0, Math.max(1, max)] }, g: { auto: true } },
      axes: [
        {},
        { scale: 'n', label: 'events', size: 50 },
        { scale: 'g', label: 'Goldstein sum', side: 1, grid: { show: false }, size: 60 },
      ],
      series: [
        {},
        ...order.map((i) => ({
          label: `q${i + 1} ${QUAD_NAMES[QUADS[i]]}`,
          scale: 'n',
          fill: QUAD_COLORS[QUADS[i]],
          stroke: QUAD_COLORS[QUADS[i]],
          paths: bars,
          points: { show: false },
          value: (_u: uPlot, _v: number | null, _s: number, idx: number | null) => (idx === null ? '–' : String(raw[i]![idx] ?? 0)),
        })),
        { label: 'Goldstein sum', scale: 'g', stroke: '#333', width: 2, dash: [6, 4], points: { show: true, size: 6 } },
      ],
    };
    const plot = new uPlot(opts, [x, ...order.map((i) => stacked[i]!), goldstein], el);
    const onResize = (): void => plot.setSize({ width: Math.max(300, el.clientWidth), height: 340 });
    addEventListener('resize', onResize);
    return () => {
      removeEventListener('resize', onResize);
      plot.destroy();
    };
  }, [props.points]);
  return <div class="chart" ref={box} data-testid="timeline-chart" />;
}
