/** Atalaya's public API: analyze(), the pipeline builder and the analysis format's types. */
import type { Analysis } from './core/analysis.js';
import type { DocumentInput } from './core/doc.js';
import { buildPipeline, type AnalyzeOptions, type Pipeline } from './pipeline/pipeline.js';

export * from './core/analysis.js';
export type { DocumentInput } from './core/doc.js';
export { AtalayaError, InputError, StageError, PipelineError } from './core/errors.js';
export { buildPipeline, type AnalyzeOptions, type Pipeline } from './pipeline/pipeline.js';

let shared: Pipeline | null = null;

/** Analyse one document with the default pipeline. Accepts plain text or a DocumentInput. */
export function analyze(input: string | DocumentInput, options?: AnalyzeOptions): Analysis {
  shared ??= buildPipeline();
  return shared.analyze(typeof input === 'string' ? { text: input } : input, options);
}
