import { ANALYSIS_FORMAT, type Analysis } from '../core/analysis.js';
import { createDoc, type Doc, type DocumentInput } from '../core/doc.js';
import { InputError, StageError } from '../core/errors.js';
import { MAX_DOCUMENT_CHARS, tooLongMessage } from '../core/limits.js';
import { textId } from '../core/hash.js';
import type { Stage } from '../core/stage.js';
import { NO_TRACE, TraceLog } from '../core/tracer.js';
import { checkStages } from './build.js';
import { STAGES } from './stages.js';

export interface AnalyzeOptions {
  /** Record which rule produced what (`Analysis.trace`). Off by default: it costs time. */
  trace?: boolean;
  /** When given, each stage's run time in milliseconds is added to its entry (used by the benchmark). */
  profile?: Map<string, number>;
  /** Include the syntax layer (`Analysis.syntax`): every word with its tag, lemma and head. Off by default: it is large. */
  syntax?: boolean;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Analyse one document. Throws StageError when a stage fails on it, InputError (`too-long`) past MAX_DOCUMENT_CHARS. */
  analyze(input: DocumentInput, options?: AnalyzeOptions): Analysis;
}

export function buildPipeline(stages: readonly Stage[] = STAGES): Pipeline {
  checkStages(stages);
  return {
    stages,
    analyze(input, options = {}) {
      // The bound on one analysis's cost: readers split longer texts before they get here.
      if (input.text.length > MAX_DOCUMENT_CHARS) throw new InputError(tooLongMessage(input.text.length), input.sourceId ?? null);
      const doc = createDoc(input);
      const log = options.trace ? new TraceLog() : null;
      const ctx = { trace: log ?? NO_TRACE, syntax: options.syntax ?? false };
      for (const stage of stages) {
        if (doc.halted) break;
        if (log) log.stage = stage.name;
        const t0 = options.profile ? performance.now() : 0;
        try {
          stage.run(doc, ctx);
        } catch (cause) {
          throw new StageError(stage.name, cause, input.sourceId ?? null);
        }
        if (options.profile) options.profile.set(stage.name, (options.profile.get(stage.name) ?? 0) + performance.now() - t0);
      }
      const analysis = toAnalysis(doc);
      if (options.syntax && doc.syntax) analysis.syntax = { model: doc.syntax.model, words: doc.syntax.words, multiwords: doc.syntax.multiwords };
      if (log) analysis.trace = log.entries;
      return analysis;
    },
  };
}

function toAnalysis(doc: Doc): Analysis {
  const { input } = doc;
  return {
    format: ANALYSIS_FORMAT,
    document: {
      id: textId(doc.text),
      sourceId: input.sourceId ?? null,
      url: input.url ?? null,
      lang: doc.lang ?? 'und',
      title: input.title ?? null,
      published: doc.published,
      text: doc.text,
    },
    segments: doc.segments,
    sentences: doc.sentences,
    mentions: doc.mentions,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
    topics: doc.topics,
    flags: doc.flags,
  };
}
