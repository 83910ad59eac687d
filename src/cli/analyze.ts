import type { Analysis, Lang } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { formatSummary, formatText } from './format-text.js';
import { readInputs, type InputKind } from './inputs.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'summary'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface AnalyzeCommandOptions {
  format: OutputFormat;
  input: InputKind | null;
  published: string | null;
  lang: Lang | null;
  title: string | null;
  trace: boolean;
  /** Include the syntax layer (JSON) or a tree per sentence (text). */
  syntax?: boolean;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Analyses every input in order. A document that cannot be read or analysed is reported on stderr
 * with its place and skipped; the others are still analysed. Returns how many failed.
 */
export function runAnalyze(paths: readonly string[], opts: AnalyzeCommandOptions, io: Io): number {
  const pipeline = buildPipeline();
  let failed = 0;
  let done = 0;
  const many = opts.format === 'json' && (paths.length > 1 || paths.some((p) => p !== '-' && !/\.(txt|text|html?)$/i.test(p)));
  if (many) io.out('[\n');
  for (const item of readInputs(paths, opts.input)) {
    if ('error' in item) {
      failed++;
      io.err(`atalaya: ${item.error.describe()}\n`);
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
      io.err(`atalaya: ${item.where}: ${message}\n`);
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
