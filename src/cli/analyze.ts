import type { Analysis, Lang } from '../core/analysis.js';
import { AtalayaError, problem } from '../core/errors.js';
import type { SourceKind } from '../ingest/source-kinds.js';
import { mayHoldMany, readSources } from '../ingest/sources.js';
import { analyserFor } from '../pipeline/analyser.js';
import type { OutputFormat } from './commands/analyze.js';
import { formatSummary, formatText } from './format-text.js';

export interface AnalyzeCommandOptions {
  format: OutputFormat;
  input: SourceKind | null;
  /** The largest file, JSONL line or feed item read, in MB. */
  maxMb: number;
  published: string | null;
  lang: Lang | null;
  title: string | null;
  trace: boolean;
  /** Include the syntax layer (JSON) or a tree per sentence (text). */
  syntax?: boolean;
  /** A user lexicon of actors merged over the built-in one. */
  lexicon?: string | null;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Analyses every input in order, read as `ingest` reads it (the same readers, charsets and limits). A
 * document that cannot be read or analysed is reported on stderr with its place and skipped; the others
 * are still analysed; notices (a charset, a skipped file) go to stderr too. Returns how many failed.
 */
export function runAnalyze(paths: readonly string[], opts: AnalyzeCommandOptions, io: Io): number {
  const { pipeline } = analyserFor(opts.lexicon ?? null);
  let failed = 0;
  let done = 0;
  const many = opts.format === 'json' && mayHoldMany(paths, opts.input);
  if (many) io.out('[\n');
  for (const item of readSources(paths, { kind: opts.input, maxBytes: Math.round(opts.maxMb * 1e6) })) {
    if ('error' in item) {
      failed++;
      io.err(`atalaya: ${problem(item.where, item.error.message)}\n`);
      continue;
    }
    if ('notice' in item) {
      io.err(`atalaya: ${problem(item.where, item.notice)}\n`);
      continue;
    }
    const input = {
      ...item.input,
      published: opts.published ?? item.input.published ?? null,
      lang: opts.lang ?? item.input.lang ?? null,
      title: opts.title ?? item.input.title ?? null,
    };
    let analysis: Analysis;
    try {
      analysis = pipeline.analyze(input, { trace: opts.trace, syntax: opts.syntax ?? false });
    } catch (err) {
      failed++;
      const message = err instanceof AtalayaError ? err.message : String(err);
      io.err(`atalaya: ${problem(item.where, message)}\n`);
      continue;
    }
    io.out(render(analysis, opts.format, many && done > 0));
    done++;
  }
  if (many) io.out('\n]\n');
  return failed;
}

function render(a: Analysis, format: OutputFormat, comma: boolean): string {
  switch (format) {
    case 'json':
      return `${comma ? ',\n' : ''}${JSON.stringify(a, null, 2)}`;
    case 'jsonl':
      return `${JSON.stringify(a)}\n`;
    case 'text':
      return `${formatText(a)}\n`;
    case 'summary':
      return formatSummary(a);
  }
}
