import { render } from 'preact';
import { link, useHashRoute } from './hash-route.js';
import './style.css';
import { Analyze } from './views/Analyze.js';
import { Events } from './views/Events.js';
import { filterFromQuery } from './views/FilterForm.js';
import { Network } from './views/Network.js';
import { Overview } from './views/Overview.js';
import { Reader } from './views/Reader.js';
import { Timeline } from './views/Timeline.js';
import { WorldMap } from './views/WorldMap.js';

const VIEWS = [
  ['', 'Overview'],
  ['doc', 'Reader'],
  ['events', 'Events'],
  ['timeline', 'Timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['analyze', 'Analyse'],
] as const;

function App() {
  const [view = '', a, b] = useHashRoute();
  let body;
  switch (view) {
    case 'doc':
      body = <Reader id={a ?? null} event={b ?? null} />;
      break;
    case 'events':
      // Keyed by the filter so a link to another filter starts a fresh table.
      body = <Events key={a ?? ''} filter={filterFromQuery(a)} />;
      break;
    case 'timeline':
      body = <Timeline subject={a ?? null} />;
      break;
    case 'network':
      body = <Network filter={filterFromQuery(a)} />;
      break;
    case 'map':
      body = <WorldMap filter={filterFromQuery(a)} />;
      break;
    case 'analyze':
      body = <Analyze />;
      break;
    default:
      body = <Overview />;
  }
  return (
    <>
      <header class="top">
        <h1>
          <a href="#/">Atalaya</a>
        </h1>
        <nav>
          {VIEWS.map(([key, label]) => (
            <a href={key ? link(key) : '#/'} class={view === key ? 'active' : ''} data-view={key || 'overview'}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <div class={`view view-${view || 'overview'}`}>{body}</div>
    </>
  );
}

render(<App />, document.getElementById('app')!);
