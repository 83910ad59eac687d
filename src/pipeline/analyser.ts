import type { CompiledActors } from '../actors/compiled.js';
import { resolveActorCode } from '../actors/lookup.js';
import { actorLexiconOf, builtInActors } from '../actors/lexicon.js';
import { actorsStage, actorsStageWith } from '../actors/stage.js';
import { loadUserLexicon, type UserLexicon } from '../actors/user-lexicon.js';
import { analyserVersion } from '../core/analyser-version.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { STAGES } from './stages.js';

/** A pipeline with the lexicons it codes actors with, and the version recorded with what it analyses. */
export interface Analyser {
  readonly pipeline: Pipeline;
  /** analyserVersion(), plus `+lexicon.<hash of the file>` when a user lexicon is in use. */
  readonly version: string;
  readonly actors: CompiledActors;
  readonly lexicon: UserLexicon | null;
}

const merged = new Map<string, CompiledActors>();

/** The actors lexicon with the user lexicon `file` merged in (read once per file and process), or the built-in one. */
export function actorsFor(file: string | null): CompiledActors {
  if (!file) return builtInActors();
  let data = merged.get(file);
  if (!data) merged.set(file, (data = loadUserLexicon(file, builtInActors()).data));
  return data;
}

/** A code, or a name or alias of the lexicon (with the user lexicon `file` when given), as the actor code the queries take ("OTAN" → NATO). */
export function actorCodeOf(value: string, file: string | null = null): string {
  return resolveActorCode(actorsFor(file), value);
}

/**
 * The analyser, with the user lexicon `file` merged over the built-in actors when given (read and
 * checked here, once: a bad line throws `file:line: reason`). No rebuild is needed: the merged lexicon
 * is compiled in memory like the built-in one.
 */
export function analyserFor(file: string | null): Analyser {
  if (!file) return { pipeline: buildPipeline(), version: analyserVersion(), actors: builtInActors(), lexicon: null };
  const lexicon = loadUserLexicon(file, builtInActors());
  const stage = actorsStageWith((lang) => actorLexiconOf(lexicon.data, lang));
  return {
    pipeline: buildPipeline(STAGES.map((s) => (s === actorsStage ? stage : s))),
    version: `${analyserVersion()}+lexicon.${lexicon.hash}`,
    actors: lexicon.data,
    lexicon,
  };
}
