import { api } from '../api.js';
import { link } from '../hash-route.js';
import { useLoad } from '../use-load.js';

/** What the store holds: the counts `atalaya stats` prints, and events per type as bars. */
export function Overview() {
  const stats = useLoad(() => api.stats(), []);
  if (stats.error) return <p class="error">{stats.error}</p>;
  const s = stats.data;
  if (!s) return <p class="muted">Loading…</p>;
  const types = Object.entries(s.eventsByType).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...types.map(([, n]) => n));
  return (
    <div class="overview">
      <div class="cards" data-testid="stats">
        <div class="card"><b>{s.documents}</b> documents<br /><span class="muted">{s.stories} stories</span></div>
        <div class="card"><b>{s.events}</b> events<br /><span class="muted">{s.codings} article codings</span></div>
        <div class="card"><b>{s.actors}</b> actor codes<br /><span class="muted">{s.mentions} mentions</span></div>
        <div class="card"><b>{s.flags}</b> flags<br /><span class="muted">{Object.entries(s.flagsByKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}</span></div>
      </div>
      <h3>Events per type</h3>
      <table class="bars">
        <tbody>
          {types.map(([type, n]) => (
            <tr>
              <th>
                <a href={link('events', `type=${type}`)}>{type}</a>
              </th>
              <td>
                <span class="bar" style={{ width: `${(100 * n) / max}%` }} />
                {n}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.documents === 0 && <p class="muted">The store is empty: `atalaya ingest FILES` fills it.</p>}
    </div>
  );
}
