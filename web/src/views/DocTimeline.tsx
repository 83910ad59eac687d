import type { Analysis, DocumentTimeline, TimelineEntry } from '../api.js';
import { QUAD_NAMES } from '../colors.js';

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

function offsetLabel(e: TimelineEntry): string {
  if (e.publication) return 'publication day';
  if (e.offset === null) return '';
  const n = Math.abs(e.offset);
  const unit = n === 1 ? 'day' : 'days';
  if (e.offset < 0) return `ends ${n} ${unit} before publication`;
  if (e.offset > 0) return `${n} ${unit} after publication`;
  return e.from === e.to ? 'on the publication day' : 'around the publication day';
}

/**
 * The article's chronology: one row per day, week, month or range it speaks of, in calendar order,
 * each drawn as a bar on one day scale shared by all rows (so "last week" and "next month" sit where
 * they fall against the publication day, the dashed line), with the events dated by it. Rows and bars
 * are plain HTML, so the view narrows with the window; clicking an event opens it in the reader.
 */
export function DocTimeline(props: { timeline: DocumentTimeline; analysis: Analysis; selected: string | null; onSelect: (eventId: string) => void }) {
  const { timeline: t, analysis: a } = props;
  if (t.entries.length === 0 && t.undated.length === 0) return <p class="muted" data-testid="doc-timeline">No dates in this article.</p>;
  const first = Math.min(...t.entries.map((e) => dayNumber(e.from)));
  const last = Math.max(...t.entries.map((e) => dayNumber(e.to)));
  const span = Math.max(1, last - first + 1);
  const pct = (day: number): string => `${((day - first) / span) * 100}%`;
  const pub = t.entries.find((e) => e.publication);
  const timeText = new Map(a.times.map((x) => [x.id, x.text]));
  return (
    <section class="doc-timeline" data-testid="doc-timeline" aria-label="chronology">
      {t.entries.length > 0 && (
        <div class="dt-scale muted">
          <span>{t.entries[0]!.from}</span>
          <span>{t.entries.reduce((m, e) => (e.to > m ? e.to : m), t.entries[0]!.to)}</span>
        </div>
      )}
      <ol class="dt-rows">
        {t.entries.map((e) => (
          <li class={`dt-row${e.publication ? ' is-publication' : ''}`} data-value={e.value}>
            <div class="dt-label">
              <strong>{e.value}</strong> <span class="muted">{[e.precision, offsetLabel(e)].filter(Boolean).join(', ')}</span>
            </div>
            <div class="dt-track">
              {pub && <span class="dt-pub" style={{ left: pct(dayNumber(pub.from)) }} />}
              <span
                class="dt-bar"
                style={{ left: pct(dayNumber(e.from)), width: `max(4px, ${((dayNumber(e.to) - dayNumber(e.from) + 1) / span) * 100}%)` }}
                title={`${e.from} – ${e.to}`}
              />
            </div>
            <div class="dt-items">
              {e.times.map((id) => (
                <span class="m-time dt-time" title={`time expression ${id}`}>
                  «{timeText.get(id) ?? id}»
                </span>
              ))}
              {e.events.map((x) => (
                <button
                  type="button"
                  class={`dt-event${x.id === props.selected ? ' is-selected' : ''}`}
                  data-timeline-event={x.id}
                  title={`${QUAD_NAMES[x.quadClass]}, Goldstein ${x.goldstein}, CAMEO ${x.cameo}${x.defaulted ? '; dated by the publication day' : ''}`}
                  onClick={() => props.onSelect(x.id)}
                >
                  <span class={`quad q${x.quadClass}`}>{x.type}</span> «{x.trigger}»
                  {x.modality !== 'asserted' && <span class="muted"> {x.modality}</span>}
                  {x.negated && <span class="muted"> negated</span>}
                  {x.defaulted && <span class="muted"> (publication day)</span>}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
      {t.undated.length > 0 && (
        <p class="dt-undated">
          <span class="muted">no date: </span>
          {t.undated.map((x) => (
            <button type="button" class="dt-event" data-timeline-event={x.id} onClick={() => props.onSelect(x.id)}>
              <span class={`quad q${x.quadClass}`}>{x.type}</span> «{x.trigger}»
            </button>
          ))}
        </p>
      )}
      {t.unplaced.length > 0 && (
        <p class="muted">not on a calendar (durations, recurrences, dates without a year): {t.unplaced.map((id) => `«${timeText.get(id) ?? id}»`).join(', ')}</p>
      )}
    </section>
  );
}
