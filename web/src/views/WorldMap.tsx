import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, type Filter } from '../api.js';
import { useLoad } from '../use-load.js';

const W = 960;
const H = 500;

/** Countries shaded by the events their actors are party to; dots where events happened. */
export function WorldMap(props: { filter: Filter }) {
  const data = useLoad(() => api.places(props.filter), [JSON.stringify(props.filter)]);
  const shapes = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topo, topo.objects.countries);
    const projection = geoNaturalEarth1().fitSize([W, H], countries);
    return { countries: countries.features, path: geoPath(projection), projection };
  }, []);
  if (data.error) return <p class="error">{data.error}</p>;
  const counts = new Map((data.data?.countries ?? []).filter((c) => c.numeric).map((c) => [c.numeric!, c]));
  const max = Math.max(1, ...(data.data?.countries ?? []).map((c) => c.events));
  return (
    <div class="map">
      <p class="muted">
        Shade: events whose actors are of that country. Dots: event locations ({data.data?.places.length ?? 0}).
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} class="map-svg" data-testid="map" role="img" aria-label="world map of events">
        <rect width={W} height={H} class="sea" />
        {shapes.countries.map((f) => {
          const c = counts.get(String(f.id));
          const t = c ? 0.15 + 0.85 * Math.sqrt(c.events / max) : 0;
          return (
            <path d={shapes.path(f) ?? ''} class={c ? 'country has-events' : 'country'} style={c ? { fill: `rgba(200, 90, 40, ${t.toFixed(3)})` } : undefined}>
              <title>{`${f.properties?.name ?? ''}${c ? `: ${c.events} events` : ''}`}</title>
            </path>
          );
        })}
        {data.data?.places
          .filter((p) => p.lat !== null && p.lon !== null)
          .map((p) => {
            const xy = shapes.projection([p.lon!, p.lat!]);
            if (!xy) return null;
            return (
              <circle class="place" cx={xy[0]} cy={xy[1]} r={3 + Math.sqrt(p.events) * 2.5}>
                <title>{`${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} events`}</title>
              </circle>
            );
          })}
      </svg>
    </div>
  );
}
