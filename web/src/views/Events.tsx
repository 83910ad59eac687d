import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Filter, type MergedEvent } from '../api.js';
import { link } from '../hash-route.js';
import { FilterForm } from './FilterForm.js';

type SortKey = 'date' | 'type' | 'cameo' | 'goldstein' | 'articles' | 'sources';
const SORTS: Record<SortKey, (e: MergedEvent) => string | number> = {
  date: (e) => e.date ?? '9999',
  type: (e) => e.type,
  cameo: (e) => e.cameo,
  goldstein: (e) => e.goldstein,
  articles: (e) => e.numArticles,
  sources: (e) => e.numSources,
};
const code = (xs: MergedEvent['actor']): string => xs.map((x) => [x.country ?? x.org, x.sector].filter(Boolean).join('') || x.name || '?').join('+') || '—';

/** Real events (merged across articles), filtered like `atalaya events`, sortable, exportable. */
export function Events(props: { filter: Filter }) {
  const [filter, setFilter] = useState<Filter>(props.filter);
  const [rows, setRows] = useState<MergedEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'date', dir: 1 });

  const load = async (f: Filter, cursor: string | null): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.events(f, cursor);
      setRows((r) => (cursor ? [...r, ...page.events] : page.events));
      setNext(page.next);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      if (!cursor) setRows([]);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(filter, null), [filter]);

  const sorted = useMemo(() => {
    const get = SORTS[sort.key];
    return [...rows].sort((a, b) => {
      const x = get(a);
      const y = get(b);
      return (x < y ? -1 : x > y ? 1 : a.id - b.id) * sort.dir;
    });
  }, [rows, sort]);
  const header = (key: SortKey, label: string) => (
    <th>
      <button type="button" class="sort" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }))} data-sort={key}>
        {label}
        {sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div class="events">
      <FilterForm value={filter} onChange={setFilter} />
      <div class="exports">
        Export:{' '}
        {(['csv', 'jsonl', 'gdelt', 'polecat'] as const).map((f) => (
          <a class="button" href={api.exportUrl(filter, f)} download data-export={f}>
            {f}
          </a>
        ))}
      </div>
      {error && <p class="error" data-testid="events-error">{error}</p>}
      <div class="table-wrap">
        <table class="event-table" data-testid="event-table">
          <thead>
            <tr>
              {header('date', 'date')}
              {header('type', 'type')}
              {header('cameo', 'CAMEO')}
              <th>actor → recipient</th>
              {header('goldstein', 'Goldstein')}
              {header('articles', 'articles')}
              {header('sources', 'sources')}
              <th>evidence</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((e) => {
              const s = e.sources[0];
              return (
                <tr class={`q${e.quadClass}`} data-event-id={e.id}>
                  <td>{e.date ?? '—'}</td>
                  <td>
                    <span class={`quad q${e.quadClass}`}>{e.type}</span>
                    {e.negated ? ' (not)' : ''}
                    {e.modality !== 'asserted' ? ` (${e.modality})` : ''}
                  </td>
                  <td>{e.cameo}</td>
                  <td>
                    {code(e.actor)} → {code(e.recipient)}
                  </td>
                  <td class="num">{e.goldstein}</td>
                  <td class="num">{e.numArticles}</td>
                  <td class="num">{e.numSources}</td>
                  <td>{s && <a href={link('doc', s.document, s.event)}>«{s.trigger}»</a>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted">
        {loading ? 'Loading…' : `${rows.length} event${rows.length === 1 ? '' : 's'}${next ? ' (more available)' : ''}`}{' '}
        {next && !loading && (
          <button type="button" onClick={() => void load(filter, next)}>
            Load more
          </button>
        )}
      </p>
    </div>
  );
}
