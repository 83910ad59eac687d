import { lookupActors, type ActorMatch } from '../actors/lookup.js';
import { oneLine } from '../core/errors.js';
import { analyserFor } from '../pipeline/analyser.js';
import type { CommandIo } from './args.js';

const dash = (s: string | null): string => s ?? '-';

/** A person-readable account of one match: the form, its code and what the code is made of, then a person's dated codings. */
export function formatActorMatch(m: ActorMatch): string {
  const qid = m.wikidata ? ` (${m.wikidata})` : '';
  const lines = [
    `${m.form} → ${dash(m.code)}: ${m.kind} ${dash(m.name)}${qid}; country ${dash(m.country)}, org ${dash(m.org)}, sector ${dash(m.sector)}; ${m.lang === '*' ? 'es and en' : m.lang}; from ${m.source}`,
  ];
  for (const v of m.validity) {
    lines.push(`  ${v.start} to ${v.end ?? 'now'}: ${dash(v.country ?? v.org)} ${dash(v.sector)} (${v.office})`);
  }
  return lines.join('\n');
}

/** `atalaya actors QUERY`: how a name is coded. Returns the exit code: 0, or 1 when nothing matches. */
export function runActorsCommand(query: string, opts: { lexicon: string | null; format: 'text' | 'json' }, io: CommandIo): number {
  const { actors } = analyserFor(opts.lexicon);
  const matches = lookupActors(actors, query);
  if (opts.format === 'json') io.out(`${JSON.stringify(matches, null, 2)}\n`);
  else if (matches.length) io.out(`${matches.map(formatActorMatch).join('\n')}\n`);
  if (matches.length === 0) {
    io.err(`atalaya: "${oneLine(query)}": no lexicon form holds these words\n`);
    return 1;
  }
  return 0;
}
