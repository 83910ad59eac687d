import { useMemo } from 'preact/hooks';
import type { Analysis } from '../api.js';
import { QUAD_NAMES } from '../colors.js';
import { pieces, type Mark } from '../spans.js';
import type { EventRecord, Segment } from '../../../src/core/analysis.js';

type EventRef = { merged: number; articles: number };

/** The marks of an analysis: every actor, date, quote, event trigger and flag at its span. */
function marksOf(a: Analysis): Mark[] {
  return [
    ...a.mentions.map((m) => ({ kind: 'mention' as const, start: m.start, end: m.end, id: m.id })),
    ...a.times.map((t) => ({ kind: 'time' as const, start: t.start, end: t.end, id: t.id })),
    ...a.quotes.map((q) => ({ kind: 'quote' as const, start: q.start, end: q.end, id: q.id })),
    ...a.events.map((e) => ({ kind: 'event' as const, start: e.trigger.start, end: e.trigger.end, id: e.id })),
    ...a.flags.map((f, i) => ({ kind: 'flag' as const, start: f.start, end: f.end, id: `f${i}` })),
  ];
}

/** What a hover says about a piece of text: each annotation over it, with what produced it. */
function describe(a: Analysis, marks: Mark[]): string {
  return marks
    .map((m) => {
      if (m.kind === 'mention') {
        const x = a.mentions.find((y) => y.id === m.id);
        const code = x?.actor ? [x.actor.country ?? x.actor.org, x.actor.sector].filter(Boolean).join('') : '';
        return `${x?.type ?? ''} ${code} ${x?.actor?.name ?? ''} (${x?.via ?? ''})`.replace(/\s+/g, ' ').trim();
      }
      if (m.kind === 'time') {
        const t = a.times.find((y) => y.id === m.id);
        return `${t?.kind ?? 'time'} ${t?.value ?? ''}${t?.flags.length ? ` [${t.flags.join(', ')}]` : ''}`;
      }
      if (m.kind === 'quote') return 'quote';
      if (m.kind === 'event') {
        const e = a.events.find((y) => y.id === m.id);
        return `event ${e?.type ?? ''} ${e?.cameo ?? ''} (${e?.rule ?? ''})`;
      }
      return a.flags[Number(m.id.slice(1))]?.message ?? 'flag';
    })
    .join('\n');
}

/**
 * One article: its parts (title, headings, body, teasers, fragments…) each labelled, with every
 * annotation highlighted at its exact span. The text is always rendered as text: Preact escapes it,
 * and nothing here sets HTML.
 */
