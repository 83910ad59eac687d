import { readFileSync } from 'node:fs';
import type { Analysis, TimeExpr } from '../../src/core/analysis.js';
import type { DocumentInput } from '../../src/core/doc.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { languageStage } from '../../src/language/stage.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { structureStage } from '../../src/structure/stage.js';
import { timeStage } from '../../src/time/stage.js';

/**
 * The time test tables (test/fixtures/time/<lang>.tsv), shared by the test and the eval/time-table
 * evaluator. One row per expected expression: sentence, anchor, text, value, kind, flags, suggestion.
 * A text "!x" says no time may overlap "x"; a text "-" says the sentence has no time at all.
 */
export interface TimeCase {
  where: string;
  lang: 'es' | 'en';
  sentence: string;
  anchor: string | null;
  text: string;
  /** "!x" rows: nothing may be tagged over x. */
  negative: boolean;
  /** "-" rows: the sentence has no time at all. */
  none: boolean;
  value: string;
  kind: string;
  flags: string[];
  suggestion: string | null;
}

export function loadTimeTable(lang: 'es' | 'en'): TimeCase[] {
  const file = `test/fixtures/time/${lang}.tsv`;
  const out: TimeCase[] = [];
  readFileSync(PROJECT_ROOT + file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 7) throw new Error(`${file}:${i + 1}: expected 7 tab-separated columns, found ${cols.length}`);
    const [sentence, anchor, text, value, kind, flags, suggestion] = cols as [string, string, string, string, string, string, string];
    out.push({
      where: `${file}:${i + 1}`,
      lang,
      sentence,
      anchor: anchor === '-' ? null : anchor,
      text: text.startsWith('!') ? text.slice(1) : text,
      negative: text.startsWith('!'),
      none: text === '-',
      value,
      kind,
      flags: flags === '-' ? [] : flags.split(','),
      suggestion: suggestion === '-' ? null : suggestion,
    });
  });
  return out;
}

export type Analyser = (input: DocumentInput) => Analysis;

const timeOnly = buildPipeline([languageStage, structureStage, timeStage]);
const timeStages: Analyser = (input) => timeOnly.analyze(input);
const cache = new Map<Analyser, Map<string, Analysis>>();

/**
 * The analysis of a case's sentence, cached per sentence and anchor. By default only the stages time
 * needs run (language, structure, time); the evaluator passes the full pipeline.
 */
export function analyseCase(c: TimeCase, analyse: Analyser = timeStages): Analysis {
  let byKey = cache.get(analyse);
  if (!byKey) cache.set(analyse, (byKey = new Map()));
  const key = `${c.lang}\u0000${c.anchor}\u0000${c.sentence}`;
  let a = byKey.get(key);
  if (!a) {
    a = analyse({ text: c.sentence, published: c.anchor, lang: c.lang });
    byKey.set(key, a);
  }
  return a;
}

export interface CaseResult {
  /** Span, value, kind, flags and suggestion all as expected (for negative rows: nothing tagged there). */
  exact: boolean;
  /** A time with exactly the expected span. */
  span: boolean;
  /** A time overlapping the expected span with the expected value. */
  value: boolean;
  /** What was found, for messages. */
  got: string;
}

const show = (t: TimeExpr): string =>
  `"${t.text}" ${t.value} ${t.kind}${t.flags.length ? ` [${t.flags.join(',')}]` : ''}${t.suggestion ? ` -> ${t.suggestion}` : ''}`;

export function checkCase(c: TimeCase, analyse?: Analyser): CaseResult {
  const a = analyseCase(c, analyse);
  const got = a.times.map(show).join('; ') || 'no times';
  if (c.none) {
    const ok = a.times.length === 0;
    return { exact: ok, span: ok, value: ok, got };
  }
  const at = c.sentence.indexOf(c.text);
  if (at < 0) throw new Error(`${c.where}: "${c.text}" is not in the sentence`);
  const end = at + c.text.length;
  const overlapping = a.times.filter((t) => t.start < end && t.end > at);
  if (c.negative) {
    const ok = overlapping.length === 0;
    return { exact: ok, span: ok, value: ok, got };
  }
  const same = a.times.find((t) => t.start === at && t.end === end);
  const flags = (t: TimeExpr): string => [...t.flags].sort().join(',');
  const exact =
    same !== undefined && same.value === c.value && same.kind === c.kind && flags(same) === [...c.flags].sort().join(',') && same.suggestion === c.suggestion;
  return { exact, span: same !== undefined, value: overlapping.some((t) => t.value === c.value), got };
}
