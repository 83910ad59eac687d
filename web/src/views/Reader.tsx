import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { link } from '../hash-route.js';
import { useLoad } from '../use-load.js';
import { ArticleView, EventList } from './ArticleView.js';
import { DocTimeline } from './DocTimeline.js';

/** Stored documents on the left, the chosen one with its highlighted annotations, and its events. */
export function Reader(props: { id: string | null; event: string | null }) {
  const [search, setSearch] = useState('');
  const [text, setText] = useState('');
  const list = useLoad(() => api.documents(text || undefined), [text]);
  const id = props.id ?? list.data?.documents[0]?.id ?? null;
  const doc = useLoad(() => (id ? api.document(id) : Promise.resolve(null)), [id]);
  const timeline = useLoad(() => (id ? api.timeline(id) : Promise.resolve(null)), [id]);
  const select = (eventId: string): void => {
    if (id) location.hash = link('doc', id, eventId);
  };
  const d = doc.data;
  const stored = new Map(d?.events.map((e) => [e.event, { merged: e.merged, articles: e.articles }]) ?? []);
  return (
    <div class="reader">
      <aside class="doc-list">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setText(search.trim());
          }}
        >
          <input type="search" placeholder="Search the articles…" value={search} onInput={(e) => setSearch(e.currentTarget.value)} aria-label="search documents" />
        </form>
        {list.error && <p class="error">{list.error}</p>}
        <ul>
          {list.data?.documents.map((x) => (
            <li class={x.id === id ? 'is-selected' : ''}>
              <a href={link('doc', x.id)} data-doc={x.id}>
                {x.title ?? x.sourceId?.split('/').pop() ?? x.id}
              </a>
              <span class="muted">
                {' '}
                {x.published ?? ''} · {x.lang} · {x.events} events
              </span>
            </li>
          ))}
        </ul>
        {list.data && list.data.documents.length === 0 && <p class="muted">No documents{text ? ' match' : ' stored yet'}.</p>}
      </aside>
      <main class="doc-main">
        {doc.error && <p class="error">{doc.error}</p>}
        {d && (
          <>
            <header class="doc-head">
              <h2>{d.analysis.document.title ?? d.names[0]?.split('/').pop() ?? d.analysis.document.id}</h2>
              <p class="muted">
                {d.analysis.document.published ? `published ${d.analysis.document.published.value} (${d.analysis.document.published.source})` : 'no publication date'} ·{' '}
                {d.analysis.document.lang} · id {d.analysis.document.id}
                {d.analysis.document.url && (
                  <>
                    {' '}
                    · <a href={d.analysis.document.url} rel="noreferrer noopener" target="_blank">source</a>
                  </>
                )}
              </p>
              <p class="muted">
                names: {d.names.join(', ') || '—'}
                {d.story !== d.analysis.document.id && (
                  <>
                    {' '}
                    · near-duplicate of <a href={link('doc', d.story)}>{d.story}</a>
                  </>
                )}
                {d.storyMembers.length > 0 && ` · ${d.storyMembers.length} other article(s) in its story`}
              </p>
            </header>
            {timeline.error && <p class="error">{timeline.error}</p>}
            {timeline.data && timeline.data.document === d.analysis.document.id && (
              <details class="chronology" open>
                <summary>
                  Chronology: {timeline.data.entries.length} date{timeline.data.entries.length === 1 ? '' : 's'},{' '}
                  {timeline.data.entries.reduce((n, e) => n + e.events.length, 0)} dated event(s)
                </summary>
                <DocTimeline timeline={timeline.data} analysis={d.analysis} selected={props.event} onSelect={select} />
              </details>
            )}
            <ArticleView analysis={d.analysis} selected={props.event} onSelect={select} stored={stored} />
          </>
        )}
      </main>
      <aside class="doc-events">
        <h3>Events</h3>
        {d && <EventList analysis={d.analysis} selected={props.event} onSelect={select} />}
      </aside>
    </div>
  );
}
