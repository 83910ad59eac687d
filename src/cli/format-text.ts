import type { Analysis, EventRecord, Mention } from '../core/analysis.js';
import { formatTrees } from './format-tree.js';

const clip = (s: string, n = 100): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** A report for a person: the document's parts, then actors, dates, events, quotes and flags with their evidence. */
export function formatText(a: Analysis): string {
  const d = a.document;
  const out: string[] = [];
  out.push(`# ${d.sourceId ?? d.id}`);
  out.push(`language: ${d.lang}   published: ${d.published ? `${d.published.value} (${d.published.source})` : 'unknown'}`);
  if (d.title) out.push(`title: ${d.title}`);
  out.push('', '## Parts');
  a.segments.forEach((s, i) => out.push(`  [${i}] ${s.kind.padEnd(11)} ${clip(d.text.slice(s.start, s.end))}`));
  out.push(`  ${a.sentences.length} sentences`);
  if (a.mentions.length) {
    out.push('', '## Actors');
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    for (const m of a.mentions) out.push(`  ${m.text} [${m.type}] ${actorLabel(m)}${corefLabel(m, byId)}  (${m.via} @${m.start})`);
  }
  if (a.times.length) {
    out.push('', '## Dates');
    for (const t of a.times) {
      const flags = t.flags.length ? `  ! ${t.flags.join(', ')}${t.suggestion ? ` (probably ${t.suggestion})` : ''}` : '';
      out.push(`  "${t.text}" -> ${t.value} [${t.kind}]${flags}`);
    }
  }
  if (a.events.length) {
    out.push('', '## Events');
    // Events of teasers belong to other stories: counted, not listed. Background is listed apart, after the news.
    const teasers = a.events.filter((e) => e.segment === 'teaser').length;
    const news = a.events.filter((e) => e.segment !== 'teaser' && !e.background);
    const background = a.events.filter((e) => e.segment !== 'teaser' && e.background);
    for (const e of news) out.push(...eventLines(a, e));
    if (teasers) out.push(`  (${teasers} event${teasers === 1 ? '' : 's'} in teasers of other stories not listed)`);
    if (background.length) {
      out.push('', '## Background (told as history, not news)');
      for (const e of background) out.push(...eventLines(a, e));
    }
  }
  if (a.quotes.length) {
    out.push('', '## Quotes');
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    for (const q of a.quotes) out.push(`  «${clip(q.text)}» — ${q.speaker ? (byId.get(q.speaker)?.text ?? q.speaker) : 'unattributed'}`);
  }
  if (a.topics.length) out.push('', `## Topics: ${a.topics.map((t) => `${t.topic} (${t.score.toFixed(2)})`).join(', ')}`);
  if (a.flags.length) {
    out.push('', '## Flags');
    for (const f of a.flags) out.push(`  ${f.kind}: ${f.message}  @${f.start}`);
  }
  out.push(...formatTrees(a));
  if (a.trace?.length) {
    out.push('', '## Trace');
    for (const t of a.trace) out.push(`  ${t.stage.padEnd(10)} ${t.rule}  [${t.start},${t.end}) ${clip(t.detail, 80)}`);
  }
  return `${out.join('\n')}\n`;
}

function eventLines(a: Analysis, e: EventRecord): string[] {
  const who = (xs: typeof e.actor): string => xs.map((x) => x.name ?? x.country ?? x.org ?? x.sector ?? '?').join(' + ') || '?';
  const mood = [e.modality !== 'asserted' ? e.modality : '', e.negated ? 'negated' : '', e.segment !== 'body' ? e.segment : '']
    .filter(Boolean)
    .join(', ');
  const when = `${e.date ?? '????-??-??'}${e.dateFrom === 'published' ? ' (published)' : ''}${e.location ? `, ${e.location.name}` : ''}`;
  const sentence = a.sentences[e.sentence];
  const lines = [
    `  ${when}  ${who(e.actor)} -${e.type}${e.mode ? `/${e.mode}` : ''} (${e.cameo})-> ${who(e.recipient)}${mood ? `  [${mood}]` : ''}`,
    `      "${clip(a.document.text.slice(sentence?.start ?? e.trigger.start, sentence?.end ?? e.trigger.end), 140)}"`,
    `      trigger "${e.trigger.text}", rule ${e.rule}, confidence ${e.confidence}${e.topics.length ? `, topics ${e.topics.join(', ')}` : ''}`,
  ];
  const others = e.mentions.filter((m) => m.start !== e.trigger.start);
  if (others.length) lines.push(`      also told as ${others.map((m) => `"${clip(m.text, 40)}"${m.segment !== 'body' ? ` (${m.segment})` : ''}`).join(', ')}`);
  return lines;
}

function actorLabel(m: Mention): string {
  if (!m.actor) return '';
  const code = [m.actor.country, m.actor.org, m.actor.sector].filter(Boolean).join('/');
  const ids = [code, m.actor.wikidata].filter(Boolean).join(', ');
  return `= ${m.actor.name ?? code}${m.actor.name && ids ? ` (${ids})` : ''}`;
}

function corefLabel(m: Mention, byId: Map<string, Mention>): string {
  return m.refersTo ? ` -> "${byId.get(m.refersTo)?.text ?? m.refersTo}"` : '';
}

/** One short block per document, for a quick look over many. */
export function formatSummary(a: Analysis): string {
  const d = a.document;
  const count = (kind: string): number => a.segments.filter((s) => s.kind === kind).length;
  const title = a.segments.find((s) => s.kind === 'title');
  const lines = [
    `${d.sourceId ?? d.id}: ${title ? clip(d.text.slice(title.start, title.end), 90) : '(no title)'}`,
    `  ${d.lang}, published ${d.published?.value ?? 'unknown'}; ${a.segments.length} parts (${count('body')} body, ${count('heading')} headings, ${count('teaser')} teasers, ${count('fragment')} fragments), ${a.sentences.length} sentences`,
    `  ${a.mentions.length} actor mentions, ${a.times.length} dates, ${a.events.length} events, ${a.quotes.length} quotes, ${a.flags.length} flags`,
  ];
  for (const f of a.flags) lines.push(`  ! ${f.kind}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}