export function ArticleView(props: {
  analysis: Analysis;
  selected: string | null;
  onSelect: (eventId: string) => void;
  stored?: Map<string, EventRef>;
}) {
  const a = props.analysis;
  const marks = useMemo(() => marksOf(a), [a]);
  const segments: Segment[] = a.segments.length ? a.segments : [{ kind: 'body', start: 0, end: a.document.text.length }];
  const selected = a.events.find((e) => e.id === props.selected) ?? null;
  return (
    <div class="article">
      {a.flags.length > 0 && (
        <ul class="flags" aria-label="flags">
          {a.flags.map((f) => (
            <li class="flag-item">
              <strong>{f.kind}</strong>: {f.message} <q>{a.document.text.slice(f.start, f.end)}</q>
            </li>
          ))}
        </ul>
      )}
      <div class="legend">
        <span class="m-mention">actor</span> <span class="m-time">date</span> <span class="m-quote">quote</span> <span class="m-event">event</span>{' '}
        <span class="m-flag">flag</span>
      </div>
      <div class="text" data-testid="article-text">
        {segments.map((s, i) => (
          <div class={`segment seg-${s.kind}`} key={i} data-kind={s.kind}>
            {s.kind !== 'body' && <span class="seg-label">{s.kind}</span>}
            {pieces(s.start, s.end, marks).map((p) => {
              const text = a.document.text.slice(p.start, p.end);
              if (p.marks.length === 0) return text;
              const ev = p.marks.find((m) => m.kind === 'event');
              const cls = [...new Set(p.marks.map((m) => `m-${m.kind}`))].join(' ');
              return (
                <span
                  class={`${cls}${ev && ev.id === props.selected ? ' is-selected' : ''}`}
                  title={describe(a, p.marks)}
                  data-event={ev?.id}
                  onClick={ev ? () => props.onSelect(ev.id) : undefined}
                >
                  {text}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      {selected && <EventCard analysis={a} event={selected} stored={props.stored?.get(selected.id)} />}
    </div>
  );
}

const who = (xs: EventRecord['actor']): string =>
  xs.map((x) => [[x.country ?? x.org, x.sector].filter(Boolean).join(''), x.name].filter(Boolean).join(' ')).join(' + ') || '—';

/** Why the record exists: its rule, trigger, roles, modality, date, and the sentence it was read from. */
export function EventCard(props: { analysis: Analysis; event: EventRecord; stored?: EventRef | undefined }) {
  const { analysis: a, event: e } = props;
  const sentence = a.sentences[e.sentence];
  const time = a.times.find((t) => t.id === e.dateFrom);
  return (
    <section class="event-card" data-testid="event-card">
      <h3>
        {e.type} {e.mode ? `(${e.mode}) ` : ''}· CAMEO {e.cameo}
      </h3>
      <dl>
        <dt>rule</dt>
        <dd class="rule">{e.rule}</dd>
        <dt>trigger</dt>
        <dd>«{e.trigger.text}»</dd>
        <dt>actor</dt>
        <dd>{who(e.actor)}</dd>
        <dt>recipient</dt>
        <dd>{who(e.recipient)}</dd>
        <dt>modality</dt>
        <dd>
          {e.modality}
          {e.negated ? ', negated' : ''}
        </dd>
        <dt>date</dt>
        <dd>
          {e.date ?? 'unknown'}
          {e.dateFrom === 'published' ? ' (publication date)' : time ? ` (from «${time.text}»)` : ''}
        </dd>
        <dt>quad class</dt>
        <dd>
          {e.quadClass} {QUAD_NAMES[e.quadClass]}, Goldstein {e.goldstein}
        </dd>
        {e.location && (
          <>
            <dt>location</dt>
            <dd>
              {e.location.name}
              {e.location.country ? `, ${e.location.country}` : ''}
            </dd>
          </>
        )}
        {e.topics.length > 0 && (
          <>
            <dt>topics</dt>
            <dd>{e.topics.join(', ')}</dd>
          </>
        )}
        <dt>confidence</dt>
        <dd>{e.confidence}</dd>
        <dt>segment</dt>
        <dd>{e.segment}</dd>
        {props.stored && (
          <>
            <dt>merged</dt>
            <dd>
              event #{props.stored.merged}, reported by {props.stored.articles} article{props.stored.articles === 1 ? '' : 's'}
            </dd>
          </>
        )}
      </dl>
      {sentence && (
        <blockquote class="sentence" data-testid="event-sentence">
          {a.document.text.slice(sentence.start, e.trigger.start)}
          <mark>{a.document.text.slice(e.trigger.start, e.trigger.end)}</mark>
          {a.document.text.slice(e.trigger.end, sentence.end)}
        </blockquote>
      )}
    </section>
  );
}

/** The events of an analysis as a clickable list beside the text. */
export function EventList(props: { analysis: Analysis; selected: string | null; onSelect: (id: string) => void }) {
  const a = props.analysis;
  if (a.events.length === 0) return <p class="muted">No events coded in this document.</p>;
  return (
    <ol class="event-list">
      {a.events.map((e) => (
        <li class={e.id === props.selected ? 'is-selected' : ''}>
          <button type="button" onClick={() => props.onSelect(e.id)} data-event-button={e.id}>
            <span class={`quad q${e.quadClass}`}>{e.type}</span> {who(e.actor)} → {who(e.recipient)} <span class="muted">«{e.trigger.text}»</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
